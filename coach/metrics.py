"""Conversation figures: compute_metrics(analysis) -> Metrics.

Counts are over the manager's act hits (an utterance with two questions counts
two).  The four fields of the contract, plus:
open_questions, closed_questions, leading_questions, summaries,
positive_feedback, appreciation, instructions, monkey_take, monkey_back,
manager_turns, other_turns, manager_words_per_turn, other_words_per_turn.
"""

from __future__ import annotations

from collections import Counter

from coach.models import Analysis, Metrics, QUESTION_ACTS


def _words(text: str) -> int:
    return len(text.split())


def compute_metrics(analysis: Analysis) -> Metrics:
    acts: Counter[str] = Counter()
    manager_words = other_words = manager_turns = other_turns = 0
    for turn in analysis.turns:
        if turn.role == "manager":
            manager_turns += 1
            manager_words += _words(turn.text)
            acts.update(h.act.value for h in turn.hits)
        else:
            other_turns += 1
            other_words += _words(turn.text)
    total_words = manager_words + other_words
    questions = sum(acts[a] for a in QUESTION_ACTS)
    return Metrics(
        manager_talk_share=round(manager_words / total_words, 3) if total_words else 0.0,
        questions=questions,
        open_question_share=round(acts["open_question"] / questions, 3) if questions else 0.0,
        advice=acts["advice"],
        open_questions=acts["open_question"],
        closed_questions=acts["closed_question"],
        leading_questions=acts["leading_question"],
        summaries=acts["summary"],
        positive_feedback=acts["positive_feedback"],
        appreciation=acts["appreciation"],
        instructions=acts["instruction"],
        monkey_take=acts["monkey_take"],
        monkey_back=acts["monkey_back"],
        manager_turns=manager_turns,
        other_turns=other_turns,
        manager_words_per_turn=round(manager_words / manager_turns, 1) if manager_turns else 0.0,
        other_words_per_turn=round(other_words / other_turns, 1) if other_turns else 0.0,
    )
