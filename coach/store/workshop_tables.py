"""The workshop tables (on the same declarative Base as coach/store/tables.py, which imports this).

workshops     one row per workshop: its settings as JSON, the join code, the trainer who owns it
participants  one row per participant who joined with the code (display name, consent)

Sessions and reviews of a participant carry the workshop_id and the owner
"participant:<workshop_id>:<participant_id>" (coach.identity).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from coach.store.tables import Base


class WorkshopRow(Base):
    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    owner_id: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5))
    ends: Mapped[str] = mapped_column(String(10))  # ISO date, the last day a participant can join
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    settings: Mapped[dict] = mapped_column(JSON)  # scenarios, personas, phases, order


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(100))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    joined: Mapped[datetime] = mapped_column(DateTime(timezone=True))
