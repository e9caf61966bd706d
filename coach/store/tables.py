"""The database tables (SQLAlchemy 2 declarative models); changes go through a migration in
coach/store/migrations/versions/ (tests/test_migrations.py checks they match).

Every session and review has an owner_id (coach.identity.Principal.id) and, in a workshop, a
workshop_id; the store reads and writes only the rows of the owner it is scoped to.

sessions   one row per practice session (its settings; the full Session as JSON)
turns      one row per turn, written as the conversation happens (a manager turn may carry the
           client's request id: a retried turn is stored once)
reviews    transcript reviews and practice reviews: the review JSON of review-json.md
scores     one row per guideline judged in a review, for the history chart
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    # whose session this is (coach.identity); every read and write checks it
    owner_id: Mapped[str] = mapped_column(String(200), index=True, default="local", server_default="local")
    workshop_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    storyline_id: Mapped[str] = mapped_column(String(64), index=True)
    scenario_id: Mapped[str] = mapped_column(String(100))
    persona_id: Mapped[str] = mapped_column(String(100))
    phase: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    engine: Mapped[str] = mapped_column(String(20))
    ended: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # the Session without its turns (preparation, agreements, hints, seed ...)
    state: Mapped[dict] = mapped_column(JSON)
    # one more with every save: a save that did not start from the stored version is refused
    # (two app instances on one session serialise on it; coach.store.repository.StaleSession)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # set while a streamed reply is being made (its manager words are stored already): another
    # turn waits for it; cleared when the reply is stored (expires on its own after a crash)
    busy_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    turns: Mapped[list["TurnRow"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="TurnRow.position"
    )
    reviews: Mapped[list["ReviewRow"]] = relationship(back_populates="session", cascade="all, delete-orphan")


class TurnRow(Base):
    __tablename__ = "turns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    speaker: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    acts: Mapped[list] = mapped_column(JSON, default=list)
    hint: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # the client's idempotency key of the turn that brought this manager turn (a retry finds it)
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)

    session: Mapped[SessionRow] = relationship(back_populates="turns")

    __table_args__ = (Index("uq_turns_session_request", "session_id", "request_id", unique=True),)


class ReviewRow(Base):
    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "practice" | "transcript"
    owner_id: Mapped[str] = mapped_column(String(200), index=True, default="local", server_default="local")
    workshop_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), nullable=True, index=True
    )
    source_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    phase: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    engine: Mapped[str] = mapped_column(String(20))
    manager: Mapped[str] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    data: Mapped[dict] = mapped_column(JSON)  # the review JSON (Review.to_contract())

    session: Mapped[SessionRow | None] = relationship(back_populates="reviews")
    scores: Mapped[list["ScoreRow"]] = relationship(back_populates="review", cascade="all, delete-orphan")


class ScoreRow(Base):
    __tablename__ = "scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    guideline: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[str] = mapped_column(String(20))
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # met 1, partly .5, missed 0, n/a None
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    review: Mapped[ReviewRow] = relationship(back_populates="scores")


# the workshop tables live on the same Base (imported last: they import Base from here)
from coach.store import workshop_tables as _workshop_tables  # noqa: E402,F401
from coach.store import login_tables as _login_tables  # noqa: E402,F401
