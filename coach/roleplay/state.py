"""The delegatee's state in one conversation: what it knows and hides, what it revealed, what was agreed,
how it stands towards the work (replayed from the session's turns, so one delegatee serves many sessions)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from coach.roleplay.models import AgreementRecord, Persona, Scenario
from coach.roleplay.understand import Reading


class KnownFact(BaseModel):
    topics: list[str]
    text: str


class Stance(BaseModel):
    """How the persona stands towards the work: fixed for the whole storyline."""

    kind: str
    competence: str
    motivation: str
    traits: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, persona: Persona) -> "Stance":
        return cls(kind=persona.kind, competence=persona.competence, motivation=persona.motivation,
                   traits=list(persona.traits))


class DelegateeState(BaseModel):
    """Explicit state of the delegatee in one conversation."""

    phase: str
    language: str
    stance: Stance
    facts: list[KnownFact] = Field(default_factory=list)        # what it knows
    hides_obstacle: bool = False                                # tells the obstacle only to an open question
    revealed_facts: list[str] = Field(default_factory=list)
    revealed_topics: list[str] = Field(default_factory=list)
    obstacle_revealed: bool = False
    agreements: AgreementRecord = Field(default_factory=AgreementRecord)
    # the course of the conversation
    n: int = 0
    result: bool = False
    instructions: int = 0
    checkpoint: bool = False
    motivated: bool = False
    closed_streak: int = 0
    handed_back: bool = False
    took_over: bool = False   # the manager took the problem over
    upward: int = 0
    pushbacks: int = 0
    pressure: int = 0         # turns that pressed (instructions, deadlines, "you must")
    last_text: str = ""       # the manager's previous turn
    moves: list[list[str]] = Field(default_factory=list)

    @classmethod
    def start(cls, phase: str, lang: str, persona: Persona, scenario: Scenario, agreements: AgreementRecord) -> "DelegateeState":
        return cls(
            phase=phase, language=lang, stance=Stance.of(persona),
            facts=[KnownFact(topics=t, text=f) for t, f in scenario.topic_facts(lang)],
            hides_obstacle="hides_obstacle" in persona.traits,
            agreements=agreements.model_copy(deep=True),
            # in the final conversation the work is done: the obstacle is history
            obstacle_revealed=phase == "final",
        )

    @property
    def revealed(self) -> bool:
        return self.obstacle_revealed

    def said_move(self, *moves: str) -> bool:
        return any(m in earlier for earlier in self.moves for m in moves)

    def update(self, reading: Reading, moves: list[str], facts: list[str], topics: list[str], obstacle: bool) -> None:
        acts = set(reading.acts)
        self.n += 1
        self.result |= "result" in acts
        self.instructions += "instruction" in acts
        self.checkpoint |= "checkpoint" in acts
        self.motivated |= "motivation" in acts or bool({"pleased_reassured", "reassured"} & set(moves))
        self.closed_streak = self.closed_streak + 1 if reading.closed else 0
        self.obstacle_revealed |= obstacle
        self.handed_back |= "hand_back" in moves
        self.took_over |= "takeover_accept" in moves or "monkey_taken" in moves
        self.upward += bool({"upward", "upward_again"} & set(moves))
        self.pushbacks += bool({"pushback", "curt"} & set(moves))
        for f in facts:
            if f not in self.revealed_facts:
                self.revealed_facts.append(f)
        for t in topics:
            if t not in self.revealed_topics:
                self.revealed_topics.append(t)
        self.pressure += bool({"instruction", "advice", "checkpoint"} & acts or {"pressure", "overload"} & set(reading.topics))
        self.moves.append(moves)
