"""The statements behind saving a session and a review (plain SQL: they run after every turn).

A save names the version it started from; when the stored version has moved on (another app
instance or request saved this session meanwhile) nothing is written and StaleSession is raised:
the caller reloads and does its turn again.  This is how turns on one session serialise across
instances without holding a lock while a reply is being made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from coach.errors import CoachError, InputError
from coach.models import Review
from coach.roleplay.models import Session, SessionTurn
from coach.store.records import StoredTurns, now
from coach.store.tables import ReviewRow, ScoreRow, SessionRow, TurnRow

STATUS_SCORE: dict[str, float | None] = {"met": 1.0, "partly": 0.5, "missed": 0.0, "not_applicable": None}
SESSIONS, TURNS = SessionRow.__table__, TurnRow.__table__
BUSY = timedelta(seconds=120)  # the longest a streamed reply may keep other turns of its session waiting


class StaleSession(CoachError):
    """The session was saved by someone else since it was loaded; reload it and try again."""

    def __init__(self, session_id: str):
        super().__init__(f"session {session_id!r} was changed by another request meanwhile; reload it and try again")


@dataclass(frozen=True)
class Writer:
    """Who writes: the owner scope (None: everyone's, the command line) and the row's owner."""

    scope: str | None
    owner_id: str
    workshop_id: str | None


def write_session(conn: Connection, who: Writer, session: Session, expected: int | None = None,
                  request_id: str | None = None, busy: bool = False, stored: StoredTurns | None = None) -> int:
    """Insert or update the session and its turns; returns the stored version after the save.
    With busy, the session is marked as having a reply under way (see BUSY).  `stored`: the turns
    stored at `expected` (from the load), so a turn is two statements (the versioned UPDATE, which
    also locks the row, and one INSERT of the new turns with the request id) instead of five."""
    version = _write_row(conn, who, session, session_fields(session, busy), expected)
    try:
        if stored is not None and expected is not None:  # the row matched `expected`: so did its turns
            _append_turns(conn, session, stored, request_id)
        else:
            _write_turns(conn, session)
            if request_id:
                _mark_request(conn, session, request_id)
    except IntegrityError as exc:  # the same request was stored meanwhile: a retry finds it
        raise StaleSession(session.id) from exc
    return version


def session_fields(session: Session, busy: bool = False) -> dict:
    """The session row's columns as a save writes them."""
    return dict(busy_until=now() + BUSY if busy else None,
                storyline_id=session.storyline_id, scenario_id=session.scenario_id, persona_id=session.persona_id,
                phase=session.phase, language=session.language, engine=session.engine, ended=session.ended,
                updated=now(), state=session.model_dump(mode="json", exclude={"turns"}))


def _write_row(conn: Connection, who: Writer, session: Session, fields: dict, expected: int | None) -> int:
    me = SESSIONS.c.id == session.id
    if expected is None:  # a new session, or a save without a version (the command line)
        owner = conn.execute(select(SESSIONS.c.owner_id).where(me)).scalar_one_or_none()
        if owner is None:
            conn.execute(insert(SESSIONS).values(id=session.id, created=session.created, owner_id=who.owner_id,
                                                 workshop_id=who.workshop_id, version=1, **fields))
            return 1
        _check_owner(who, session.id, owner)
        where = me
    else:  # the usual turn: one statement, refused when the version moved on
        where = me & (SESSIONS.c.version == expected)
        if who.scope is not None:
            where = where & (SESSIONS.c.owner_id == who.scope)
    done = conn.execute(update(SESSIONS).where(where).values(version=SESSIONS.c.version + 1, **fields)
                        .returning(SESSIONS.c.version)).scalar_one_or_none()
    if done is None:
        _check_owner(who, session.id, conn.execute(select(SESSIONS.c.owner_id).where(me)).scalar_one_or_none())
        raise StaleSession(session.id)
    return done


def _check_owner(who: Writer, session_id: str, owner: str | None) -> None:
    if owner is None or (who.scope is not None and owner != who.scope):
        raise InputError(f"unknown session {session_id!r}; start a new one with start_session")


def _write_turns(conn: Connection, session: Session) -> None:
    """New turns are appended; the last stored one is rewritten (its reply may have grown, its
    acts or hint may have come in); a session with fewer turns than stored loses the extra ones."""
    mine = TURNS.c.session_id == session.id
    stored = conn.execute(select(func.count()).select_from(TURNS).where(mine)).scalar_one()
    if stored > len(session.turns):
        conn.execute(delete(TURNS).where(mine, TURNS.c.position >= len(session.turns)))
        stored = len(session.turns)
    if stored:
        last = stored - 1
        conn.execute(update(TURNS).where(mine, TURNS.c.position == last).values(**turn_fields(session.turns[last])))
    new = [dict(session_id=session.id, position=i, **turn_fields(t)) for i, t in enumerate(session.turns) if i >= stored]
    if new:
        conn.execute(insert(TURNS), new)


def _append_turns(conn: Connection, session: Session, stored: StoredTurns, request_id: str | None) -> None:
    """_write_turns and _mark_request for a save on the version the session was loaded at."""
    mine = TURNS.c.session_id == session.id
    if stored.count > len(session.turns):
        conn.execute(delete(TURNS).where(mine, TURNS.c.position >= len(session.turns)))
    elif stored.count and turn_fields(session.turns[stored.count - 1]) != stored.last:
        conn.execute(update(TURNS).where(mine, TURNS.c.position == stored.count - 1)
                     .values(**turn_fields(session.turns[stored.count - 1])))
    mark = request_position(session) if request_id else None
    new = [dict(session_id=session.id, position=i, request_id=request_id if i == mark else None, **turn_fields(t))
           for i, t in enumerate(session.turns) if i >= stored.count]
    if new:
        conn.execute(insert(TURNS), new)
    if mark is not None and mark < stored.count:
        conn.execute(update(TURNS).where(mine, TURNS.c.position == mark).values(request_id=request_id))


def request_position(session: Session) -> int | None:
    return max((i for i, t in enumerate(session.turns) if t.role == "manager"), default=None)


def _mark_request(conn: Connection, session: Session, request_id: str) -> None:
    """The client's idempotency key goes on the turn's manager words (unique within the session)."""
    position = request_position(session)
    if position is None:
        return
    conn.execute(update(TURNS).where(TURNS.c.session_id == session.id, TURNS.c.position == position)
                 .values(request_id=request_id))


def turn_fields(turn: SessionTurn) -> dict:
    return dict(role=turn.role, speaker=turn.speaker, text=turn.text, acts=list(turn.acts), hint=turn.hint, at=turn.at)


def insert_review(conn: Connection, who: Writer, review: Review, review_id: str, kind: str,
                  session_id: str | None, source_name: str | None) -> None:
    created = now()
    conn.execute(insert(ReviewRow.__table__).values(
        id=review_id, kind=kind, session_id=session_id, source_name=source_name, phase=review.phase,
        language=review.language, engine=review.engine, manager=review.manager, created=created,
        data=review.to_contract(), owner_id=who.owner_id, workshop_id=who.workshop_id,
    ))
    scores = [dict(review_id=review_id, guideline=f.guideline, status=f.status, score=STATUS_SCORE[f.status],
                   created=created) for f in review.findings]
    if scores:
        conn.execute(insert(ScoreRow.__table__), scores)
