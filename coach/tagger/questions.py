"""Is a sentence a question, and of which type: open, closed or leading.

Decision order for one sentence (labels.md, section 1):
1. a check tag on its own ("Klopt dat?", "Is that right?") is a closed question;
2. a leading cue (the manager's solution or opinion as a question: "Heb je er al
   aan gedacht om ...", "Wouldn't it be easier to ...", "Why don't you ...") makes
   it leading, provided the sentence is interrogative (question mark, verb-first,
   wh-word or tag);
3. a statement + tag ("..., toch?", "..., right?", also "..., hè." and an
   unpunctuated "... toch") is decided by its content: the manager's solution
   + tag ("just", "gewoon", "easiest") is leading + advice; an order + tag
   ("Get me that list by Thursday, yeah?") is leading + instruction (advice
   after a problem); a wh-question + tag is rhetorical, leading; a reflection
   of the other's words + tag is closed + summary (summary.py); the manager's
   own opinion + tag that echoes nothing ("Went well, didn't it?", "Het loopt
   toch lekker, hè?") is leading; anything else closed;
4. an indirect request to tell ("Kun je vertellen hoe ...", "Can you tell me
   what ...", "Tell me more") is open;
5. a wh-word that asks for one fact or number ("hoeveel", "wanneer", "how many")
   is closed, the other wh-words open (a rating "on a scale of 1 to 10" is
   closed); a verb-first sentence ("Lukt het ...?", "Heb je ...", "Have you
   ...") is closed, but without a question mark it needs a subject ("Doe dat."
   and "Have it done by April." are imperatives); an inverted wh-question inside
   an unpunctuated sentence ("... dus ja hoe kijk jij daartegenaan") counts;
6. a question mark after declarative word order ("Je ziet er dus tegenop?") is a
   reflection, not a question; other fragments with a question mark
   ("En de klant?") are closed.
ASR drops question marks, so 2, 4 and 5 also apply without one; a wh-word
followed directly by a subject ("Wat ik hoor is ...") is a clause, not a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence, strip_markers

OPEN, CLOSED, LEADING = "open_question", "closed_question", "leading_question"

_SUBJECT_AFTER_WH = re.compile(
    r"^(?:\w+\s+){1}(?:i|you|we|they|he|she|it|ik|je|jij|we|wij|ze|zij|hij|u|jullie|men)\b(?!\s*\?)"
)
_LESSON = re.compile(r"^(?:next\s+(?:time|year)|volgende\s+(?:keer|jaar)|voortaan|from\s+now\s+on)\s*,?\s*")
_EXCLAMATIVE = re.compile(r"^(?:wat\s+(?:een|leuk|mooi|fijn|goed|gaaf|knap|jammer|vervelend|zonde|spannend)|what\s+a|how\s+(?:nice|great|lovely|exciting|annoying|sad|wonderful|awful))\b")
_BARE_TAG = re.compile(r"^(?:yeah|yes|ok|okay|right|ja|oké|oke|hè|he|eh|no|nee|mm|hm|huh)\s*\?*$")
_SOLUTION_IN_STATEMENT = {
    "en": re.compile(r"\b(?:surely|just|simply|should|better|easier|easiest|simplest|quickest|smartest|could\s+(?:just|also)|best|why\s+not|leave\s+(?:it|that|this)\s+to\s+me)\b"),
    "nl": re.compile(r"\b(?:gewoon|beter|handiger|handigst|makkelijker|makkelijkst|slimmer|slimst|snelst|kunt\s+(?:ook|toch)|kan\s+(?:ook|toch)|zou\s+(?:ik|je)|beste)\b"),
}


_OPINION_IN_STATEMENT = {
    "en": re.compile(r"\b(?:went|goes|going|is|was|looks|looked|sounds)\s+(?:\w+\s+)?(?:alright|well|fine|great|good|ok|okay|smoothly|nicely|a\s+mess|terrible|awful|bad|a\s+disaster)\b|\bno\s+(?:problem|big\s+deal)\b"),
    "nl": re.compile(r"\btoch\b|\b(?:loopt|liep|ging|gaat|is|was|ziet|zag)\s+(?:\w+\s+)?(?:lekker|goed|prima|best|mee|oké|soepel)\b|\bvalt\s+(?:wel\s+)?mee\b"),
}


@dataclass(frozen=True)
class QuestionReading:
    kind: str  # OPEN / CLOSED / LEADING
    tagged_statement: bool = False  # statement + tag ("..., right?"): may be a reflection
    content: str = ""  # the statement before the tag
    solution: bool = False  # the tagged statement carries the manager's solution ("..., just X, right?")
    order: bool = False  # the tagged statement is an imperative ("Get me that list by Thursday, yeah?")
    opinion: bool = False  # the tagged statement carries the manager's opinion ("Went well, didn't it?")


def _wh_kind(core: str, lex: Lexicon) -> str | None:
    mo, mc = lex.wh_open.match(core), lex.wh_closed.match(core)
    if mo and mc:
        return OPEN if mo.end() > mc.end() else CLOSED
    if mo:
        return OPEN
    if mc:
        return CLOSED
    return None


def _is_relative_clause(core: str) -> bool:
    """'What you're saying is ...', 'Wat ik hoor is ...': a wh-word followed by a subject."""
    return bool(_SUBJECT_AFTER_WH.match(core)) and (" is " in f" {core} " or not core.rstrip().endswith("?"))


def read_question(s: Sentence, lex: Lexicon) -> QuestionReading | None:
    """The question reading of one sentence, or None when it asks nothing."""
    core = s.core
    if not core or _EXCLAMATIVE.match(core):
        return None
    if lex.indirect_closed.search(core):
        return QuestionReading(CLOSED)
    if lex.check.match(core) or lex.check.match(s.key):
        if s.question_mark and not _BARE_TAG.match(s.key):
            return QuestionReading(CLOSED)
        return None
    interrogative_start = bool((lex.aux_first if s.question_mark else lex.aux_subject).match(core)) or (
        _wh_kind(core, lex) is not None and not _is_relative_clause(core)
    )
    tag = lex.tag.search(s.key) if s.question_mark else lex.bare_tag.search(s.key)
    if tag and lex.acts["appreciation"].search(s.key[: tag.start()]):
        tag = None  # "Gefeliciteerd nog, hè." is no question
    if lex.leading.search(core) and (s.question_mark or interrogative_start or tag):
        return QuestionReading(LEADING)
    if tag:
        content = strip_markers(s.key[: tag.start()])
        if content and _wh_kind(content, lex):
            return QuestionReading(LEADING)  # a rhetorical question with a tag: "How hard can it be, right?"
        if content and not lex.aux_first.match(content):
            if _SOLUTION_IN_STATEMENT[lex.lang].search(content):
                return QuestionReading(LEADING, True, content, solution=True)
            if lex.imperative.match(_LESSON.sub("", content)):
                return QuestionReading(LEADING, True, content, order=True)
            opinion = bool(_OPINION_IN_STATEMENT[lex.lang].search(content))
            return QuestionReading(CLOSED, True, content, opinion=opinion)
    if lex.indirect_open.search(core):
        return QuestionReading(OPEN)
    kind = _wh_kind(core, lex)
    if kind and not _is_relative_clause(core):
        return QuestionReading(CLOSED if lex.scale.search(core) else kind)
    if lex.aux_first.match(core) if s.question_mark else lex.aux_subject.match(core):
        return QuestionReading(CLOSED)
    inverted = lex.wh_inverted.search(core)
    if inverted:  # an unpunctuated transcript: "... dus ja hoe kijk jij daartegenaan"
        return QuestionReading(_wh_kind(core[inverted.start() :], lex) or OPEN)
    if s.question_mark:
        inner = lex.wh_anywhere.search(core)
        if inner:
            tail = strip_markers(core[inner.start() :].lstrip(",;: "))
            return QuestionReading(_wh_kind(tail, lex) or OPEN)
        if lex.aux_anywhere.search(core):
            return QuestionReading(CLOSED)
        if lex.declarative.match(core):
            return None  # a reflection said with a rising tone: summary.py decides
        return QuestionReading(CLOSED)
    return None
