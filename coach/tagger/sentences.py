"""Split a turn into sentences and make a matching key for each.

A `Sentence` keeps `raw`, the verbatim substring of the turn (what an ActHit
quotes), and `key`, a normalised form used only for matching: lower case,
curly quotes straightened, hesitations ("eh", "ehm", "um", "uh", "like,")
removed, repeated words ("the-the") collapsed.  `core` is `key` without the
leading discourse markers ("nou", "oké", "so", "well", "and", "dus" ...), so a
rule can look at the first real word (a wh-word, a verb in first position).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … (one or more) followed by white space and the start of a new sentence, or at
# a line break, or at the end.  Form decides, not content: "2.500 euro", "3.5 uur" and "14.30" have no space
# after the point; a point after a known abbreviation ("o.a.", "bijv.", "e.g.", "Dr.") or an ellipsis or
# point followed by a lower-case word ("Nou... ik weet het niet") ends nothing.
_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    "o.a a.s aug b.v bijv blz ca d.d d.m.v d.w.z dec dhr dr drs e.d e.a e.g enz etc evt excl feb fig i.e i.o.m i.p.v "
    "i.v.m ibid incl ing ir jan jl jr m.b.t m.i.v max mevr min mr mrs ms mw n.a.v no nov nr o.b.v oct okt ong p pag "
    "prof resp sep sept sr st t.a.v t/m tel u.i.t v.a vs z.s.m zgn approx dept est mgr".split()
)
_WORD_BEFORE = re.compile(r"([\w./'’]+)$")
_NEXT = re.compile(r"\S")
_WINDOW = 40  # the word before a point is looked for in this many characters (an abbreviation is short)


def _ends_sentence(text: str, end: re.Match[str]) -> bool:
    """Does the punctuation matched at `end` close a sentence?"""
    mark = end.group(0)
    if mark == "\n":
        return True
    following = _NEXT.search(text, end.end())  # never a copy of the rest: linear in a long turn
    if following is None:
        return True
    if "?" in mark or "!" in mark:
        return True
    before = _WORD_BEFORE.search(text[max(0, end.start() - _WINDOW): end.start()])
    word = before.group(1).lower().rstrip(".") if before else ""
    if mark.startswith(".") and len(mark) == 1 and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
        return False  # "bijv. de planning", "Dr. Jansen", "J. de Vries"
    first = following.group(0)
    return not (first.islower() or first.isdigit())  # "Nou... ik weet het niet", "pagina 3. 4 is"


def sentence_spans(text: str) -> list[str]:
    """The sentences of a text, in order, each a verbatim (stripped) substring of it."""
    out, start = [], 0
    for end in _END.finditer(text):
        if _ends_sentence(text, end):
            piece = text[start:end.end()].strip()
            if piece:
                out.append(piece)
            start = end.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_HESITATION = re.compile(
    r"(?<![\w-])(?:e+h+m*|e+r+m+|u+h+m*|u+m+|h+m+|m+h*m+|mm-hmm|uh-huh|"
    r"zeg\s+maar|hoe\s+dan\s+ook|in\s+ieder\s+geval|anyway|anyhow|weet\s+je\s+wat(?=\s*[,.!])|(?:i'?ll\s+)?tell\s+you\s+what(?=\s*[,.!])|weet\s+je(?:\s+wel)?(?=\s*[,.!])|(?<!do\s)(?<!did\s)(?<!don't\s)(?<!let\s)(?<!you\s)you\s+know(?:\s+what)?(?=\s*[,.!])|"
    r"i\s+mean(?=\s*[,.])|kind\s+of|sort\s+of|kinda|sorta)(?![\w-])[,.!]?",
    re.I,
)
_LIKE_FILLER = re.compile(r",\s*like\s*,", re.I)
_STUTTER = re.compile(r"\b(\w+)(?:\s*-+\s*\1\b)+", re.I)
_FALSE_START = re.compile(r"\b(\w{1,4})-+(?=\1\w)", re.I)  # "wh-what", "th-the"
_DASHES = re.compile(r"\s*[-–—]{1,2}\s*")
_SPACES = re.compile(r"\s+")

_LEAD = (
    r"nou\s+ja|nou|oké|oke|ok|okay|okee|ja|jawel|nee|yeah|yes|yep|no|right|well(?!\s+done)|so(?!\s+far)|alright|all\s+right|"
    r"and|but|now|oh|en|maar|dus|hm|hmm|mm|ah|ahh|tja|ach|allright|then|also|ook|nu|en\s+dan"
)
# words that are a marker only when punctuation follows ("Goed, wat ga je doen?" but not "Goed plan")
_LEAD_PUNCT = r"kijk|look|listen|luister|goed|prima|mooi|great|good|sure|fine|helder|duidelijk|perfect|top|super|fijn|cool|precies|exactly|joh|hoor"
_LEADING_MARKERS = re.compile(rf"^(?:(?:(?:{_LEAD})\b[\s,.!]*)|(?:(?:{_LEAD_PUNCT})\s*[,.!]+\s*))+", re.I)


@dataclass(frozen=True)
class Sentence:
    raw: str
    key: str
    core: str
    question_mark: bool


# Dutch as spoken: formal "u", Flemish "ge/gij", contractions ("da's", "ff"), mapped onto the
# forms the cue patterns use.  Only the matching key changes; quotes stay verbatim.
_DUTCH_FORMS = {"gij": "jij", "ge": "je", "u": "je", "uw": "jouw", "da's": "dat is", "ff": "even", "nie": "niet", "euh": "", "moogt": "mag"}
_DUTCH_WORD = re.compile(r"(?<![\w'])(?:gij|ge|u|uw|da's|ff|nie|euh|moogt)(?![\w'])")


def normalise(text: str, lang: str = "") -> str:
    """The matching key of a piece of text (never shown, never quoted)."""
    s = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = s.lower()
    s = _LIKE_FILLER.sub(",", s)
    s = _HESITATION.sub(" ", s)
    s = _FALSE_START.sub("", s)
    s = _STUTTER.sub(r"\1", s)
    s = _DASHES.sub(" ", s)
    if lang == "nl":
        s = _DUTCH_WORD.sub(lambda m: _DUTCH_FORMS[m.group(0)], s)
    s = _SPACES.sub(" ", s).strip(" ,;:")
    return s


def strip_markers(key: str) -> str:
    return _LEADING_MARKERS.sub("", key).strip(" ,")


def split_sentences(text: str, lang: str = "") -> list[Sentence]:
    """The sentences of a turn, in order; empty pieces are dropped."""
    out: list[Sentence] = []
    for raw in sentence_spans(text):
        if not raw or not any(ch.isalnum() for ch in raw):
            continue
        key = normalise(raw, lang)
        if not key:
            continue
        out.append(Sentence(raw=raw, key=key, core=strip_markers(key), question_mark="?" in raw))
    return out


def content_words(text: str, stop: frozenset[str]) -> set[str]:
    """Lower-case words of 4+ letters that are not function words (for overlap with `previous`)."""
    return {w for w in re.findall(r"[a-zà-ÿ']{4,}", text.lower()) if w not in stop}
