"""The two engine interfaces.  Offline and LLM engines implement them; nothing else
in coach needs to know which one runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from coach.models import Review, ReviewOptions, Transcript
from coach.roleplay.models import Session


class Critic(Protocol):
    """Judges a conversation: Transcript -> Review (the contract)."""

    name: str

    def review(self, transcript: Transcript, options: ReviewOptions) -> Review: ...


class Delegatee(Protocol):
    """Plays the delegatee in a practice session."""

    name: str

    def opening(self, session: Session) -> str | None:
        """The delegatee's first line, if the delegatee speaks first (else None)."""
        ...

    def reply(self, session: Session, manager_text: str) -> Iterator[str]:
        """Stream the reply to the manager's latest turn (already appended to session.turns)."""
        ...
