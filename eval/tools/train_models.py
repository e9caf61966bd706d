"""Train the learned models on all development data and write their weights into the package.

Usage:  .venv/bin/python eval/tools/train_models.py [--root eval]

Writes coach/learn/weights/{lemmas,acts,questions,signals,phase,network}.json.  Data: eval/corpus/dev and
eval/utterances/dev (every writer), never the test split, never AnnoMI (coach.evaluation.dataset).  How
well this generalises to writers it has not seen is measured by `coach eval --suite cv`
(leave-one-writer-out), not here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coach.evaluation.dataset import conversations, manager_examples, other_examples  # noqa: E402
from coach.learn.lemmas import build_lemmas  # noqa: E402
from coach.learn.linear import WEIGHTS  # noqa: E402
from coach.learn.train import fit_conversation_models, fit_turn_models  # noqa: E402


def lemma_texts(managers, others, convs):
    for e in managers + others:
        yield e.lang, e.text
        if e.previous:
            yield e.lang, e.previous
    for c in convs:
        for t in c.turns:
            yield c.language, t.text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT / "eval", help="the eval folder (corpus/, utterances/)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where the weights go")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    managers, others, convs = manager_examples(args.root), other_examples(args.root), conversations(args.root)
    lemmas = build_lemmas(lemma_texts(managers, others, convs))
    models = fit_turn_models(managers, others, lemmas) | fit_conversation_models(convs, lemmas)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lemmas.json").write_text(json.dumps(lemmas, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    for name, model in models.items():
        model.meta["writers"] = sorted({e.writer for e in managers} | {c.writer for c in convs})
        (args.out / f"{name}.json").write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"{name}: {model.meta.get('n')} examples, {len(model.index)} features kept, thresholds {model.thresholds}")
    print(f"{len(managers)} manager turns, {len(others)} other turns, {len(convs)} conversations; "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
