"""Compare a writer's batch with the second annotation, list the disagreements, apply the adjudication.

    # 1. agreement + disagreements (first = writer, second = annotator)
    .venv/bin/python eval/tools/adjudicate.py compare /work/staging/w04 /work/staging/ann/w04 --out /work/staging/adj/w04
    # 2. an adjudicator fills `decision` (the label set or status that is right) and `reason` in
    #    /work/staging/adj/w04/disagreements.yaml
    # 3. the adjudicated batch: the writer's labels with every decision applied
    .venv/bin/python eval/tools/adjudicate.py apply /work/staging/w04 /work/staging/adj/w04 --out /work/staging/final/w04

`compare` writes agreement.json (figures before adjudication: act sets identical, kappa per act and per
signal, guideline status agreement and kappa, monkey owner agreement) and disagreements.yaml.  Every
undecided disagreement keeps the first (writer's) label at `apply`, and `apply` says how many those were.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coach.evaluation.metrics import accuracy, cohen_kappa  # noqa: E402
from coach.models import ACTS  # noqa: E402

SIGNALS = ("obstacle", "hand_up", "hand_back", "commitment", "small_talk", "other")


def _load(batch: Path) -> tuple[dict[str, dict], list[dict]]:
    convs = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((batch / "conversations").glob("*.yaml"))}
    utt = batch / "utterances.yaml"
    items = yaml.safe_load(utt.read_text(encoding="utf-8")) if utt.exists() else []
    return convs, items or []


def _turn_label(turn: dict, manager: str) -> tuple[str, list[str]]:
    if turn.get("speaker") == manager:
        acts = sorted(turn.get("acts") or [])
        return "acts", acts + (["small_talk"] if turn.get("small_talk") else [])
    return "signals", sorted(turn.get("signals") or [])


def pairs(first: Path, second: Path):
    """Yield (where, field, first value, second value) for every label of both annotations."""
    c1, u1 = _load(first)
    c2, u2 = _load(second)
    for name in sorted(set(c1) & set(c2)):
        a, b = c1[name], c2[name]
        for i, (ta, tb) in enumerate(zip(a["turns"], b["turns"])):
            kind, va = _turn_label(ta, a["manager"])
            _, vb = _turn_label(tb, a["manager"])
            yield {"file": name, "turn": i}, kind, va, vb
        for g, s in (a.get("guidelines") or {}).items():
            yield {"file": name, "guideline": g}, "status", s, (b.get("guidelines") or {}).get(g)
        if a.get("phase") == "progress":
            ma, mb = a.get("monkey") or {}, b.get("monkey") or {}
            yield {"file": name, "monkey": "owner"}, "monkey_owner", ma.get("owner"), mb.get("owner")
            yield {"file": name, "monkey": "turn"}, "monkey_turn", ma.get("turn"), mb.get("turn")
    by_id = {i.get("id"): i for i in u2}
    for item in u1:
        other = by_id.get(item.get("id"), {})
        field = "acts" if item.get("speaker") == "manager" else "signals"
        va = sorted(item.get(field) or []) + (["small_talk"] if item.get("small_talk") else [])
        vb = sorted(other.get(field) or []) + (["small_talk"] if other.get("small_talk") else [])
        yield {"utterance": item.get("id")}, field, va, vb


def agreement(rows: list) -> dict:
    out: dict = {}
    for field, labels in (("acts", ACTS + ("small_talk",)), ("signals", SIGNALS)):
        sets = [(a, b) for _, f, a, b in rows if f == field]
        if not sets:
            continue
        out[f"{field}_n"] = len(sets)
        out[f"{field}_identical"] = accuracy([tuple(a) for a, _ in sets], [tuple(b) for _, b in sets])
        kappas = {lab: cohen_kappa([lab in a for a, _ in sets], [lab in b for _, b in sets]) for lab in labels}
        out[f"{field}_kappa"] = {k: v for k, v in kappas.items() if v is not None}
        present = [v for v in out[f"{field}_kappa"].values()]
        out[f"{field}_mean_kappa"] = sum(present) / len(present) if present else None
    status = [(a, b) for _, f, a, b in rows if f == "status"]
    if status:
        out["guideline_agreement"] = accuracy([a for a, _ in status], [b for _, b in status])
        out["guideline_kappa"] = cohen_kappa([a for a, _ in status], [str(b) for _, b in status])
    owners = [(a, b) for _, f, a, b in rows if f == "monkey_owner"]
    if owners:
        out["monkey_owner_agreement"] = accuracy([a for a, _ in owners], [b for _, b in owners])
    out["disagreements"] = sum(1 for _, _, a, b in rows if a != b)
    return out


def compare(first: Path, second: Path, out: Path) -> dict:
    rows = list(pairs(first, second))
    figures = agreement(rows)
    out.mkdir(parents=True, exist_ok=True)
    (out / "agreement.json").write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    dis = [dict(where, field=f, first=a, second=b, decision=None, reason=None) for where, f, a, b in rows if a != b]
    (out / "disagreements.yaml").write_text(
        yaml.safe_dump(dis, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None), encoding="utf-8")
    return figures


def _set(doc_turn: dict, kind: str, value: list) -> None:
    value = list(value)
    small = "small_talk" in value and kind == "acts"
    labels = [v for v in value if not (small and v == "small_talk")]
    doc_turn[kind] = labels
    if kind == "acts":
        if small:
            doc_turn["small_talk"] = True
        else:
            doc_turn.pop("small_talk", None)


def apply(first: Path, adj: Path, out: Path) -> tuple[int, int]:
    """(decided, undecided) disagreements; writes the adjudicated batch to `out`."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(first, out)
    convs, items = _load(out)
    by_id = {i.get("id"): i for i in items}
    decided = undecided = 0
    for d in yaml.safe_load((adj / "disagreements.yaml").read_text(encoding="utf-8")) or []:
        if d.get("decision") is None:
            undecided += 1
            continue
        decided += 1
        value = d["decision"]
        if "utterance" in d:
            _set(by_id[d["utterance"]], d["field"], value)
            continue
        doc = convs[d["file"]]
        if "turn" in d:
            _set(doc["turns"][d["turn"]], d["field"], value)
        elif "guideline" in d:
            doc["guidelines"][d["guideline"]] = value
        elif d.get("monkey"):
            doc.setdefault("monkey", {})[d["monkey"]] = value
    for name, doc in convs.items():
        doc.setdefault("notes", "")
        (out / "conversations" / name).write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None), encoding="utf-8")
    if items:
        (out / "utterances.yaml").write_text(
            yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None), encoding="utf-8")
    return decided, undecided


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("compare", "apply"))
    parser.add_argument("first", type=Path, help="the writer's batch")
    parser.add_argument("second", type=Path, help="compare: the second annotation; apply: the adjudication folder")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.step == "compare":
        figures = compare(args.first, args.second, args.out)
        print(json.dumps({k: v for k, v in figures.items() if not isinstance(v, dict)}, indent=1))
    else:
        decided, undecided = apply(args.first, args.second, args.out)
        print(f"applied {decided} decisions; {undecided} undecided kept the writer's label")
    return 0


if __name__ == "__main__":
    sys.exit(main())
