"""The fast paths of a review (issue 12) give exactly the numbers of the plain ones, and every memo is bounded:
coach.learn.scoring against LinearModel.read_sentences / chosen_in on the feature lists, numpy's running
sum against Python's, the bounded memos under many unique inputs, the paused cycle collector."""

from __future__ import annotations

import gc
import random
import sys
import threading
from pathlib import Path

import pytest

from coach.evaluation.corpus import load_split
from coach.learn import scoring
from coach.learn.features import content_lemmas, turn_features
from coach.learn.lemmas import load_lemmas
from coach.learn.linear import NUMPY_FROM, clear_caches, load_model
from coach.learn.memo import BoundedMemo
from coach.review import collector_paused

ROOT = Path(__file__).resolve().parents[1]


def _turns(n: int = 60):
    """Turns of the corpus (both languages), with the previous turn."""
    out = []
    for conv in load_split(ROOT / "eval" / "corpus", "dev")[:12]:
        for i, turn in enumerate(conv.turns):
            out.append((conv.language, turn.text, conv.turns[i - 1].text if i else None, conv.phase))
    return out[:: max(1, len(out) // n)]


@pytest.mark.parametrize("name", ["acts", "questions", "signals"])
def test_scoring_gives_exactly_the_numbers_of_the_feature_lists(name):
    model = load_model(name)
    for lang, text, previous, phase in _turns():
        lemmas = load_lemmas().get(lang, {})
        sentences, per_sentence, ctx = turn_features(text, lang, lemmas, previous=previous, phase=phase)
        reader = scoring.Features(lang, lemmas, phase)
        for _ in range(2):  # read, then remembered
            assert scoring.read_sentences(model, sentences, reader, ctx) == model.read_sentences(per_sentence, ctx)
        assert scoring.chosen_in(model, sentences, reader, ctx) == model.chosen_in(per_sentence, ctx)
        assert scoring.sentences_of(text) == sentences


def test_numpy_running_sum_equals_pythons_sum_to_the_last_bit():
    model = load_model("acts")
    rng = random.Random(7)
    for size in (NUMPY_FROM, NUMPY_FROM + 1, 200, 5000):
        rows = [rng.randrange(len(model.index)) for _ in range(size)]
        python = [sum(map(col.__getitem__, rows)) for col in model.columns]
        assert model.numpy_sums(rows) == python  # exact, not approx: the reviews stay byte-identical
        assert model.sums(rows) == python
    assert model.sums([]) == [0] * len(model.labels)


def test_bounded_memo_never_holds_more_than_its_limit():
    memo = BoundedMemo(8)
    for i in range(1000):
        memo.put(i, str(i))
        assert len(memo) <= 8
    assert memo.get(999) == "999" and memo.get(0) is None  # the newest stay, the oldest went


def test_bounded_memo_takes_puts_from_many_threads():
    memo, errors = BoundedMemo(16), []

    def writer(n):
        try:
            for i in range(3000):
                memo.put((n, i), i)
                memo.get((n, i - 1))
        except Exception as exc:  # noqa: BLE001 - any error fails the test below
            errors.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, so an unguarded eviction would fail here
    try:
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        sys.setswitchinterval(interval)
    assert not errors and len(memo) <= 16


def test_sentence_memo_is_bounded_under_unique_sentences(monkeypatch):
    monkeypatch.setattr(scoring, "MAX_SENTENCES", 50)
    model = load_model("signals")
    model.memo = None
    try:
        reader = scoring.Features("nl", {}, None)
        for i in range(400):  # hostile input: every sentence new
            scoring.part(model, f"Zin nummer {i} met woord{i}.", reader)
        assert 0 < len(model.memo) <= 50
        scoring.part(model, "lang " * 200, reader)  # a long sentence is read but never remembered
        assert all(len(key[0]) <= scoring.MAX_CHARS for key in model.memo.data)
        clear_caches()
        assert len(model.memo) == 0
    finally:
        model.memo = None


def test_content_lemmas_memo_is_bounded_and_read_only():
    for i in range(2000):
        found = content_lemmas(f"planning nummer{i} opleveren", "nl", {})
    assert isinstance(found, frozenset) and "planning" in found
    from coach.learn.features import _RECENT

    assert len(_RECENT) <= _RECENT.limit


def test_collector_is_paused_during_a_review_and_back_after_it_even_on_error():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_collector_comes_back_when_reviews_overlap_in_threads():
    inside, release = threading.Event(), threading.Event()

    def long_review():
        with collector_paused():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=long_review)
    worker.start()
    inside.wait(5)
    with collector_paused():  # a second review ends first: the first still runs without the collector
        pass
    assert not gc.isenabled()
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_collector_stays_off_when_the_caller_had_it_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_tokens_straighten_apostrophes_as_before():
    from coach.learn.features import _TOKEN, tokens

    texts = [t for _, text, _, _ in _turns(400) for t in (text, text.replace("'", "’"))]
    texts += ["It’s Bram’s plan’. ’t is ‘quoted’ d’r", "’’a’’b’", "zo’n 3’4 keer’"]
    for text in texts:
        assert tokens(text) == [t.replace("’", "'") for t in _TOKEN.findall(text.lower())]
