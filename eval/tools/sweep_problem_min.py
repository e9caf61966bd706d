"""Choose the judge's PROBLEM_MIN (coach/judge/context.py: how sure the signals model must be of an obstacle
before it opens a problem for the judge) by leave-one-writer-out cross-validation, as `coach eval --suite cv`
measures: each writer's conversations are judged by models trained without that writer, once per value.

    .venv/bin/python eval/tools/sweep_problem_min.py                  # 0.3 0.4 0.5 0.6 0.7 0.8
    .venv/bin/python eval/tools/sweep_problem_min.py --values 0.5 0.8 --writer w04 --writer w07
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from coach.confidence import use_reliability
    from coach.evaluation import corpus_suite
    from coach.evaluation.dataset import conversations, manager_examples, other_examples
    from coach.judge import context
    from coach.learn.lemmas import load_lemmas
    from coach.learn.linear import clear_caches, use_models
    from coach.learn.train import fit_conversation_models, fit_turn_models
    from coach.review import review_transcript

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--values", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    parser.add_argument("--writer", action="append", help="only these writers' folds")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "eval")
    args = parser.parse_args(argv)
    convs = conversations(args.eval_dir)
    managers, others = manager_examples(args.eval_dir), other_examples(args.eval_dir)
    lemmas = load_lemmas()
    outcomes: dict[float, list] = {v: [] for v in args.values}
    shipped = context.PROBLEM_MIN
    use_reliability({})
    try:
        for writer in args.writer or sorted({c.writer for c in convs}):
            print(f"fold without {writer}", file=sys.stderr, flush=True)
            models = fit_turn_models([e for e in managers if e.writer != writer], [e for e in others if e.writer != writer], lemmas)
            models |= fit_conversation_models([c for c in convs if c.writer != writer], lemmas)
            use_models(models)
            mine = [c for c in convs if c.writer == writer]
            for value in args.values:
                context.PROBLEM_MIN = value
                clear_caches()
                outcomes[value] += corpus_suite.predict(mine, review_transcript, tagger=None, detect=True)
    finally:
        context.PROBLEM_MIN = shipped
        use_models(None)
        use_reliability(None)
    print("| PROBLEM_MIN | guideline accuracy | monkey owner accuracy |")
    print("|---|---|---|")
    for value in args.values:
        score = corpus_suite.score(outcomes[value])
        mark = " (shipped)" if value == shipped else ""
        print(f"| {value:.2f}{mark} | {score['guideline_accuracy']:.4f} | {score['monkey_accuracy']:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
