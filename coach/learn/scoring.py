"""Scoring a turn sentence by sentence, each sentence's part remembered per model (bounded).

A turn's raw scores are its sentences' sums plus its context's, divided by one norm (coach.learn.linear);
a sentence's features depend only on the sentence, the language, the lemma table and the phase.  So a
model keeps, per sentence read, the number of its features, the rows it knows (in order) and their
sums per label: a sentence said again ("Ja.", "Oké, dank je.", a repeated agenda line) is not read again.
The results are exactly those of LinearModel.read_sentences / chosen_in on the feature lists (the same
numbers added in the same order); tests/test_scoring.py checks that.

Every memo is bounded (MAX_SENTENCES per model; the oldest quarter goes when it is full), so hostile
input cannot make it grow without limit; use_models / clear_caches empty them.
"""

from __future__ import annotations

import math
import weakref
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice

from coach.learn.features import sentence_features
from coach.learn.linear import LinearModel, register_cache

MAX_SENTENCES = 20000


class BoundedMemo:
    """A dict that never holds more than `limit` entries: when full, the oldest quarter is dropped."""

    def __init__(self, limit: int = MAX_SENTENCES):
        self.limit = max(1, limit)
        self.data: dict = {}

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value) -> None:
        if len(self.data) >= self.limit:
            for old in list(islice(self.data, max(1, self.limit // 4))):
                del self.data[old]
        self.data[key] = value

    def __len__(self) -> int:
        return len(self.data)

    def clear(self) -> None:
        self.data.clear()


_MEMOS: weakref.WeakSet[BoundedMemo] = weakref.WeakSet()  # a model dropped (cross-validation) takes its memo along


def _clear_all() -> None:
    for memo in list(_MEMOS):
        memo.clear()


register_cache(_clear_all)


@dataclass(frozen=True)
class Part:
    """What one sentence adds to a model's scores."""

    count: int          # features (known or not: all count in the norm)
    rows: array         # the rows of the known ones, in order
    sums: tuple         # per label, their weights added in order (not yet divided by the norm)


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
        model.memo = BoundedMemo()
        _MEMOS.add(model.memo)
    return model.memo


def part(model: LinearModel, sentence: str, features: Features) -> Part:
    """The sentence's part of `model`'s scores (remembered)."""
    memo = _memo(model)
    key = (sentence, features.lang, features.phase, id(features.lemmas))
    found = memo.get(key)
    if found is None:
        feats = features.of(sentence)
        rows = array("i", model.found(feats))
        found = Part(len(feats), rows, tuple(model.sums(rows)))
        memo.put(key, found)
    return found


def read_sentences(model: LinearModel, sentences: list[str], features: Features,
                   ctx: list[str]) -> tuple[list[list[float]], dict[str, float]]:
    """As LinearModel.read_sentences on the sentences' feature lists (same numbers, same order)."""
    parts = [part(model, s, features) for s in sentences]
    norm = math.sqrt(sum(p.count for p in parts) + len(ctx)) or 1.0
    shares = [[x / norm for x in p.sums] for p in parts]
    base = model.raw(ctx, norm)
    return shares, model.probabilities([b + sum(s[j] for s in shares) for j, b in enumerate(base)])


def chosen_in(model: LinearModel, sentences: list[str], features: Features, ctx: list[str]) -> list[str]:
    """As LinearModel.chosen_in: the labels chosen for all the features of the turn in one bag."""
    parts = [part(model, s, features) for s in sentences]
    rows = array("i")
    for p in parts:
        rows.extend(p.rows)
    rows.extend(model.found(ctx))
    total = math.sqrt(sum(p.count for p in parts) + len(ctx)) or 1.0
    return model.chosen(model.probabilities([s / total for s in model.sums(rows)]))


def sentences_of(text: str) -> list[str]:
    """The sentences a turn is read in (as coach.learn.features.turn_features)."""
    from coach.tagger.sentences import sentence_spans

    return sentence_spans(text) or [text.strip()]
