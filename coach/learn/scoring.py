"""Scoring a turn sentence by sentence, each sentence's part remembered per model (bounded).

A turn's raw scores are its sentences' sums plus its context's, divided by one norm (coach.learn.linear);
a sentence's features depend only on the sentence, the language, the lemma table and the phase.  So a
model keeps, per sentence read, the number of its features, the rows it knows (in order) and their
sums per label: a sentence said again ("Ja.", "Oké, dank je.", a repeated agenda line) is not read again.
The results are exactly those of LinearModel.read_sentences / chosen_in on the feature lists (the same
numbers added in the same order); tests/test_scoring.py checks that.

Every memo is bounded (MAX_SENTENCES per model, each of at most MAX_CHARS characters; the oldest quarter
goes when it is full), so hostile input cannot make it grow without limit; use_models / clear_caches empty them.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping
from contextvars import ContextVar
from typing import NamedTuple

from coach.learn.features import sentence_features
from coach.learn.linear import LinearModel
from coach.learn.memo import BoundedMemo

MAX_SENTENCES = 8192   # per model
MAX_CHARS = 300        # longer sentences are not remembered (they seldom recur, and their parts are large)
READY: ContextVar[dict | None] = ContextVar("coach_ready_parts", default=None)  # coach.learn.batch's, for a window


class Part(NamedTuple):
    """What one sentence adds to a model's scores."""

    count: int          # features (known or not: all count in the norm)
    rows: array         # the rows of the known ones, in order
    sums: array | list  # per label, their weights added in order (not yet divided by the norm), as doubles


class Features:
    """The feature lists of a turn's sentences, made at most once whichever models read them."""

    def __init__(self, lang: str, lemmas: Mapping[str, str], phase: str | None):
        self.lang, self.lemmas, self.phase = lang, lemmas, phase
        self.made: dict[str, list[str]] = {}

    def of(self, sentence: str) -> list[str]:
        feats = self.made.get(sentence)
        if feats is None:
            feats = self.made[sentence] = sentence_features(sentence, self.lang, self.lemmas, self.phase)
        return feats


def _memo(model: LinearModel) -> BoundedMemo:
    if model.memo is None:
        model.memo = BoundedMemo(MAX_SENTENCES)
    return model.memo


def ready_key(model: LinearModel, features: Features) -> tuple:
    """READY's key of the table {sentence: Part} of this model and these features."""
    return id(model), features.lang, features.phase, id(features.lemmas)


def parts(model: LinearModel, sentences: list[str], features: Features) -> list[Part]:
    """The sentences' parts of `model`'s scores (scored already by coach.learn.batch, or by part)."""
    ready = READY.get()
    table = ready.get(ready_key(model, features)) if ready is not None else None
    if table is None:
        return [part(model, s, features) for s in sentences]
    return [found if (found := table.get(s)) is not None else part(model, s, features) for s in sentences]


def _key(sentence: str, features: Features) -> tuple:
    return sentence, features.lang, features.phase, id(features.lemmas)


def remembered(model: LinearModel, sentence: str, features: Features) -> bool:
    return model.memo is not None and len(sentence) <= MAX_CHARS and _key(sentence, features) in model.memo.data


def remember_all(model: LinearModel, features: Features, found) -> None:
    """Remember the (sentence, Part) pairs of `found` (those of at most MAX_CHARS characters)."""
    key = (features.lang, features.phase, id(features.lemmas))
    _memo(model).put_many([((sentence, *key), part) for sentence, part in found if len(sentence) <= MAX_CHARS])


def part(model: LinearModel, sentence: str, features: Features) -> Part:
    """The sentence's part of `model`'s scores (remembered)."""
    memo = _memo(model) if len(sentence) <= MAX_CHARS else None
    key = _key(sentence, features)
    found = memo.get(key) if memo is not None else None
    if found is None:
        feats = features.of(sentence)
        rows = array("i", model.found(feats))
        found = Part(len(feats), rows, array("d", model.sums(rows)))
        if memo is not None:
            memo.put(key, found)
    return found


def read_sentences(model: LinearModel, sentences: list[str], features: Features,
                   ctx: list[str]) -> tuple[list[list[float]], dict[str, float]]:
    """As LinearModel.read_sentences on the sentences' feature lists (same numbers, same order)."""
    found = parts(model, sentences, features)
    norm = math.sqrt(sum([p.count for p in found]) + len(ctx)) or 1.0
    shares = [[x / norm for x in p.sums] for p in found]
    base = model.raw(ctx, norm)
    totals = [sum(label) for label in zip(*shares)] if shares else [0] * len(base)  # per label, sentence by sentence
    return shares, model.probabilities([b + t for b, t in zip(base, totals)])


def chosen_in(model: LinearModel, sentences: list[str], features: Features, ctx: list[str],
              text: str | None = None) -> list[str]:
    """As LinearModel.chosen_in: the labels chosen for all the features of the turn in one bag.  `text`: the
    turn, whose sentences coach.learn.batch may have added up already (then only the context is added)."""
    ready = READY.get()
    whole = ready.get(("whole", *ready_key(model, features))) if ready is not None and text is not None else None
    summed = whole.get(text) if whole is not None else None
    if summed is not None:
        count, start = summed
        total = math.sqrt(count + len(ctx)) or 1.0
        return model.chosen(model.probabilities([s / total for s in model.sums(model.found(ctx), start)]))
    found = parts(model, sentences, features)
    rows = array("i")
    for p in found[1:]:  # the first sentence's sums are the running sums after its rows
        rows.extend(p.rows)
    rows.extend(model.found(ctx))
    total = math.sqrt(sum([p.count for p in found]) + len(ctx)) or 1.0
    sums = model.sums(rows, found[0].sums) if found else model.sums(rows)
    return model.chosen(model.probabilities([s / total for s in sums]))


def sentences_of(text: str) -> list[str]:
    """The sentences a turn is read in (as coach.learn.features.turn_features; split once for the turn's
    reading and the next turn's context: coach.signals.sentences is cached)."""
    from coach.signals import sentences

    return sentences(text) or [text.strip()]
