"""Print the agreement of the two independent annotations per writer (markdown), before adjudication.

Usage:  .venv/bin/python eval/tools/agreement_report.py [--root eval/agreement/writers]

Reads <root>/<batch>/agreement.json (written by `adjudicate.py compare`) and counts the adjudicated
decisions in <root>/<batch>/disagreements.yaml (which annotation the adjudicator followed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1] / "agreement" / "writers"


def _f(x) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _same(a, b) -> bool:
    return sorted(a) == sorted(b) if isinstance(a, list) and isinstance(b, list) else a == b


def rows(root: Path) -> list[str]:
    out = ["| batch | manager turns + items | act sets identical | mean act kappa | signal sets identical | mean signal kappa "
           "| guideline status | monkey owner | disagreements (first / second / other) |",
           "|---|---|---|---|---|---|---|---|---|"]
    for folder in sorted(p for p in root.iterdir() if (p / "agreement.json").exists()):
        a = json.loads((folder / "agreement.json").read_text(encoding="utf-8"))
        dis = yaml.safe_load((folder / "disagreements.yaml").read_text(encoding="utf-8")) or []
        first = sum(1 for d in dis if _same(d.get("decision"), d.get("first")))
        second = sum(1 for d in dis if _same(d.get("decision"), d.get("second")) and not _same(d.get("decision"), d.get("first")))
        other = len(dis) - first - second
        out.append(f"| {folder.name} | {a.get('acts_n', 0)} | {_f(a.get('acts_identical'))} | {_f(a.get('acts_mean_kappa'))} "
                   f"| {_f(a.get('signals_identical'))} | {_f(a.get('signals_mean_kappa'))} | {_f(a.get('guideline_agreement'))} "
                   f"| {_f(a.get('monkey_owner_agreement'))} | {len(dis)} ({first} / {second} / {other}) |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    print("\n".join(rows(args.root)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
