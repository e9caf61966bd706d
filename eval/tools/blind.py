"""Write blind copies of corpus conversations for a second annotator.

Every label is removed: the acts of each turn, the guideline statuses (the
ids of the phase stay, with an empty status to fill in), the monkey verdict
(an empty one for progress conversations), and the fields that hint at the
answers (manager_style, hard_cases, the annotator's notes).  Turns, speakers and metadata stay.

    .venv/bin/python eval/tools/blind.py eval/corpus/test --out /tmp/blind
    .venv/bin/python eval/tools/blind.py --batch /work/staging/w04 --out /work/staging/blind   (a writer batch)
    (then compare:  coach eval --suite agreement --first eval/corpus/test --second /tmp/blind)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HINTS = ("manager_style", "hard_cases", "notes")
LABELS = ("acts", "signals", "small_talk")


def blind_utterances(items: list) -> list:
    """Label-free copies of a batch's utterances.yaml items (acts, signals and small_talk removed)."""
    return [{k: v for k, v in item.items() if k not in LABELS} for item in items]


def blind_batch(batch: Path, out: Path) -> int:
    """A writer batch (conversations/ + utterances.yaml, eval/WRITING.md) copied without labels."""
    (out / "conversations").mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted((batch / "conversations").glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        (out / "conversations" / f.name).write_text(
            yaml.safe_dump(blind(data), sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None), encoding="utf-8")
        n += 1
    utt = batch / "utterances.yaml"
    if utt.exists():
        items = blind_utterances(yaml.safe_load(utt.read_text(encoding="utf-8")) or [])
        (out / "utterances.yaml").write_text(
            yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None), encoding="utf-8")
    return n


def blind(data: dict) -> dict:
    """A copy of one conversation mapping without any label."""
    out = {k: v for k, v in data.items() if k not in HINTS and k not in ("guidelines", "monkey", "turns")}
    out["turns"] = [{k: v for k, v in turn.items() if k not in LABELS} for turn in data.get("turns") or []]
    out["guidelines"] = {gid: None for gid in (data.get("guidelines") or {})}
    if data.get("phase") == "progress":
        out["monkey"] = {"owner": None, "turn": None}
    return out


def _inputs(sources: list[Path]) -> list[Path]:
    files: list[Path] = []
    for src in sources:
        if src.is_dir():
            files += sorted(src.glob("*.yaml")) + sorted(src.glob("*.yml"))
        elif src.is_file():
            files.append(src)
        else:
            raise SystemExit(f"blind: {src} not found; pass corpus files or folders")
    if not files:
        raise SystemExit("blind: no *.yaml files found in the given sources")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write label-free copies of corpus files for a second annotator.")
    parser.add_argument("sources", nargs="+", type=Path, help="corpus *.yaml files or folders")
    parser.add_argument("--out", required=True, type=Path, help="folder for the blind copies (not a source folder)")
    parser.add_argument("--batch", action="store_true", help="the sources are writer batches (eval/WRITING.md)")
    args = parser.parse_args(argv)
    if args.batch:
        for src in args.sources:
            n = blind_batch(src, args.out / src.name)
            print(f"wrote {n} blind conversations and the utterances of {src.name} to {args.out / src.name}")
        return 0
    files = _inputs(args.sources)
    out_dir = args.out.resolve()
    if any(f.resolve().parent == out_dir for f in files):
        raise SystemExit("blind: --out is a source folder; choose another folder so the gold files stay untouched")
    out_dir.mkdir(parents=True, exist_ok=True)
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise SystemExit(f"blind: cannot read {f} ({type(exc).__name__}); fix the file") from exc
        if not isinstance(data, dict):
            raise SystemExit(f"blind: {f} is not a corpus conversation (expected a YAML mapping)")
        text = yaml.safe_dump(blind(data), sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)
        (out_dir / f.name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} blind copies to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
