"""Print an evaluation report: aligned plain-text tables (headline figures first) or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

STATUSES = ("met", "partly", "missed", "not_applicable")
OWNERS = ("delegatee", "manager", "shared", "none")


def to_json(report) -> str:
    if isinstance(report, dict):
        report = {k: v for k, v in report.items() if not str(k).startswith("_")}  # internal (cv folds)
    return json.dumps(_rounded(report), indent=2, ensure_ascii=False, sort_keys=False)


def _rounded(value):
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {str(k): _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def num(value, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence], indent: str = "  ") -> str:
    """Columns aligned: the first left, the rest right."""
    cells = [[str(h) for h in headers]] + [[c if isinstance(c, str) else num(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for r in cells:
        parts = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append(indent + "  ".join(parts).rstrip())
    return "\n".join(lines)


def to_table(report: dict) -> str:
    suite = report.get("suite")
    if suite == "cv":
        return cv_table(report)
    if suite == "corpus":
        return corpus_table(report)
    if suite == "annomi":
        return annomi_table(report)
    if suite == "annomi-agreement":
        return "AnnoMI human agreement (Fleiss' kappa, multi-annotated subset)\n" + _human(report)
    if suite == "agreement":
        return agreement_table(report)
    return to_json(report)


def _prf_rows(per_label: dict, keep_empty: bool = False) -> list[list]:
    return [
        [name, v["precision"], v["recall"], v["f1"], v["support"], v["predicted"]]
        for name, v in per_label.items()
        if keep_empty or v["support"] or v["predicted"]
    ]


def corpus_table(r: dict) -> str:
    det = r.get("detection") or {}
    tokens = r.get("tokens")
    head = [
        ["macro-F1 (acts in gold)", r["macro_f1"]],
        ["question-type kappa", r["question_kappa"]],
        ["guideline accuracy", r["guideline_accuracy"]],
        ["monkey accuracy (owner)", r["monkey_accuracy"]],
        ["monkey deciding turn", r["monkey_turn_accuracy"]],
        ["grounding (quotes verbatim)", _grounding(r)],
        ["ms per turn (review)", num(r["ms_per_turn"], 1)],
    ]
    if det:
        head += [[f"detected {k}", v] for k, v in det.items()]
    if tokens:
        head += [[f"tokens {k}", num(v, 0)] for k, v in tokens.items()]
    out = [
        f"coach eval: corpus, split {r['split']}, engine {r['engine']}: {r['n_conversations']} conversations, "
        f"{r['n_turns']} turns ({r['n_manager_turns']} manager turns, {r['n_progress']} progress), "
        f"{r['errors']} failed",
        table(["headline", "value"], head),
        "",
        "acts",
        table(["act", "P", "R", "F1", "support", "predicted"], _prf_rows(r["acts"])),
        "",
        "guidelines",
        table(["guideline", "accuracy", "n"], [[g, v["accuracy"], v["n"]] for g, v in r["guidelines"].items()]),
    ]
    for gid, v in r["guidelines"].items():
        out += ["", f"{gid} (rows gold, columns predicted)", confusion_table(v["confusion"])]
    if r.get("monkey_confusion"):
        out += ["", "monkey owner (rows gold, columns predicted)", confusion_table(r["monkey_confusion"], OWNERS)]
    for e in r.get("error_examples", []):
        out.append(f"failed: {e['id']}: {e['error']}")
    return "\n".join(out)


CV_HEAD = (("act macro-F1", "macro_f1"), ("lowest act F1", "min_act_f1"), ("guideline accuracy (phase, manager, kind given)", "guideline_accuracy"),
           ("guideline accuracy (all detected)", "guideline_accuracy_detected"), ("monkey owner accuracy", "monkey_accuracy"),
           ("phase chosen right", "phase_accuracy"), ("network contact recognised", "network_accuracy"),
           ("obstacle F1 (delegatee)", "obstacle_f1"), ("small-talk F1 (manager)", "small_talk_f1"),
           ("findings shown as sure: right", "sure_accuracy"), ("findings shown as sure: share", "sure_share"))


def cv_table(r: dict) -> str:
    """Leave-one-writer-out: pooled headline figures, then per writer, per act and per signal."""
    head = [[name, r.get(key)] for name, key in CV_HEAD] + [["grounding (quotes verbatim)", _grounding(r)]]
    per = [[w, v["n_conversations"], v["n_manager_turns"], v["macro_f1"], v["guideline_accuracy"], v["monkey_accuracy"],
            v["phase_accuracy"], v["obstacle_f1"]] for w, v in r["per_writer"].items()]
    return "\n".join([
        f"coach eval: leave-one-writer-out cross-validation over {len(r['writers'])} writers: {r['n_conversations']} "
        f"conversations, {r['n_manager_turns']} manager turns, {r['n_other_turns']} delegatee turns ({r['seconds']} s)",
        table(["headline (pooled over writers)", "value"], head), "",
        "per writer (each scored by models trained without it)",
        table(["writer", "convs", "turns", "act F1", "guidelines", "monkey", "phase", "obstacle F1"], per), "",
        "acts", table(["act", "P", "R", "F1", "support", "predicted"], _prf_rows(r["acts"])), "",
        "calibration of the findings' confidence (findings at or above each threshold)",
        table(["threshold", "right", "share"], [[c["threshold"], c["accuracy"], c["share"]] for c in r.get("calibration") or []]), "",
        "signals (delegatee turns)", table(["signal", "P", "R", "F1", "support", "predicted"], _prf_rows(r["signals"])),
    ])


def _grounding(r: dict) -> str:
    g = r.get("grounding")
    if g is None:
        return "n/a (no quotes)"
    flag = "" if g >= 1.0 else "  MUST BE 1.000"
    return f"{g:.3f} ({r.get('n_quotes', 0)} quotes){flag}"


def confusion_table(conf: dict, base: Sequence[str] = STATUSES) -> str:
    """Rows gold, columns predicted; the base labels always shown, extra ones (missing, error) when they occur."""
    seen = {*conf, *(p for row in conf.values() for p in row)}
    labels = list(base) + sorted(str(x) for x in seen if x not in base)
    rows = [[str(g)] + [conf.get(g, {}).get(p, 0) for p in labels] for g in labels if g in base or g in conf]
    return table(["gold \\ pred"] + [_short(x) for x in labels], rows)


def _short(label: str) -> str:
    return "n/a" if label == "not_applicable" else label


def annomi_table(r: dict) -> str:
    a = r["anchors"]
    head = [
        ["question F1", r["question_f1"], a["question_mark_rule_question_f1"]],
        ["open/closed accuracy", r["open_closed_accuracy"], a["wh_rule_open_closed_accuracy"]],
        ["open/closed kappa", r["open_closed_kappa"], ""],
        ["question-type kappa", r["question_kappa"], ""],
        ["summary (reflection) F1", r["summary_f1"], ""],
        ["advice F1", r["advice_f1"], ""],
        ["ms per utterance", num(r["ms_per_turn"], 2), ""],
    ]
    prf = {"question": r["question"], "summary": r["summary"], "advice": r["advice"]}
    out = [
        f"coach eval: AnnoMI, split {r['split']}: {r['n_turns']} single-annotated therapist utterances, "
        f"{r['n_transcripts']} transcripts, {r['errors']} tagger failures",
        table(["headline", "coach", "bare rule"], head),
        f"  (open/closed over {r['open_closed_n']} utterances that are questions in gold and predicted)",
        "",
        table(["label", "P", "R", "F1", "support", "predicted"], _prf_rows(prf, keep_empty=True)),
    ]
    if r.get("human_agreement"):
        out += ["", "human agreement (Fleiss' kappa, multi-annotated subset)", _human(r["human_agreement"])]
    return "\n".join(out)


def _human(h: dict) -> str:
    rows = [[k, h.get(k)] for k in ("question_kappa", "question_type_kappa", "summary_kappa", "advice_kappa")]
    rows += [["utterances", h.get("n_utterances")], ["annotators", h.get("n_annotators")]]
    return table(["figure", "value"], rows)


def agreement_table(r: dict) -> str:
    head = [
        ["question-type kappa", r["question_kappa"]],
        ["act sets identical", r["acts_exact_agreement"]],
        ["guideline status agreement", r["guideline_agreement"]],
        ["guideline status kappa", r["guideline_kappa"]],
        ["monkey owner agreement", r["monkey_agreement"]],
        ["monkey owner kappa", r["monkey_kappa"]],
        ["monkey turn agreement", r["monkey_turn_agreement"]],
    ]
    acts = [[a, v["kappa"], v["agreement"], v["n_first"], v["n_second"]] for a, v in r["acts"].items() if v["n_first"] or v["n_second"]]
    gl = [[g, v["agreement"], v["kappa"], v["n"]] for g, v in r["guidelines"].items()]
    dis = [[d["conversation"], "" if d["turn"] is None else str(d["turn"]), d["item"], d["first"], d["second"]] for d in r["disagreements"]]
    out = [
        f"coach eval: agreement of two annotations: {r['n_conversations']} conversations, "
        f"{r['n_manager_turns']} manager turns, {len(r['disagreements'])} disagreements",
        table(["headline", "value"], head),
        "",
        table(["act", "kappa", "agreement", "first", "second"], acts),
        "",
        table(["guideline", "agreement", "kappa", "n"], gl),
    ]
    if r["unmatched"]:
        out += ["", "in one folder only: " + ", ".join(r["unmatched"])]
    if dis:
        out += ["", "disagreements (for adjudication)", table(["conversation", "turn", "item", "first (A)", "second (B)"], dis)]
    return "\n".join(out)
