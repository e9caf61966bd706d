"""Who is asking: the owner of every session, review and upload (pure; no web imports).

    Principal.local()                     the command line and a local app without login
    Principal.anonymous(browser_id)       a browser without login (id kept in the browser)
    Principal.user("anna")                a login of `coach app --auth`
    Principal.participant(ws, pid, name)  a workshop participant who joined with a join code
    Principal.trainer("anna")             a trainer's login

The store is scoped to ``principal.id``; two principals never see each other's data.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

PrincipalKind = Literal["local", "anonymous", "user", "participant", "trainer"]
_TOKEN = re.compile(r"^[A-Za-z0-9_.@-]{1,120}$")


class Principal(BaseModel):
    kind: PrincipalKind
    key: str = Field(description="the name or random id that, with the kind, makes the owner id")
    display_name: str | None = Field(default=None, max_length=60)
    workshop_id: str | None = None

    @field_validator("key")
    @classmethod
    def _safe_key(cls, value: str) -> str:
        if not _TOKEN.match(value):
            raise ValueError("an identity key has 1-120 letters, digits or . _ @ -")
        return value

    @property
    def id(self) -> str:
        """The owner id stored with every row ("local" for the machine's own user)."""
        if self.kind == "local":
            return "local"
        if self.kind == "participant":
            return f"participant:{self.workshop_id}:{self.key}"
        return f"{self.kind}:{self.key}"

    @classmethod
    def local(cls) -> "Principal":
        return cls(kind="local", key="local")

    @classmethod
    def anonymous(cls, browser_id: str) -> "Principal":
        return cls(kind="anonymous", key=browser_id)

    @classmethod
    def user(cls, name: str) -> "Principal":
        return cls(kind="user", key=name, display_name=name)

    @classmethod
    def trainer(cls, name: str) -> "Principal":
        return cls(kind="trainer", key=name, display_name=name)

    @classmethod
    def participant(cls, workshop_id: str, participant_id: str, name: str) -> "Principal":
        return cls(kind="participant", key=participant_id, display_name=name, workshop_id=workshop_id)
