"""Print the README's "How accurate is it?" tables, measured now by `coach eval` (never typed in).

    .venv/bin/python scripts/readme_accuracy.py            # corpus test split + AnnoMI test split

Runs `coach eval --split test --format json` and `coach eval --suite annomi --split test --format json`
and renders their figures beside the targets of the evaluation issue and the published anchors.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COACH = [sys.executable, "-m", "coach.cli"]


def _eval(*args: str) -> dict:
    out = subprocess.run([*COACH, "eval", *args, "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0 or not out.stdout.strip().startswith("{"):
        sys.exit(f"coach eval {' '.join(args)} failed: {out.stderr.strip() or out.stdout.strip()}")
    return json.loads(out.stdout)


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _mark(value: float | None, target: float) -> str:
    return "" if value is None else (" (met)" if value >= target else " (short)")


def corpus_tables(c: dict) -> list[str]:
    det = c.get("detection") or {}
    rows = [
        ("act macro-F1", c["macro_f1"], 0.85),
        ("question-type kappa", c["question_kappa"], None),
        ("guideline status accuracy", c["guideline_accuracy"], 0.90),
        ("monkey verdict accuracy (owner)", c["monkey_accuracy"], 0.90),
        ("monkey deciding turn", c.get("monkey_turn_accuracy"), None),
        ("grounding (quotes found verbatim)", c["grounding"], 1.0),
    ]
    lines = [f"Own corpus, test split ({c['n_conversations']} conversations, {c['n_manager_turns']} manager turns, "
             "second-annotated and adjudicated):", "",
             "| figure | coach (offline) | target | two humans (before adjudication) |", "|---|---|---|---|"]
    human = {"act macro-F1": "act kappa 0.77-1.00", "question-type kappa": "0.95",
             "guideline status accuracy": "0.90", "monkey verdict accuracy (owner)": "1.00",
             "monkey deciding turn": "0.50"}
    for name, value, target in rows:
        t = "" if target is None else f">= {target:.2f}{_mark(value, target)}"
        lines.append(f"| {name} | {_f(value)} | {t} | {human.get(name, '')} |")
    for key in ("manager", "phase", "language"):
        if key in det:
            lines.append(f"| {key} chosen right when not given | {_f(det[key])} | | |")
    lines.append(f"| time per turn (full review) | {c['ms_per_turn']:.2f} ms | | |")
    lines += ["", "| act | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for act, m in c["acts"].items():
        lines.append(f"| {act} | {_f(m.get('precision'))} | {_f(m.get('recall'))} | {_f(m.get('f1'))} | {m.get('support')} |")
    lines += ["", "| guideline | status accuracy | n |", "|---|---|---|"]
    for gid, g in c["guidelines"].items():
        lines.append(f"| {gid} | {_f(g.get('accuracy'))} | {g.get('n')} |")
    return lines


def annomi_table(a: dict) -> list[str]:
    anchors = a.get("anchors") or {}
    rows = [
        ("question detection F1", a["question_f1"], 0.95, f"'contains ?' rule {_f(anchors.get('question_mark_rule_question_f1'))}"),
        ("open vs closed accuracy", a["open_closed_accuracy"], 0.85, f"wh-word rule {_f(anchors.get('wh_rule_open_closed_accuracy'))}"),
        ("summary (reflection) F1", a["summary_f1"], 0.60, ""),
        ("advice F1", a["advice_f1"], 0.50, ""),
    ]
    lines = [f"AnnoMI, test split ({a['n_transcripts']} transcripts, {a['n_turns']} single-annotated therapist "
             "utterances; English counselling, out of domain):", "",
             "| figure | coach (offline) | target | anchor on the same split |", "|---|---|---|---|"]
    for name, value, target, anchor in rows:
        lines.append(f"| {name} | {_f(value)} | >= {target:.2f}{_mark(value, target)} | {anchor} |")
    lines.append(f"| open/closed kappa | {_f(a.get('open_closed_kappa'))} | | published coders > 0.60; AnnoMI annotators 0.74 |")
    return lines


def main() -> None:
    corpus = _eval("--suite", "corpus", "--split", "test")
    print("\n".join(corpus_tables(corpus)))
    print()
    annomi = _eval("--suite", "annomi", "--split", "test")
    if "question_f1" in annomi:
        print("\n".join(annomi_table(annomi)))
    else:
        print("AnnoMI: not present, skipped")


if __name__ == "__main__":
    main()
