"""Chart data with column names in the user's language (Gradio shows a column's name as the axis
title and in the tooltip, so a Dutch page gets Dutch columns), and the plot updates that carry them.

    question_frame(review, lang)      open / closed / leading questions of the manager
    talk_frame(review, lang)          share of the words, manager versus the other
    attempts_frame(records, phase, lang)   share of guidelines met per attempt (1, 2, 3...)
"""

from __future__ import annotations

import pandas as pd

from coach.models import QUESTION_ACTS, Review
from coach.report.content import shown_statuses
from coach.web.i18n import text

QUESTION_ORDER = ("open_question", "closed_question", "leading_question")
PHASES = ("delegation", "progress", "final")


def question_frame(review: Review, lang: str | None = None) -> pd.DataFrame:
    """How many open, closed and leading questions the manager asked."""
    lang = lang or review.language
    counts = {act: 0 for act in QUESTION_ORDER}
    for turn in review.turns:
        if turn.role == "manager":
            for act in QUESTION_ACTS.intersection(turn.acts):
                counts[act] += 1
    return pd.DataFrame({text("chart_q_x", lang): [text(a, lang) for a in QUESTION_ORDER],
                         text("chart_q_y", lang): [counts[a] for a in QUESTION_ORDER]})


def talk_frame(review: Review, lang: str | None = None) -> pd.DataFrame:
    """Share of the words spoken, manager versus the others, in percent."""
    lang = lang or review.language
    manager = round(100 * review.metrics.manager_talk_share, 1)
    return pd.DataFrame({text("chart_talk_x", lang): [text("manager_role", lang), text("delegatee_role", lang)],
                         text("chart_talk_y", lang): [manager, round(100 - manager, 1)]})


def met_share(data: dict) -> float | None:
    """Percentage of the applicable guidelines met (not-sure findings count as not met); None when none applied."""
    shown = shown_statuses(data)
    applicable = [s for s in shown if s != "not_applicable"]
    return round(100 * applicable.count("met") / len(applicable), 1) if applicable else None


def attempts_frame(records, phase: str, lang: str) -> pd.DataFrame:
    """Reviews of one phase, oldest first, as attempt 1, 2, 3... with the share of guidelines met."""
    x, y = text("chart_attempt", lang), text("chart_met_share", lang)
    mine = sorted((r for r in records if r.phase == phase), key=lambda r: r.created)
    shares = [s for s in (met_share(r.data) for r in mine) if s is not None]
    return pd.DataFrame({x: [str(i) for i in range(1, len(shares) + 1)], y: shares}, columns=[x, y])


def bar_update(frame: pd.DataFrame, y_max: float | None = None):
    """A gr.BarPlot carrying the frame and its (translated) axis columns."""
    import gradio as gr

    x, y = frame.columns[0], frame.columns[1]
    return gr.BarPlot(value=frame, x=x, y=y, y_lim=[0, y_max], sort=list(frame[x]))


def attempts_update(records, phase: str, lang: str):
    """The per-phase line chart (hidden while the phase has no attempt)."""
    import gradio as gr

    frame = attempts_frame(records, phase, lang)
    x, y = frame.columns[0], frame.columns[1]
    return gr.LinePlot(value=frame, x=x, y=y, y_lim=[-2, 102], sort=list(frame[x]), visible=not frame.empty, show_label=True,
                       label=f"{text('history_chart_head', lang)}: {text('phase_' + phase, lang)}")
