"""Reports speak the conversation's language throughout, figures included."""

from __future__ import annotations

from coach.catalogue import get_catalogue
from coach.readers import read_text
from coach.report import render_markdown
from coach.review import review_transcript

NL = "Anna: Fijn dat je de planning al hebt gemaakt. Waar loop je tegenaan?\nBram: De cijfers van Finance ontbreken.\nAnna: Wat ga jij als eerste doen?\nBram: Ik bel Finance morgen.\n"
EN = "Anna: The schedule you made is really clear. What's getting in your way?\nBram: Finance hasn't sent the figures.\nAnna: What will you do first?\nBram: I'll call Finance tomorrow.\n"


def test_every_figure_in_a_dutch_report_is_dutch():
    md = render_markdown(review_transcript(read_text(NL)), get_catalogue())
    figures = md[md.index("## Cijfers"):]
    for english in ("questions", "summaries", "turns", "words per turn", "monkey", "_"):
        assert english not in figures.lower().replace("aap", "")


def test_every_figure_in_an_english_report_is_english():
    md = render_markdown(review_transcript(read_text(EN)), get_catalogue())
    figures = md[md.index("## Figures"):]
    for dutch in ("vragen", "beurten", "woorden", "_"):
        assert dutch not in figures.lower()
