"""The speed work of issue 12 changed no result: the review JSON of a handful of fixture and corpus
transcripts is byte-identical to what the code before it printed (tests/fixtures/reviews/, written by
scripts/review_snapshot.py from the version before the change), also with tiny memos that evict all the
time and with the cycle collector on.  scripts/review_snapshot.py compares all 700 reviews.

A change that is meant to change results rewrites these files: `.venv/bin/python scripts/review_snapshot.py
OUT.json --fixtures` (and says so in its commit)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from coach.learn import features, scoring
from coach.learn.linear import clear_caches
from coach.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from review_snapshot import FIXTURE_REVIEWS, corpus_transcript, review_json  # noqa: E402

CASES = sorted(p.name for p in (ROOT / "tests" / "fixtures" / "reviews").glob("*.json"))


def _review_of(name: str) -> str:
    source = FIXTURE_REVIEWS[name]
    if source.startswith("corpus/"):
        transcript, options = corpus_transcript(ROOT, source)
        return review_json(transcript, options)
    return review_json(read_path(str(ROOT / source), 5 * 1024 * 1024))


def test_every_stored_review_names_its_source():
    assert CASES and set(CASES) == set(FIXTURE_REVIEWS)


@pytest.mark.parametrize("name", CASES)
def test_review_json_is_byte_identical_to_before(name):
    expected = (ROOT / "tests" / "fixtures" / "reviews" / name).read_text(encoding="utf-8")
    assert _review_of(name) == expected


@pytest.mark.parametrize("name", CASES[:3])
def test_same_review_with_memos_that_evict_all_the_time(name, monkeypatch):
    monkeypatch.setattr(scoring, "MAX_SENTENCES", 2)
    monkeypatch.setattr(scoring, "MAX_CHARS", 40)  # most sentences are not remembered at all
    monkeypatch.setattr(features._RECENT, "limit", 1)
    clear_caches()
    for model in ("acts", "questions", "signals"):  # memos made before the patch keep their own limit: renew them
        from coach.learn.linear import load_model

        load_model(model).memo = None
    try:
        expected = (ROOT / "tests" / "fixtures" / "reviews" / name).read_text(encoding="utf-8")
        assert _review_of(name) == expected
        assert all(len(load_model(m).memo or ()) <= 2 for m in ("acts", "questions", "signals"))
    finally:
        for model in ("acts", "questions", "signals"):
            load_model(model).memo = None
        clear_caches()


def test_same_review_with_the_cycle_collector_on(monkeypatch):
    import contextlib

    import coach.review

    monkeypatch.setattr(coach.review, "collector_paused", contextlib.nullcontext)
    clear_caches()
    name = CASES[0]
    assert gc.isenabled()
    assert _review_of(name) == (ROOT / "tests" / "fixtures" / "reviews" / name).read_text(encoding="utf-8")
