"""Rendering helpers: the scorecard (HTML), the conversation with the user's words highlighted,
and the chart data (pandas frames for gr.BarPlot / gr.LinePlot)."""

from __future__ import annotations

from html import escape

import pandas as pd

from coach.catalogue import get_catalogue
from coach.models import QUESTION_ACTS, Review
from coach.web.i18n import text

STATUS_COLOUR = {"met": "#1a7f37", "partly": "#9a6700", "missed": "#cf222e", "not_applicable": "#6e7781"}
QUESTION_ORDER = ("open_question", "closed_question", "leading_question")


def _title(guideline_id: str, lang: str) -> str:
    catalogue = get_catalogue()
    return catalogue.get(guideline_id).title.get(lang) if guideline_id in catalogue else guideline_id


def _highlight(turn_text: str, quotes: list[str]) -> str:
    """The turn's text, escaped, with every quoted span wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        start = turn_text.find(quote)
        if start >= 0 and quote:
            spans.append((start, start + len(quote)))
    spans.sort()
    out, pos = [], 0
    for start, end in spans:
        if start < pos:  # overlapping quotes: extend the current mark
            start = pos
        if start >= end:
            continue
        out.append(escape(turn_text[pos:start]))
        out.append(f"<mark>{escape(turn_text[start:end])}</mark>")
        pos = end
    out.append(escape(turn_text[pos:]))
    return "".join(out)


def render_scorecard(review: Review, lang: str | None = None) -> str:
    """Every guideline of the phase with its status, the user's words as evidence, a better
    phrasing for each miss, the monkey verdict, and the conversation with the evidence marked."""
    lang = lang or review.language
    rows = []
    for finding in review.findings:
        status = finding.status if finding.sure else "not_sure"  # no verdict where coach is not sure
        colour = STATUS_COLOUR.get(status, "#9a6700")
        words = "<br>".join(
            f"“{escape(ev.quote)}” <small>({text('turn', lang)} {ev.turn})</small>" for ev in finding.evidence
        ) or text("no_evidence", lang)
        better = ""
        if status in ("missed", "partly") and finding.advice:
            better = f"<div class='coach-better'><b>{text('better', lang)}:</b> {escape(finding.advice)}</div>"
        rows.append(
            f"<tr data-guideline='{escape(finding.guideline)}' data-status='{status}'>"
            f"<td>{escape(_title(finding.guideline, lang))}</td>"
            f"<td><span class='coach-status' style='background:{colour}'>{text('status_' + status, lang)}</span></td>"
            f"<td>{words}{better}</td></tr>"
        )
    notes = []
    if review.manager_detected:
        notes.append(text("manager_chosen", lang, name=escape(review.manager)))
    if review.phase_detected:
        notes.append(text("phase_chosen", lang, phase=text("phase_" + review.phase, lang)))
    monkey = ""
    if review.monkey is not None:
        where = f" ({text('turn', lang)} {review.monkey.turn})" if review.monkey.turn is not None else ""
        monkey = (
            f"<p class='coach-monkey' data-owner='{review.monkey.owner}'><b>{text('monkey', lang)}:</b> "
            f"{text('monkey_' + review.monkey.owner, lang)}{where}</p>"
        )
    return (
        "<div class='coach-scorecard'>"
        f"<h3>{text('scorecard', lang)}: {text('phase_' + review.phase, lang)}</h3>"
        + "".join(f"<p class='coach-note'>{n}</p>" for n in notes)
        + f"<table><thead><tr><th>{text('guideline', lang)}</th><th>{text('status', lang)}</th>"
        f"<th>{text('your_words', lang)}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + monkey
        + render_conversation(review, lang)
        + "</div>"
    )


def render_conversation(review: Review, lang: str | None = None) -> str:
    lang = lang or review.language
    quotes: dict[int, list[str]] = {}
    for finding in review.findings:
        for ev in finding.evidence:
            quotes.setdefault(ev.turn, []).append(ev.quote)
    items = []
    for turn in review.turns:
        role = text(f"{turn.role}_role", lang) if turn.role in ("manager", "delegatee") else turn.role
        items.append(
            f"<li class='coach-turn coach-{turn.role}' value='{turn.index}'><b>{escape(turn.speaker)}</b> "
            f"<small>({role})</small>: {_highlight(turn.text, quotes.get(turn.index, []))}</li>"
        )
    return f"<ol class='coach-conversation' start='0'>{''.join(items)}</ol>"


def question_frame(review: Review, lang: str | None = None) -> pd.DataFrame:
    """How many open, closed and leading questions the manager asked."""
    lang = lang or review.language
    counts = {act: 0 for act in QUESTION_ORDER}
    for turn in review.turns:
        if turn.role == "manager":
            for act in QUESTION_ACTS.intersection(turn.acts):
                counts[act] += 1
    return pd.DataFrame({"type": [text(a, lang) for a in QUESTION_ORDER], "count": [counts[a] for a in QUESTION_ORDER]})


def talk_frame(review: Review, lang: str | None = None) -> pd.DataFrame:
    """Share of the words spoken, manager versus the others, in percent."""
    lang = lang or review.language
    manager = round(100 * review.metrics.manager_talk_share, 1)
    return pd.DataFrame(
        {"speaker": [text("manager_role", lang), text("delegatee_role", lang)], "percent": [manager, round(100 - manager, 1)]}
    )


def history_frame(points, lang: str) -> pd.DataFrame:
    """Scores per guideline over time (not-applicable findings left out) for a gr.LinePlot."""
    rows = [
        {"time": p.created.replace(tzinfo=None), "guideline": _title(p.guideline, lang), "score": p.score}
        for p in points
        if p.score is not None
    ]
    return pd.DataFrame(rows, columns=["time", "guideline", "score"])


SCORECARD_CSS = """
.coach-scorecard table { width: 100%; border-collapse: collapse; }
.coach-scorecard td, .coach-scorecard th { border-bottom: 1px solid #d0d7de; padding: 6px; vertical-align: top; text-align: left; }
.coach-status { color: white; border-radius: 6px; padding: 2px 8px; white-space: nowrap; }
.coach-better { margin-top: 4px; }
.coach-conversation mark { background: #fff3b0; }
.coach-conversation li { margin: 4px 0; }
"""
