"""The feature indexes of a chunk of sentences, laid out by numpy (coach.learn.batch).

coach.learn.features.sentence_features lists, per word of a sentence, its "w:" feature, the bigram ending in
it (not for the first word) and the word's other features (lemma, lemma x phase, character n-grams), then the
sentence's first and last words and its question form.  Here each word form gets a number once (`Forms`:
per number the index of its "w:" feature and, per phase, the indexes of its other features, flat); a sentence
becomes the numbers of its words, its bigrams and its tail (first / last words, form), and numpy puts the
indexes of a whole chunk in that order (`layout`): per sentence the same indexes, in the same order, as the
feature list (tests/test_batch_scoring.py checks), without a Python loop over the words of every sentence.
"""

from __future__ import annotations

import threading
from array import array
from itertools import chain, repeat

from coach.learn.features import _word_features, content_lemma, remember_lemmas, tokens
from coach.learn.form import read_form


_UNSEEN = object()


class Forms:
    """Word form -> number, for one lemma table and the phases read at once; per number the index of its "w:"
    feature (`heads`) and per phase where its other indexes lie in `flat` (`starts`, `sizes`)."""

    MOST = 65536        # numbers given (or 8 x as many other indexes: 4 MB a phase) before the table starts again
    LONGEST = 40        # characters: a longer word gets a new number each time it is read (not looked up)

    def __init__(self, index: dict, pad: int, lemmas, phases: tuple):
        self.index, self.pad, self.lemmas, self.phases = index, pad, lemmas, phases
        self.lock = threading.Lock()  # one chunk at a time: a number means nothing in another table
        self.questions: dict = {}     # (form features, phase) -> their indexes
        self.clear()

    def clear(self) -> None:
        self.number: dict[str, int] = {}
        self.content: dict[str, dict] = {}  # per language: word -> its lemma if a content word, else None
        self.heads = array("q")
        self.starts = [array("q") for _ in self.phases]
        self.sizes = [array("q") for _ in self.phases]
        self.flat = [array("q") for _ in self.phases]

    def content_words(self, lang: str) -> dict:
        """Word -> its lemma if it is a content word (coach.learn.features.content_lemmas), else None."""
        return self.content.setdefault(lang, {})

    def content_word(self, tok: str, lang: str):
        found = content_lemma(tok, lang, self.lemmas)
        if len(tok) <= self.LONGEST:
            self.content[lang][tok] = found
        return found

    def full(self) -> bool:
        return len(self.heads) >= self.MOST or len(self.flat[0]) >= 8 * self.MOST

    def add(self, tok: str) -> int:
        """A number for this word form (its features' indexes made now)."""
        get, pad = self.index.get, self.pad
        lem = self.lemmas.get(tok, tok)
        n = len(self.heads)
        self.heads.append(get("w:" + tok, pad))
        for k, phase in enumerate(self.phases):
            ids = [get(f, pad) for f in _word_features(tok, lem, phase)]
            self.starts[k].append(len(self.flat[k]))
            self.sizes[k].append(len(ids))
            self.flat[k].extend(ids)
        if len(tok) <= self.LONGEST:
            self.number[tok] = n
        return n

    def question(self, form: tuple, prefix: str) -> list[int]:
        """The indexes of the form's features with this prefix ("q:", or "q" + phase initial + ":")."""
        key = (form, prefix)
        found = self.questions.get(key)
        if found is None:
            found = self.questions[key] = [self.index.get(prefix + f, self.pad) for f in form]
        return found


def layout(forms: Forms, sentences: list[str], lang: str) -> list[tuple]:
    """Per phase of `forms`, (the indexes of all the sentences' features one after the other, each sentence's
    number of features) as numpy int64 arrays.  Each sentence's content lemmas are remembered on the way
    (coach.learn.features: its turn's context asks for them next)."""
    with forms.lock:
        if forms.full():
            forms.clear()
        words, counts, bigrams, tails, shapes = _read(forms, sentences, lang)
        return [_place(forms, k, words, counts, bigrams, _tails(forms, k, tails, shapes))
                for k in range(len(forms.phases))]


def _read(forms: Forms, sentences: list[str], lang: str) -> tuple:
    """The Python part: per sentence its words' numbers, bigrams, tail (first / last words, "q:" form) and form."""
    get, pad, number, add, lemmas = forms.index.get, forms.pad, forms.number, forms.add, forms.lemmas
    shapes_of: dict = {}  # a Form reading -> its features (a few dozen readings)
    words: list[int] = []
    counts: list[int] = []
    bigrams: list[int] = []
    tails: list[list[int]] = []
    shapes: list[tuple] = []
    content, said = forms.content_words(lang), []
    for sentence in sentences:
        raw = tokens(sentence)
        lems = list(map(content.get, raw, repeat(_UNSEEN)))
        if _UNSEEN in lems:
            lems = [c if c is not _UNSEEN else forms.content_word(t, lang) for c, t in zip(lems, raw)]
        said.append((sentence, lems))
        toks = ["NUM" if t[0].isdigit() else t for t in raw]
        found = list(map(number.get, toks))
        if None in found:
            found = [n if n is not None else add(t) for n, t in zip(found, toks)]
        words += found
        counts.append(len(toks))
        if toks:
            bigrams += map(get, ["b:" + a + "_" + b for a, b in zip(toks, toks[1:])], repeat(pad))
            tail = [get("f1:" + toks[0], pad), get("e1:" + toks[-1], pad)]
            if len(toks) > 1:
                tail.append(get("f2:" + toks[0] + "_" + toks[1], pad))
        else:
            tail = []
        reading = read_form(sentence, lang)
        form = shapes_of.get(reading)
        if form is None:
            form = shapes_of[reading] = tuple(reading.features())
        tails.append(tail + forms.question(form, "q:"))
        shapes.append(form)
    remember_lemmas(lang, lemmas, said)
    return words, counts, bigrams, tails, shapes


def _tails(forms: Forms, k: int, tails: list[list[int]], shapes: list[tuple]) -> list[list[int]]:
    """The tails for phase k: a phase adds the form's features with the phase ("q" + its initial + ":")."""
    phase = forms.phases[k]
    if not phase:
        return tails
    prefix = f"q{phase[0]}:"
    return [tail + forms.question(form, prefix) for tail, form in zip(tails, shapes)]


def _ranges(sizes):
    """For sizes (n0, n1, ...): which range each position belongs to and its place in it."""
    import numpy as np

    total = int(sizes.sum())
    which = np.repeat(np.arange(len(sizes)), sizes)
    return which, np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)


def _place(forms: Forms, k: int, words: list[int], counts: list[int], bigrams: list[int], tails: list[list[int]]):
    """The sentences' indexes in the order of the feature lists: per word its "w:" index, the bigram ending in
    it (not the first word), its other indexes; then the sentence's tail."""
    import numpy as np

    nums = np.array(words, dtype=np.int64)
    count = np.array(counts, dtype=np.int64)
    tail_size = np.fromiter(map(len, tails), dtype=np.int64, count=len(tails))
    sentence, place = _ranges(count)  # per word: its sentence, its place in it
    later = place > 0
    rest_size = np.frombuffer(forms.sizes[k], dtype=np.int64)[nums] if len(nums) else np.zeros(0, np.int64)
    size = 1 + later + rest_size  # per word: its indexes
    ends = np.concatenate([[0], np.cumsum(size)])
    first = np.cumsum(count) - count  # per sentence: its first word
    own = ends[first + count] - ends[first]  # per sentence: its words' indexes
    lengths = own + tail_size
    begin = np.cumsum(lengths) - lengths
    at = begin[sentence] + ends[:-1] - ends[first][sentence]  # where each word's indexes begin
    out = np.empty(int(lengths.sum()), dtype=np.int64)
    if len(nums):
        out[at] = np.frombuffer(forms.heads, dtype=np.int64)[nums]
        out[at[later] + 1] = np.array(bigrams, dtype=np.int64)
        which, within = _ranges(rest_size)
        starts = np.frombuffer(forms.starts[k], dtype=np.int64)[nums]
        out[(at + 1 + later)[which] + within] = np.frombuffer(forms.flat[k], dtype=np.int64)[starts[which] + within]
    which, within = _ranges(tail_size)
    out[(begin + own)[which] + within] = np.fromiter(chain.from_iterable(tails), dtype=np.int64, count=len(within))
    return out, lengths
