"""The memos of a review are bounded by the characters of what they keep, not only by their number of
entries: a few huge (hostile) texts cannot make them hold a lot of memory."""

from __future__ import annotations

import pytest

from coach.learn import acts, conversation, features, form, signals
from coach.learn.memo import BoundedMemo, memoised
from coach import signals as turn_signals


def test_a_memo_bounded_by_characters_drops_its_oldest_entries():
    memo = BoundedMemo(100, max_chars=1000)
    for i in range(50):
        memo.put(("x" * 300, i), i)
        assert memo.chars <= 1000 and len(memo) <= 3
        assert memo.get(("x" * 300, i)) == i and (i < 3 or memo.get(("x" * 300, i - 3)) is None)
    assert memo.get(("x" * 300, 0)) is None
    kept = len(memo)
    memo.put("y" * 1001, "too big")  # larger than the whole memo: not kept, nothing dropped for it
    assert memo.get("y" * 1001) is None and len(memo) == kept >= 2
    memo.clear()
    assert memo.chars == 0 and len(memo) == 0


def test_a_full_memo_drops_its_oldest_quarter_at_once_and_keeps_the_newest():
    memo = BoundedMemo(10_000, max_chars=10_000)
    for i in range(1000):
        memo.put(f"{i:09d}x", i)  # 10 characters each: full at 1000 entries
    memo.put("new-entry!", -1)
    assert memo.chars <= 7_500 and memo.get("new-entry!") == -1
    assert memo.get(f"{999:09d}x") == 999 and memo.get(f"{0:09d}x") is None
    assert memo.chars == sum(len(k) for k in memo.data)


def test_memoised_counts_every_text_argument_and_still_remembers():
    calls = []

    @memoised(1000, 500)
    def joined(a, b, pairs):
        calls.append(1)
        return a + (b or "") + "".join(t for _, t in pairs)

    assert joined("ab", None, (("r", "cd"),)) == "abcd" == joined("ab", None, (("r", "cd"),))
    assert len(calls) == 1
    for i in range(100):
        joined("z" * 100, str(i), (("r", "q" * 50),))
        assert joined.memo.chars <= 500
    joined.cache_clear()
    assert len(joined.memo) == 0


@pytest.mark.parametrize("cached", [turn_signals._sentences, form.read_form, acts._bucket_reading, signals._read,
                                    conversation._read])
def test_the_review_caches_are_bounded_by_characters(cached):
    memo = cached.memo
    assert memo.max_chars is not None and memo.max_chars <= 12_000_000


def test_hostile_long_texts_do_not_grow_the_sentence_and_form_memos_past_their_bound():
    sentences, forms = turn_signals._sentences.memo, form.read_form.memo
    for i in range(40):
        text = f"Zin {i} " + "woord " * 40_000 + "?"
        turn_signals.sentences(text)
        form.read_form(text, "nl")
        assert sentences.chars <= sentences.max_chars and forms.chars <= forms.max_chars
    assert len(sentences) >= 1  # still remembering


def test_only_words_of_ordinary_length_are_remembered_with_their_features():
    before = features._known_word.cache_info().currsize
    long_word = "x" * (features.LONGEST_WORD + 1)
    assert features._word_features(long_word, long_word, "progress") == features._made(long_word, long_word, "progress")
    assert features._known_word.cache_info().currsize == before  # hostile long words are made each time
    features._word_features("planning", "planning", "progress")
    assert features._known_word.cache_info().currsize <= features._known_word.cache_info().maxsize == 65536
