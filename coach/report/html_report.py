"""The review as one self-contained HTML page (inline CSS, no scripts, no external files).

    render_html(review, catalogue=None) -> str

Same content as the markdown report, followed by the conversation with every
evidence quote highlighted (<mark>).  All conversation text is escaped.
"""

from __future__ import annotations

from html import escape

from coach.models import Review
from coach.report.content import Item, Quote, ReportContent, build_report
from coach.report.strings import text

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;line-height:1.5;color:#1d1d1f}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{margin-bottom:.3rem}
.context{color:#555}.status{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;background:#eee}
.status-met{background:#d7f5dd}.status-partly{background:#fff1c2}.status-missed{background:#ffd9d6}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #bbb;color:#333}
.advice{background:#f2f7ff;padding:.4rem .8rem;border-radius:.3rem}.form{color:#666;font-style:italic}
table{border-collapse:collapse}td{padding:.2rem .8rem;border-bottom:1px solid #eee}
ol.turns{padding-left:0;list-style:none}ol.turns li{margin:.4rem 0;padding:.3rem .6rem;border-radius:.3rem}
li.role-manager{background:#f6f6f8}.who{font-weight:600}.idx{color:#888;font-size:.8rem}
mark{background:#ffe58a;padding:0 .1rem}li.decisive{outline:2px solid #c77d00}
footer{margin-top:2rem;color:#777;font-size:.85rem}
"""


def _quote(q: Quote) -> str:
    return (
        f'<blockquote>“{escape(q.text)}” — {escape(q.speaker)}, '
        f'<a href="#turn-{q.turn}">{escape(q.label)}</a></blockquote>'
    )


def _item(item: Item, lang: str, with_status: bool) -> str:
    parts = [f"<section class='finding' id='{escape(item.guideline)}'>"]
    status = f" <span class='status status-{item.status}'>{escape(item.status_label)}</span>" \
        if with_status or item.probable else ""
    parts.append(f"<h3>{escape(item.title)}{status}</h3>")
    if item.quotes:
        parts += [_quote(q) for q in item.quotes]
    elif with_status:
        parts.append(f"<p>{escape(text(lang, 'evidence'))}: {escape(text(lang, 'evidence.none'))}</p>")
    if item.advice and item.status != "met":
        parts.append(f"<p class='advice'><strong>{escape(item.advice_label)}:</strong> {escape(item.advice)}</p>")
    if item.form:
        parts.append(f"<p class='form'>{escape(text(lang, 'form'))}: „{escape(item.form)}”</p>")
    parts.append("</section>")
    return "\n".join(parts)


def highlight(turn_text: str, quotes: list[tuple[str, str]]) -> str:
    """`turn_text` escaped, with each (quote, title) found in it wrapped in <mark title=...>."""
    spans: list[list] = []
    for quote, title in quotes:
        start = turn_text.find(quote) if quote else -1
        if start >= 0:
            spans.append([start, start + len(quote), [title]])
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], span[1])
            last[2] += [t for t in span[2] if t not in last[2]]
        else:
            merged.append(span)
    out, pos = [], 0
    for start, end, titles in merged:
        out.append(escape(turn_text[pos:start]))
        out.append(f"<mark title='{escape('; '.join(titles))}'>{escape(turn_text[start:end])}</mark>")
        pos = end
    out.append(escape(turn_text[pos:]))
    return "".join(out)


def _conversation(review: Review, c: ReportContent) -> str:
    quotes: dict[int, list[tuple[str, str]]] = {}
    for item in c.went_well + c.attention + c.not_sure + c.not_applicable:
        for q in item.quotes:
            quotes.setdefault(q.turn, []).append((q.text, item.title))
    decisive = review.monkey.turn if review.monkey is not None else None
    rows = []
    for t in review.turns:
        cls = f"role-{t.role}" + (" decisive" if t.index == decisive else "")
        rows.append(
            f"<li id='turn-{t.index}' class='{cls}'><span class='idx'>{escape(text(c.lang, 'turn', n=t.index + 1))}</span> "
            f"<span class='who'>{escape(t.speaker)}</span>: {highlight(t.text, quotes.get(t.index, []))}</li>"
        )
    return "<ol class='turns'>\n" + "\n".join(rows) + "\n</ol>"


def render_html(review: Review, catalogue=None) -> str:
    """A self-contained HTML page: feedback first, then the conversation with evidence highlighted."""
    c = build_report(review, catalogue)
    lang = c.lang
    body = [f"<h1>{escape(c.title)}</h1>", f"<p class='context'>{escape(c.context)}"]
    if c.chosen:
        body[-1] += f" ({escape(c.chosen)})"
    body[-1] += "</p>"
    body.append(f"<h2>{escape(text(lang, 'went_well'))}</h2>")
    body += [_item(i, lang, False) for i in c.went_well] or [f"<p>{escape(text(lang, 'went_well.none'))}</p>"]
    body.append(f"<h2>{escape(text(lang, 'attention'))}</h2>")
    body += [_item(i, lang, True) for i in c.attention] or [f"<p>{escape(text(lang, c.attention_none_key))}</p>"]
    if c.not_sure:
        body.append(f"<h2>{escape(text(lang, 'not_sure'))}</h2><p>{escape(text(lang, 'not_sure.intro'))}</p>")
        body += [_item(i, lang, True) for i in c.not_sure]
    if c.not_applicable:
        titles = "; ".join(escape(i.title) for i in c.not_applicable)
        body.append(f"<p><strong>{escape(text(lang, 'not_applicable'))}:</strong> {titles}</p>")
    if c.monkey is not None:
        body += [f"<h2>{escape(text(lang, 'monkey'))}</h2>", f"<p>{escape(c.monkey)}</p>"]
        if c.monkey_quote is not None:
            body += [f"<p>{escape(c.monkey_label)}:</p>", _quote(c.monkey_quote)]
    body.append(f"<h2>{escape(text(lang, 'metrics'))}</h2><table>")
    body += [f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in c.metrics]
    body.append("</table>")
    body += [f"<h2>{escape(text(lang, 'conversation'))}</h2>", _conversation(review, c)]
    body.append(f"<footer>{escape(text(lang, 'footer'))}</footer>")
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{escape(c.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
