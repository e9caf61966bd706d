"""Where the scripted delegatee's replay of a conversation may start: a bounded memo of its state
just before a manager turn, so the next turn replays two manager turns instead of all of them.

    begin = resume(session, persona, scenario, turns, last)   # Replay at the latest remembered manager turn, or None
    remember(session, persona, scenario, turns, at, Replay(...))   # the state just before turns[at]

A replay is a pure function of the turns before a point and of what the conversation is about (phase,
language, the agreements it starts from, the delegatee's earlier replies, the persona and scenario
objects), so an entry is only a cache: any instance may miss it and replay from the start with the same
result.  Persona and scenario count by identity (a published change loads new objects, which miss);
an entry holds them, so their ids are not reused while it lives.  Entries are copies: nothing handed
out is shared with the memo.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.learn.memo import BoundedMemo
from coach.roleplay.models import Persona, Scenario, Session, SessionTurn
from coach.roleplay.state import DelegateeState

_MEMO = BoundedMemo(2048, 8_000_000)  # about one entry per conversation under way (a workshop: tens); a key
# holds every turn so far, so the characters are bounded too (long sessions cannot grow it without limit)


@dataclass
class Replay:
    """The replay's variables just before a manager turn (coach.roleplay.scripted.ScriptedDelegatee.think)."""

    state: DelegateeState
    previous: str | None
    said: list[str]
    manager: list[tuple[str, list[str]]]

    def copied(self) -> "Replay":
        return Replay(self.state.model_copy(deep=True), self.previous, list(self.said),
                      [(text, list(acts)) for text, acts in self.manager])


def _key(session: Session, persona: Persona, scenario: Scenario, turns: list[SessionTurn]) -> tuple:
    return (id(persona), id(scenario), session.phase, session.language, session.agreements.record.model_dump_json(),
            tuple(session.earlier_replies), tuple((t.role, t.text, tuple(t.acts)) for t in turns))


def resume(session: Session, persona: Persona, scenario: Scenario, turns: list[SessionTurn],
           last: int) -> tuple[int, Replay] | None:
    """(i, the replay just before turns[i]) for the manager turn before turns[last], when remembered."""
    at = next((i for i in range(last - 1, -1, -1) if turns[i].role == "manager"), None)
    if at is None:
        return None
    found = _MEMO.get(_key(session, persona, scenario, turns[:at]))
    if found is None:
        return None
    return at, found[2].copied()


def remember(session: Session, persona: Persona, scenario: Scenario, turns: list[SessionTurn], at: int,
             replay: Replay) -> None:
    _MEMO.put(_key(session, persona, scenario, turns[:at]), (persona, scenario, replay.copied()))


def clear() -> None:
    _MEMO.clear()


__all__ = ["Replay", "clear", "remember", "resume"]
