"""Speaker names: recognising a `Name: text` prefix, and matching a --manager name.

A speaker prefix is a short, name-like token before the first colon: one to
five words, the first capitalised, the others capitalised or a name particle
("Anna de Vries", "Jan van der Berg", "Speaker 1", "J. Smit (manager)").
"Let op: ...", a URL ("https://...") or a time ("10:30") is no speaker.
"""

from __future__ import annotations

import re

from coach.errors import InputError

MAX_NAME_CHARS = 48
MAX_NAME_WORDS = 5

# lowercase words that occur inside Dutch, German, French ... surnames
_PARTICLES = frozenset(
    "van de der den het ten ter te 't in op von zu du da di del della des le la el al bin ben y".split()
)
# words that start a "Label: text" line but are no speaker
_NOT_NAMES = frozenset(
    """
    let note nb n.b. ps p.s. tip tips actie acties action actions vraag vragen question questions
    antwoord answer datum date tijd time onderwerp subject agenda conclusie conclusion besluit decision
    opmerking opmerkingen remark warning waarschuwing example voorbeeld voorbeelden summary samenvatting
    re fwd fw todo to-do update doel goal resultaat result deadline locatie location notitie notities
    notes aanwezig aanwezigen attendees afwezig titel title transcript transcriptie bron source
    http https www mailto ftp
    """.split()
)
_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$", re.UNICODE)
_NUMBER = re.compile(r"^\d{1,3}$")
_PAREN = re.compile(r"\s*\([^()]{1,30}\)$")
# "Name:" then a space, the end, or a letter/quote (not "://", not a time "10:30")
_PREFIX = re.compile(r"^\s*(?P<name>[^:\n]{1,80}?)\s*:(?:\s+|$|(?=[^\W\d_\"'“‘(]))(?P<text>.*)$", re.DOTALL)
# an optional leading time stamp: "[00:01:02] Anna: ...", "(12:03) Anna: ...", "00:12 Anna: ..."
_LEADING_TIME = re.compile(r"^\s*[\[(]?(?P<ts>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?\s+(?=\S)")


def is_name_like(name: str) -> bool:
    """True when `name` looks like a person (or a role like "Manager", "Speaker 2")."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        return False
    core = _PAREN.sub("", name).strip()
    words = core.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    first = words[0]
    if not _WORD.match(first) or not first[0].isupper():
        return False
    if first.lower().rstrip(".") in _NOT_NAMES or first.lower() in _NOT_NAMES:
        return False
    for i, word in enumerate(words[1:], start=1):
        if _NUMBER.match(word) and i == len(words) - 1:
            continue  # "Speaker 1"
        if not _WORD.match(word):
            return False
        if not word[0].isupper() and word.lower() not in _PARTICLES:
            return False
    return True


def parse_time(ts: str) -> float:
    """"1:02:03.5" / "02:03" / "0:0:5.100" -> seconds."""
    seconds = 0.0
    for part in ts.replace(",", ".").split(":"):
        seconds = seconds * 60 + float(part)
    return round(seconds, 3)


def split_speaker(line: str) -> tuple[str, str, float | None] | None:
    """("Anna de Vries", "text", start) for a `Name: text` line, else None."""
    start = None
    m_time = _LEADING_TIME.match(line)
    if m_time:
        start = parse_time(m_time.group("ts"))
        line = line[m_time.end() :]
    m = _PREFIX.match(line)
    if not m:
        return None
    name = m.group("name").strip().strip("*_").strip()
    if not is_name_like(name):
        return None
    return name, m.group("text").strip(), start


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def resolve_manager(speakers: list[str], wanted: str) -> str:
    """The speaker meant by --manager (exact, case-insensitive, or a unique first name); else an error."""
    key = _key(wanted)
    if not key:
        raise InputError(f"--manager is empty; give one of the speakers: {', '.join(speakers)}")
    for s in speakers:
        if s == wanted:
            return s
    same = [s for s in speakers if _key(s) == key]
    if len(same) == 1:
        return same[0]
    by_first = [s for s in speakers if _key(s).split()[0] == key]
    if len(by_first) == 1:
        return by_first[0]
    raise InputError(
        f"--manager {wanted!r} does not speak in this conversation; use one of the speakers: "
        + ", ".join(repr(s) for s in speakers)
    )
