"""The failed-login table (on the same declarative Base; coach/store/tables.py imports this last).

login_failures  one row per failed login per throttle key (the key as a SHA-256 hash: no user
                name or address is stored), kept for the throttle's window (coach.store.throttle)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coach.store.tables import Base


class LoginFailureRow(Base):
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
