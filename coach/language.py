"""Which language a conversation is in: Dutch or English (py3langid, restricted to nl/en).

    detect_language(texts) -> "nl" | "en"

Deterministic: the same texts give the same answer.  A clear case is decided
by counting frequent function words of each language (a conversation of a few
turns is almost always clear); anything less clear goes to py3langid (naive
Bayes over byte n-grams, limited to nl and en), whose model takes about half a
second to load, so the fast path keeps `coach review` quick.  No text at all
gives "nl", the language of the form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from coach.models import Language

DEFAULT_LANGUAGE: Language = "nl"
_MAX_CHARS = 20_000  # plenty for a decision; keeps long transcripts fast
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# frequent words of one language that are rare in the other ("is", "we", "in", "of" are in both)
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        "de het een en van ik je jij jou jouw wij niet dat die dit zijn wat hoe waar wanneer waarom ook maar nog "
        "al op voor met naar bij uit om te er heb hebt heeft kan kun kunt wil wel geen zo dan als mijn ons onze "
        "hun zij ze u goed dank bedankt graag eigenlijk gewoon even misschien nu hier daar heel".split()
    ),
    "en": frozenset(
        "the a and i you your my our their they he she it it's i'm that this are was were what how where when why "
        "also but still already on for with to at from have has can could will would do does don't not no so then "
        "if or good thanks thank really maybe now here there just very".split()
    ),
}
_CLEAR_MIN_WORDS = 8  # at least this many function words ...
_CLEAR_RATIO = 4.0  # ... and four times as many of one language as of the other


def _clear_case(text: str) -> Language | None:
    counts = {"nl": 0, "en": 0}
    for word in _WORD.findall(text.casefold()):
        for lang, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[lang] += 1
    nl, en = counts["nl"], counts["en"]
    if nl + en < _CLEAR_MIN_WORDS:
        return None
    if nl >= _CLEAR_RATIO * max(en, 1):
        return "nl"
    if en >= _CLEAR_RATIO * max(nl, 1):
        return "en"
    return None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["nl", "en"])
    return identifier


def detect_language(texts: Iterable[str] | str) -> Language:
    """"nl" or "en" for a text or the texts of a conversation."""
    if isinstance(texts, str):
        texts = [texts]
    parts: list[str] = []
    size = 0
    for text in texts:
        text = " ".join(str(text).split())
        if not text:
            continue
        parts.append(text)
        size += len(text) + 1
        if size >= _MAX_CHARS:
            break
    joined = " ".join(parts)[:_MAX_CHARS]
    if not any(ch.isalpha() for ch in joined):
        return DEFAULT_LANGUAGE
    clear = _clear_case(joined)
    if clear is not None:
        return clear
    lang, _confidence = _identifier().classify(joined)
    return "en" if lang == "en" else "nl"
