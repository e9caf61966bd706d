"""The review as a PDF (fpdf2): the same content as the markdown report.

    render_pdf(review, catalogue=None) -> bytes

A Unicode TrueType font (COACH_PDF_FONT, else DejaVu Sans, Liberation Sans,
Noto Sans or Arial when found on the system) prints Dutch and English text as
is; without one, the built-in Helvetica is used and the text is transliterated
to Latin-1 (curly quotes become straight, "ĳ" becomes "ij"), so nothing crashes.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from coach.models import Review
from coach.report.content import Item, Quote, build_report
from coach.report.strings import text

_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/liberation",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/noto",
    "/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "C:/Windows/Fonts",
)
_FONT_PAIRS = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
)
_ASCII_FOR = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "…": "...", "•": "-", "·": "-", "→": "->",
    "ĳ": "ij", "Ĳ": "IJ", "Ł": "L", "ł": "l", "œ": "oe", "Œ": "OE", "€": "EUR", "\u00a0": " ", "\u202f": " ", "✓": "v",
}


def find_font() -> tuple[Path, Path | None] | None:
    """(regular, bold or None) of a Unicode TTF font on this system, or None."""
    env = os.environ.get("COACH_PDF_FONT")
    if env and Path(env).is_file():
        return Path(env), None
    for directory in _FONT_DIRS:
        for regular, bold in _FONT_PAIRS:
            path = Path(directory) / regular
            if path.is_file():
                bold_path = Path(directory) / bold
                return path, bold_path if bold_path.is_file() else None
    return None


def to_latin1(s: str) -> str:
    """Text the built-in PDF fonts can print: known replacements, accents kept where Latin-1 has them."""
    out = []
    for ch in s:
        ch = _ASCII_FOR.get(ch, ch)
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)


class _Writer:
    def __init__(self, font: tuple[Path, Path | None] | None):
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_title("coach review")
        self.unicode = font is not None
        if font is not None:
            regular, bold = font
            self.pdf.add_font("coach", "", str(regular))
            self.pdf.add_font("coach", "B", str(bold or regular))
            self.family = "coach"
        else:
            self.family = "helvetica"
        self.pdf.add_page()

    def clean(self, s: str) -> str:
        return s if self.unicode else to_latin1(s)

    def para(self, s: str, size: float = 10.5, bold: bool = False, indent: float = 0, gap: float = 1.5) -> None:
        pdf = self.pdf
        pdf.set_font(self.family, "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, size * 0.5, self.clean(s), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def heading(self, s: str, level: int) -> None:
        self.pdf.ln(2 if level > 1 else 0)
        self.para(s, size={1: 17, 2: 14, 3: 11.5}[level], bold=True, gap=2)


def _quote(q: Quote) -> str:
    return f"“{q.text}” — {q.speaker}, {q.label}"


def _item(w: _Writer, item: Item, lang: str, with_status: bool) -> None:
    w.heading(item.title + (f" ({item.status_label})" if with_status or item.probable else ""), 3)
    for q in item.quotes:
        w.para(_quote(q), indent=5)
    if not item.quotes and with_status:
        w.para(f"{text(lang, 'evidence')}: {text(lang, 'evidence.none')}", indent=5)
    if item.advice and item.status != "met":
        w.para(f"{item.advice_label}: {item.advice}", indent=5)
    if item.form:
        w.para(f"{text(lang, 'form')}: „{item.form}”", size=9, indent=5)


def render_pdf(review: Review, catalogue=None) -> bytes:
    """The report as PDF bytes."""
    c = build_report(review, catalogue)
    lang = c.lang
    w = _Writer(find_font())
    w.heading(c.title, 1)
    w.para(c.context + (f" ({c.chosen})" if c.chosen else ""), size=9.5)
    w.heading(text(lang, "went_well"), 2)
    for item in c.went_well:
        _item(w, item, lang, False)
    if not c.went_well:
        w.para(text(lang, "went_well.none"))
    w.heading(text(lang, "attention"), 2)
    for item in c.attention:
        _item(w, item, lang, True)
    if not c.attention:
        w.para(text(lang, c.attention_none_key))
    if c.not_sure:
        w.heading(text(lang, "not_sure"), 2)
        w.para(text(lang, "not_sure.intro"))
        for item in c.not_sure:
            _item(w, item, lang, True)
    if c.not_applicable:
        w.para(f"{text(lang, 'not_applicable')}: " + "; ".join(i.title for i in c.not_applicable))
    if c.monkey is not None:
        w.heading(text(lang, "monkey"), 2)
        w.para(c.monkey)
        if c.monkey_quote is not None:
            w.para(f"{c.monkey_label}: {_quote(c.monkey_quote)}", indent=5)
    w.heading(text(lang, "metrics"), 2)
    for label, value in c.metrics:
        w.para(f"{label}: {value}", gap=0.5)
    w.pdf.ln(4)
    w.para(text(lang, "footer"), size=8.5)
    return bytes(w.pdf.output())
