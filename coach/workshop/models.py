"""Workshops and their participants as Pydantic models (the contract of coach.workshop).

A trainer creates a Workshop (what may be practised, in which order, until when); participants
join it with its join code and a display name, without an account.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timezone

from pydantic import BaseModel, Field, field_validator, model_validator

from coach.models import PHASES, Language, Phase

# join codes avoid characters that look alike (0/O, 1/I/L)
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def normalise_code(code: str | None) -> str:
    """What a participant typed -> the code as stored (upper case, no spaces or dashes)."""
    return re.sub(r"[\s-]+", "", code or "").upper()


class WorkshopSpec(BaseModel):
    """What a trainer chooses when creating a workshop (empty lists = everything allowed)."""

    name: str = Field(min_length=1, max_length=120)
    language: Language = "nl"
    scenarios: list[str] = Field(default_factory=list)
    personas: list[str] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=lambda: list(PHASES))
    order: list[Phase] = Field(default_factory=lambda: list(PHASES), description="the order of the three conversations")
    ends: date

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("give the workshop a name")
        return value

    @field_validator("scenarios", "personas")
    @classmethod
    def _ids(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not _ID.match(v)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a content id (lower-case letters, digits, - and _)")
        return list(dict.fromkeys(value))

    @field_validator("phases")
    @classmethod
    def _phases(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("allow at least one conversation (delegation, progress, final)")
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _order(self) -> "WorkshopSpec":
        if sorted(self.order) != sorted(PHASES):
            raise ValueError("the order names each of delegation, progress and final once")
        return self


class Workshop(WorkshopSpec):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    code: str = Field(min_length=CODE_LENGTH, max_length=CODE_LENGTH)
    owner: str = Field(description="the trainer's owner id, e.g. 'trainer:anna'")
    created: datetime = Field(default_factory=_now)
    closed: bool = False

    def expired(self, today: date | None = None) -> bool:
        return (today or _now().date()) > self.ends

    def practise_order(self) -> list[str]:
        """The allowed conversations in the workshop's order."""
        return [p for p in self.order if p in self.phases]


class Participant(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:16])
    workshop_id: str
    display_name: str = Field(min_length=1, max_length=60)
    consent: bool = Field(default=False, description="agreed that anonymised quotes may be shown to the group")
    joined: datetime = Field(default_factory=_now)

    @field_validator("display_name")
    @classmethod
    def _display_name(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("give a display name")
        return value

    @property
    def owner(self) -> str:
        """The owner id of this participant's sessions and reviews (coach.identity.Principal.id)."""
        return f"participant:{self.workshop_id}:{self.id}"


class Allowed(BaseModel):
    """What a participant of a workshop may practise (empty scenario/persona lists: everything)."""

    workshop_id: str
    name: str
    language: Language
    scenarios: list[str]
    personas: list[str]
    phases: list[Phase]
