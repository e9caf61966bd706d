"""Role-play content and state as Pydantic models (personas, scenarios, sessions).

Personas and scenarios are data files under prompts/personas and prompts/scenarios
(YAML, both languages); these models validate them.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

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


SHORT_TITLE_MAX = 26  # characters: what a scenario picker shows whole on a 390 px phone

Topic = Literal["budget", "deadline", "people", "means", "status", "history", "quality", "other"]
TOPICS: tuple[str, ...] = ("budget", "deadline", "people", "means", "status", "history", "quality", "other")


class TopicFact(BaseModel):
    """One fact the delegatee knows, with its topic, in both languages."""

    topic: Topic
    nl: str
    en: str


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
    title: Bilingual                   # the whole title (the briefing)
    # the scenario picker's name; needed when the title is longer than SHORT_TITLE_MAX
    short_title: Bilingual | None = Field(None, validate_default=True)
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
    fact_topics: list[Topic | list[Topic]] = Field(default_factory=list)  # the topic(s) of each line of `facts`
    more_facts: list[TopicFact] = Field(default_factory=list)               # more facts, each with its topic

    @field_validator("short_title")
    @classmethod
    def _picker_names_fit(cls, short: Bilingual | None, info: ValidationInfo) -> Bilingual | None:
        named = short or info.data.get("title")  # no title: that field's own error says so
        for lang in ("nl", "en"):
            name = named.get(lang) if named else ""
            if len(name) > SHORT_TITLE_MAX:
                raise ValueError(f"the scenario picker's name {name!r} ({lang}) is {len(name)} characters; give a "
                                 f"short_title of at most {SHORT_TITLE_MAX} in each language (nl, en)")
        return short

    def picker_title(self, lang: str) -> str:
        """The name in the scenario picker: the short title, else the title."""
        return (self.short_title or self.title).get(lang)

    def topic_facts(self, lang: str) -> list[tuple[list[str], str]]:
        """Every fact the delegatee knows in `lang`, with its topics (a fact without one is `other`)."""
        out: list[tuple[list[str], str]] = []
        for i, text in enumerate(self.facts.get(lang, [])):
            topic = self.fact_topics[i] if i < len(self.fact_topics) else "other"
            out.append((list(topic) if isinstance(topic, list) else [topic], text))
        out += [([f.topic], getattr(f, lang)) for f in self.more_facts]
        return out


class SessionTurn(BaseModel):
    speaker: str
    role: Literal["manager", "delegatee"]
    text: str
    acts: list[str] = Field(default_factory=list)
    hint: str | None = None
    at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


class Checkpoint(BaseModel):
    """A moment to look at the work together: when (as said: "vrijdag", "on 3 March") and what."""

    when: str
    what: str = ""


class AgreementRecord(BaseModel):
    """What was agreed, as data: shown at the end of a conversation, carried into the next phase.
    Plain words of the delegatee's (never the manager's sentences quoted)."""

    result: str = ""                                        # the result the delegatee works towards
    mandate: list[str] = Field(default_factory=list)        # what it may decide, budget, means
    checkpoints: list[Checkpoint] = Field(default_factory=list)
    next_step: str = ""                                     # what the delegatee does next
    monkey: Literal["delegatee", "manager", "open"] = "open"  # who holds the next step
    edited: bool = False                                    # the user corrected it: carried as it is

    def is_empty(self) -> bool:
        return not (self.result or self.mandate or self.checkpoints or self.next_step)


class Agreements(BaseModel):
    """What was agreed in earlier conversations of the storyline (manager's own words, statements only)
    and the structured record (`record`) the delegatee refers to."""

    result: list[str] = Field(default_factory=list)
    instruction: list[str] = Field(default_factory=list)
    checkpoints: list[str] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    record: AgreementRecord = Field(default_factory=AgreementRecord)


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
    manager_name: str = "Manager"          # the speaker label; "Manager" means: no name given (never used to address)
    preparation: PreparationCard | None = None
    agreements: Agreements = Field(default_factory=Agreements)
    turns: list[SessionTurn] = Field(default_factory=list)
    ended: bool = False
    created: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    tokens: dict[str, int] = Field(default_factory=dict)  # prompt/completion tokens used (LLM engine)
    earlier_replies: list[str] = Field(default_factory=list)  # the delegatee's replies in earlier phases of the storyline
    notices: list[str] = Field(default_factory=list)  # e.g. "the LLM failed for this turn; the offline delegatee answered"


class DelegateeReply(BaseModel):
    """One reply of the delegatee, with what it did: the probe suite checks these."""

    text: str
    move: str                                   # the main move (eval/delegatee/PROBES.md vocabulary, or an own one)
    moves: list[str] = Field(default_factory=list)  # the phrase moves it is built from
    facts: list[str] = Field(default_factory=list)   # facts revealed in this reply
    topics: list[str] = Field(default_factory=list)  # their topics
    obstacle_revealed: bool = False
    takeover: Literal["accepted", "refused"] | None = None
