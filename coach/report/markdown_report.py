"""The review as a markdown report, in the conversation's language.

    render_markdown(review, catalogue=None) -> str
"""

from __future__ import annotations

import re

from coach.models import Review
from coach.report.content import Item, Quote, build_report
from coach.report.strings import text

_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


def md_escape(s: str) -> str:
    """Text from the conversation, safe inside markdown (no emphasis, links or raw HTML)."""
    s = " ".join(s.split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def _quote_line(q: Quote) -> str:
    return f"> “{md_escape(q.text)}” — {md_escape(q.speaker)}, {q.label}"


def _item(item: Item, lang: str, with_status: bool) -> list[str]:
    head = f"### {md_escape(item.title)}"
    if with_status or item.probable:  # "what went well" says so when coach is only fairly sure
        head += f" ({item.status_label})"
    out = [head, ""]
    if item.quotes:
        if with_status:
            out += [f"{text(lang, 'evidence')}:", ""]
        for q in item.quotes:
            out += [_quote_line(q), ">"]
        out[-1] = ""
    elif with_status:
        out += [f"{text(lang, 'evidence')}: {text(lang, 'evidence.none')}", ""]
    if item.advice and item.status != "met":
        out += [f"**{item.advice_label}:** {md_escape(item.advice)}", ""]
    if item.form:
        out += [f"*{text(lang, 'form')}: „{md_escape(item.form)}”*", ""]
    return out


def render_markdown(review: Review, catalogue=None) -> str:
    """The markdown report: what went well first, then points of attention, the monkey, the figures."""
    c = build_report(review, catalogue)
    lang = c.lang
    lines = [f"# {c.title}", "", md_escape(c.context) + (f" ({c.chosen})" if c.chosen else ""), ""]
    lines += [f"## {text(lang, 'went_well')}", ""]
    if c.went_well:
        for item in c.went_well:
            lines += _item(item, lang, with_status=False)
    else:
        lines += [text(lang, "went_well.none"), ""]
    lines += [f"## {text(lang, 'attention')}", ""]
    if c.attention:
        for item in c.attention:
            lines += _item(item, lang, with_status=True)
    else:
        lines += [text(lang, c.attention_none_key), ""]
    if c.not_sure:
        lines += [f"## {text(lang, 'not_sure')}", "", text(lang, "not_sure.intro"), ""]
        for item in c.not_sure:
            lines += _item(item, lang, with_status=True)
    if c.not_applicable:
        lines += [f"**{text(lang, 'not_applicable')}:** " + "; ".join(md_escape(i.title) for i in c.not_applicable), ""]
    if c.monkey is not None:
        lines += [f"## {text(lang, 'monkey')}", "", md_escape(c.monkey), ""]
        if c.monkey_quote is not None:
            lines += [f"{c.monkey_label}:", "", _quote_line(c.monkey_quote), ""]
    lines += [f"## {text(lang, 'metrics')}", ""]
    lines += [f"| {text(lang, 'metrics')} | |", "|---|---|"]
    lines += [f"| {md_escape(label)} | {md_escape(value)} |" for label, value in c.metrics]
    lines += ["", f"*{text(lang, 'footer')}*", ""]
    return "\n".join(lines)
