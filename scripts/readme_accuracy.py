"""Print the README's "How accurate is it?" tables, measured by `coach eval` (never typed in).

    .venv/bin/python scripts/readme_accuracy.py                      # all tables (cv, test split, AnnoMI, agreement)
    .venv/bin/python scripts/readme_accuracy.py --measure-test-once   # the one test-split measurement
    .venv/bin/python scripts/readme_accuracy.py --cv-json cv.json     # reuse a saved `coach eval --suite cv --format json`

The development figure is leave-one-writer-out cross-validation (`coach eval --suite cv`), printed pooled
and per writer.  The frozen test split is measured once, when an issue is done: --measure-test-once runs
`coach eval --suite corpus --split test` and stores its JSON in eval/test-split-measurement.json, and
refuses when that file exists; without the option the stored measurement is printed, never re-measured.
AnnoMI (never trained on) and the per-writer agreement of the two annotations close the tables.
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


def prf_table(label: str, per_label: dict) -> list[str]:
    """Precision, recall, F1 and support per label, as a markdown table."""
    lines = [f"| {label} | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for name, m in per_label.items():
        lines.append(f"| {name} | {_f(m.get('precision'))} | {_f(m.get('recall'))} | {_f(m.get('f1'))} | {m.get('support')} |")
    return lines


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
    lines = [f"Own corpus, frozen test split, measured once ({c['n_conversations']} conversations, {c['n_manager_turns']} "
             "manager turns, second-annotated and adjudicated):", "",
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
    lines += ["", *prf_table("act", c["acts"])]
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


TEST_MEASUREMENT = ROOT / "eval" / "test-split-measurement.json"
CV_TARGETS = (("act macro-F1", "macro_f1", 0.85), ("lowest act F1", "min_act_f1", 0.70),
              ("guideline status accuracy (phase, manager, kind given)", "guideline_accuracy", 0.88),
              ("guideline status accuracy (everything detected)", "guideline_accuracy_detected", None),
              ("monkey owner accuracy", "monkey_accuracy", 0.90), ("phase chosen right when not given", "phase_accuracy", 0.95),
              ("network contact recognised when not given", "network_accuracy", None),
              ("delegatee obstacle F1", "obstacle_f1", 0.90), ("manager small-talk F1", "small_talk_f1", None),
              ("findings shown as sure that are right", "sure_accuracy", 0.95), ("findings shown as sure (share)", "sure_share", None),
              ("grounding (quotes found verbatim)", "grounding", 1.0))


def cv_tables(cv: dict) -> list[str]:
    lines = [f"Leave-one-writer-out cross-validation over {len(cv['writers'])} writers ({cv['n_conversations']} conversations, "
             f"{cv['n_manager_turns']} manager turns, {cv['n_other_turns']} delegatee turns): every writer's data is judged by "
             "models trained on the other writers only.", "", "| figure | coach (offline) | target |", "|---|---|---|"]
    for name, key, target in CV_TARGETS:
        value = cv.get(key)
        lines.append(f"| {name} | {_f(value)} | {'' if target is None else f'>= {target:.2f}{_mark(value, target)}'} |")
    lines += ["", "| writer | conversations | manager turns | act macro-F1 | guideline accuracy | monkey owner | phase | obstacle F1 |",
              "|---|---|---|---|---|---|---|---|"]
    for w, v in cv["per_writer"].items():
        lines.append(f"| {w} | {v['n_conversations']} | {v['n_manager_turns']} | {_f(v['macro_f1'])} | {_f(v['guideline_accuracy'])} "
                     f"| {_f(v['monkey_accuracy'])} | {_f(v['phase_accuracy'])} | {_f(v['obstacle_f1'])} |")
    lines += ["", *prf_table("act", cv["acts"]), "", *prf_table("signal (delegatee)", cv["signals"])]
    return lines


def main() -> None:
    if "--measure-test-once" in sys.argv:
        if TEST_MEASUREMENT.exists():
            sys.exit(f"{TEST_MEASUREMENT.name} exists: the frozen test split is measured once; it is not measured again")
        TEST_MEASUREMENT.write_text(json.dumps(_eval("--suite", "corpus", "--split", "test"), indent=1) + "\n", encoding="utf-8")
    if "--cv-json" in sys.argv:  # a saved `coach eval --suite cv --format json` of the same data (saves a run)
        cv = json.loads(Path(sys.argv[sys.argv.index("--cv-json") + 1]).read_text(encoding="utf-8"))
    else:
        cv = _eval("--suite", "cv")
    print("\n".join(cv_tables(cv)))
    print()
    if TEST_MEASUREMENT.exists():
        print("\n".join(corpus_tables(json.loads(TEST_MEASUREMENT.read_text(encoding="utf-8")))))
    else:
        print("Test split: not measured yet (scripts/readme_accuracy.py --measure-test-once, when the issue is done)")
    print()
    annomi = _eval("--suite", "annomi", "--split", "test")
    if "question_f1" in annomi:
        print("\n".join(annomi_table(annomi)))
    else:
        print("AnnoMI: not present, skipped")
    print()
    agreement = subprocess.run([sys.executable, str(ROOT / "eval" / "tools" / "agreement_report.py")],
                               capture_output=True, text=True, cwd=ROOT)
    print("Agreement of the two independent annotations, per batch (before adjudication):\n")
    print(agreement.stdout)


if __name__ == "__main__":
    main()
