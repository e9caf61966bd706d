"""Run an evaluation suite with an engine: the one entry point of `coach eval`,
the ratchet test and the benchmark scripts.

Engines: offline = the act tagger (coach.tagger.tag_turn) for acts and the
offline critic for the review; llm = the LLM critic for everything (acts are
read from its review), built by coach.engines.factory.make_critic.
"""

from __future__ import annotations

from pathlib import Path

from coach.evaluation import annomi, annomi_suite, corpus_suite
from coach.evaluation.corpus import load_split

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_corpus_dir() -> Path:
    return PROJECT_ROOT / "eval" / "corpus"


class UsageMeter:
    """Adds up the tokens a critic exposes as `usage`: a dict of the *last* review's counts.

    Called after every review; a usage dict already counted (the same object,
    e.g. when a review failed before setting a new one) is not counted twice.
    """

    def __init__(self, source: object):
        self.source = source
        self.total: dict[str, float] = {}
        self._seen = getattr(source, "usage", None)

    def __call__(self) -> None:
        usage = getattr(self.source, "usage", None)
        if not isinstance(usage, dict) or usage is self._seen:
            return
        self._seen = usage
        for key, value in usage.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                self.total[key] = self.total.get(key, 0) + value


def run_corpus(
    split: str = "test",
    engine: str = "offline",
    corpus_dir: Path | None = None,
    detect: bool = True,
    review=None,
    tagger=None,
) -> dict:
    """The corpus suite. `review` and `tagger` default to the chosen engine's."""
    conversations = load_split(Path(corpus_dir) if corpus_dir else default_corpus_dir(), split)
    meter = None
    if review is None:
        from coach.engines.factory import make_critic
        from coach.settings import get_settings

        critic = make_critic(get_settings(engine=engine))
        review = critic.review
        meter = UsageMeter(critic)
    outcomes = corpus_suite.predict(conversations, review, tagger=tagger, detect=detect, on_usage=meter)
    report = {"suite": "corpus", "split": split, "engine": engine}
    report.update(corpus_suite.score(outcomes))
    if meter is not None and meter.total:
        report["tokens"] = meter.total
    return report


def run_annomi(split: str = "test", path: Path | str | None = None, tagger=None, agreement: bool = True) -> dict:
    """The AnnoMI suite (raises annomi.AnnoMIMissing when the data are absent)."""
    annotations = annomi.load_if_present(path)
    if tagger is None:
        from coach.tagger import tag_turn

        tagger = tag_turn
    report = {"suite": "annomi", "split": split, "engine": "offline"}
    report.update(annomi_suite.run(annomi.single_annotated(annotations, split), tagger))
    if agreement:
        report["human_agreement"] = annomi_suite.human_agreement(annotations)
    return report


def run_annomi_agreement(path: Path | str | None = None) -> dict:
    """Human agreement on AnnoMI's multi-annotated subset only."""
    report = {"suite": "annomi-agreement"}
    report.update(annomi_suite.human_agreement(annomi.load_if_present(path)))
    return report


def run_cv(root: Path | None = None, writers: list[str] | None = None) -> dict:
    """Leave-one-writer-out cross-validation on the development data (needs scikit-learn)."""
    import sys

    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        from coach.errors import InputError

        raise InputError("the cv suite trains models and needs scikit-learn; run: pip install -e '.[dev]'") from exc
    from coach.errors import InputError
    from coach.evaluation.cv_suite import run_cv as run

    root = Path(root) if root else PROJECT_ROOT / "eval"
    if not (root / "corpus" / "dev").is_dir():
        raise InputError(f"{root} holds no corpus/dev/; pass --eval-dir pointing at the eval folder")
    return run(root,
               progress=lambda w: print(f"cv: fold without {w}", file=sys.stderr, flush=True), writers=writers)
