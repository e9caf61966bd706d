"""Monkey: who holds the next move after the utterance (Oncken & Wass).

monkey_take: the manager takes the delegatee's problem or next step
("Laat maar, ik bel hem zelf wel", "Stuur het maar naar mij door", "Leave it
with me", "Let me have a think and get back to you").
monkey_back: the manager leaves or hands the next step back ("Wat ga jij als
eerste doen?", "Laat je me vrijdag weten wat je kiest?", "Come back to me with
a proposal by Friday", "Denk erover na en kom erop terug").

The sentence is read clause by clause.  A clause's subject is the first or
second person it starts with; a clause without one ("... en kom erop terug")
inherits the subject of the clause before.  A hand-back cue in a clause whose
subject is the manager ("Ik denk erover na en kom erop terug") is the manager
keeping the move: monkey_take.  A sentence can do both ("Dan spreek ik Ingrid,
en jij laat me vrijdag weten ...").

Handing over ownership ("Het is aan jou", "Jij beslist") is monkey_back when the
other's previous turn raised a problem, and otherwise a mandate (instruction):
see directives.py.
"""

from __future__ import annotations

import re

from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence, strip_markers

_CLAUSE = re.compile(r"\s*(?:[,;:]|\s-\s|\b(?:en|and|maar|but|dan|then)\b)\s*")
_FIRST = re.compile(r"^(?:ik|i|i'll|i'm|i've|i'd|let\s+me(?!\s+know)|laat\s+mij|leave\s+it\s+with\s+me|\w+\s+ik)\b")
_MANAGER_IN_CUE = re.compile(r"\b(?:ik|i|me|mij)\b")
_REVIEW_WHEN_DONE = re.compile(
    r"\b(?:when|once)\s+(?:it'?s|it\s+is)\s+(?:done|finished|ready)\b|\bals\s+(?:het|hij|ze)\s+(?:klaar|af)\s+is\b"
)
_SECOND = re.compile(r"^(?:je|jij|u|you|you'll|you're|laat\s+(?:je|jij)|wat\s+ga\s+(?:je|jij))\b")


def monkey_acts(s: Sentence, lex: Lexicon) -> list[str]:
    take_re, back_re = lex.acts["monkey_take"], lex.acts["monkey_back"]
    if not (take_re.search(s.key) or back_re.search(s.key)):
        return []
    take = back = False
    subject = ""
    for clause in _CLAUSE.split(s.key):
        core = strip_markers(clause)
        if not core:
            continue
        if _FIRST.match(core):
            subject = "first"
        elif _SECOND.match(core):
            subject = "second"
        if take_re.search(core):
            take = True
            continue
        m = back_re.search(core)
        if m:
            # a hand-back cue that itself names the manager ("dan hoor ik van je") stays a hand-back;
            # one inherited by "ik"/"I" ("Ik denk erover na en kom erop terug") is the manager's move
            if subject == "first" and not _MANAGER_IN_CUE.search(m.group(0)):
                take = True
            else:
                back = True
    if not (take or back):  # a cue that spans clauses
        take = bool(take_re.search(s.key))
        back = not take
    if take and _REVIEW_WHEN_DONE.search(s.key) and not back:
        take = False  # "send it to me when it's done and I'll have a look": a checkpoint, not a take
    return [a for a, on in (("monkey_take", take), ("monkey_back", back)) if on]


def next_move_act(s: Sentence, lex: Lexicon, problem_before: bool, phase: str | None = None) -> str | None:
    """A question about the other's plan ("Wat ga je eraan doen?", "What's your plan?"):
    after a problem it hands the problem back (monkey_back); otherwise, and always when
    handing over the task, it invites the other's own approach (motivation)."""
    if lex.acts["next_move"].search(s.key):
        if phase == "delegation":
            return "motivation"  # no problem to hand back yet: it invites their own approach
        return "monkey_back" if problem_before else "motivation"
    return None


_TO_ME = re.compile(r"\b(?:me|mij|myself|mezelf)\b")


def takes_via_the_other(s: Sentence, lex: Lexicon) -> bool:
    """The take is itself a request to the other ("Stuur het maar naar mij door",
    "Leave Simon with me"): then the sentence gives no instruction or advice."""
    m = lex.acts["monkey_take"].search(s.key)
    return bool(m and _TO_ME.search(s.key, m.start()))


# during the work, a question about the other's own next move keeps it with them (labels.md: "Wat ga
# jij als eerste doen?", "Laat je me vrijdag weten wat je kiest?"): "Wat ga je hem zeggen?", "Spreek
# je hem deze week aan?", "Which one do you want to start with?"
_WHEN = r"(?:deze\s+week|morgen|vandaag|volgende\s+week|straks|vanmiddag|maandag|dinsdag|woensdag|donderdag|vrijdag)"
_YOUR_MOVE = {
    "nl": re.compile(
        rf"\b(?:ga|gaat)\s+(?:je|jij)\s+(?!het\s+(?:lukken|redden)\b)|\bwat\s+is\s+(?:het\s+eerste|je\s+(?:volgende|eerste)\s+stap)|"
        rf"^(?!lukt|heb|ben|is|kun|kan|wil|zit|weet|vind)\w+\s+(?:je|jij)\s+(?:\w+\s+){{0,4}}{_WHEN}\b|\b(?:welke|wat)\s+(?:\w+\s+){{0,2}}(?:pak|kies|doe)\s+(?:je|jij)\b"
    ),
    "en": re.compile(
        r"\b(?:what|which|when|how)\s+(?:\w+\s+){0,2}will\s+you\s+(?!be\b)|\bare\s+you\s+going\s+to\b|"
        r"\bwhat's\s+your\s+(?:next|first)\s+(?:step|move)|\bdo\s+you\s+want\s+to\s+(?:start|begin|tackle)\b"
    ),
}


def asks_their_next_move(s: Sentence, lang: str) -> bool:
    return lang in _YOUR_MOVE and bool(_YOUR_MOVE[lang].search(s.core))
