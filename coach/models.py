"""The domain as Pydantic models: the contract between every layer of coach.

Labels and ids follow ../shared/spec/labels.md; the Review model is the JSON
contract of ../shared/spec/review-json.md.  Domain rules live in validators,
as in `instructor`: a guideline id must exist in the catalogue and belong to
the review's phase; an evidence quote must be found verbatim in the turn it
cites.  The catalogue can be passed as validation context
(`Review.model_validate(data, context={"catalogue": cat})`); otherwise the
packaged one is used.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

SCHEMA_VERSION = 1

Phase = Literal["delegation", "progress", "final"]
Language = Literal["nl", "en"]
Role = Literal["manager", "delegatee", "other"]
Status = Literal["met", "partly", "missed", "not_applicable"]
MonkeyOwner = Literal["delegatee", "manager", "shared", "none"]
EngineName = Literal["offline", "llm"]

PHASES: tuple[str, ...] = ("delegation", "progress", "final")
LANGUAGES: tuple[str, ...] = ("nl", "en")


class Act(str, Enum):
    """The 14 act labels of labels.md (manager utterances, multi-label)."""

    open_question = "open_question"
    closed_question = "closed_question"
    leading_question = "leading_question"
    advice = "advice"
    instruction = "instruction"
    result = "result"
    checkpoint = "checkpoint"
    motivation = "motivation"
    positive_feedback = "positive_feedback"
    appreciation = "appreciation"
    summary = "summary"
    monkey_take = "monkey_take"
    monkey_back = "monkey_back"
    other = "other"


ACTS: tuple[str, ...] = tuple(a.value for a in Act)
QUESTION_ACTS: frozenset[str] = frozenset({"open_question", "closed_question", "leading_question"})


def check_act_set(acts: list[str]) -> list[str]:
    """Rules every act set obeys: known ids, no duplicates, `other` alone, one question type."""
    unknown = [a for a in acts if a not in ACTS]
    if unknown:
        raise ValueError(f"unknown act label(s) {unknown}; allowed: {', '.join(ACTS)}")
    if len(set(acts)) != len(acts):
        raise ValueError(f"duplicate act labels in {acts}")
    if "other" in acts and len(acts) > 1:
        raise ValueError("`other` never stands beside another act")
    if len(QUESTION_ACTS.intersection(acts)) > 1:
        raise ValueError(f"a turn carries at most one question type, got {sorted(QUESTION_ACTS.intersection(acts))}")
    return acts


class Turn(BaseModel):
    """One speaker turn of a transcript, as a reader produces it."""

    model_config = ConfigDict(frozen=True)

    index: int = Field(ge=0)
    speaker: str = Field(min_length=1)
    text: str
    start: float | None = Field(default=None, description="start time in seconds, when known")
    end: float | None = None


class Transcript(BaseModel):
    """A conversation as read from a file, standard input or a practice session."""

    turns: list[Turn]
    source_format: Literal["txt", "vtt", "srt", "docx", "practice"] = "txt"
    source_name: str | None = None

    @model_validator(mode="after")
    def _indices_in_order(self) -> "Transcript":
        for i, turn in enumerate(self.turns):
            if turn.index != i:
                raise ValueError(f"turn {i} has index {turn.index}; turns must be numbered 0..n-1 in order")
        return self

    @property
    def speakers(self) -> list[str]:
        """Speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.speaker, None)
        return list(seen)


class ActHit(BaseModel):
    """One act found in a turn, with the verbatim words that triggered it."""

    act: Act
    quote: str = Field(description="verbatim substring of the turn's text that carries the act")
    confidence: float | None = Field(default=None, ge=0.0, le=1.0, description="the model's probability")


class SignalHit(BaseModel):
    """A signal of a delegatee's or third person's turn (labels.md section 4), with the sentence carrying it."""

    kind: Literal["obstacle", "hand_up", "hand_back", "commitment", "small_talk"]
    quote: str
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Evidence(BaseModel):
    turn: int = Field(ge=0)
    quote: str = Field(min_length=1)


class ReviewTurn(BaseModel):
    index: int = Field(ge=0)
    speaker: str
    role: Role
    text: str
    acts: list[str] = Field(default_factory=list)
    signals: list[str] = Field(default_factory=list, description="labels.md section 4, for the other speakers' turns")
    small_talk: bool = Field(default=False, description="the whole turn is small talk: never evidence")

    @field_validator("acts")
    @classmethod
    def _acts_valid(cls, v: list[str]) -> list[str]:
        return check_act_set(v)

    @model_validator(mode="after")
    def _manager_has_acts(self) -> "ReviewTurn":
        if self.role == "manager" and not self.acts:
            raise ValueError(f"manager turn {self.index} carries no act; use `other` when none applies")
        return self


class Finding(BaseModel):
    guideline: str
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    advice: str = ""
    engine: EngineName = "offline"
    confidence: float | None = Field(default=None, ge=0.0, le=1.0,
                                     description="how sure coach is of the status (offline: stability under the models' uncertainty)")
    sure: bool = Field(default=True, description="false: below the confidence threshold; reports say 'not sure'")

    @model_validator(mode="after")
    def _met_needs_evidence(self) -> "Finding":
        if self.status == "met" and not self.evidence:
            raise ValueError(f"{self.guideline}: a `met` finding needs at least one evidence quote")
        return self


class MonkeyVerdict(BaseModel):
    owner: MonkeyOwner
    turn: int | None = None

    @model_validator(mode="after")
    def _none_has_no_turn(self) -> "MonkeyVerdict":
        if self.owner == "none" and self.turn is not None:
            raise ValueError("monkey owner `none` (no open problem) has no deciding turn")
        if self.owner != "none" and self.turn is None:
            raise ValueError(f"monkey owner `{self.owner}` needs the manager turn that decided it")
        return self


class Metrics(BaseModel):
    """Free-form figures; these four at least."""

    model_config = ConfigDict(extra="allow")

    manager_talk_share: float = Field(ge=0.0, le=1.0)
    questions: int = Field(ge=0)
    open_question_share: float = Field(ge=0.0, le=1.0)
    advice: int = Field(ge=0)


class PreparedItem(BaseModel):
    """Whether the conversation covered one item of the preparation card (result, instruction, steps)."""

    item: Literal["result", "instruction", "steps"]
    prepared: str
    covered: Literal["yes", "partly", "no"]
    evidence: list[Evidence] = Field(default_factory=list)


class Review(BaseModel):
    """The review contract (review-json.md), with its domain rules as validators."""

    schema_version: int = SCHEMA_VERSION
    language: Language
    phase: Phase
    engine: EngineName = "offline"
    manager: str
    manager_detected: bool = Field(default=False, description="true when coach chose the manager itself")
    phase_detected: bool = Field(default=False, description="true when coach chose the phase itself")
    phase_confidence: float | None = Field(default=None, ge=0.0, le=1.0, description="when detected: the model's probability")
    delegatee_kind: Literal["employee", "network"] | None = Field(default=None, description="given, or as coach judged it")
    language_detected: bool = Field(default=False, description="true when coach chose the language itself")
    turns: list[ReviewTurn]
    findings: list[Finding]
    monkey: MonkeyVerdict | None = None
    metrics: Metrics
    preparation: list[PreparedItem] | None = Field(
        default=None, description="coverage of the preparation card, when the role-play gave one")

    @model_validator(mode="after")
    def _contract(self, info: ValidationInfo) -> "Review":
        from coach.catalogue import get_catalogue

        catalogue = (info.context or {}).get("catalogue") if info is not None else None
        catalogue = catalogue or get_catalogue()
        errors: list[str] = []
        for i, turn in enumerate(self.turns):
            if turn.index != i:
                errors.append(f"turn {i} has index {turn.index}")
        if not any(t.speaker == self.manager for t in self.turns):
            errors.append(f"manager {self.manager!r} speaks no turn")
        wanted = catalogue.ids_for_phase(self.phase)
        seen: list[str] = []
        for f in self.findings:
            if f.guideline not in catalogue:
                errors.append(f"unknown guideline id {f.guideline!r}")
            elif f.guideline not in wanted:
                errors.append(f"guideline {f.guideline!r} does not belong to phase {self.phase!r}")
            seen.append(f.guideline)
            for ev in f.evidence:
                if ev.turn >= len(self.turns):
                    errors.append(f"{f.guideline}: evidence cites turn {ev.turn}, which does not exist")
                elif ev.quote not in self.turns[ev.turn].text:
                    errors.append(f"{f.guideline}: quote {ev.quote!r} is not found in turn {ev.turn}")
        if sorted(seen) != sorted(wanted):
            errors.append(f"findings must cover each guideline of {self.phase} once: got {seen}, want {list(wanted)}")
        for item in self.preparation or []:
            for ev in item.evidence:
                if ev.turn >= len(self.turns) or ev.quote not in self.turns[ev.turn].text:
                    errors.append(f"preparation {item.item}: quote {ev.quote!r} is not found in turn {ev.turn}")
        if self.phase == "progress" and self.monkey is None:
            errors.append("a progress review needs a monkey verdict")
        if self.monkey is not None and self.monkey.turn is not None:
            if self.monkey.turn >= len(self.turns):
                errors.append(f"monkey verdict cites turn {self.monkey.turn}, which does not exist")
        if errors:
            raise ValueError("; ".join(errors))
        return self

    def to_contract(self) -> dict:
        """The JSON object `coach review --format json` prints."""
        return self.model_dump(mode="json")


class AnalysedTurn(BaseModel):
    """A turn after analysis: its role and, for the manager's turns, the acts found."""

    index: int = Field(ge=0)
    speaker: str
    role: Role
    text: str
    hits: list[ActHit] = Field(default_factory=list)
    small_talk: bool = False
    act_probabilities: dict[str, float] = Field(default_factory=dict, description="every act's probability (manager turns)")
    signals: list[SignalHit] = Field(default_factory=list, description="other speakers' turns: labels.md section 4")
    signal_probabilities: dict[str, float] = Field(default_factory=dict)

    @property
    def acts(self) -> list[str]:
        out: list[str] = []
        for h in self.hits:
            if h.act.value not in out:
                out.append(h.act.value)
        return out


class Analysis(BaseModel):
    """A conversation after the act tagger: the input of the judge."""

    language: Language
    manager: str
    turns: list[AnalysedTurn]

    def manager_turns(self) -> list[AnalysedTurn]:
        return [t for t in self.turns if t.role == "manager"]


class PreparationCard(BaseModel):
    """The form's preparation: result, instruction and intermediate steps, written before the talk."""

    result: str = ""
    instruction: str = ""
    steps: str = ""

    def is_empty(self) -> bool:
        return not (self.result.strip() or self.instruction.strip() or self.steps.strip())


class ReviewOptions(BaseModel):
    """What the user may say about a conversation; None means: coach decides."""

    manager: str | None = None
    phase: Phase | None = None
    language: Language | None = None
    preparation: PreparationCard | None = None
    delegatee_kind: Literal["employee", "network"] | None = None
