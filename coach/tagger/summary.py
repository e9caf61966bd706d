"""Summary: the manager reflects or summarises what the other said.

Three strengths of evidence:
- an explicit summary cue ("Dus als ik het goed begrijp", "So what you're saying
  is", "It sounds like", "Samengevat") is a summary on its own;
- a reflection cue (a second-person declarative about the other's feelings,
  thoughts or situation: "Je ziet er dus tegenop", "You're worried about the
  deadline") is a summary when the other has spoken just before;
- "So/Dus" + a statement about the other or their situation ("So you've been
  trying to reach him for a week") reads as a reflection after the other spoke;
- a declarative said with a rising tone is a summary when it echoes a content
  word of the other's previous turn; a plain statement about the other or the
  situation ("So you've got ...", "Your team ...", "That's a lot") when it
  echoes at least ECHO_FOR_STATEMENT of them.
A sentence that already gives advice, an instruction, feedback, a checkpoint or
a monkey move is not read as a reflection.  Without `previous`, only explicit
summary cues count (labels.md: a summary needs the other's earlier words).
"""

from __future__ import annotations

import re

from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence, content_words

_LEAD_NOT_SO = re.compile(
    r"^(?:(?:nou\s+ja|nou|oké|oke|ok|okay|ja|yeah|yes|right|well|and|en|oh|alright|all\s+right|maar|but|hmm|mm)\b[\s,.!]*)+"
)


# content words a plain statement must share with the other's previous turn to count as a reflection
ECHO_FOR_STATEMENT = 2


def echo_count(text: str, previous_words: set[str], lex: Lexicon) -> int:
    """How many content words of `text` also occur (or share a 5-letter stem) in the previous turn."""
    if not previous_words:
        return 0
    stems = {p[:5] for p in previous_words if len(p) > 5}
    return sum(1 for w in content_words(text, lex.stop) if w in previous_words or (len(w) > 5 and w[:5] in stems))


def previous_words(previous: str | None, lex: Lexicon) -> set[str]:
    return content_words(previous, lex.stop) if previous else set()


def has_summary_cue(s: Sentence, lex: Lexicon) -> bool:
    """An explicit summary cue ("Dus als ik het goed begrijp", "So what you're saying")."""
    return bool(lex.acts["summary"].search(_LEAD_NOT_SO.sub("", s.key)))


def is_summary(
    s: Sentence,
    lex: Lexicon,
    prev_words: set[str],
    *,
    has_previous: bool,
    rising: bool = False,
    statement: bool = True,
    cue_checked: bool = False,
) -> bool:
    """Whether sentence `s` reflects or summarises the other's words.

    `rising`: a declarative said with a question mark or a tag.  `statement`:
    the sentence carries no other content act (advice, instruction ...)."""
    key = _LEAD_NOT_SO.sub("", s.key)
    if not cue_checked and lex.acts["summary"].search(key):
        return True
    if not has_previous:
        return False
    if lex.acts["so_reflection"].search(key) and len(key.split()) >= 5:
        return True
    if not statement:
        return False
    if lex.acts["so_statement"].search(key) and len(key.split()) >= 4:
        return True
    if lex.acts["reflection"].search(s.core) or lex.acts["reflection"].search(key):
        return True
    echo = echo_count(s.key, prev_words, lex)
    if rising or lex.acts["cited"].search(key):
        return echo >= 1
    if lex.acts["about_other"].search(key) or lex.acts["about_situation"].search(key):
        return echo >= ECHO_FOR_STATEMENT
    return False


_WORD3 = re.compile(r"[a-zà-ÿ0-9']{3,}")
_FUNCTION = frozenset(
    "het een van heb hebt had and the you was are for but not wel nog met aan ook maar dat die dit wat "
    "yes yeah okay nou hoor haha know weet".split()
)
_OPINION = re.compile(r"\b(?:i\s+think|i\s+trust|i\s+believe|i'm\s+sure|i'll|i\s+will|ik\s+denk|ik\s+vertrouw|ik\s+weet\s+zeker|ik\s+ga)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|ik|we|wij|me|mij|my|mijn)\b")


def is_echo_fragment(s: Sentence, lex: Lexicon, previous: str | None) -> bool:
    """A short verbless-looking echo of the other's words ("Drie minuten.", "Scope in writing, and
    access from day one."): at most 8 words, and at least half of its words occur in `previous`."""
    if not previous:
        return False
    if _FIRST_PERSON.search(s.key):
        return False
    words = [w for w in _WORD3.findall(s.key) if w not in lex.stop and w not in _FUNCTION]
    if not words or len(s.key.split()) > 8:
        return False
    prev = set(_WORD3.findall(previous.lower()))
    shared = sum(1 for w in words if w in prev)
    return shared >= 1 and shared * 2 >= len(words)


def fallback_reflection(sentences: list[Sentence], lex: Lexicon, prev_words: set[str], previous: str) -> Sentence | None:
    """For a turn that carries no other act: the sentence that reflects the other, if any.

    A statement about the other ("you", "je") reads as a reflection when it echoes the
    other's words, or when the other only acknowledged ("Yeah.", "Mm-hmm"), so that it is
    about what they said before; a short first fragment that echoes them ("Drie minuten.")
    is one too."""
    for i, s in enumerate(sentences):
        if (
            lex.acts["second_person"].search(s.key)
            and not _OPINION.search(s.key)  # "I think you'd be brilliant at it" is the manager's view
            and (not prev_words or echo_count(s.key, prev_words, lex) >= 1)
        ):
            return s
        if i == 0 and len(sentences) <= 2 and is_echo_fragment(s, lex, previous):
            return s
        if _STATE_OF_YOU.search(s.core) and _SELF_TALK.search(previous.lower()):
            return s  # "My mum's in hospital, I'm tired." -> "You're running on empty right now."
    return None


# a second-person statement about the other's state or feelings (no modal, no future, no advice),
# after the other spoke about themselves, reflects what they said
_STATE_OF_YOU = re.compile(
    r"^(?:so\s+|dus\s+)?(?:you're|you\s+are|you\s+feel|you've\s+been|you\s+find|you\s+don't|you\s+really|"
    r"je\s+bent|jij\s+bent|je\s+voelt|je\s+vindt|je\s+zit|je\s+hebt\s+het\s+gevoel|je\s+weet\s+niet|je\s+ziet\s+er)\b"
    r"(?!.*\b(?:should|could|will|need\s+to|have\s+to|going\s+to|moet|moeten|zou|zal|gaat|kunt|kan)\b)"
)
_SELF_TALK = re.compile(r"\b(?:i|i'm|i've|my|me|ik|mijn|me|mij)\b")
