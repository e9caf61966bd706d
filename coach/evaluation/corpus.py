"""The labelled evaluation corpus: eval/corpus/<split>/<id>.yaml, one conversation per file.

The format is fixed (one YAML mapping per file: id, language, phase, split,
manager, delegatee, delegatee_kind, persona, manager_style, scenario,
hard_cases, turns with `acts` on every manager turn, `guidelines` with a
status for every guideline of the phase, `monkey` for progress conversations).
Loading validates every rule, so a faulty file is named in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from coach.datafiles import load_yaml_model
from coach.errors import InputError
from coach.models import Language, MonkeyVerdict, Phase, ReviewOptions, Status, Transcript, Turn, check_act_set

Split = Literal["dev", "test"]
Signal = Literal["obstacle", "hand_up", "hand_back", "commitment", "small_talk", "other"]
SIGNALS: tuple[str, ...] = ("obstacle", "hand_up", "hand_back", "commitment", "small_talk")
SPLITS: tuple[str, ...] = ("dev", "test")


class CorpusTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: str = Field(min_length=1)
    text: str = Field(min_length=1)
    acts: list[str] | None = None
    signals: list[Signal] | None = None  # labels.md section 4, on non-manager turns (newer batches)
    small_talk: bool = False  # a manager turn that is only small talk (acts [other])

    @field_validator("acts")
    @classmethod
    def _acts_valid(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else check_act_set(v)


class Conversation(BaseModel):
    """One labelled conversation of the corpus."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    writer: str = Field(default="unknown", description="who wrote the conversation (wNN): the unit of cross-validation")
    language: Language
    phase: Phase
    split: Split
    manager: str = Field(min_length=1)
    delegatee: str = Field(min_length=1)
    others: list[str] = Field(default_factory=list, description="third speakers (note-taker, colleague)")
    delegatee_kind: Literal["employee", "network"]
    persona: dict[str, str] = Field(default_factory=dict)
    manager_style: Literal["good", "poor", "mixed"] | None = None
    scenario: str = ""
    hard_cases: list[str] = Field(default_factory=list)
    turns: list[CorpusTurn] = Field(min_length=1)
    guidelines: dict[str, Status]
    monkey: MonkeyVerdict | None = None
    notes: str = ""  # the annotator's free-text rationale (not a label)

    @model_validator(mode="after")
    def _rules(self) -> "Conversation":
        from coach.catalogue import get_catalogue

        errors: list[str] = []
        for i, turn in enumerate(self.turns):
            if turn.speaker == self.manager and not turn.acts:
                errors.append(f"manager turn {i} has no acts (use [other] when none applies)")
            if turn.speaker != self.manager and turn.acts:
                errors.append(f"turn {i} by {turn.speaker!r} is not the manager's but carries acts")
            if turn.speaker == self.manager and turn.signals:
                errors.append(f"manager turn {i} carries signals (they belong to the other speakers)")
        if not any(t.speaker == self.manager for t in self.turns):
            errors.append(f"manager {self.manager!r} speaks no turn")
        wanted = set(get_catalogue().ids_for_phase(self.phase))
        if set(self.guidelines) != wanted:
            missing = sorted(wanted - set(self.guidelines))
            extra = sorted(set(self.guidelines) - wanted)
            errors.append(f"guidelines must be exactly those of {self.phase}: missing {missing}, unexpected {extra}")
        if self.phase == "progress":
            if self.monkey is None:
                errors.append("a progress conversation needs `monkey: {owner: ..., turn: ...}`")
            elif self.monkey.turn is not None:
                t = self.monkey.turn
                if t >= len(self.turns) or self.turns[t].speaker != self.manager:
                    errors.append(f"monkey turn {t} is not a manager turn")
        if errors:
            raise ValueError("; ".join(errors))
        return self

    def manager_turn_indices(self) -> list[int]:
        return [i for i, t in enumerate(self.turns) if t.speaker == self.manager]

    def previous_text(self, index: int, skip: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The text of the closest earlier turn by another speaker (the tagger's context), not counting the
        speakers in `skip` (a manager turn's context skips third persons, as a review does)."""
        speaker = self.turns[index].speaker
        for turn in reversed(self.turns[:index]):
            if turn.speaker != speaker and turn.speaker not in skip:
                return turn.text
        return None

    def question_type(self, index: int) -> str:
        return question_type(self.turns[index].acts or [])

    def to_transcript(self) -> Transcript:
        turns = [Turn(index=i, speaker=t.speaker, text=t.text) for i, t in enumerate(self.turns)]
        return Transcript(turns=turns, source_format="txt", source_name=self.id)

    def review_options(self) -> ReviewOptions:
        """What a user would tell coach about this conversation."""
        return ReviewOptions(
            manager=self.manager, phase=self.phase, language=self.language, delegatee_kind=self.delegatee_kind
        )


def question_type(acts: list[str]) -> str:
    """none | open | closed | leading, from an act set."""
    for act, kind in (("open_question", "open"), ("closed_question", "closed"), ("leading_question", "leading")):
        if act in acts:
            return kind
    return "none"


def load_conversation(path: Path, expected_split: str | None = None) -> Conversation:
    conv = load_yaml_model(path, Conversation)
    if expected_split is not None and conv.split != expected_split:
        raise InputError(f"{path}: split is {conv.split!r} but the file lies in {expected_split!r}; move or fix it")
    return conv


def load_split(corpus_dir: Path, split: str) -> list[Conversation]:
    """All conversations of eval/corpus/<split>/, sorted by file name; ids must be unique."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    folder = Path(corpus_dir) / split
    if not folder.is_dir():
        raise InputError(f"corpus folder {folder} not found; pass --corpus-dir pointing at eval/corpus")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise InputError(f"no *.yaml conversations in {folder}; add some or pass another --corpus-dir")
    return _unique([load_conversation(p, expected_split=split) for p in files], folder)


def load_folder(folder: Path) -> list[Conversation]:
    """All conversations in one folder, whatever their split (used to compare two annotations)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"folder {folder} not found; pass a folder of corpus *.yaml files")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise InputError(f"no *.yaml conversations in {folder}")
    return _unique([load_conversation(p) for p in files], folder)


def _unique(conversations: list[Conversation], folder: Path) -> list[Conversation]:
    seen: set[str] = set()
    for c in conversations:
        if c.id in seen:
            raise InputError(f"conversation id {c.id!r} occurs twice in {folder}; ids must be unique")
        seen.add(c.id)
    return conversations
