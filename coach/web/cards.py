"""Pieces of the scorecard: the overall line, the comparison with the last attempt, one card per
guideline and the monkey picture.  Everything is escaped HTML in the user's language; turns are
numbered from 1 on screen ("beurt 3"), as in the exports (the JSON contract keeps 0-based indices)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from coach.models import Review
from coach.report.content import Item, shown_status
from coach.web.i18n import text

STATUS_ICON = {"met": "✓", "partly": "◐", "missed": "✗", "not_applicable": "–", "not_sure": "?"}
SCORE = {"met": 1.0, "partly": 0.5, "missed": 0.0}


@dataclass(frozen=True)
class Tally:
    met: int
    partly: int
    not_sure: int
    total: int  # the guidelines that applied (not_applicable left out)


def status_of(finding) -> str:
    """The status the user sees: no verdict where coach is as likely wrong as right (a probable one is
    shown with its verdict, marked "waarschijnlijk")."""
    return shown_status(finding.status, finding.confidence, finding.sure)[0]


def tally(review: Review) -> Tally:
    shown = [status_of(f) for f in review.findings]
    return Tally(met=shown.count("met"), partly=shown.count("partly"), not_sure=shown.count("not_sure"),
                 total=sum(1 for s in shown if s != "not_applicable"))


def turn_label(index: int, lang: str) -> str:
    """'beurt 3' for the turn with 0-based index 2."""
    return f"{text('turn', lang)} {index + 1}"


def overall_line(review: Review, lang: str) -> str:
    t = tally(review)
    if not t.total:
        return f"<p class='coach-overall'>{text('overall_none', lang)}</p>"
    extra = [text("overall_partly", lang, n=t.partly)] if t.partly else []
    extra += [text("overall_not_sure", lang, n=t.not_sure)] if t.not_sure else []
    tail = f" <span class='coach-overall-extra'>({', '.join(extra)})</span>" if extra else ""
    return (f"<p class='coach-overall' data-met='{t.met}' data-total='{t.total}'>"
            f"<strong>{text('overall', lang, met=t.met, total=t.total)}</strong>{tail}</p>")


def compare_line(review: Review, previous: Review | None, lang: str) -> str:
    """'Vorige keer 3 van 6, nu 4 van 6.' when there is a previous attempt."""
    if previous is None:
        return ""
    now, before = tally(review), tally(previous)
    return (f"<p class='coach-compare'>{text('compare', lang, before=before.met, now=now.met, total=now.total)}</p>")


def trend(guideline: str, status: str, previous: Review | None) -> str | None:
    """better / worse / same against the previous attempt's status for this guideline (None: not comparable)."""
    if previous is None or status not in SCORE:
        return None
    before = next((status_of(f) for f in previous.findings if f.guideline == guideline), None)
    if before not in SCORE:
        return None
    diff = SCORE[status] - SCORE[before]
    return "better" if diff > 0 else "worse" if diff < 0 else "same"


def card(item: Item, lang: str, anchor: str, previous: Review | None) -> str:
    """One guideline: icon and status in words, the user's own words (linked to the turn), a better phrasing."""
    status = item.status
    word = text("status_" + status, lang)
    word = text("status_probably", lang, status=word) if item.probable else word
    probable = " coach-probable" if item.probable else ""
    head = (f"<span class='coach-status coach-status-{status}{probable}'><span aria-hidden='true'>{STATUS_ICON[status]}"
            f"</span> {word}</span>")
    change = trend(item.guideline, status, previous)
    badge = (f" <span class='coach-trend coach-trend-{change}'>{text('compare_' + change, lang)}</span>"
             if change else "")
    quotes = "".join(
        f"<blockquote>“{escape(q.text)}” <a href='#{anchor}-{q.turn + 1}'>({turn_label(q.turn, lang)})</a></blockquote>"
        for q in item.quotes)
    better = ""
    if status in ("partly", "missed") and item.advice:
        better = f"<p class='coach-better'><strong>{text('better', lang)}:</strong> {escape(item.advice)}</p>"
    return (f"<article class='coach-card' data-guideline='{escape(item.guideline)}' data-status='{status}'>"
            f"<h4>{escape(item.title)}</h4><p>{head}{badge}</p>{quotes}{better}</article>")


def went_well(items: list[Item], lang: str) -> str:
    if not items:
        return f"<p>{text('went_well_none', lang)}</p>"
    rows = []
    for item in items:
        quote = f": “{escape(item.quotes[0].text)}”" if item.quotes else ""
        probable = f" ({text('probably', lang)})" if item.probable else ""
        rows.append(f"<li><strong>{escape(item.title)}</strong>{probable}{quote}</li>")
    return f"<ul class='coach-went-well'>{''.join(rows)}</ul>"


def monkey_figure(owner: str, delegatee: str, verdict: str, lang: str) -> str:
    """Two people side by side (you and the other); the monkey sits on the shoulder of whoever holds the
    next step (between them when shared, nowhere when no problem came up).  The verdict in words follows."""
    spots = {"manager": [(84, 50)], "delegatee": [(204, 50)], "shared": [(84, 50), (204, 50)], "none": []}
    monkeys = "".join(
        f"<g class='coach-monkey-icon'><circle cx='{x - 7}' cy='{y - 8}' r='4' fill='#7a4a1f'/>"
        f"<circle cx='{x + 7}' cy='{y - 8}' r='4' fill='#7a4a1f'/><circle cx='{x}' cy='{y}' r='10' fill='#9c6330'/>"
        f"<circle cx='{x}' cy='{y + 2}' r='5' fill='#e2b98a'/></g>"
        for x, y in spots.get(owner, []))
    people = "".join(
        f"<circle cx='{x}' cy='44' r='14' fill='#5b6b7f'/><rect x='{x - 22}' y='62' width='44' height='44' rx='14' fill='#5b6b7f'/>"
        f"<text x='{x}' y='126' text-anchor='middle' font-size='13' fill='#1f2933'>{escape(name)}</text>"
        for x, name in ((60, text("monkey_you", lang)), (180, delegatee)))
    title = escape(f"{text('monkey_picture', lang)} {verdict}")
    return (f"<figure class='coach-monkey' data-owner='{owner}'><figcaption><strong>{text('monkey_picture', lang)}</strong>"
            f"</figcaption><svg viewBox='0 0 240 134' width='240' height='134' role='img' aria-label='{title}'>"
            f"{people}{monkeys}</svg><p>{escape(verdict)}</p></figure>")


CARDS_CSS = """
.coach-scorecard { max-width: 100%; overflow-wrap: anywhere; }
.coach-overall { font-size: 1.25rem; margin: .25rem 0; }
.coach-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: .75rem; }
.coach-card { border: 1px solid #c9d1d9; border-radius: 10px; padding: .6rem .8rem; background: #fff; color: #1f2933; }
.coach-card h4 { margin: 0 0 .3rem 0; font-size: 1rem; color: #1f2933; }
.coach-card a { color: #0b57d0; }
.coach-card blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #d4a72c; }
.coach-status { border-radius: 6px; padding: 1px 8px; font-weight: 600; border: 1px solid currentColor; }
.coach-status-met { color: #116329; background: #dafbe1; }
.coach-status-partly { color: #7d4e00; background: #fff8c5; }
.coach-status-missed { color: #a40e26; background: #ffebe9; }
.coach-status-not_applicable, .coach-status-not_sure { color: #424a53; background: #f0f2f4; }
.coach-status.coach-probable { border-style: dashed; }
.coach-trend { font-size: .85rem; color: #424a53; }
.coach-better { margin: .3rem 0 0 0; }
.coach-monkey svg { max-width: 100%; height: auto; }
.coach-conversation { list-style: none; padding-left: 0; }
.coach-conversation li { margin: 4px 0; padding: 2px 6px; border-radius: 6px; }
.coach-conversation li.coach-evidence { background: #fffbe6; color: #1f2933; }
.coach-conversation mark { background: #fff3b0; color: #1f2933; }
.coach-turn-no { color: #424a53; font-size: .85rem; margin-right: .3rem; }
"""
