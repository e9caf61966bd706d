"""The ratchet: the offline engine's headline figures may not drop below eval/baseline.json.

The development figure is leave-one-writer-out cross-validation (the test split is never part of it).
Fails when the baseline is missing or lacks a figure (run `coach eval --record` to write measured
figures).  The AnnoMI part is skipped only when the data are absent.
"""

from __future__ import annotations

import json

import pytest

from coach.errors import InputError
from coach.evaluation import annomi, ratchet, runner


def _baseline() -> dict:
    try:
        return ratchet.load_baseline()
    except InputError as exc:
        pytest.fail(str(exc))


def test_cross_validated_headline_figures_hold():
    baseline = _baseline()
    report = runner.run_cv()
    problems = ratchet.check("cv", report, baseline)
    assert not problems, "; ".join(problems)


def test_annomi_headline_figures_hold():
    baseline = _baseline()
    path = annomi.resolve_path(None)
    if not path.is_file():
        pytest.skip(f"AnnoMI data not present at {path}")
    report = runner.run_annomi("test", path, agreement=False)
    problems = ratchet.check("annomi", report, baseline)
    assert not problems, "; ".join(problems)


# ------------------------------------------------------------ the ratchet's own rules

FIGURES = {"macro_f1": 0.6, "guideline_accuracy": 0.7, "monkey_accuracy": 0.5, "phase_accuracy": 0.9,
           "obstacle_f1": 0.7, "grounding": 1.0}


def test_check_names_the_figure_that_dropped():
    baseline = {"cv": dict(FIGURES)}
    assert ratchet.check("cv", dict(FIGURES), baseline) == []
    assert ratchet.check("cv", dict(FIGURES, macro_f1=0.596), baseline) == []  # within the tolerance
    problems = ratchet.check("cv", dict(FIGURES, guideline_accuracy=0.69), baseline)
    assert len(problems) == 1 and "cv.guideline_accuracy" in problems[0] and "0.6900" in problems[0]
    grown = ratchet.check("cv", dict(FIGURES, guideline_accuracy=0.69, n_turns=12), {"cv": dict(FIGURES, n_turns=10)})
    assert len(grown) == 2 and "10 -> 12" in grown[1]


def test_check_is_not_trivially_satisfied():
    assert ratchet.check("cv", dict(FIGURES), {}) != []
    lacking = {"cv": {k: v for k, v in FIGURES.items() if k != "grounding"}}
    assert any("grounding" in p and "lacks" in p for p in ratchet.check("cv", dict(FIGURES), lacking))
    unmeasured = ratchet.check("cv", dict(FIGURES, monkey_accuracy=None), {"cv": dict(FIGURES)})
    assert any("monkey_accuracy" in p for p in unmeasured)


def test_missing_baseline_file_is_an_error(tmp_path):
    with pytest.raises(InputError, match="--record"):
        ratchet.load_baseline(tmp_path / "baseline.json")


def test_record_writes_measured_figures_and_keeps_other_suites(tmp_path):
    path = tmp_path / "baseline.json"
    annomi_figures = {"question_f1": 0.9, "open_closed_accuracy": 0.8, "summary_f1": 0.4, "advice_f1": 0.3}
    path.write_text(json.dumps({"annomi": annomi_figures, "cv": dict(FIGURES)}), encoding="utf-8")
    measured = dict(FIGURES, macro_f1=0.61234, split="dev", engine="offline", n_manager_turns=10)
    new, notes = ratchet.record({"cv": measured}, path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == new
    assert stored["cv"]["macro_f1"] == 0.6123 and stored["cv"]["n_turns"] == 10
    assert stored["annomi"] == annomi_figures
    assert any("macro_f1" in n for n in notes)
    assert stored["history"][-1]["reason"] is None and stored["history"][-1]["changes"] == notes
    assert ratchet.check("cv", measured, stored) == []


def test_record_refuses_to_lower_a_figure_without_a_reason(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"cv": dict(FIGURES)}), encoding="utf-8")
    lower = dict(FIGURES, monkey_accuracy=0.4)
    with pytest.raises(InputError, match="allow-lower"):
        ratchet.record({"cv": lower}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"cv": FIGURES}  # nothing written
    with pytest.raises(InputError):
        ratchet.record({"cv": lower}, path, allow_lower="   ")
    new, notes = ratchet.record({"cv": lower}, path, allow_lower="relabelled monkey turns after adjudication")
    assert new["cv"]["monkey_accuracy"] == 0.4
    assert any("lowered" in n and "monkey_accuracy" in n for n in notes)
    assert new["history"][-1]["reason"] == "relabelled monkey turns after adjudication"
    again, _ = ratchet.record({"cv": dict(lower, macro_f1=0.7)}, path)  # a rise needs no reason; the history grows
    assert len(again["history"]) == 2
