"""Role-play content and state as Pydantic models (personas, scenarios, sessions).

Personas and scenarios are data files under prompts/personas and prompts/scenarios
(YAML, both languages); these models validate them.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from coach.catalogue import Bilingual
from coach.models import Language, Phase, PreparationCard

Trait = Literal[
    "delegates_upward",        # tries to hand the problem (the monkey) to the manager
    "hides_obstacle",          # mentions the obstacle only when asked an open question about difficulties
    "needs_reassurance",       # low confidence; opens up on trust and motivation
    "resents_micromanagement", # closes up when every step is prescribed
    "other_priorities",        # network contact: may hand the task back
    "eager",                   # says yes quickly, may overcommit
    "detail_oriented",         # asks for specifics: scope, mandate, deadlines
    "quiet",                   # short answers to closed questions
]


class Persona(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    kind: Literal["employee", "network"]
    competence: Literal["new", "experienced"]
    motivation: Literal["low", "high"]
    traits: list[Trait] = Field(default_factory=list)
    role: Bilingual            # e.g. "junior beleidsmedewerker" / "junior policy officer"
    description: Bilingual     # who they are, how they behave
    style: Bilingual           # how they talk


class Scenario(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    sector: str
    title: Bilingual
    task: Bilingual
    context: Bilingual
    result: Bilingual          # the result the manager wants
    obstacle: Bilingual        # a realistic obstacle that comes up during the work
    facts: dict[Language, list[str]] = Field(default_factory=dict)  # what the delegatee knows
    suggested_checkpoint: Bilingual | None = None
    # optional material for the scripted delegatee (additive; see prompts/scenarios/*.yaml)
    contact: Bilingual | None = None       # who the obstacle involves ("de leverancier")
    status: Bilingual | None = None        # what is done by the progress conversation (delegatee's words)
    options: dict[Language, list[str]] = Field(default_factory=dict)  # the delegatee's own ideas for the obstacle
    first_step: Bilingual | None = None    # what the delegatee does first
    outcome: Bilingual | None = None       # the end result, for the final conversation
    went_well: Bilingual | None = None     # what went well, in the delegatee's words
    lesson: Bilingual | None = None        # a lesson for next time, in the delegatee's words
    personas: list[str] = Field(default_factory=list)  # personas that fit this task (ids)


class SessionTurn(BaseModel):
    speaker: str
    role: Literal["manager", "delegatee"]
    text: str
    acts: list[str] = Field(default_factory=list)
    hint: str | None = None
    at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


class Agreements(BaseModel):
    """What was agreed in earlier conversations of the storyline (manager's own words)."""

    result: list[str] = Field(default_factory=list)
    instruction: list[str] = Field(default_factory=list)
    checkpoints: list[str] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)


class Session(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    storyline_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    scenario_id: str
    persona_id: str
    phase: Phase
    language: Language
    engine: Literal["offline", "llm"] = "offline"
    seed: int = 0
    hints: bool = False
    manager_name: str = "Manager"
    preparation: PreparationCard | None = None
    agreements: Agreements = Field(default_factory=Agreements)
    turns: list[SessionTurn] = Field(default_factory=list)
    ended: bool = False
    created: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    tokens: dict[str, int] = Field(default_factory=dict)  # prompt/completion tokens used (LLM engine)
