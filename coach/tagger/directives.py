"""Advice versus instruction (labels.md: "Boundaries that matter most").

- advice gives the answer to a problem during the work: explicit advice cues
  ("Je moet gewoon ...", "Ik zou ...", "If I were you", "You could just ...");
- instruction hands over the task: scope, mandate, means, constraints
  ("Je mag tot 5.000 euro zelf beslissen", "Use the new template");
- a bare imperative ("Bel Piet", "Use the template") or an instruction cue is
  advice when the other's previous turn raised a problem, an obstacle or a doubt
  (then it answers that problem), and instruction otherwise;
- handing over ownership ("Het is aan jou", "Jij beslist", "It's your call")
  is the same kind of choice: after a problem it hands the problem back
  (monkey_back), otherwise it gives a mandate (instruction).

The conversation phase, when known, decides before the previous turn does
(labels.md: "instruction belongs to handing over the task ... In a progress
conversation, telling how to solve an obstacle is advice"):
- delegation: a bare directive hands over the task (instruction), unless the
  other's previous turn voiced a worry or it argues from its effect ("..., dan
  ben je klaar": a solution, advice); an advice cue without a worry before it
  ("Gewoon een buffet", "Just make sure it's complete") is instruction too;
  ownership is a mandate (instruction);
- progress: a directive statement answers the work in progress (advice,
  provisional: __init__ drops it when the turn takes or hands back the next move,
  agrees a moment or thanks); a request phrased as a question stays instruction;
  "Doe dat" / "Try that" endorsing the other's plan is monkey_back; ownership
  hands the problem back (monkey_back);
- final: as without a phase (the previous turn decides), but ownership and
  endorsements hand the next step back (monkey_back);
- any known phase: "Hou het maar bij jou" / "No, keep it" is monkey_back.
"""

from __future__ import annotations

import re

from coach.tagger.imperative import bare_imperative
from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence


# a directive that argues from its effect or from experience is a solution to a problem (advice):
# "Schrap de lunch, daar kwam toch niemand", "add an index and it'll fly", "anders sta je nergens"
_SOLVES = {
    "nl": re.compile(
        r",\s*(?:dan|anders)\s+(?:ben|heb|is|valt|ligt|kun|kan|hoef|sta|gaat|gaan|scheelt|wordt)\b|\b(?:daar|dat)\s+(?:kwam|werkt|scheelt|helpt)\b|"
        r"\bhebben\s+ze\s+(?:in\s+\w+\s+)?ook\s+gedaan\b|\bdat\s+doe\s+ik\s+(?:zelf\s+)?ook\b|\bdat\s+werkt\s+(?:altijd|wel|beter)\b|\bniet\s+langer\s+wachten\b"
    ),
    "en": re.compile(
        r"\b(?:it'll|that'll|that\s+will|this\s+will)\s+(?:fly|work|help|get\s+you|sort|save|fix|do\s+the\s+trick)|\bthen\s+you(?:'ll)?\s+(?:get|have|won't|don't)\b|"
        r"\bsaves\s+you\b|\bit'?s\s+not\s+worth\b|\bworks\s+every\s+time\b|\b(?:they|people)\s+(?:always\s+)?(?:love|respond|react)\b|\bdon't\s+argue\b"
    ),
}


# the manager endorses the other's own plan ("Doe dat", "Try that", "Go for it"): their move stays theirs
_ENDORSE = {
    "nl": re.compile(r"^(?:ja,?\s+|oké,?\s+|ok,?\s+|prima,?\s+)?(?:doe\s+(?:dat|het|dat\s+maar|maar)|probeer\s+(?:dat|het)\s*(?:maar|gerust)?|ga\s+(?:je\s+gang|ervoor))\b"),
    "en": re.compile(r"^(?:yes,?\s+|ok(?:ay)?,?\s+|sure,?\s+)?(?:do\s+(?:that|it)|try\s+(?:that|it)|go\s+for\s+it|go\s+ahead|book\s+it|keep\s+(?:it|that|them)\s*[.!]*$)"),
}
# "Hou het maar bij jou", "No, keep it": the other keeps what they offered to hand over
_KEEP = {
    "nl": re.compile(r"\bhou(?:d)?\s+(?:het|hem|die|dat|ze)\s+(?:\w+\s+){0,2}bij\s+(?:jou|je|u|jezelf)\b"),
    "en": re.compile(r"^(?:no,?\s+)?keep\s+(?:it|that|them|hold\s+of\s+it)\b(?!\s+up\b)"),
}
PHASE_ADVICE = "advice?"  # advice only by the phase: kept unless the turn does something else (see __init__)


def endorses_plan(s: Sentence, lex: Lexicon) -> bool:
    return bool(_ENDORSE[lex.lang].match(s.core) or _KEEP[lex.lang].search(s.core))


keeps_or_endorses = endorses_plan  # for phase_sensitive: the phase rules that start from these words


# a hand-back while delegating: the other is to report or come back, or keeps what they offered to return
_REPORT_BACK = {
    "nl": re.compile(r"\b(?:weten|terug|horen|hoor|zien|laat\s+(?:je|jij)\s+me)\b"),
    "en": re.compile(r"\b(?:let\s+me\s+know|come\s+back|get\s+back|bring\s+it\s+to\s+me|report\s+back|tell\s+me|end\s+to\s+end)\b"),
}


def hands_back_when_delegating(s: Sentence, lex: Lexicon) -> bool:
    return bool(_REPORT_BACK[lex.lang].search(s.key) or _KEEP[lex.lang].search(s.core))


def previous_raises_problem(previous: str | None, lex: Lexicon) -> bool:
    return bool(previous) and bool(lex.problem.search(previous))


def answers_problem(problem_before: bool, phase: str | None) -> bool:
    """Does a directive statement answer a problem (advice) rather than hand over the task?"""
    if phase == "progress":
        return True
    if phase == "delegation":
        return False
    return problem_before


def hands_back(problem_before: bool, phase: str | None) -> bool:
    """Does handing over ownership ("it's your call") hand a problem back (monkey_back)?"""
    if phase in ("progress", "final"):
        return True
    if phase == "delegation":
        return False
    return problem_before


def directive_acts(
    s: Sentence, lex: Lexicon, problem_before: bool, question: str | None, phase: str | None = None
) -> list[str]:
    """'advice' and/or 'instruction' for one sentence (empty when neither).

    `question` is the sentence's question type, if any: a question gives no
    advice (a leading question is its own act), but a closed question can carry
    a request ("Kun jij de planning oppakken?": closed_question + instruction)."""
    out: list[str] = []
    if question is None and lex.acts["advice"].search(s.core):
        # when handing over the task, "Gewoon een buffet" / "Just make sure it's complete" says what is
        # to be done (instruction); advice there answers a worry the other voiced
        solves = bool(_SOLVES[lex.lang].search(s.key))
        out.append("instruction" if phase == "delegation" and not (problem_before or solves) else "advice")
    instructive = (question in (None, "closed_question") and bool(lex.acts["instruction"].search(s.core))) or (
        question is None and not s.question_mark and (bool(lex.imperative.match(s.core)) or bare_imperative(s, lex.lang))
    )
    if instructive and phase is not None and question is None and _KEEP[lex.lang].search(s.core):
        return ["monkey_back"]  # "Nee, hou hem maar bij jou": the other keeps what they offered to return
    if instructive and phase in ("progress", "final") and question is None and endorses_plan(s, lex):
        return ["monkey_back"]  # "Doe dat, plan het maar deze week": the other's own plan, their move
    if instructive and not out:
        # a request phrased as a question ("Kun je ff naar de berekening kijken?") hands over a task
        solves = question is None and bool(_SOLVES[lex.lang].search(s.key))
        if question is None and (problem_before or solves):
            out.append("advice")
        elif question is None and answers_problem(problem_before, phase):
            out.append(PHASE_ADVICE)  # a how-to in progress: advice, unless it only asks to report back
        else:
            out.append("instruction")
    if question is None and lex.acts["ownership"].search(s.core):
        out.append("monkey_back" if hands_back(problem_before, phase) else "instruction")
    return list(dict.fromkeys(out))
