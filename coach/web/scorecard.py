"""The scorecard (HTML): overall line, what went well, one card per guideline (coach.web.cards), the
monkey picture, and the conversation with the user's words highlighted.  Chart data: coach.web.charts."""

from __future__ import annotations

import hashlib
from html import escape

from coach.models import Review
from coach.report.content import build_report
from coach.web import cards
from coach.web.cards import CARDS_CSS
from coach.web.i18n import text


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


def render_scorecard(review: Review, lang: str | None = None, previous: Review | None = None) -> str:
    """The overall line (and the comparison with the previous attempt), what went well, one card per
    guideline, the monkey picture, and the conversation with the user's words marked."""
    lang = lang or review.language
    report = build_report(review)
    items = {i.guideline: i for i in report.went_well + report.attention + report.not_sure + report.not_applicable}
    anchor = _anchor(review)
    card_html = "".join(cards.card(items[f.guideline], lang, anchor, previous) for f in review.findings
                        if f.guideline in items)
    notes = []
    if review.manager_detected:
        notes.append(text("manager_chosen", lang, name=escape(review.manager)))
    if review.phase_detected:
        notes.append(text("phase_chosen", lang, phase=text("phase_" + review.phase, lang)))
    monkey = ""
    if review.monkey is not None and report.monkey:
        delegatee = next((t.speaker for t in review.turns if t.role == "delegatee"), text("delegatee_role", lang))
        monkey = cards.monkey_figure(review.monkey.owner, delegatee, report.monkey, lang)
    return (
        "<div class='coach-scorecard'>"
        f"<h3>{text('scorecard', lang)}: {text('phase_' + review.phase, lang)}</h3>"
        + cards.overall_line(review, lang) + cards.compare_line(review, previous, lang)
        + "".join(f"<p class='coach-note'>{n}</p>" for n in notes)
        + f"<h4>{text('went_well_head', lang)}</h4>" + cards.went_well(report.went_well, lang)
        + monkey
        + f"<h4>{text('cards_head', lang)}</h4><div class='coach-cards'>{card_html}</div>"
        + f"<h4>{text('conversation_head', lang)}</h4>" + render_conversation(review, lang, anchor)
        + "</div>"
    )


def _anchor(review: Review) -> str:
    """A prefix for the turns' element ids, the same for the same conversation (two scorecards on one
    page get different ids when their conversations differ)."""
    digest = hashlib.sha1("\n".join(t.text for t in review.turns).encode("utf-8")).hexdigest()[:8]
    return f"coach-turn-{digest}"


def render_conversation(review: Review, lang: str | None = None, anchor: str | None = None) -> str:
    """Every turn numbered from 1 ("beurt 1"), the quoted words of the user marked."""
    lang = lang or review.language
    anchor = anchor or _anchor(review)
    quotes: dict[int, list[str]] = {}
    for finding in review.findings:
        for ev in finding.evidence:
            quotes.setdefault(ev.turn, []).append(ev.quote)
    items = []
    for turn in review.turns:
        role = text(f"{turn.role}_role", lang) if turn.role in ("manager", "delegatee") else turn.role
        marked = " coach-evidence" if turn.index in quotes else ""
        items.append(
            f"<li id='{anchor}-{turn.index + 1}' class='coach-turn coach-{turn.role}{marked}' value='{turn.index + 1}'>"
            f"<span class='coach-turn-no'>{cards.turn_label(turn.index, lang)}</span> <b>{escape(turn.speaker)}</b> "
            f"<small>({role})</small>: {_highlight(turn.text, quotes.get(turn.index, []))}</li>"
        )
    return f"<ol class='coach-conversation' start='1'>{''.join(items)}</ol>"


SCORECARD_CSS = CARDS_CSS
