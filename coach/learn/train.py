"""Training the learned models (development only: needs scikit-learn, `pip install -e .[dev]`).

    fit_all(root) -> {name: LinearModel}     train every model on all development data
    cross_validate(root) -> CvResult         leave-one-writer-out: each writer's data is predicted by
                                             models trained on the other writers only

The models (coach/learn/*.py read them): `acts` (binary per content act, plus small_talk), `questions`
(softmax: none / open / closed / leading), `signals` (binary per signal of the other speakers), `phase`
(softmax over the three conversations), `network` (binary: the delegatee is a network contact).
Logistic regression over the features of coach.learn.features; each binary label gets a decision threshold
chosen on out-of-fold probabilities of the training writers (grouped folds), never on the writer scored.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coach.evaluation.corpus import Conversation
from coach.evaluation.dataset import TurnExample
from coach.learn.features import turn_features
from coach.learn.train_features import conversation_features, speaker_features
from coach.learn.linear import LinearModel
from coach.learn.signals import signals_in

CONTENT_ACTS = ("instruction", "advice", "result", "checkpoint", "motivation", "positive_feedback",
                "appreciation", "summary", "monkey_take", "monkey_back")
ACT_LABELS = CONTENT_ACTS + ("small_talk",)
QUESTION_LABELS = ("none", "open_question", "closed_question", "leading_question")
SIGNAL_LABELS = ("obstacle", "hand_up", "hand_back", "commitment", "small_talk")
PHASE_LABELS = ("delegation", "progress", "final")
C_TURN, C_CONV = 16.0, 16.0
MIN_COUNT = 2
PRUNE = 0.002


# -- features -----------------------------------------------------------------------------------
def example_features(ex: TurnExample, lemmas: dict[str, dict[str, str]], signals: LinearModel | None = None) -> list[str]:
    prev_sig = signals_in(signals, ex.previous, ex.lang, lemmas.get(ex.lang, {})) if signals is not None else None
    _, per_sentence, ctx = turn_features(ex.text, ex.lang, lemmas.get(ex.lang, {}), previous=ex.previous,
                                         phase=ex.phase, position=ex.position, previous_signals=prev_sig)
    return [f for fs in per_sentence for f in fs] + ctx


class Vocabulary:
    def __init__(self, bags: list[list[str]], min_count: int = MIN_COUNT):
        counts = Counter(f for bag in bags for f in set(bag))
        self.index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}

    def matrix(self, bags: list[list[str]]):
        from scipy.sparse import csr_matrix

        rows, cols, vals = [], [], []
        for r, bag in enumerate(bags):
            counts = Counter(bag)
            norm = math.sqrt(sum(counts.values()) or 1)
            for f, n in counts.items():
                j = self.index.get(f)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
                    vals.append(n / norm)
        return csr_matrix((vals, (rows, cols)), shape=(len(bags), len(self.index)))


# -- fitting ------------------------------------------------------------------------------------
def _fit_binary(X, y, C: float):
    from sklearn.linear_model import LogisticRegression

    if y.sum() == 0 or y.sum() == len(y):
        return None
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=200)
    clf.fit(X, y)
    return clf


def _sigmoid(z):
    import numpy as np

    return 1.0 / (1.0 + np.exp(-z))


def _best_threshold(probs, y) -> float:
    best, best_t = -1.0, 0.5
    for t in [0.2 + 0.05 * i for i in range(12)]:
        pred = probs >= t
        tp = float((pred & (y == 1)).sum())
        fp = float((pred & (y == 0)).sum())
        fn = float((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best + 1e-9:
            best, best_t = f1, t
    return round(best_t, 2)


def _group_folds(groups: list[str], k: int) -> list[list[int]]:
    ordered = sorted(set(groups))
    fold_of = {g: i % k for i, g in enumerate(ordered)}
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, g in enumerate(groups):
        folds[fold_of[g]].append(i)
    return folds


def _packed(name: str, labels: Sequence[str], kind: str, bias: list[float], names: list[str], coef, **extra) -> LinearModel:
    """A LinearModel keeping only the features with a weight of PRUNE or more for some label."""
    import numpy as np

    coef = np.asarray(coef, dtype=np.float32)
    keep = np.flatnonzero(np.abs(coef).max(axis=0) >= PRUNE)
    return LinearModel.from_weights(name, list(labels), kind, bias, [names[i] for i in keep],
                                    [row[keep].tolist() for row in coef], **extra)


def fit_binary_model(name: str, bags: list[list[str]], labels: list[set[str]], masks: list[set[str]],
                     label_names: Sequence[str], groups: list[str], C: float | None = None, tune: bool = True) -> LinearModel:
    """One-vs-rest logistic regression; `masks[i]` holds the labels example i is labelled for."""
    import numpy as np

    C = C or C_TURN
    vocab = Vocabulary(bags)
    X = vocab.matrix(bags)
    names = list(vocab.index)
    coef = np.zeros((len(label_names), len(names)), dtype=np.float32)
    bias, thresholds = [], {}
    for j, lab in enumerate(label_names):
        rows = [i for i, m in enumerate(masks) if lab in m]
        y = np.array([1 if lab in labels[i] else 0 for i in rows])
        clf = _fit_binary(X[rows], y, C)
        if clf is None:
            bias.append(-10.0 if y.sum() == 0 else 10.0)
            continue
        bias.append(float(clf.intercept_[0]))
        coef[j] = clf.coef_[0]
        if tune:
            thresholds[lab] = _oof_threshold(X[rows], y, [groups[i] for i in rows], C)
    return _packed(name, label_names, "binary", bias, names, coef, thresholds=thresholds,
                   meta={"n": len(bags), "features": len(names)})


def _oof_threshold(X, y, groups: list[str], C: float, k: int = 3) -> float:
    import numpy as np

    probs = np.zeros(len(y))
    for fold in _group_folds(groups, k):
        train = np.ones(len(y), dtype=bool)
        train[fold] = False
        clf = _fit_binary(X[train], y[train], C)
        probs[fold] = clf.predict_proba(X[fold])[:, 1] if clf is not None else float(y[train].mean() if train.any() else 0)
    return _best_threshold(probs, y)


def fit_softmax_model(name: str, bags: list[list[str]], targets: list[str], label_names: Sequence[str],
                      C: float | None = None) -> LinearModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    C = C or C_TURN
    vocab = Vocabulary(bags)
    X = vocab.matrix(bags)
    clf = LogisticRegression(C=C, max_iter=1000)
    present = sorted(set(targets), key=list(label_names).index)
    clf.fit(X, [present.index(t) for t in targets])
    names = list(vocab.index)
    coef = np.zeros((len(label_names), len(names)), dtype=np.float32)
    bias = [-30.0] * len(label_names)
    fitted = clf.coef_ if len(present) > 2 else np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
    intercept = clf.intercept_ if len(present) > 2 else [-clf.intercept_[0] / 2, clf.intercept_[0] / 2]
    for k, lab in enumerate(present):
        j = list(label_names).index(lab)
        bias[j] = float(intercept[k])
        coef[j] = fitted[k]
    return _packed(name, label_names, "softmax", bias, names, coef, meta={"n": len(bags), "features": len(names)})


# -- the five models --------------------------------------------------------------------------------
def question_target(labels: frozenset[str]) -> str:
    return next((q for q in QUESTION_LABELS[1:] if q in labels), "none")


STACK_SIGNALS = True  # manager turns see what the signals model reads in the previous turn
CONTEXT_FREE_EVERY = 4  # every 4th example is also trained without its context (no previous turn, phase or
                        # position), so a turn read on its own (the live hint, a caller without context) is read well


def with_context_free_copies(examples: list[TurnExample]) -> list[TurnExample]:
    from dataclasses import replace

    copies = [replace(e, previous=None, phase=None, position=None)
              for i, e in enumerate(examples) if CONTEXT_FREE_EVERY and i % CONTEXT_FREE_EVERY == 0]
    return examples + copies


def fit_turn_models(managers: list[TurnExample], others: list[TurnExample], lemmas: dict, tune: bool = True) -> dict[str, LinearModel]:
    models: dict[str, LinearModel] = {}
    managers, others = with_context_free_copies(managers), with_context_free_copies(others)
    if others:
        obags = [example_features(e, lemmas) for e in others]
        models["signals"] = fit_binary_model("signals", obags, [set(e.labels) for e in others],
                                             [set(SIGNAL_LABELS)] * len(others), SIGNAL_LABELS,
                                             [e.group for e in others], tune=tune)
    stack = models.get("signals") if STACK_SIGNALS else None
    bags = [example_features(e, lemmas, stack) for e in managers]
    labels = [set(e.labels) | ({"small_talk"} if e.small_talk else set()) for e in managers]
    masks = [set(CONTENT_ACTS) | ({"small_talk"} if e.small_talk is not None else set()) for e in managers]
    groups = [e.group for e in managers]
    models["acts"] = fit_binary_model("acts", bags, labels, masks, ACT_LABELS, groups, tune=tune)
    models["questions"] = fit_softmax_model("questions", bags, [question_target(e.labels) for e in managers], QUESTION_LABELS)
    models["acts"].meta["stacked_signals"] = models["questions"].meta["stacked_signals"] = stack is not None
    return models


def conversation_roles(conv: Conversation) -> list[tuple[str, str]]:
    return [("manager" if t.speaker == conv.manager else "other", t.text) for t in conv.turns]


def fit_conversation_models(convs: list[Conversation], lemmas: dict) -> dict[str, LinearModel]:
    bags = [conversation_features(conversation_roles(c), c.language, lemmas) for c in convs]
    phase = fit_softmax_model("phase", bags, [c.phase for c in convs], PHASE_LABELS, C=C_CONV)
    network = fit_binary_model("network", bags, [{"network"} if c.delegatee_kind == "network" else set() for c in convs],
                               [{"network"}] * len(convs), ("network",), [c.writer for c in convs], C=C_CONV, tune=False)
    sbags, slabels, sgroups = [], [], []
    for c in convs:
        turns = [(t.speaker, t.text) for t in c.turns]
        for speaker in dict.fromkeys(t.speaker for t in c.turns):
            sbags.append(speaker_features(turns, speaker, c.language, lemmas))
            slabels.append({"manager"} if speaker == c.manager else set())
            sgroups.append(c.writer)
    manager = fit_binary_model("manager", sbags, slabels, [{"manager"}] * len(sbags), ("manager",), sgroups,
                               C=C_CONV, tune=False)
    return {"phase": phase, "network": network, "manager": manager}


# -- leave one writer out ---------------------------------------------------------------------------
@dataclass
class CvResult:
    """Out-of-writer predictions: for every example, what models trained without its writer said."""

    manager_pred: dict[int, tuple[set[str], str, dict[str, float]]]
    other_pred: dict[int, set[str]]
    conv_models: dict[str, dict[str, LinearModel]]   # writer -> models trained without that writer
    turn_models: dict[str, dict[str, LinearModel]]


def writers_of(items: Sequence) -> list[str]:
    return sorted({i.writer for i in items})


def leave_one_writer_out(managers: list[TurnExample], others: list[TurnExample], convs: list[Conversation],
                         lemmas: dict, predict: Callable, progress: Callable[[str], None] | None = None) -> CvResult:
    result = CvResult({}, {}, {}, {})
    for writer in sorted(set(writers_of(managers)) | set(writers_of(convs))):
        if progress:
            progress(writer)
        train_m = [e for e in managers if e.writer != writer]
        train_o = [e for e in others if e.writer != writer]
        models = fit_turn_models(train_m, train_o, lemmas)
        result.turn_models[writer] = models
        result.conv_models[writer] = fit_conversation_models([c for c in convs if c.writer != writer], lemmas)
        for i, e in enumerate(managers):
            if e.writer == writer:
                result.manager_pred[i] = predict(models, e, lemmas)
        if "signals" in models:
            for i, e in enumerate(others):
                if e.writer == writer:
                    result.other_pred[i] = set(models["signals"].chosen(models["signals"].predict(example_features(e, lemmas))))
    return result
