"""Act-set rules: from per-sentence findings to the turn's list of ActHit.

- one hit per act, quoting the first sentence that carries it (verbatim);
- one question type per turn.  When a turn holds several questions: leading if
  any of them is leading (the coach must point it out even when an open one
  follows), otherwise the type of the last question, the one the other answers
  ("Hoe gaat het? Lukt het voor vrijdag?" is closed).  This is the evaluation
  corpus's convention (eval/README.md), and AnnoMI's coders agree with it more
  often than with "open first";
- `other` only when nothing else applies (and then alone).
The result always passes coach.models.check_act_set.
"""

from __future__ import annotations

from coach.models import ACTS, QUESTION_ACTS, ActHit, check_act_set

QUESTION_PRIORITY: tuple[str, ...] = ("leading_question", "last")


class ActCollector:
    def __init__(self) -> None:
        self._quotes: dict[str, str] = {}
        self._questions: dict[str, str] = {}
        self._last_question: str | None = None

    def add(self, act: str, quote: str) -> None:
        if act in QUESTION_ACTS:
            self._questions.setdefault(act, quote)
            self._last_question = act
        else:
            self._quotes.setdefault(act, quote)

    def any(self) -> bool:
        return bool(self._quotes or self._questions)

    def pop(self, act: str) -> str:
        """Remove a provisional act and return its quote."""
        return self._quotes.pop(act)

    def has(self, act: str) -> bool:
        return act in self._quotes or act in self._questions

    def hits(self, fallback_quote: str) -> list[ActHit]:
        chosen = dict(self._quotes)
        chosen.pop("other", None)
        if "leading_question" in self._questions:
            chosen["leading_question"] = self._questions["leading_question"]
        elif self._last_question is not None:
            chosen[self._last_question] = self._questions[self._last_question]
        if not chosen:
            chosen["other"] = fallback_quote
        ordered = [a for a in ACTS if a in chosen]
        check_act_set(ordered)
        return [ActHit(act=a, quote=chosen[a]) for a in ordered]
