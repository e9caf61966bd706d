"""Bring a checked writer batch into the development data.

Usage:  .venv/bin/python eval/tools/import_batch.py BATCH_DIR [--root eval] [--labels ADJUDICATED_DIR]

Copies BATCH_DIR/conversations/*.yaml to ROOT/corpus/dev/ and BATCH_DIR/utterances.yaml to
ROOT/utterances/dev/<writer>.yaml (the writer is the batch folder's name).  With --labels, the adjudicated
copies in that folder (same file names) are taken instead of the writer's own labels.  Refuses a batch
that eval/tools/check_batch.py does not pass.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_batch import main as check_batch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--labels", type=Path, default=None, help="folder with the adjudicated batch")
    args = parser.parse_args(argv)
    source = args.labels or args.batch
    if check_batch([str(source)]) != 0:
        print(f"import_batch: {source} has problems; fix them first", file=sys.stderr)
        return 1
    writer = args.batch.name
    dev = args.root / "corpus" / "dev"
    for path in sorted((source / "conversations").glob("*.yaml")):
        shutil.copyfile(path, dev / path.name)
    utt = source / "utterances.yaml"
    if utt.exists():
        shutil.copyfile(utt, args.root / "utterances" / "dev" / f"{writer}.yaml")
    print(f"imported {writer} from {source}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
