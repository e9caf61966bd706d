"""What the store hands out: plain frozen records (no database objects leave the store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from coach.models import Review
from coach.roleplay.models import Session


def utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes; everything stored is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class SessionSummary:
    id: str
    storyline_id: str
    scenario_id: str
    persona_id: str
    phase: str
    language: str
    engine: str
    ended: bool
    created: datetime
    updated: datetime
    turn_count: int
    manager_turns: int = 0  # sessions without one are not worth listing


@dataclass(frozen=True)
class LoadedSession:
    """A session as stored, with the version to save it back on, whether a reply is under way
    elsewhere, and the request ids of its turns (request id -> position of the manager turn)."""

    session: Session
    version: int
    busy: bool = False
    requests: dict[str, int] = field(default_factory=dict)
    stored: "StoredTurns | None" = None  # what was stored at `version` (saves skip a re-read)
    workshop: "WorkshopState | None" = None  # the session's workshop, read with it (None: none, or gone)


@dataclass(frozen=True)
class WorkshopState:
    """What a participant's turn needs to know of the workshop: is it still open (coach.workshop.gate)."""

    name: str
    language: str
    ends: str
    closed: bool


@dataclass(frozen=True)
class StoredTurns:
    """How many turns a session had stored at a version, and the last one's fields: a save on
    that version appends after them and rewrites the last one only when it changed."""

    count: int
    last: dict | None


@dataclass(frozen=True)
class ReviewRecord:
    id: str
    kind: str
    session_id: str | None
    source_name: str | None
    phase: str
    language: str
    engine: str
    manager: str
    created: datetime
    data: dict

    def review(self) -> Review:
        return Review.model_validate(self.data)


@dataclass(frozen=True)
class ScorePoint:
    review_id: str
    kind: str
    created: datetime
    guideline: str
    status: str
    score: float | None


def review_record(row) -> ReviewRecord:
    return ReviewRecord(
        id=row.id, kind=row.kind, session_id=row.session_id, source_name=row.source_name, phase=row.phase,
        language=row.language, engine=row.engine, manager=row.manager, created=utc(row.created), data=dict(row.data),
    )
