"""A turn's save in ONE statement on PostgreSQL (no BEGIN and COMMIT round trips):

    WITH up AS (UPDATE sessions SET ..., version = version + 1
                WHERE id = :id AND version = :expected [AND owner_id = :owner] RETURNING version),
         ins AS (INSERT INTO turns (...) SELECT * FROM (VALUES ...) AS new WHERE EXISTS (SELECT 1 FROM up))
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

from sqlalchemy import JSON, Connection, DateTime, Integer, String, Text, column, exists, insert, select, update, values

from coach.roleplay.models import Session
from coach.store.records import StoredTurns
from coach.store.writes import SESSIONS, TURNS, Writer, request_position, turn_fields

_COLUMNS = (("session_id", String), ("position", Integer), ("role", String), ("speaker", String), ("text", Text),
            ("acts", JSON), ("hint", Text), ("at", DateTime(timezone=True)), ("request_id", String))


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


def save_turn(conn: Connection, who: Writer, session: Session, fields: dict, expected: int, stored: StoredTurns,
              request_id: str | None) -> int | None:
    """The stored version after the save, or None when the session was not at `expected` (or is
    not the caller's): nothing was written then."""
    where = (SESSIONS.c.id == session.id) & (SESSIONS.c.version == expected)
    if who.scope is not None:
        where = where & (SESSIONS.c.owner_id == who.scope)
    up = update(SESSIONS).where(where).values(version=SESSIONS.c.version + 1, **fields) \
        .returning(SESSIONS.c.version).cte("up")
    mark = request_position(session) if request_id else None
    rows = []
    for i, turn in enumerate(session.turns[stored.count:], start=stored.count):
        f = turn_fields(turn)
        rows.append((session.id, i, f["role"], f["speaker"], f["text"], f["acts"], f["hint"], f["at"],
                     request_id if i == mark else None))
    new = values(*(column(name, kind) for name, kind in _COLUMNS), name="new").data(rows)
    names = [name for name, _ in _COLUMNS]
    ins = insert(TURNS).from_select(names, select(*new.c).where(exists(select(up.c.version)))).cte("ins")
    return conn.execute(select(up.c.version).add_cte(ins)).scalar_one_or_none()
