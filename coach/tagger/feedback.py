"""Positive feedback versus appreciation.

positive_feedback names what was good in the work ("De planning die je maakte
is heel helder", "Your first draft already covers the key risks", "Goed dat je
Piet al gebeld hebt").  appreciation is thanks, or praise for the person or the
effort that names nothing done ("Top gedaan!", "Great work so far", "Dank je
wel voor je inzet").  In one sentence that does both ("Great job on the deck,
the structure is clear"), the specific feedback wins; thanks always count.  Praise of the effort
("top dat je er zoveel tijd in hebt gestoken") is appreciation.
"""

from __future__ import annotations

import re

from coach.tagger.broad import praise_names_work
from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence

_THANKS = re.compile(r"\b(?:thank|thanks|cheers|appreciate|grateful|dank|bedankt|dankjewel|waardeer|waardering)")
# praise of effort (time, hours, hard work) is appreciation even when it names the task
_EFFORT = re.compile(
    r"\b(?:(?:zoveel|veel|de|al\s+die|extra)\s+(?:tijd|uren|moeite|energie)|moeite|inzet|hard\s+(?:aan\s+)?(?:gewerkt|getrokken)|"
    r"(?:all\s+the|the\s+extra|so\s+many|so\s+much|those|your)\s+(?:time|hours|effort)|effort|hard\s+work|worked\s+(?:so\s+)?hard)\b"
)


def feedback_acts(s: Sentence, lex: Lexicon, is_question: bool) -> list[str]:
    out: list[str] = []
    specific = (
        not is_question
        and (bool(lex.acts["positive_feedback"].search(s.core)) or praise_names_work(s, lex.lang))
        and not _EFFORT.search(s.key)
    )
    if specific:
        out.append("positive_feedback")
    if lex.acts["appreciation"].search(s.core) and (not specific or _THANKS.search(s.key)):
        out.append("appreciation")
    return out
