"""A workshop's dashboard as CSV (one row per session and guideline) and as a self-contained
HTML report with inline SVG charts (no scripts, no fonts or images from the internet)."""

from __future__ import annotations

import csv
import io
from html import escape

from coach.workshop.dashboard import Dashboard, GuidelineCount, PhaseProgress
from coach.workshop.messages import say

CSV_COLUMNS = ["workshop", "participant", "session", "scenario", "persona", "phase", "turns", "ended",
               "met", "partly", "missed"]
COLOURS = {"met": "#2e7d32", "partly": "#f9a825", "missed": "#c62828"}

LABELS = {
    "en": {"participants": "Participants", "sessions": "sessions", "guidelines": "Per guideline",
           "progress": "First attempt against last attempt", "misses": "Most common misses",
           "first": "first", "last": "last", "no_quotes": "no quotes (none given, or no consent)",
           "ends": "ends", "code": "join code", "none": "nothing yet"},
    "nl": {"participants": "Deelnemers", "sessions": "sessies", "guidelines": "Per richtlijn",
           "progress": "Eerste poging tegenover laatste poging", "misses": "Meest gemist",
           "first": "eerste", "last": "laatste", "no_quotes": "geen citaten (geen gegeven, of geen toestemming)",
           "ends": "eindigt", "code": "code", "none": "nog niets"},
}


def to_csv(board: Dashboard) -> str:
    """One row per session of each participant, with its review's counts of met, partly and missed."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for person in board.participants:
        for s in person.sessions:
            writer.writerow([board.workshop.name, person.display_name, s.id, s.scenario, s.persona, s.phase, s.turns,
                             "yes" if s.ended else "no", s.met, s.partly, s.missed])
    return out.getvalue()


def _guideline_chart(rows: list[GuidelineCount], lang: str) -> str:
    """Horizontal stacked bars: met / partly / missed per guideline."""
    width, label_w, bar_h, gap = 720, 300, 18, 8
    most = max([r.met + r.partly + r.missed for r in rows] + [1])
    scale = (width - label_w - 40) / most
    parts = []
    for i, r in enumerate(rows):
        y = 10 + i * (bar_h + gap)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{escape(r.title[:48])}</text>')
        x = label_w
        for status in ("met", "partly", "missed"):
            n = getattr(r, status)
            if n:
                w = n * scale
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{COLOURS[status]}">'
                             f'<title>{escape(say(status, lang))}: {n}</title></rect>')
                x += w
        total = r.met + r.partly + r.missed
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 13}" font-size="11">{total}</text>')
    height = 20 + len(rows) * (bar_h + gap)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
            f'class="coach-chart-guidelines">{"".join(parts)}</svg>' + _legend(lang))


def _legend(lang: str) -> str:
    return "<p>" + " ".join(f'<span style="color:{c}">■</span> {escape(say(s, lang))}' for s, c in COLOURS.items()) + "</p>"


def _progress_chart(rows: list[PhaseProgress], lang: str, phase_title) -> str:
    """Paired vertical bars (first, last) per conversation, scores 0..1."""
    labels = LABELS[lang]
    height, base, bar_w = 200, 170, 40
    parts = []
    for i, r in enumerate(rows):
        x = 20 + i * 200
        for j, (key, value, colour) in enumerate((("first", r.first, "#90a4ae"), ("last", r.last, "#1565c0"))):
            h = value * 150
            parts.append(f'<rect x="{x + j * (bar_w + 6)}" y="{base - h:.1f}" width="{bar_w}" height="{h:.1f}" '
                         f'fill="{colour}"><title>{labels[key]}: {value:.2f}</title></rect>'
                         f'<text x="{x + j * (bar_w + 6)}" y="{base - h - 4:.1f}" font-size="11">{value:.2f}</text>')
        parts.append(f'<text x="{x}" y="{base + 20}" font-size="12">{escape(phase_title(r.phase))} (n={r.participants})</text>')
    width = 40 + max(len(rows), 1) * 200
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 10}" role="img" '
            f'class="coach-chart-progress">{"".join(parts)}</svg>'
            f'<p><span style="color:#90a4ae">■</span> {labels["first"]} <span style="color:#1565c0">■</span> {labels["last"]}</p>')


def body_html(board: Dashboard) -> str:
    """The dashboard as an HTML fragment: participants, per-guideline chart, first vs last, misses."""
    ws, lang = board.workshop, board.language or board.workshop.language
    labels = LABELS[lang]
    phase = lambda p: say("phase_" + p, lang)  # noqa: E731
    people = "".join(
        f"<tr><td>{escape(p.display_name)}</td><td>{len(p.sessions)}</td><td>"
        + ", ".join(escape(f"{phase(s.phase)} ({s.met}/{s.partly}/{s.missed})") for s in p.sessions)
        + "</td></tr>" for p in board.participants)
    misses = "".join(
        f"<li><b>{escape(m.title)}</b> ({m.missed}×)<ul>"
        + ("".join(f"<li>“{escape(q)}”</li>" for q in m.quotes) or f"<li><i>{labels['no_quotes']}</i></li>")
        + "</ul></li>" for m in board.misses)
    return f"""<div class="coach-workshop-report">
<p>{labels['ends']} {ws.ends.isoformat()} · {len(board.participants)} {labels['participants'].lower()}</p>
<h2>{labels['participants']}</h2>
<table class="coach-participants"><tr><th>{labels['participants']}</th><th>{labels['sessions']}</th><th></th></tr>{people}</table>
<h2>{labels['guidelines']}</h2>{_guideline_chart(board.guidelines, lang) if board.guidelines else labels['none']}
<h2>{labels['progress']}</h2>{_progress_chart(board.progress, lang, phase) if board.progress else labels['none']}
<h2>{labels['misses']}</h2><ol>{misses or '<li>' + labels['none'] + '</li>'}</ol></div>"""


def to_html(board: Dashboard) -> str:
    """A self-contained HTML report (inline SVG charts; nothing loaded from elsewhere)."""
    ws = board.workshop
    return f"""<!DOCTYPE html>
<html lang="{board.language or ws.language}"><head><meta charset="utf-8"><title>{escape(ws.name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}}</style></head>
<body><h1>{escape(ws.name)}</h1>
{body_html(board)}
</body></html>
"""


def summary_text(board: Dashboard) -> str:
    """The dashboard as plain text (for `coach workshop show`)."""
    ws, lang = board.workshop, board.workshop.language
    lines = [f"{ws.name}  ({labels_code(lang)} {ws.code}, {LABELS[lang]['ends']} {ws.ends}, "
             f"{'closed' if ws.closed else 'open'})", ""]
    for p in board.participants:
        lines.append(f"{p.display_name}: {len(p.sessions)} {LABELS[lang]['sessions']}")
        lines += [f"  {s.phase:<10} {s.scenario} / {s.persona}: {s.turns} turns, met {s.met} partly {s.partly} "
                  f"missed {s.missed}" for s in p.sessions]
    lines.append("")
    lines += [f"{g.guideline:<32} met {g.met:>3}  partly {g.partly:>3}  missed {g.missed:>3}" for g in board.guidelines]
    lines += [f"{p.phase}: first {p.first:.2f} -> last {p.last:.2f} (n={p.participants}, repeated {p.repeated})"
              for p in board.progress]
    for m in board.misses:
        lines.append(f"missed {m.missed}x: {m.title}")
        lines += [f"  \"{q}\"" for q in m.quotes]
    return "\n".join(lines)


def labels_code(lang: str) -> str:
    return LABELS[lang]["code"]
