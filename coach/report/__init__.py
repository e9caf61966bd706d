"""Reports of a Review for people, in the conversation's language (nl or en).

    render_markdown(review, catalogue=None) -> str
    render_html(review, catalogue=None) -> str     (self-contained page, evidence highlighted)
    render_pdf(review, catalogue=None) -> bytes    (fpdf2)

All three say the same (content.build_report): what went well, the points of
attention with a better phrasing, the monkey verdict, the figures.
"""

from __future__ import annotations

from coach.report.html_report import render_html
from coach.report.markdown_report import render_markdown


def render_pdf(review, catalogue=None) -> bytes:
    from coach.report.pdf_report import render_pdf as _render_pdf  # fpdf2 only when a PDF is asked for

    return _render_pdf(review, catalogue)


__all__ = ["render_html", "render_markdown", "render_pdf"]
