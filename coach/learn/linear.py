"""A linear model read from shipped weights: per label, a bias and a weight per feature string.

The weights file (JSON) is written by eval/tools/train_models.py:
    {"labels": [...], "kind": "binary" | "softmax", "bias": [...], "thresholds": {label: t}, "meta": {...},
     "features": "one feature per line", "weights_f32le": base64 of float32 little-endian, label by label}
Scores are sums of the weights of the features present (a feature counts as often as it occurs), divided
by the square root of the number of features (the normalisation used in training).  Binary labels: a sigmoid, with the platt calibration
fitted on held-out data at training time; softmax labels: a softmax over the labels.
No numpy or scikit-learn import when coach starts: numpy is imported after the first 2,000 long bags of features
are scored (`sums`; a short review never needs it), and it adds the weights one by one in the order of the features, as Python's sum does, so
both give the same scores to the last bit.
"""

from __future__ import annotations

import base64
import json
import math
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("weights")
NUMPY_FROM = 24  # below this many features Python's sum is as fast as a call into numpy
_PYTHON_FIRST = [2000]  # the first long bags of a process are summed in Python: a short review never imports numpy


@dataclass
class LinearModel:
    """Per label a bias and a weight for every feature in `index` (columns: one array per label)."""

    name: str
    labels: list[str]
    kind: str
    bias: list[float]
    index: dict[str, int]
    columns: list[array]
    thresholds: dict[str, float] = field(default_factory=dict)
    calibration: dict[str, tuple[float, float]] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    matrix: object = field(default=None, repr=False, compare=False)  # numpy (features x labels), made when first needed
    memo: object = field(default=None, repr=False, compare=False)    # coach.learn.scoring's sentences, bounded
    padded: object = field(default=None, repr=False, compare=False)  # coach.learn.batch's matrix (a zero row added)
    platt: list | None = field(default=None, repr=False, compare=False)  # the calibration per label, made when first needed

    @classmethod
    def from_weights(cls, name: str, labels: list[str], kind: str, bias: list[float], features: list[str],
                     weights: list[list[float]], **extra) -> LinearModel:
        """From a feature list and, per label, the weight of every feature (training writes this)."""
        return cls(name=name, labels=list(labels), kind=kind, bias=list(bias),
                   index={f: i for i, f in enumerate(features)}, columns=[array("f", col) for col in weights], **extra)

    def weight(self, feature: str, label: str) -> float:
        i = self.index.get(feature)
        return 0.0 if i is None else self.columns[self.labels.index(label)][i]

    def raw(self, features: Iterable[str], norm: float | None = None) -> list[float]:
        """The raw scores (before the link function) of a bag of features, without the bias."""
        found = self.found(features)
        total = norm if norm is not None else math.sqrt(len(features) if isinstance(features, list) else len(found)) or 1.0
        return [s / total for s in self.sums(found)]

    def found(self, features: Iterable[str]) -> list[int]:
        """The rows of the features this model knows, in order (an unknown feature weighs nothing)."""
        index = self.index
        return [i for i in map(index.get, features) if i is not None]

    def sums(self, found, start=None) -> list[float]:
        """Per label, the sum of the weights of the rows `found` (a list or an array of ints), added one by
        one in order: numpy's running sum (cumsum: sequential by definition) for long bags, else Python's sum.
        `start`: per label, the sum so far (of the rows before these: the same result as summing them all)."""
        if len(found) < NUMPY_FROM or _PYTHON_FIRST[0] > 0:
            if len(found) >= NUMPY_FROM:
                _PYTHON_FIRST[0] -= 1
            if start is not None:
                return [sum(map(col.__getitem__, found), s) for col, s in zip(self.columns, start)]
            return [sum(map(col.__getitem__, found)) for col in self.columns]
        return self.numpy_sums(found, start)

    def numpy_sums(self, found, start=None) -> list[float]:
        import numpy as np

        if self.matrix is None:
            self.matrix = np.ascontiguousarray(np.array(self.columns, dtype=np.float64).T)
        rows = np.frombuffer(found, dtype=np.int32) if isinstance(found, array) else found
        weights = self.matrix[rows]
        if start is not None:
            weights = np.vstack([np.array(start, dtype=np.float64)[None, :], weights])
        return weights.cumsum(axis=0)[-1].tolist()

    def probabilities(self, raw: list[float]) -> dict[str, float]:
        """Probabilities from raw scores (bias added here)."""
        z = [r + b for r, b in zip(raw, self.bias)]
        if self.kind == "softmax":
            top = max(z)
            exps = [math.exp(v - top) for v in z]
            total = sum(exps)
            return {lab: e / total for lab, e in zip(self.labels, exps)}
        if self.platt is None:  # per label (a, b), in the order of the labels
            self.platt = [self.calibration.get(lab, (1.0, 0.0)) for lab in self.labels]
        return {lab: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, a * v + b))))
                for lab, v, (a, b) in zip(self.labels, z, self.platt)}

    def predict(self, features: list[str]) -> dict[str, float]:
        return self.probabilities(self.raw(features))

    def read_sentences(self, per_sentence: list[list[str]], ctx: list[str]) -> tuple[list[list[float]], dict[str, float]]:
        """A turn read sentence by sentence: each sentence's share of the turn's raw scores (to find the one
        that carries a label) and the turn's probabilities (all features together, one normalisation)."""
        norm = math.sqrt(sum(len(f) for f in per_sentence) + len(ctx)) or 1.0
        shares = [self.raw(fs, norm) for fs in per_sentence]
        base = self.raw(ctx, norm)
        return shares, self.probabilities([b + sum(s[j] for s in shares) for j, b in enumerate(base)])

    def chosen_in(self, per_sentence: list[list[str]], ctx: list[str]) -> list[str]:
        """The labels chosen for a turn given by its features."""
        return self.chosen(self.predict([f for fs in per_sentence for f in fs] + ctx))

    def chosen(self, probs: dict[str, float]) -> list[str]:
        """The labels chosen from probabilities: above each label's threshold (binary), the top one (softmax)."""
        if self.kind == "softmax":
            return [max(probs, key=probs.get)]
        return [lab for lab, p in probs.items() if p >= self.thresholds.get(lab, 0.5)]

    def to_json(self) -> dict:
        features = sorted(self.index, key=self.index.get)
        packed = b"".join(col.tobytes() if sys.byteorder == "little" else _swapped(col) for col in self.columns)
        return {"name": self.name, "labels": self.labels, "kind": self.kind, "bias": self.bias,
                "thresholds": self.thresholds, "calibration": self.calibration, "meta": self.meta,
                "features": "\n".join(features), "weights_f32le": base64.b64encode(packed).decode("ascii")}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        features = data["features"].split("\n") if data["features"] else []
        flat = array("f")
        flat.frombytes(base64.b64decode(data["weights_f32le"]))
        if sys.byteorder != "little":
            flat.byteswap()
        n = len(features)
        columns = [flat[j * n:(j + 1) * n] for j in range(len(data["labels"]))]
        return cls(name=data["name"], labels=list(data["labels"]), kind=data["kind"], bias=list(data["bias"]),
                   index={f: i for i, f in enumerate(features)}, columns=columns,
                   thresholds=dict(data.get("thresholds") or {}),
                   calibration={k: (float(v[0]), float(v[1])) for k, v in (data.get("calibration") or {}).items()},
                   meta=dict(data.get("meta") or {}))


def _swapped(col: array) -> bytes:
    copy = array("f", col)
    copy.byteswap()
    return copy.tobytes()


class MissingModel(RuntimeError):
    """The shipped weights are missing: the package was built without them."""


_OVERRIDE: dict[str, LinearModel] = {}


def use_models(models: dict[str, LinearModel] | None) -> None:
    """Use these models instead of the shipped ones (cross-validation: models trained without a writer);
    None goes back to the shipped weights.  Clears every cache that holds predictions."""
    _OVERRIDE.clear()
    _OVERRIDE.update(models or {})
    clear_caches()


def clear_caches() -> None:
    """Empty every cache of predictions (a benchmark measures cold reads; an override needs fresh ones)."""
    from coach.learn.memo import clear_all

    for clear in _CACHES:
        clear()
    clear_all()


_CACHES: list = []


def register_cache(clear) -> None:
    """Caches of predictions register their cache_clear, so use_models can empty them."""
    _CACHES.append(clear)


def load_model(name: str) -> LinearModel:
    model = _OVERRIDE.get(name)
    return model if model is not None else _load_shipped(name)


@lru_cache(maxsize=16)
def _load_shipped(name: str) -> LinearModel:
    path = WEIGHTS / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise MissingModel(f"model weights {path.name} are missing; run eval/tools/train_models.py") from exc
    return LinearModel.from_json(data)
