"""The ratchet: headline figures recorded in eval/baseline.json may not drop.

`coach eval --record` runs the development suites (leave-one-writer-out cross-validation, and AnnoMI,
which is never trained on) and writes the measured figures; tests/test_ratchet.py measures again and fails
when a figure falls more than TOLERANCE below its recorded level.  The frozen test split is never part of
the ratchet (it is measured once, when an issue is done).  Recording a lower figure is refused unless a
reason is given (`--allow-lower "reason"`); every recording is kept in the baseline's `history`, with the
figures that changed and the reason.  A missing baseline file or a missing figure is a failure too, so the
ratchet cannot be satisfied by deleting it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from coach.errors import InputError
from coach.evaluation.runner import PROJECT_ROOT

TOLERANCE = 0.005
HEADLINES: dict[str, tuple[str, ...]] = {
    "cv": ("macro_f1", "guideline_accuracy", "monkey_accuracy", "phase_accuracy", "obstacle_f1", "grounding"),
    "annomi": ("question_f1", "open_closed_accuracy", "summary_f1", "advice_f1"),
}


def baseline_path() -> Path:
    return PROJECT_ROOT / "eval" / "baseline.json"


def headline(suite: str, report: dict) -> dict[str, float | None]:
    return {key: report.get(key) for key in HEADLINES[suite]}


def load_baseline(path: Path | None = None) -> dict:
    path = path or baseline_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"baseline {path} not found; run 'coach eval --record' to write it") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline {path} is not valid JSON ({exc.msg}); run 'coach eval --record'") from exc
    if not isinstance(data, dict):
        raise InputError(f"baseline {path} is not a JSON object; run 'coach eval --record'")
    return data


def check(suite: str, report: dict, baseline: dict, tolerance: float = TOLERANCE) -> list[str]:
    """One message per headline figure of `suite` that is missing or dropped; [] when all hold."""
    problems: list[str] = []
    recorded = baseline.get(suite)
    if not isinstance(recorded, dict):
        return [f"baseline has no '{suite}' figures; run 'coach eval --record'"]
    for key in HEADLINES[suite]:
        level = recorded.get(key)
        now = report.get(key)
        if not isinstance(level, (int, float)) or isinstance(level, bool):
            problems.append(f"{suite}.{key}: baseline lacks this figure; run 'coach eval --record'")
        elif now is None:
            problems.append(f"{suite}.{key}: could not be measured (recorded {level:.4f})")
        elif now < level - tolerance:
            problems.append(f"{suite}.{key} dropped to {now:.4f}, below the recorded {level:.4f}")
    if problems and recorded.get("n_turns") not in (None, _size(report)):
        problems.append(
            f"note: the {suite} data changed since recording ({recorded.get('n_turns')} -> {_size(report)} "
            "turns); if that explains it, re-record with 'coach eval --record'"
        )
    return problems


def record(reports: dict[str, dict], path: Path | None = None, allow_lower: str | None = None) -> tuple[dict, list[str]]:
    """Write the measured headline figures of the given suites; suites not given keep their old entry.

    Returns the new baseline and one line per figure that changed (old -> new).  A figure below its recorded
    level (beyond TOLERANCE) raises InputError unless `allow_lower` gives the reason, which is kept in the
    history with the changes.
    """
    path = path or baseline_path()
    try:
        old = load_baseline(path)
    except InputError:
        old = {}
    lowered = [note for suite, report in reports.items() for note in check(suite, report, old)
               if isinstance(old.get(suite), dict) and "dropped" in note]
    if lowered and not (allow_lower and allow_lower.strip()):
        raise InputError("refusing to lower the baseline (" + "; ".join(lowered) + "); fix the regression, or "
                         "record with --allow-lower \"the reason\"")
    new = dict(old)
    notes: list[str] = []
    for suite, report in reports.items():
        figures = headline(suite, report)
        before = old.get(suite) if isinstance(old.get(suite), dict) else {}
        for key, value in figures.items():
            value = round(value, 4) if isinstance(value, float) else value
            prev = before.get(key)
            if isinstance(prev, (int, float)) and isinstance(value, (int, float)) and value < prev - TOLERANCE:
                notes.append(f"{suite}.{key}: lowered {prev:.4f} -> {value:.4f}")
            elif prev != value:
                notes.append(f"{suite}.{key}: {_fmt(prev)} -> {_fmt(value)}")
        entry = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}
        entry.update(split=report.get("split"), engine=report.get("engine"), n_turns=_size(report))
        if suite in ("corpus", "cv"):
            entry["n_conversations"] = report.get("n_conversations")
        new[suite] = entry
    new["tolerance"] = TOLERANCE
    new["recorded_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    history = list(old.get("history") or [])
    history.append({"at": new["recorded_at"], "changes": notes, "reason": (allow_lower or "").strip() or None})
    new["history"] = history
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return new, notes


def _fmt(value: object) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _size(report: dict) -> int | None:
    return report.get("n_turns") or report.get("n_manager_turns")
