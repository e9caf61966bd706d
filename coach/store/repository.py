"""The store: save and load sessions (turn by turn), reviews and scores; delete one or all.

No conversation content is logged here; errors name the table and the remedy only.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache

from sqlalchemy import bindparam, case, delete, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session as DbSession

from coach.errors import CoachError
from coach.models import Review
from coach.roleplay.models import Session, SessionTurn
from coach.settings import Settings, get_settings
from coach.store.database import checkpoint, create_db_engine, make_sessionmaker, sqlite_path
from coach.store.records import (LoadedSession, ReviewRecord, ScorePoint, SessionSummary, StoredTurns, WorkshopState,
                                 now, review_record, utc)
from coach.store.tables import ReviewRow, ScoreRow, SessionRow, TurnRow
from coach.store.workshop_tables import WorkshopRow
from coach.store import onestep
from coach.store.writes import (STATUS_SCORE, StaleSession, Writer, insert_review, session_fields, turn_fields,
                                 write_session)

__all__ = ["STATUS_SCORE", "LoadedSession", "ReviewRecord", "ScorePoint", "SessionSummary", "StaleSession",
           "Store", "open_store"]
REVIEW_KINDS = ("practice", "transcript")


class Store:
    """Sessions, reviews and scores in one database (thread-safe: a short DB session per call).

    A store is scoped to an owner (``store.scoped(principal.id)``): it then reads, changes and
    deletes only that owner's rows, and another owner's session or review is "not there".  The
    unscoped store (owner None) is the command line's on this machine: it sees every row and
    writes rows owned by "local".
    """

    def __init__(self, url: str, owner: str | None = None, workshop_id: str | None = None):
        self.url = url
        self.owner = owner
        self.workshop_id = workshop_id
        self.engine = create_db_engine(url)
        self._sessions = make_sessionmaker(self.engine)
        # SQLite has one writer at a time; its busy handler backs off in steps of up to 100 ms, so
        # this process queues its own writers instead (other databases lock rows themselves)
        self._writer = threading.Lock() if self.engine.dialect.name == "sqlite" else nullcontext()

    def scoped(self, owner: str, workshop_id: str | None = None) -> "Store":
        """The same database, seen by one owner (shares the engine and the writer lock)."""
        if not owner:
            raise CoachError("no owner given; every web request must say whose data it reads")
        view = copy.copy(self)
        view.owner, view.workshop_id = owner, workshop_id
        return view

    @property
    def writer_id(self) -> str:
        return self.owner or "local"

    def _owns(self, row) -> bool:
        return row is not None and (self.owner is None or row.owner_id == self.owner)

    def _only_mine(self, query, table):
        return query if self.owner is None else query.where(table.owner_id == self.owner)

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _db(self) -> Iterator[DbSession]:
        with self._writer:
            yield from self._db_unlocked()

    def _db_unlocked(self) -> Iterator[DbSession]:
        db = self._sessions()
        try:
            yield db
            db.commit()
        except SQLAlchemyError as exc:
            db.rollback()
            raise CoachError(
                f"the database could not be updated ({type(exc).__name__}); check {self.location()} and try again"
            ) from exc
        except BaseException:
            db.rollback()
            raise
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator:
        """A connection in a transaction (committed at the end), for plain SQL statements."""
        try:
            with self._writer, self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise CoachError(
                f"the database could not be updated ({type(exc).__name__}); check {self.location()} and try again"
            ) from exc

    @property
    def in_process(self) -> bool:
        """True for SQLite: a query takes microseconds and waits on no other process, short enough
        to run on the web app's event loop (a database server is a round trip away per query)."""
        return self.engine.dialect.name == "sqlite"

    def location(self) -> str:
        """Where the data lives: the SQLite file, or the URL without its password."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # -- sessions ---------------------------------------------------------------------------
    @property
    def _who(self) -> Writer:
        return Writer(scope=self.owner, owner_id=self.writer_id, workshop_id=self.workshop_id)

    def save_session(self, session: Session, expected: int | None = None, request_id: str | None = None,
                     busy: bool = False, stored: StoredTurns | None = None) -> int:
        """Insert or update a session; turns not yet stored are appended (call after every turn).

        With ``expected`` (the version it was loaded at) the save is refused with StaleSession
        when someone else saved the session since; ``request_id`` marks the turn's manager words
        with the client's idempotency key; ``busy`` marks a reply under way (LoadedSession.busy).
        ``stored`` (LoadedSession.stored, with ``expected``) saves two statements per turn.
        Returns the stored version after the save.
        """
        if onestep.applies(self.engine.dialect.name, session, expected, stored, request_id):
            version = self._save_turn_at_once(session, expected, request_id, busy, stored)
            if version is not None:
                return version  # else: not at `expected`; the transaction below says how (stale or unknown)
        with self._write() as conn:
            return write_session(conn, self._who, session, expected, request_id, busy, stored)

    def _save_turn_at_once(self, session: Session, expected: int, request_id: str | None, busy: bool,
                           stored: StoredTurns) -> int | None:
        """The usual turn on PostgreSQL: one statement, its own transaction (coach.store.onestep)."""
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                return onestep.save_turn(conn, self._who, session, session_fields(session, busy), expected, stored,
                                         request_id)
        except IntegrityError as exc:  # the same request was stored meanwhile: a retry finds it
            raise StaleSession(session.id) from exc
        except SQLAlchemyError as exc:
            raise CoachError(
                f"the database could not be updated ({type(exc).__name__}); check {self.location()} and try again"
            ) from exc

    def load_session(self, session_id: str) -> Session | None:
        loaded = self.load_session_at(session_id)
        return None if loaded is None else loaded.session

    def load_session_at(self, session_id: str) -> LoadedSession | None:
        """The session with its stored version, the request ids of its turns and its workshop's state:
        one SELECT of the session joined with its turns and workshop, without a transaction around it (no BEGIN and ROLLBACK round
        trips) and without the writer lock (this runs before every turn)."""
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                rows = conn.execute(_load_query(self.owner is not None), {"sid": session_id, "owner": self.owner}).all()
        except SQLAlchemyError as exc:
            raise CoachError(f"the database could not be read ({type(exc).__name__}); check {self.location()}") from exc
        if not rows:
            return None
        stored = [t for t in rows if t.position is not None]
        row = rows[0]
        session = Session.model_validate({**row.state, "turns": []})
        # the turns as this store wrote them (validated then): built without validating them again
        session.turns = [SessionTurn.model_construct(speaker=t.speaker, role=t.role, text=t.text, acts=list(t.acts or []),
                                                     hint=t.hint, at=utc(t.at)) for t in stored]
        busy = row.busy_until is not None and utc(row.busy_until) > now()
        workshop = WorkshopState(row.name, row.language, row.ends, bool(row.closed)) if row.name is not None else None
        return LoadedSession(session=session, version=row.version, busy=busy,
                             requests={t.request_id: t.position for t in stored if t.request_id},
                             stored=StoredTurns(len(stored), turn_fields(session.turns[-1]) if stored else None),
                             workshop=workshop)

    def end_session(self, session: Session, expected: int, review: Review) -> str:
        """Store the ended session and its practice review in one transaction (StaleSession when
        the session moved on meanwhile, e.g. ended by another instance); returns the review id."""
        review_id = uuid.uuid4().hex
        with self._write() as conn:
            write_session(conn, self._who, session, expected)
            insert_review(conn, self._who, review, review_id, "practice", session.id, None)
        return review_id

    def list_sessions(self, limit: int = 200) -> list[SessionSummary]:
        """Newest first."""
        with self._db() as db:
            counts = (
                select(TurnRow.session_id, func.count(TurnRow.id).label("n"),
                       func.sum(case((TurnRow.role == "manager", 1), else_=0)).label("m"))
                .group_by(TurnRow.session_id)
                .subquery()
            )
            query = (
                select(SessionRow, func.coalesce(counts.c.n, 0), func.coalesce(counts.c.m, 0))
                .outerjoin(counts, counts.c.session_id == SessionRow.id)
                .order_by(SessionRow.updated.desc())
                .limit(limit)
            )
            rows = db.execute(self._only_mine(query, SessionRow)).all()
            return [
                SessionSummary(
                    id=r.id, storyline_id=r.storyline_id, scenario_id=r.scenario_id, persona_id=r.persona_id,
                    phase=r.phase, language=r.language, engine=r.engine, ended=r.ended,
                    created=utc(r.created), updated=utc(r.updated), turn_count=int(n), manager_turns=int(m),
                )
                for r, n, m in rows
            ]

    def delete_session(self, session_id: str) -> bool:
        """Delete a session with its turns, reviews and scores; False when it did not exist."""
        with self._db() as db:
            row = db.get(SessionRow, session_id)
            if not self._owns(row):
                return False
            db.delete(row)
        checkpoint(self.engine)
        return True

    # -- reviews ----------------------------------------------------------------------------
    def save_review(
        self,
        review: Review,
        kind: str = "transcript",
        session_id: str | None = None,
        source_name: str | None = None,
    ) -> str:
        """Store a review and its scores per guideline; returns the new review id."""
        if kind not in REVIEW_KINDS:
            raise CoachError(f"unknown review kind {kind!r}; use one of {', '.join(REVIEW_KINDS)}")
        review_id = uuid.uuid4().hex
        with self._write() as conn:
            if session_id is not None:
                row = conn.execute(select(SessionRow.owner_id).where(SessionRow.id == session_id)).one_or_none()
                if row is None or (self.owner is not None and row.owner_id != self.owner):
                    raise CoachError(f"session {session_id} is not stored; save the session before its review")
            insert_review(conn, self._who, review, review_id, kind, session_id, source_name)
        return review_id

    def load_review(self, review_id: str) -> ReviewRecord | None:
        with self._db() as db:
            row = db.get(ReviewRow, review_id)
            return review_record(row) if self._owns(row) else None

    def reviews_for_session(self, session_id: str) -> list[ReviewRecord]:
        with self._db() as db:
            query = select(ReviewRow).where(ReviewRow.session_id == session_id).order_by(ReviewRow.created)
            rows = db.scalars(self._only_mine(query, ReviewRow)).all()
            return [review_record(r) for r in rows]

    def list_reviews(self, limit: int = 200, kind: str | None = None) -> list[ReviewRecord]:
        """Newest first."""
        with self._db() as db:
            query = self._only_mine(select(ReviewRow).order_by(ReviewRow.created.desc()).limit(limit), ReviewRow)
            if kind:
                query = query.where(ReviewRow.kind == kind)
            return [review_record(r) for r in db.scalars(query).all()]

    def delete_review(self, review_id: str) -> bool:
        with self._db() as db:
            row = db.get(ReviewRow, review_id)
            if not self._owns(row):
                return False
            db.delete(row)
        checkpoint(self.engine)
        return True

    # -- history ----------------------------------------------------------------------------
    def score_history(self, guideline: str | None = None, phase: str | None = None) -> list[ScorePoint]:
        """Every judged guideline of every review, oldest first (for the chart over time)."""
        with self._db() as db:
            query = (
                select(ScoreRow, ReviewRow.kind)
                .join(ReviewRow, ScoreRow.review_id == ReviewRow.id)
                .order_by(ScoreRow.created, ScoreRow.id)
            )
            query = self._only_mine(query, ReviewRow)
            if guideline:
                query = query.where(ScoreRow.guideline == guideline)
            if phase:
                query = query.where(ReviewRow.phase == phase)
            return [
                ScorePoint(review_id=s.review_id, kind=kind, created=utc(s.created), guideline=s.guideline,
                           status=s.status, score=s.score)
                for s, kind in db.execute(query).all()
            ]

    def delete_all(self) -> dict[str, int]:
        """Delete every session, turn, review and score of this owner (of everyone when unscoped);
        returns how many sessions and reviews went."""
        with self._db() as db:
            sessions = db.scalar(self._only_mine(select(func.count()).select_from(SessionRow), SessionRow)) or 0
            reviews = db.scalar(self._only_mine(select(func.count()).select_from(ReviewRow), ReviewRow)) or 0
            if self.owner is None:
                for table in (ScoreRow, ReviewRow, TurnRow, SessionRow):
                    db.execute(delete(table))
            else:  # the ORM cascades to turns and scores
                for row in db.scalars(select(ReviewRow).where(ReviewRow.owner_id == self.owner)).all():
                    db.delete(row)
                for row in db.scalars(select(SessionRow).where(SessionRow.owner_id == self.owner)).all():
                    db.delete(row)
        checkpoint(self.engine)
        return {"sessions": int(sessions), "reviews": int(reviews)}


@lru_cache(maxsize=2)
def _load_query(scoped: bool):
    """Store.load_session_at's SELECT, built once (bound parameters only): the session's state comes on
    its first row only, not once per turn."""
    sessions, turns, workshops = SessionRow.__table__, TurnRow.__table__, WorkshopRow.__table__
    first = func.row_number().over(order_by=turns.c.position) == 1
    query = (select(case((first, sessions.c.state)).label("state"), sessions.c.version, sessions.c.busy_until,
                    turns.c.position, turns.c.speaker, turns.c.role, turns.c.text, turns.c.acts, turns.c.hint,
                    turns.c.at, turns.c.request_id,
                    workshops.c.name, workshops.c.language, workshops.c.ends, workshops.c.closed)
             .select_from(sessions.outerjoin(turns, turns.c.session_id == sessions.c.id)
                          .outerjoin(workshops, workshops.c.id == sessions.c.workshop_id))
             .where(sessions.c.id == bindparam("sid")).order_by(turns.c.position))
    return query.where(sessions.c.owner_id == bindparam("owner")) if scoped else query


_STORES: dict[str, Store] = {}


def open_store(settings: Settings | None = None) -> Store:
    """The store for these settings (one per database URL per process)."""
    settings = settings or get_settings()
    url = settings.resolved_database_url()
    store = _STORES.get(url)
    if store is None:
        store = _STORES[url] = Store(url)
    return store
