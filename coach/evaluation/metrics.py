"""Agreement and classification figures in pure Python: precision/recall/F1,
macro-F1, accuracy, Cohen's and Fleiss' kappa, confusion tables.

Conventions: a figure with nothing to measure is None (not 0, not 1), so a
report can say "n/a" instead of a made-up number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one label, with its counts."""

    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def as_dict(self) -> dict:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "predicted": self.tp + self.fp,
        }


def binary_prf(gold: Sequence[bool], pred: Sequence[bool]) -> PRF:
    """PRF of the positive class of two aligned boolean sequences."""
    _same_length(gold, pred)
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    return PRF(tp, fp, fn)


def multilabel_prf(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]], labels: Iterable[str]) -> dict[str, PRF]:
    """PRF per label of aligned multi-label sets (one set per item)."""
    _same_length(gold, pred)
    gold_sets = [set(g) for g in gold]
    pred_sets = [set(p) for p in pred]
    return {label: binary_prf([label in g for g in gold_sets], [label in p for p in pred_sets]) for label in labels}


def macro_f1(per_label: dict[str, PRF]) -> float | None:
    """Mean F1 over the labels present in the gold (support > 0)."""
    scores = [prf.f1 or 0.0 for prf in per_label.values() if prf.support > 0]
    return sum(scores) / len(scores) if scores else None


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float | None:
    _same_length(gold, pred)
    if not gold:
        return None
    return sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two aligned label sequences.

    None when there are no items.  When chance agreement is 1 (both sides use
    one and the same label throughout) kappa is undefined: 1.0 if they agree
    on every item, else 0.0.
    """
    _same_length(first, second)
    n = len(first)
    if n == 0:
        return None
    observed = sum(1 for a, b in zip(first, second) if a == b) / n
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(items: Sequence[Sequence[Hashable]]) -> float | None:
    """Fleiss' kappa: each item is the list of labels its raters gave (same number of raters each)."""
    items = [list(i) for i in items]
    if not items:
        return None
    raters = len(items[0])
    if raters < 2 or any(len(i) != raters for i in items):
        raise ValueError("Fleiss' kappa needs the same number (>= 2) of ratings for every item")
    categories = sorted({label for item in items for label in item}, key=str)
    n_items = len(items)
    per_item = []
    for item in items:
        counts = Counter(item)
        per_item.append((sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1)))
    p_bar = sum(per_item) / n_items
    shares = [sum(item.count(c) for item in items) / (n_items * raters) for c in categories]
    p_e = sum(s * s for s in shares)
    if p_e >= 1.0:
        return 1.0 if p_bar >= 1.0 else 0.0
    return (p_bar - p_e) / (1.0 - p_e)


def confusion(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[Hashable, dict[Hashable, int]]:
    """Counts as {gold label: {predicted label: n}} (only pairs that occur)."""
    _same_length(gold, pred)
    table: dict[Hashable, dict[Hashable, int]] = {}
    for g, p in zip(gold, pred):
        row = table.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return table


def _same_length(a: Sequence, b: Sequence) -> None:
    if len(a) != len(b):
        raise ValueError(f"gold and predicted have different lengths ({len(a)} vs {len(b)})")
