"""Leave-one-writer-out cross-validation: the development figure of coach (issue 8).

For every writer of the development data, the learned models are trained on all the other writers and
coach reviews that writer's conversations and reads their bank utterances; nothing of the writer scored
is seen in training (the lemma table is a language resource made from simplemma, not a label).  Figures
are pooled over all writers and also given per writer.  Needs scikit-learn (`pip install -e .[dev]`).

    run_cv(root) -> report dict (JSON-ready; `coach eval --suite cv`)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from coach.evaluation import corpus_suite
from coach.evaluation.corpus import Conversation
from coach.evaluation.dataset import conversations, manager_examples, other_examples
from coach.evaluation.metrics import accuracy, binary_prf, macro_f1, multilabel_prf
from coach.models import ACTS

SIGNALS = ("obstacle", "hand_up", "hand_back", "commitment", "small_talk")


def _fold(writer: str, convs: list[Conversation], managers, others, lemmas) -> dict:
    """Train without `writer`, then predict everything of `writer`."""
    from coach.learn.acts import read_turn
    from coach.learn.linear import use_models
    from coach.learn.signals import read_signals
    from coach.learn.train import fit_conversation_models, fit_turn_models
    from coach.review import review_transcript

    models = fit_turn_models([e for e in managers if e.writer != writer], [e for e in others if e.writer != writer], lemmas)
    models |= fit_conversation_models([c for c in convs if c.writer != writer], lemmas)
    use_models(models)
    try:
        mine = [c for c in convs if c.writer == writer]
        outcomes = corpus_suite.predict(mine, review_transcript, tagger=None, detect=True)
        bank_m = [e for e in managers if e.writer == writer and e.position is None]
        bank_o = [e for e in others if e.writer == writer and e.position is None]
        bank_acts = [[a.act for a in read_turn(e.text, e.lang, e.previous, e.phase).acts] for e in bank_m]
        bank_small = [read_turn(e.text, e.lang, e.previous, e.phase).small_talk >= 0.5 for e in bank_m]
        bank_sig = [{s.kind for s in read_signals(e.text, e.lang, e.previous, e.phase)} for e in bank_o]
    finally:
        use_models(None)
    return {"outcomes": outcomes, "bank_m": bank_m, "bank_acts": bank_acts, "bank_small": bank_small,
            "bank_o": bank_o, "bank_sig": bank_sig}


def run_cv(root: Path, progress: Callable[[str], None] | None = None, writers: list[str] | None = None) -> dict:
    from coach.confidence import use_reliability
    from coach.learn.lemmas import load_lemmas

    start = time.perf_counter()
    convs = conversations(root)
    managers, others = manager_examples(root), other_examples(root)
    lemmas = load_lemmas()
    folds = {}
    use_reliability({})  # the folds' confidences: stability only; reliability is added per writer below
    try:
        for writer in writers or sorted({c.writer for c in convs} | {e.writer for e in managers}):
            if progress:
                progress(writer)
            folds[writer] = _fold(writer, convs, managers, others, lemmas)
    finally:
        use_reliability(None)
    _nested_confidence(folds)
    report = {"suite": "cv", "split": "dev", "engine": "offline", "writers": sorted(folds)}
    report.update(_pooled(folds))
    report["per_writer"] = {w: _pooled({w: f}, brief=True) for w, f in folds.items()}
    report["seconds"] = round(time.perf_counter() - start, 1)
    report["_folds"] = folds  # for --errors; dropped before printing
    return report


def _act_pairs(folds: dict) -> tuple[list, list]:
    gold, pred = [], []
    for f in folds.values():
        for o in f["outcomes"]:
            for i in o.conversation.manager_turn_indices():
                gold.append(o.conversation.turns[i].acts or [])
                pred.append(o.acts.get(i, []))
        gold += [sorted(e.labels) for e in f["bank_m"]]
        pred += f["bank_acts"]
    return gold, pred


def _signal_pairs(folds: dict) -> tuple[list, list]:
    gold, pred = [], []
    for f in folds.values():
        for o in f["outcomes"]:
            conv = o.conversation
            for i, t in enumerate(conv.turns):
                if t.signals is None or t.speaker != conv.delegatee:
                    continue
                gold.append(set(t.signals) - {"other"})
                pred.append(set(o.review.turns[i].signals) if o.review is not None else set())
        gold += [set(e.labels) for e in f["bank_o"]]
        pred += f["bank_sig"]
    return gold, pred


def _pooled(folds: dict, brief: bool = False) -> dict:
    outcomes = [o for f in folds.values() for o in f["outcomes"]]
    gold, pred = _act_pairs(folds)
    per_act = multilabel_prf(gold, pred, ACTS)
    sg, sp = _signal_pairs(folds)
    per_signal = multilabel_prf(sg, sp, SIGNALS)
    report: dict = {"n_conversations": len(outcomes), "n_manager_turns": len(gold), "n_other_turns": len(sg),
                    "macro_f1": macro_f1(per_act)}
    if outcomes:
        report.update({k: v for k, v in corpus_suite.score(outcomes).items()
                       if k in ("guideline_accuracy", "monkey_accuracy", "grounding", "detection")})
        report["phase_accuracy"] = (report.get("detection") or {}).get("phase")
        report["network_accuracy"] = accuracy([o.conversation.delegatee_kind for o in outcomes],
                                              [o.detected.delegatee_kind if o.detected else None for o in outcomes])
        report["guideline_accuracy_detected"] = _detected_guidelines(outcomes)
        report.update(_sureness(outcomes))
    report["obstacle_f1"] = per_signal["obstacle"].f1
    if brief:
        return {k: report.get(k) for k in ("n_conversations", "n_manager_turns", "macro_f1", "guideline_accuracy",
                                           "monkey_accuracy", "phase_accuracy", "obstacle_f1")}
    report["acts"] = {a: p.as_dict() for a, p in per_act.items()}
    report["signals"] = {s: p.as_dict() for s, p in per_signal.items()}
    report["min_act_f1"] = min((p.f1 or 0.0) for p in per_act.values() if p.support)
    small_gold = [bool(e.small_talk) for f in folds.values() for e in f["bank_m"] if e.small_talk is not None]
    small_pred = [s for f in folds.values() for e, s in zip(f["bank_m"], f["bank_small"]) if e.small_talk is not None]
    report["small_talk_f1"] = binary_prf(small_gold, small_pred).f1
    return report


def _detected_guidelines(outcomes) -> float | None:
    gold, pred = [], []
    for o in outcomes:
        if o.detected is None or o.detected.phase != o.conversation.phase:
            gold += list(o.conversation.guidelines.values())
            pred += ["wrong phase"] * len(o.conversation.guidelines)
            continue
        found = {f.guideline: f.status for f in o.detected.findings}
        for g, s in o.conversation.guidelines.items():
            gold.append(s)
            pred.append(found.get(g))
    return accuracy(gold, pred)


def reliability_table(outcomes) -> dict[str, float]:
    """guideline:status -> how often coach's status is right, smoothed ((right + 1) / (n + 2))."""
    counts: dict[str, list[int]] = {}
    for o in outcomes:
        if o.review is None:
            continue
        for f in o.review.findings:
            key = f"{f.guideline}:{f.status}"
            right, n = counts.setdefault(key, [0, 0])
            counts[key] = [right + (f.status == o.conversation.guidelines.get(f.guideline)), n + 1]
    return {k: round((r + 1) / (n + 2), 4) for k, (r, n) in sorted(counts.items())}


def _nested_confidence(folds: dict) -> None:
    """Give every finding of every writer the confidence coach would give it with a reliability table made
    from the other writers only (stability from the fold x that reliability)."""
    from coach.confidence import SURE

    for writer, fold in folds.items():
        table = reliability_table([o for w, f in folds.items() if w != writer for o in f["outcomes"]])
        for o in fold["outcomes"]:
            if o.review is None:
                continue
            findings = []
            for f in o.review.findings:
                confidence = (f.confidence if f.confidence is not None else 1.0) * table.get(f"{f.guideline}:{f.status}", 1.0)
                findings.append(f.model_copy(update={"confidence": round(confidence, 3), "sure": confidence >= SURE}))
            o.review = o.review.model_copy(update={"findings": findings})


CALIBRATION_GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0)


def _sureness(outcomes) -> dict:
    """Calibration: of the findings shown as sure, how many are right; how many are sure; and the same for
    every confidence threshold of CALIBRATION_GRID (to choose coach.confidence.SURE)."""
    pairs = [(f.confidence if f.confidence is not None else 1.0, f.sure, f.status == o.conversation.guidelines.get(f.guideline))
             for o in outcomes if o.review is not None for f in o.review.findings]
    sure = [right for _, is_sure, right in pairs if is_sure]
    curve = []
    for t in CALIBRATION_GRID:
        kept = [right for c, _, right in pairs if c >= t]
        curve.append({"threshold": t, "accuracy": sum(kept) / len(kept) if kept else None,
                      "share": len(kept) / len(pairs) if pairs else None})
    return {"sure_accuracy": sum(sure) / len(sure) if sure else None, "sure_share": len(sure) / len(pairs) if pairs else None,
            "calibration": curve}


def errors(report: dict, limit: int = 400) -> list[dict]:
    """The misjudged turns and findings of the development data (for error analysis)."""
    out: list[dict] = []
    for writer, f in report.get("_folds", {}).items():
        for o in f["outcomes"]:
            conv = o.conversation
            for i in conv.manager_turn_indices():
                gold, pred = sorted(conv.turns[i].acts or []), sorted(o.acts.get(i, []))
                if gold != pred:
                    out.append({"writer": writer, "id": conv.id, "turn": i + 1, "kind": "acts", "text": conv.turns[i].text,
                                "gold": gold, "predicted": pred})
            if o.review is not None:
                for fd in o.review.findings:
                    g = conv.guidelines.get(fd.guideline)
                    if g != fd.status:
                        out.append({"writer": writer, "id": conv.id, "kind": "finding", "guideline": fd.guideline,
                                    "gold": g, "predicted": fd.status, "confidence": fd.confidence})
        for e, pred in zip(f["bank_m"], f["bank_acts"]):
            if sorted(e.labels) != sorted(pred):
                out.append({"writer": writer, "id": e.meta.get("id"), "kind": "acts", "text": e.text,
                            "gold": sorted(e.labels), "predicted": sorted(pred)})
    return out[:limit] if limit else out
