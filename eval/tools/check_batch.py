"""Check one writer's batch (eval/WRITING.md): conversations/*.yaml and utterances.yaml.

Usage:  .venv/bin/python eval/tools/check_batch.py BATCH_DIR [--quiet]

Prints one line per problem and a count per kind of item; exits 1 when there is any problem.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import check_file, check_manager_labels, check_other_labels  # noqa: E402

UTT_ID = re.compile(r"^w\d{2}-[ud]\d{3,4}$")


def check_utterances(path: Path, writer: str) -> tuple[list[str], Counter]:
    """Problems of a batch's utterances.yaml and the count of manager / delegatee items."""
    counts: Counter = Counter()
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        return [f"{path.name}: does not parse: {str(exc).splitlines()[0]}"], counts
    errs, seen = [], set()
    for n, item in enumerate(items):
        where = f"{path.name} item {n} ({item.get('id') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict):
            errs.append(f"{where}: not a mapping")
            continue
        uid = str(item.get("id", ""))
        if not UTT_ID.match(uid) or not uid.startswith(writer):
            errs.append(f"{where}: id must be {writer}-uNNN (manager) or {writer}-dNNN (delegatee)")
        if uid in seen:
            errs.append(f"{where}: duplicate id")
        seen.add(uid)
        if item.get("language") not in ("nl", "en") or item.get("phase") not in ("delegation", "progress", "final"):
            errs.append(f"{where}: language nl|en and phase delegation|progress|final are required")
        if item.get("delegatee_kind") not in ("employee", "network"):
            errs.append(f"{where}: delegatee_kind employee|network is required")
        if not isinstance(item.get("previous"), str) or not str(item.get("text") or "").strip():
            errs.append(f"{where}: previous (a string, may be empty) and a non-empty text are required")
        speaker = item.get("speaker")
        if speaker == "manager":
            errs += [f"{where}: {e}" for e in check_manager_labels(item)]
        elif speaker == "delegatee":
            errs += [f"{where}: {e}" for e in check_other_labels(item, required=True)]
        else:
            errs.append(f"{where}: speaker must be manager or delegatee")
        counts[speaker] += 1
    return errs, counts


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: check_batch.py BATCH_DIR", file=sys.stderr)
        return 2
    root = Path(args[0])
    writer = root.name
    problems, kinds, seen = [], Counter(), set()
    for path in sorted((root / "conversations").glob("*.yaml")):
        errs = check_file(path, seen)
        problems += [f"conversations/{path.name}: {e}" for e in errs]
        if not errs:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            kinds["conversations"] += 1
            kinds[f"{doc['language']} {doc['phase']}"] += 1
            kinds["manager turns"] += sum(1 for t in doc["turns"] if t["speaker"] == doc["manager"])
            if doc.get("writer") != writer:
                problems.append(f"conversations/{path.name}: writer must be {writer}")
    utt = root / "utterances.yaml"
    if utt.exists():
        errs, counts = check_utterances(utt, writer)
        problems += errs
        kinds["utterances manager"] += counts["manager"]
        kinds["utterances delegatee"] += counts["delegatee"]
    for p in problems:
        print(p)
    print(", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())) or "nothing found", file=sys.stderr)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
