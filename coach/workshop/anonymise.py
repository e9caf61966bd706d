"""Quotes for the group, without names: known names (participants, speakers, personas) and other
capitalised words inside a sentence are replaced by a placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterable

# capitalised words that are not names (English capitalises these; "I" is a pronoun)
_NOT_NAMES = {
    "i", "i'm", "i'll", "i've", "i'd", "ok", "okay",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}
_WORD = re.compile(r"\b[^\W\d_][\w'’-]*\b", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def placeholder(lang: str) -> str:
    return "[naam]" if lang == "nl" else "[name]"


def _known_pattern(names: Iterable[str]) -> re.Pattern | None:
    parts: set[str] = set()
    for name in names:
        name = " ".join((name or "").split())
        if len(name) >= 2:
            parts.add(name)
            parts.update(p for p in name.split() if len(p) >= 2)
    if not parts:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def anonymise(quote: str, names: Iterable[str], lang: str) -> str:
    """The quote with every known name and every capitalised word inside a sentence replaced."""
    mark = placeholder(lang)
    pattern = _known_pattern(names)
    text = pattern.sub(mark, quote) if pattern else quote
    return _capitalised(text, mark)


def _capitalised(text: str, mark: str) -> str:
    out, last = [], 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[: match.start()].rstrip()
        starts_sentence = not before or bool(_SENTENCE_END.search(before)) or before.endswith(("\"", "“", "("))
        is_name = word[0].isupper() and not word.isupper() and word.lower() not in _NOT_NAMES
        if is_name and not starts_sentence and not before.endswith("["):
            out.append(text[last:match.start()] + mark)
            last = match.end()
    out.append(text[last:])
    return "".join(out)
