"""A turn's save in ONE statement on PostgreSQL (no BEGIN and COMMIT round trips):

    WITH up AS (UPDATE sessions SET ..., version = version + 1
                WHERE id = :id AND version = :expected [AND owner_id = :owner] RETURNING version),
         ins AS (INSERT INTO turns (...) SELECT :t0_... WHERE EXISTS (SELECT up.version FROM up)
                 UNION ALL SELECT :t1_... WHERE EXISTS (...))
    SELECT version FROM up

One statement is one transaction: the new turns go in only when the versioned UPDATE matched, a
request id stored meanwhile fails the whole statement (unique index), and no row means the
session moved on (or is not the caller's).  It applies to the usual turn only: a save on the
loaded version that appends turns and leaves the stored ones as they were; any other save goes
through coach.store.writes.write_session in a transaction.  Between an app and its database
server every round trip costs a wake-up of the other process, which on a busy machine is most of a
turn's time in the database.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, Select, bindparam, exists, insert, select, union_all, update

from coach.roleplay.models import Session
from coach.store.records import StoredTurns
from coach.store.writes import SESSIONS, TURNS, Writer, request_position, turn_fields

_COLUMNS = ("session_id", "position", "role", "speaker", "text", "acts", "hint", "at", "request_id")


def applies(dialect: str, session: Session, expected: int | None, stored: StoredTurns | None,
            request_id: str | None) -> bool:
    """True for the usual turn on PostgreSQL: new turns after the stored ones, which are unchanged."""
    if dialect != "postgresql" or expected is None or stored is None:
        return False
    if len(session.turns) <= stored.count:
        return False
    if stored.count and turn_fields(session.turns[stored.count - 1]) != stored.last:
        return False
    mark = request_position(session) if request_id else None
    return mark is None or mark >= stored.count


@lru_cache(maxsize=64)
def _statement(fields: tuple[str, ...], rows: int, scoped: bool) -> Select:
    """The statement for `rows` new turns, with bound parameters only: built and compiled once per shape
    (SQLAlchemy caches its SQL; psycopg prepares it on the server after a few runs)."""
    where = (SESSIONS.c.id == bindparam("s_id")) & (SESSIONS.c.version == bindparam("s_expected"))
    if scoped:
        where = where & (SESSIONS.c.owner_id == bindparam("s_owner"))
    up = update(SESSIONS).where(where) \
        .values(version=SESSIONS.c.version + 1, **{f: bindparam(f"s_{f}", type_=SESSIONS.c[f].type) for f in fields}) \
        .returning(SESSIONS.c.version).cte("up")
    found = exists(select(up.c.version))
    new = [select(*(bindparam(f"t{i}_{name}", type_=TURNS.c[name].type) for name in _COLUMNS)).where(found)
           for i in range(rows)]
    ins = insert(TURNS).from_select(list(_COLUMNS), new[0] if rows == 1 else union_all(*new)).cte("ins")
    return select(up.c.version).add_cte(ins)


def save_turn(conn: Connection, who: Writer, session: Session, fields: dict, expected: int, stored: StoredTurns,
              request_id: str | None) -> int | None:
    """The stored version after the save, or None when the session was not at `expected` (or is
    not the caller's): nothing was written then."""
    params = {"s_id": session.id, "s_expected": expected, **{f"s_{k}": v for k, v in fields.items()}}
    if who.scope is not None:
        params["s_owner"] = who.scope
    mark = request_position(session) if request_id else None
    added = session.turns[stored.count:]
    for i, turn in enumerate(added):
        position = stored.count + i
        row = dict(turn_fields(turn), session_id=session.id, position=position,
                   request_id=request_id if position == mark else None)
        params.update({f"t{i}_{name}": row[name] for name in _COLUMNS})
    statement = _statement(tuple(fields), len(added), who.scope is not None)
    return conn.execute(statement, params).scalar_one_or_none()
