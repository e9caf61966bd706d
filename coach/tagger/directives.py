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
"""

from __future__ import annotations

import re

from coach.tagger.lexicon import Lexicon
from coach.tagger.sentences import Sentence


# a directive that argues from its effect or from experience is a solution to a problem (advice):
# "Schrap de lunch, daar kwam toch niemand", "add an index and it'll fly", "anders sta je nergens"
_SOLVES = {
    "nl": re.compile(
        r",\s*(?:dan|anders)\s+(?:ben|heb|is|valt|ligt|kun|kan|hoef|sta|gaat|gaan|scheelt|wordt)\b|\b(?:daar|dat)\s+(?:kwam|werkt|scheelt|helpt)\b|"
        r"\bhebben\s+ze\s+(?:in\s+\w+\s+)?ook\s+gedaan\b|\bdat\s+werkt\s+(?:altijd|wel|beter)\b|\bniet\s+langer\s+wachten\b"
    ),
    "en": re.compile(
        r"\b(?:it'll|that'll|that\s+will|this\s+will)\s+(?:fly|work|help|get\s+you|sort|save|fix|do\s+the\s+trick)|\bthen\s+you(?:'ll)?\s+(?:get|have|won't|don't)\b|"
        r"\bsaves\s+you\b|\bit'?s\s+not\s+worth\b|\bworks\s+every\s+time\b|\b(?:they|people)\s+(?:always\s+)?(?:love|respond|react)\b|\bdon't\s+argue\b"
    ),
}


def previous_raises_problem(previous: str | None, lex: Lexicon) -> bool:
    return bool(previous) and bool(lex.problem.search(previous))


def directive_acts(s: Sentence, lex: Lexicon, problem_before: bool, question: str | None) -> list[str]:
    """'advice' and/or 'instruction' for one sentence (empty when neither).

    `question` is the sentence's question type, if any: a question gives no
    advice (a leading question is its own act), but a closed question can carry
    a request ("Kun jij de planning oppakken?": closed_question + instruction)."""
    out: list[str] = []
    if question is None and lex.acts["advice"].search(s.core):
        out.append("advice")
    instructive = (question in (None, "closed_question") and bool(lex.acts["instruction"].search(s.core))) or (
        question is None and not s.question_mark and bool(lex.imperative.match(s.core))
    )
    if instructive and "advice" not in out:
        # a request phrased as a question ("Kun je ff naar de berekening kijken?") hands over a task
        solves = question is None and bool(_SOLVES[lex.lang].search(s.key))
        out.append("advice" if (problem_before or solves) and question is None else "instruction")
    if question is None and lex.acts["ownership"].search(s.core):
        out.append("monkey_back" if problem_before else "instruction")
    return list(dict.fromkeys(out))
