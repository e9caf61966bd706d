#!/usr/bin/env python
"""Write the offline review JSON of every fixture and corpus transcript to one file, to compare two versions.

    .venv/bin/python scripts/review_snapshot.py OUT.json [--long] [--fixtures]
    cmp before.json after.json        # byte-identical: a speed change changed no result

Covers tests/fixtures/transcripts and tests/fixtures/messy (read from the file, coach decides
manager, phase and language, as `coach review FILE` does), every eval/corpus conversation twice
(coach decides everything; and with the options a user gives: manager, phase, language, kind),
and with --long the bench_sizes.py transcripts of 100 KB in every format and language, templates
and unique text (long
conversations, where caches and indexes matter).  Each entry is the `coach review --format json`
text.  Nothing here is a test (tests/test_review_identical.py checks a few against a stored file).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from coach.models import ReviewOptions  # noqa: E402
from coach.readers import read_path  # noqa: E402
from coach.review import review_transcript  # noqa: E402

FIXTURES = ("tests/fixtures/transcripts", "tests/fixtures/messy")
# tests/test_review_identical.py: stored review (tests/fixtures/reviews/NAME) -> its source
FIXTURE_REVIEWS = {
    "transcripts__voortgang_nl.txt.json": "tests/fixtures/transcripts/voortgang_nl.txt",
    "transcripts__zoom_progress_en.vtt.json": "tests/fixtures/transcripts/zoom_progress_en.vtt",
    "transcripts__delegation_en.txt.json": "tests/fixtures/transcripts/delegation_en.txt",
    "messy__notetaker_en.txt.json": "tests/fixtures/messy/notetaker_en.txt",
    "corpus__dev__en-progress-14+options.json": "corpus/dev/en-progress-14+options",
    "corpus__dev__w07-nl-progress-04.json": "corpus/dev/w07-nl-progress-04",
}


def review_json(transcript, options: ReviewOptions | None = None) -> str:
    """The text `coach review --format json` prints."""
    return json.dumps(review_transcript(transcript, options).to_contract(), indent=2, ensure_ascii=False) + "\n"


def fixture_reviews() -> dict[str, str]:
    out = {}
    for folder in FIXTURES:
        for path in sorted((ROOT / folder).iterdir()):
            out[f"{folder}/{path.name}"] = review_json(read_path(str(path), 5 * 1024 * 1024))
    return out


def corpus_transcript(root: Path, source: str):
    """The transcript and options of "corpus/<split>/<id>[+options]"."""
    from coach.evaluation.corpus import load_conversation

    _, split, name = source.split("/")
    conv = load_conversation(root / "eval" / "corpus" / split / f"{name.removesuffix('+options')}.yaml")
    return conv.to_transcript(), conv.review_options() if name.endswith("+options") else None


def write_fixtures() -> None:
    """Rewrite tests/fixtures/reviews/ with the current code (only when a change is meant to change results)."""
    for name, source in FIXTURE_REVIEWS.items():
        if source.startswith("corpus/"):
            text = review_json(*corpus_transcript(ROOT, source))
        else:
            text = review_json(read_path(str(ROOT / source), 5 * 1024 * 1024))
        (ROOT / "tests" / "fixtures" / "reviews" / name).write_text(text, encoding="utf-8")


def corpus_reviews() -> dict[str, str]:
    from coach.evaluation.corpus import load_split

    out = {}
    for split in ("dev", "test"):
        for conv in load_split(ROOT / "eval" / "corpus", split):
            transcript = conv.to_transcript()
            out[f"corpus/{split}/{conv.id}"] = review_json(transcript)
            out[f"corpus/{split}/{conv.id}+options"] = review_json(transcript, conv.review_options())
    return out


def long_reviews() -> dict[str, str]:
    from bench_sizes import MAKERS, TEXT

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("templates", "unique"):
            TEXT["mode"] = mode
            for lang in ("nl", "en"):
                for fmt, make in MAKERS.items():
                    path = Path(tmp) / f"long-{lang}.{fmt}"
                    path.write_bytes(make(lang, 100 * 1024))
                    out[f"long/{mode}/{lang}.{fmt}"] = review_json(read_path(str(path), 5 * 1024 * 1024))
        TEXT["mode"] = "templates"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("out", type=Path)
    parser.add_argument("--long", action="store_true", help="also the 100 KB bench_sizes.py transcripts")
    parser.add_argument("--fixtures", action="store_true", help="also rewrite tests/fixtures/reviews/")
    args = parser.parse_args()
    if args.fixtures:
        write_fixtures()
    reviews = fixture_reviews() | corpus_reviews()
    if args.long:
        reviews |= long_reviews()
    args.out.write_text(json.dumps(reviews, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(reviews)} reviews written to {args.out}")


if __name__ == "__main__":
    main()
