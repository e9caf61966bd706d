"""Reports (markdown, HTML, PDF) of a Review built by hand: content, order, language, escaping."""

from __future__ import annotations

import re

import pytest

from coach.catalogue import get_catalogue
from coach.models import Review
from coach.report import render_html, render_markdown, render_pdf
from coach.report import pdf_report
from coach.report.strings import STRINGS

TURNS = {
    "nl": [
        ("Anna", "manager", "De planning die je maakte is heel helder. Hoe gaat het nu?", ["positive_feedback", "open_question"]),
        ("Bram", "delegatee", "Ik loop vast op de cijfers van Finance <script>alert(1)</script>.", []),
        ("Anna", "manager", "Je moet gewoon Piet mailen, dat werkt altijd.", ["advice"]),
        ("Bram", "delegatee", "Oké, dat doe ik.", []),
        ("Anna", "manager", "Laat maar, ik bel hem zelf wel.", ["monkey_take"]),
    ],
    "en": [
        ("Sarah", "manager", "Your first draft already covers the key risks. How is it going?", ["positive_feedback", "open_question"]),
        ("Tom", "delegatee", "Legal hasn't replied & I'm <stuck>.", []),
        ("Sarah", "manager", "You should just email Piet, that always works.", ["advice"]),
        ("Tom", "delegatee", "Okay, I will.", []),
        ("Sarah", "manager", "Leave it with me, I'll call him myself.", ["monkey_take"]),
    ],
}
ADVICE = {
    "nl": "Vraag: „Wat heb je zelf al geprobeerd?” – zo blijft het probleem bij Bram (ĳverig, € 5).",
    "en": "Ask: “What have you tried so far?” – that keeps the problem with Tom.",
}


def make_review(lang: str, monkey_owner: str = "manager", **extra) -> Review:
    turns = TURNS[lang]
    manager = turns[0][0]
    data = {
        "language": lang,
        "phase": "progress",
        "manager": manager,
        "turns": [
            {"index": i, "speaker": s, "role": r, "text": t, "acts": a} for i, (s, r, t, a) in enumerate(turns)
        ],
        "findings": [
            {"guideline": "progress.positive_start", "status": "met",
             "evidence": [{"turn": 0, "quote": turns[0][2].split(". ")[0] + "."}]},
            {"guideline": "progress.ask_obstacles", "status": "partly",
             "evidence": [{"turn": 0, "quote": turns[0][2].split(". ")[1]}], "advice": ADVICE[lang]},
            {"guideline": "progress.ask_not_answer", "status": "missed",
             "evidence": [{"turn": 2, "quote": turns[2][2].split(",")[0]}], "advice": ADVICE[lang]},
            {"guideline": "progress.listen_summarize", "status": "missed", "evidence": []},
            {"guideline": "progress.monkey_back", "status": "missed",
             "evidence": [{"turn": 4, "quote": turns[4][2]}], "advice": ADVICE[lang]},
            {"guideline": "progress.respect_return", "status": "not_applicable"},
        ],
        "monkey": {"owner": monkey_owner, "turn": None if monkey_owner == "none" else 4},
        "metrics": {"manager_talk_share": 0.62, "questions": 1, "open_question_share": 1.0, "advice": 1},
        **extra,
    }
    return Review.model_validate(data)


def _sections(md: str) -> list[str]:
    return re.findall(r"^## (.+)$", md, flags=re.MULTILINE)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_order_and_language(lang):
    md = render_markdown(make_review(lang), get_catalogue())
    s = STRINGS[lang]
    assert md.startswith("# ")
    assert _sections(md) == [s["went_well"], s["attention"], s["monkey"], s["metrics"]]
    went_well, attention = md.split(f"## {s['attention']}")[0], md.split(f"## {s['attention']}")[1]
    cat = get_catalogue()
    # met in "went well" with its quote; partly/missed only under attention, in catalogue order
    assert cat.get("progress.positive_start").title.get(lang) in went_well
    assert TURNS[lang][0][2].split(". ")[0] in went_well
    titles = [cat.get(g).title.get(lang) for g in
              ("progress.ask_obstacles", "progress.ask_not_answer", "progress.listen_summarize", "progress.monkey_back")]
    positions = [attention.index(t) for t in titles]
    assert positions == sorted(positions)
    assert cat.get("progress.ask_obstacles").title.get(lang) not in went_well
    # the better phrasing, the status and the form's own sentence
    assert f"**{s['advice']}:** {ADVICE[lang][:20]}" in attention
    assert f"({s['status.partly']})" in attention and f"({s['status.missed']})" in attention
    assert cat.get("progress.ask_obstacles").source[:40] in attention
    # a missed guideline without evidence and advice falls back to the catalogue example
    assert s["evidence.none"] in attention
    assert cat.get("progress.listen_summarize").example.get(lang)[:30] in attention
    # not applicable is listed, the monkey verdict names the decisive turn, figures as percentages
    assert cat.get("progress.respect_return").title.get(lang) in md
    assert s["monkey.manager"].split(":")[0] in md
    assert "62%" in md and "100%" in md


def test_markdown_without_any_met_finding_still_starts_with_went_well():
    review = make_review("en")
    data = review.to_contract()
    data["findings"][0] = {"guideline": "progress.positive_start", "status": "missed", "evidence": [], "advice": ""}
    md = render_markdown(Review.model_validate(data))
    assert _sections(md)[0] == "What went well"
    assert STRINGS["en"]["went_well.none"] in md


def test_markdown_escapes_conversation_text():
    review = make_review("nl")
    data = review.to_contract()
    data["findings"][2]["evidence"] = [{"turn": 1, "quote": "<script>alert(1)</script>"}]
    md = render_markdown(Review.model_validate(data))
    assert "<script>" not in md and "&lt;script&gt;" in md


def test_monkey_verdict_none_and_detected_choices():
    md = render_markdown(make_review("en", monkey_owner="none", manager_detected=True, phase_detected=True))
    assert STRINGS["en"]["monkey.none"] in md
    assert "chosen by coach: the manager, the phase" in md


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_monkey_but_a_doubtful_obstacle_is_pointed_at_not_denied(lang):
    """The judge found no problem it was sure of, but a turn of the other side reads as an obstacle: the
    report does not say "no problem came up"; it quotes that turn as a possible obstacle, in every format."""
    data = make_review(lang, monkey_owner="none").to_contract()
    other = next(t for t in data["turns"] if t["role"] == "delegatee")
    other["signals"] = ["obstacle"]
    review = Review.model_validate(data)
    s = STRINGS[lang]
    md = render_markdown(review)
    assert s["monkey.none"] not in md and s["monkey.none_doubtful"].split(".")[0] in md
    assert s["monkey.possible"] in md and s["monkey.decided"] not in md and other["text"][:10] in md
    assert s["monkey.possible"] in render_html(review)
    assert s["monkey.none"] in render_markdown(make_review(lang, monkey_owner="none"))  # no obstacle: no doubt


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_html_is_self_contained_escaped_and_highlights_evidence(lang):
    page = render_html(make_review(lang))
    assert page.startswith("<!DOCTYPE html>") and f"<html lang='{lang}'>" in page
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert not re.search(r"(src|href)=['\"]?https?:", page)
    assert STRINGS[lang]["went_well"] in page and STRINGS[lang]["conversation"] in page
    # every evidence quote is marked inside its turn
    review = make_review(lang)
    for f in review.findings:
        for ev in f.evidence:
            from html import escape

            assert f">{escape(ev.quote)}</mark>" in page
    # the delegatee's text is escaped, not injected
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;stuck&gt;" in page
    # the decisive monkey turn is flagged
    assert "id='turn-4' class='role-manager decisive'" in page


def test_html_overlapping_quotes_are_merged_into_one_mark():
    from coach.report.html_report import highlight

    out = highlight("abc <def> ghi", [("abc <de", "A"), ("<def> g", "B"), ("zzz", "C")])
    assert out == "<mark title='A; B'>abc &lt;def&gt; g</mark>hi"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_with_a_unicode_font(lang):
    if pdf_report.find_font() is None:
        pytest.fail("no TTF font found on this system; install fonts-dejavu-core")
    pdf = render_pdf(make_review(lang))
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 2000


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_without_a_font_transliterates(lang, monkeypatch):
    monkeypatch.setattr(pdf_report, "find_font", lambda: None)
    pdf = render_pdf(make_review(lang))
    assert pdf.startswith(b"%PDF-") and b"/Helvetica" in pdf


def test_to_latin1():
    assert pdf_report.to_latin1("„Café” – ‘ĳs’ … € 5 ✓") == '"Café" - \'ijs\' ... EUR 5 v'
    assert pdf_report.to_latin1("Łódź") == "Lódz"
