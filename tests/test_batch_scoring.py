"""A long transcript's sentences scored a window at a time (coach.learn.batch) give exactly the review of
the sentence-by-sentence path: the feature indexes made per word form are those of the feature lists, and
the weights added together for many sentences are each sentence's sums to the last bit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import coach.review as review
from coach.evaluation.corpus import load_split
from coach.learn import batch, features
from coach.learn.features import sentence_features
from coach.learn.lemmas import load_lemmas
from coach.learn.linear import clear_caches, load_model
from coach.readers import read_text
from coach.signals import sentences

ROOT = Path(__file__).resolve().parents[1]


def _conversations():
    return load_split(ROOT / "eval" / "corpus", "dev")[:10]


@pytest.mark.parametrize("phases", [("progress",), ("delegation", None), (None,), ("progress", None)])
def test_indexes_per_word_form_are_those_of_the_feature_lists(phases):
    joint = batch.union((load_model("acts"), load_model("questions"), load_model("signals")))
    checked = 0
    for conv in _conversations():
        lang, lemmas = conv.language, load_lemmas().get(conv.language, {})
        for turn in conv.turns:
            for sentence in sentences(turn.text) + ["Kost 12,50 euro op 3-4 mei?", "x" * 60 + " woord", "?"]:
                expected = tuple([joint.index.get(f, joint.pad) for f in sentence_features(sentence, lang, lemmas, p)]
                                 for p in phases)
                assert joint.of(sentence, lang, lemmas, phases) == expected
                checked += 1
    assert checked > 100


def _long_transcript() -> str:
    """Corpus turns, alternating speakers, numbered so that no turn repeats, and one very long sentence."""
    lines = []
    for conv in _conversations():
        for turn in conv.turns:
            n = len(lines)
            lines.append(f"{'Anna' if n % 2 == 0 else 'Bram'}: {turn.text} ({n})")
    lines.insert(7, "Bram: " + " ".join(f"woord{i} en dan nog iets" for i in range(200)) + ".")
    return "\n".join(lines) + "\n"


def _review(text: str) -> str:
    clear_caches()
    return json.dumps(review.review_transcript(read_text(text)).to_contract(), ensure_ascii=False)


def test_a_review_scored_in_windows_is_the_review_scored_sentence_by_sentence(monkeypatch):
    text = _long_transcript()
    monkeypatch.setattr(review, "BATCH_FROM", 10 ** 9)
    alone = _review(text)
    monkeypatch.setattr(review, "BATCH_FROM", 1)
    monkeypatch.setattr(review, "WINDOW", 37)  # several windows, a manager turn's context in the last one
    monkeypatch.setattr(batch, "CHUNK_CHARS", 3000)  # several chunks of sentences in a window
    scored = []
    real = batch.score
    monkeypatch.setattr(batch, "score", lambda jobs: scored.append(1) or real(jobs))
    together = _review(text)
    assert len(scored) > 2  # the windows were scored together
    assert together == alone
    assert '"findings"' in together


def test_sums_of_long_and_short_sentences_are_added_in_order():
    import numpy as np

    rng = np.random.default_rng(3)
    weights = np.vstack([rng.normal(size=(50, 3)).astype(np.float32).astype(np.float64), np.zeros((1, 3))])
    lengths = np.array([1, batch.LONG + 5, 3, 17, 2], dtype=np.int64)
    rows = rng.integers(0, 51, size=int(lengths.sum()))
    got = batch._sums(weights, rows, lengths)
    start = 0
    for i, size in enumerate(lengths.tolist()):
        for j in range(3):
            expected = 0.0
            for r in rows[start:start + size]:
                expected += float(weights[r, j])
            assert got[i, j] == expected
        start += size


def test_runs_hold_at_most_so_many_items_and_about_so_many_characters():
    items = ["a" * 10, "b" * 500, "c" * 10, "d" * 10, "e" * 10, "f"]
    got = list(batch.runs(items, 3, 100))
    assert got == [["a" * 10], ["b" * 500], ["c" * 10, "d" * 10, "e" * 10], ["f"]]  # a long item stands alone
    assert [x for run in got for x in run] == items
    assert list(batch.runs([], 3, 100)) == []


def test_a_chunk_is_laid_out_as_the_feature_lists_one_after_the_other(monkeypatch):
    """Many sentences at once (repeated and new words, numbers, an empty one, a word too long to remember), with
    the word-form table starting again between chunks: per sentence the indexes of its feature list, in order."""
    from coach.learn import layout

    monkeypatch.setattr(layout.Forms, "MOST", 50)  # the table fills up and starts again
    joint = batch.union((load_model("acts"), load_model("questions"), load_model("signals")))
    lemmas = load_lemmas()["nl"]
    texts = [s for conv in _conversations() if conv.language == "nl" for t in conv.turns for s in sentences(t.text)]
    texts += ["", "?", "Kost 12,50 euro op 3-4 mei?", "woord " * 30 + "x" * 60 + " woord.", "Ja. Ja ja?"]
    for phases in (("progress", None), ("delegation",)):
        for run in batch.runs(texts, 40, 2000):
            laid = joint.chunk(run, "nl", lemmas, phases)
            for (flat, lengths), phase in zip(laid, phases):
                expected = [[joint.index.get(f, joint.pad) for f in sentence_features(s, "nl", lemmas, phase)] for s in run]
                assert lengths.tolist() == [len(e) for e in expected]
                assert flat.tolist() == [i for e in expected for i in e]
            remembered = {s: features._SAID.get((s, "nl", id(lemmas))) for s in run}  # on the way
            features._SAID.clear()
            assert remembered == {s: features._sentence_lemmas(s, "nl", lemmas) for s in run}  # read on their own


def test_a_turn_read_whole_adds_its_context_to_the_sums_of_its_sentences_to_the_last_bit():
    """signals_in's bag (all the sentences of the other's turn, then its context): the sums a window makes per
    turn, carried on with the context, are the plain sums of the whole bag, so the labels chosen are too."""
    from array import array

    from coach.learn import scoring
    from coach.learn.features import context_features, turn_features

    model, checked = load_model("signals"), 0
    for conv in _conversations():
        lang, lemmas = conv.language, load_lemmas().get(conv.language, {})
        turns = [("manager" if i % 2 else "delegatee", t.text) for i, t in enumerate(conv.turns)]
        jobs = batch.turn_jobs(turns, lang, "progress")
        assert jobs[1][4], "the others' turns are asked for whole"
        reader = scoring.Features(lang, lemmas, None)
        with batch.prepared(jobs):
            whole = scoring.READY.get()[("whole", *scoring.ready_key(model, reader))]
            for role, text in turns:
                if role == "manager" or not text.strip():
                    continue
                _, per_sentence, _ = turn_features(text, lang, lemmas)
                rows = array("i", model.found([f for fs in per_sentence for f in fs]))
                ctx = context_features(lang, None, None, None, lemmas, text)
                count, sums = whole[text]
                assert count == sum(len(fs) for fs in per_sentence)
                assert sums == [sum(map(col.__getitem__, rows), 0.0) for col in model.columns]  # exact
                with_ctx = rows + array("i", model.found(ctx))
                assert model.sums(array("i", model.found(ctx)), sums) == [sum(map(col.__getitem__, with_ctx), 0.0)
                                                                          for col in model.columns]
                assert scoring.chosen_in(model, scoring.sentences_of(text), reader, ctx, text) == \
                    model.chosen_in(per_sentence, ctx)
                checked += 1
    assert checked > 20


def test_sums_carried_on_from_a_start_are_the_sums_of_all_the_rows():
    import random

    from coach.learn.linear import NUMPY_FROM

    model = load_model("acts")
    rng = random.Random(5)
    for size in (3, NUMPY_FROM + 5, 400):
        rows = [rng.randrange(len(model.index)) for _ in range(size)]
        every = [sum(map(col.__getitem__, rows), 0.0) for col in model.columns]
        for cut in (0, 1, size // 2, size - 1):
            head = [sum(map(col.__getitem__, rows[:cut]), 0.0) for col in model.columns]
            assert model.sums(rows[cut:], head) == every
            assert model.numpy_sums(rows[cut:], head) == every  # numpy's running sum from the start too


def test_the_word_form_tables_stay_bounded_under_new_words(monkeypatch):
    from coach.learn import layout

    monkeypatch.setattr(layout.Forms, "MOST", 100)
    joint = batch.union((load_model("acts"), load_model("questions"), load_model("signals")))
    lemmas = load_lemmas()["nl"]
    for phases in [("progress",), (None,), ("delegation",), ("progress", None), ("delegation", None), ("x",)]:
        joint.forms(lemmas, phases)
        assert len(joint.tables) <= joint.TABLES
    forms = joint.forms(lemmas, ("progress",))
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(30):  # 30 chunks of 20 new words each: the table starts again when full
        words = ["woord" + letters[i % 26] + letters[i // 26] + letters[j] for j in range(20)]
        joint.chunk([" ".join(words) + "."], "nl", lemmas, ("progress",))
        assert all(w in forms.number for w in words)  # this chunk's words are numbered
        assert len(forms.heads) <= forms.MOST + 25 and len(forms.number) <= forms.MOST + 25
    assert len(forms.number) < 30 * 20  # it started again
