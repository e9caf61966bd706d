"""AnnoMI (expert-annotated counselling dialogues), read for evaluation only.

The data stay outside the project (../shared/data/annomi/AnnoMI-full.csv by
default, COACH_ANNOMI_PATH or --annomi to point elsewhere); nothing here
copies or ships them.  This module reads the CSV, maps the annotations to
coach's act labels (README of the data) and applies the fixed split:
test = transcript_id % 4 == 3, dev = the rest.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from coach.errors import InputError

ANNOMI_ENV = "COACH_ANNOMI_PATH"
ANNOMI_FILE = "AnnoMI-full.csv"
_REQUIRED = (
    "transcript_id",
    "utterance_id",
    "interlocutor",
    "utterance_text",
    "annotator_id",
    "question_exists",
    "question_subtype",
    "reflection_exists",
    "therapist_input_subtype",
)


@dataclass(frozen=True)
class Utterance:
    """One annotation of one therapist utterance, mapped to coach's terms."""

    transcript_id: int
    utterance_id: int
    annotator_id: str
    text: str
    previous: str | None  # the closest earlier client utterance, when there is one
    question: bool
    question_kind: str | None  # open | closed | None
    reflection: bool
    advice: bool

    @property
    def gold_acts(self) -> set[str]:
        """The coach acts this annotation implies (README mapping)."""
        acts: set[str] = set()
        if self.question:
            acts.add("open_question" if self.question_kind == "open" else "closed_question")
        if self.reflection:
            acts.add("summary")
        if self.advice:
            acts.add("advice")
        return acts

    @property
    def question_label(self) -> str:
        """none | open | closed (the three-way question label)."""
        return (self.question_kind or "closed") if self.question else "none"


def split_of(transcript_id: int) -> str:
    return "test" if transcript_id % 4 == 3 else "dev"


def default_path(project_root: Path | None = None) -> Path:
    """COACH_ANNOMI_PATH, else ../shared/data/annomi/AnnoMI-full.csv beside the project root."""
    env = os.environ.get(ANNOMI_ENV)
    if env:
        return Path(env)
    root = project_root or Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "data" / "annomi" / ANNOMI_FILE


def resolve_path(path: Path | str | None) -> Path:
    """The CSV to read: an explicit path (a folder holding AnnoMI-full.csv is fine), else the default."""
    p = Path(path) if path else default_path()
    return p / ANNOMI_FILE if p.is_dir() else p


def load_annotations(path: Path) -> list[Utterance]:
    """Every therapist annotation row of the CSV, in file order."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: not the AnnoMI-full CSV (missing columns {missing}); pass the right file")
            rows = list(reader)
    except OSError as exc:
        raise InputError(f"cannot read AnnoMI at {path}: {exc.strerror}; pass --annomi PATH") from exc
    try:
        return _therapist_utterances(rows)
    except (KeyError, ValueError) as exc:
        raise InputError(f"{path}: unexpected AnnoMI row ({exc}); pass the unchanged AnnoMI-full.csv") from exc


def _therapist_utterances(rows: list[dict]) -> list[Utterance]:
    by_transcript: dict[int, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_transcript[int(row["transcript_id"])][int(row["utterance_id"])].append(row)
    out: list[Utterance] = []
    for tid in sorted(by_transcript):
        last_client: str | None = None
        for uid in sorted(by_transcript[tid]):
            group = by_transcript[tid][uid]
            if group[0]["interlocutor"] == "client":
                last_client = group[0]["utterance_text"]
                continue
            if group[0]["interlocutor"] != "therapist":
                continue
            for row in group:
                out.append(_utterance(row, tid, uid, last_client))
    return out


def _utterance(row: dict, tid: int, uid: int, previous: str | None) -> Utterance:
    question = row["question_exists"] == "True"
    kind = row["question_subtype"] if row["question_subtype"] in ("open", "closed") else None
    return Utterance(
        transcript_id=tid,
        utterance_id=uid,
        annotator_id=row["annotator_id"],
        text=row["utterance_text"],
        previous=previous,
        question=question,
        question_kind=kind if question else None,
        reflection=row["reflection_exists"] == "True",
        advice=row["therapist_input_subtype"] == "advice",
    )


def single_annotated(utterances: list[Utterance], split: str | None = None) -> list[Utterance]:
    """Utterances annotated once (the gold), optionally of one split."""
    counts = _annotation_counts(utterances)
    return [
        u
        for u in utterances
        if counts[(u.transcript_id, u.utterance_id)] == 1 and (split is None or split_of(u.transcript_id) == split)
    ]


def multi_annotated(utterances: list[Utterance]) -> list[list[Utterance]]:
    """Groups of annotations of the same utterance by several annotators (for human agreement)."""
    groups: dict[tuple[int, int], list[Utterance]] = defaultdict(list)
    for u in utterances:
        groups[(u.transcript_id, u.utterance_id)].append(u)
    return [sorted(g, key=lambda u: u.annotator_id) for g in groups.values() if len(g) > 1]


def _annotation_counts(utterances: list[Utterance]) -> dict[tuple[int, int], int]:
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for u in utterances:
        counts[(u.transcript_id, u.utterance_id)] += 1
    return counts


class AnnoMIMissing(Exception):
    """The AnnoMI CSV is not there: the suite is skipped (not an error)."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            f"AnnoMI not found at {path}; skipping the AnnoMI suite (pass --annomi PATH or set {ANNOMI_ENV})"
        )


def load_if_present(path: Path | str | None = None) -> list[Utterance]:
    """All therapist annotations, or AnnoMIMissing when the file is absent."""
    resolved = resolve_path(path)
    if not resolved.is_file():
        raise AnnoMIMissing(resolved)
    return load_annotations(resolved)
