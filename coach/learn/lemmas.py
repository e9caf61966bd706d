"""The lemma table the models use: word -> lemma per language, made with simplemma at training time and
shipped in coach/learn/weights/lemmas.json, so a review never loads simplemma's dictionaries (0.4 s).
Words missing from the table are their own lemma (character n-grams still see their stems)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from coach.learn.linear import WEIGHTS

MAX_FORMS = 12


@lru_cache(maxsize=1)
def load_lemmas() -> dict[str, dict[str, str]]:
    try:
        return json.loads((WEIGHTS / "lemmas.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"nl": {}, "en": {}}


def build_lemmas(texts: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """The table for the words of `texts` ((lang, text) pairs) and the other forms of their lemmas in
    simplemma's dictionary (so "belde" finds "bellen" when only "gebeld" was in the data)."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from coach.learn.features import tokens

    seen: dict[str, Counter] = {"nl": Counter(), "en": Counter()}
    for lang, text in texts:
        seen[lang].update(t for t in tokens(text) if not t[0].isdigit())
    table: dict[str, dict[str, str]] = {}
    factory = DefaultDictionaryFactory()
    for lang, words in seen.items():
        out = {w: simplemma.lemmatize(w, lang) for w in words}
        wanted = {lem for w, lem in out.items() if words[w] >= 2}
        forms: dict[str, int] = Counter()
        for word, lemma in factory.get_dictionary(lang).items():
            word, lemma = word.decode() if isinstance(word, bytes) else word, lemma.decode() if isinstance(lemma, bytes) else lemma
            if lemma in wanted and word not in out and forms[lemma] < MAX_FORMS and word.islower():
                out[word] = lemma
                forms[lemma] += 1
        table[lang] = {w: lem for w, lem in sorted(out.items()) if lem != w}
    return table
