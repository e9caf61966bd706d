"""Issue 8: the six kinds of mistakes found on messy meeting transcripts, as regression tests.

Each transcript in fixtures/messy/ was written new for these tests (none is in the training data):
small talk taken for a question, a note-taker's thanks taken for the manager's praise, an amount split in
two sentences, a greeting taken for positive feedback, a motivation sentence taken for a take-over, and a
friendly take-over judged "shared".  They run the whole offline review, as `coach review` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.models import ReviewOptions
from coach.readers import read_path
from coach.review import review_transcript
from coach.tagger.sentences import sentence_spans

MESSY = Path(__file__).parent / "fixtures" / "messy"


def review(name: str, **options):
    return review_transcript(read_path(MESSY / name, 1_000_000), ReviewOptions(**options))


def finding(rev, guideline: str):
    return next(f for f in rev.findings if f.guideline == guideline)


def test_small_talk_is_other_and_never_evidence():
    rev = review("smalltalk_nl.txt", phase="progress", manager="Marieke")
    assert rev.turns[0].acts == ["other"] and rev.turns[0].small_talk  # the holiday questions: no question act
    assert rev.turns[2].acts == ["other"]
    for f in rev.findings:
        assert all(ev.turn not in (0, 2) for ev in f.evidence), f
    start = finding(rev, "progress.positive_start")
    assert start.status == "met" and start.evidence[0].turn == 4  # the praise after the small talk opens the talk


def test_a_note_takers_thanks_is_never_the_managers_praise():
    rev = review("notetaker_en.txt")
    assert rev.manager == "Rachel"
    roles = {t.speaker: t.role for t in rev.turns}
    assert roles["Priya"] == "other" and roles["Tom"] == "delegatee"
    start = finding(rev, "progress.positive_start")
    assert start.status == "missed"
    assert all(rev.turns[ev.turn].speaker == "Rachel" for f in rev.findings for ev in f.evidence)


@pytest.mark.parametrize("text,pieces", [
    ("Je mag tot 2.500 euro zelf beslissen, daarboven wil ik het eerst zien.", 1),
    ("Zo'n twintig, o.a. voor de klantenservice en bijv. de twee nieuwe collega's. Reken op ca. 3.5 uur werk per week.", 2),
    ("Nou... ik weet het niet. Om 14.30 uur bij Dr. Jansen?", 2),
    ("Send it to Mr. Smith, e.g. by Friday at 10 a.m. sharp. Fine?", 2),
])
def test_sentences_split_around_numbers_abbreviations_and_ellipses(text, pieces):
    spans = sentence_spans(text)
    assert len(spans) == pieces, spans
    assert all(s in text for s in spans)


def test_an_amount_stays_whole_in_the_quote():
    rev = review("amounts_nl.txt", phase="delegation", manager="Ingrid")
    quotes = [ev.quote for f in rev.findings for ev in f.evidence]
    assert not any(q.rstrip().endswith(("2.", "3.", "o.a.", "bijv.", "ca.")) for q in quotes), quotes
    instruction = finding(rev, "delegation.instruction")
    assert instruction.status in ("met", "partly")
    assert any("2.500 euro" in ev.quote for ev in instruction.evidence)


def test_a_greeting_is_not_positive_feedback():
    rev = review("greeting_nl.txt", phase="progress", manager="Hanneke")
    assert "positive_feedback" not in rev.turns[0].acts
    assert finding(rev, "progress.positive_start").status != "met"


def test_a_motivation_sentence_is_no_take_over():
    rev = review("motivation_nl.txt", phase="delegation", manager="Wouter")
    assert "monkey_take" not in rev.turns[2].acts
    assert "motivation" in rev.turns[2].acts
    assert finding(rev, "delegation.motivation").status == "met"


def test_a_friendly_take_over_puts_the_monkey_on_the_managers_shoulder():
    rev = review("takeover_nl.txt", phase="progress", manager="Petra")
    assert "monkey_take" in rev.turns[2].acts
    assert rev.monkey.owner == "manager" and rev.monkey.turn == 2
    assert finding(rev, "progress.monkey_back").status == "missed"


def test_the_phase_is_found_without_being_told():
    assert review("takeover_nl.txt").phase == "progress"
    assert review("motivation_nl.txt").phase == "delegation"


def test_a_finding_coach_is_not_sure_of_is_shown_without_a_verdict(capsys):
    from coach.cli_review import _unsure
    from coach.report import render_html, render_markdown

    rev = review("takeover_nl.txt", phase="progress", manager="Petra")
    doubted = rev.findings[0].model_copy(update={"confidence": 0.41, "sure": False})
    rev = rev.model_copy(update={"findings": [doubted] + rev.findings[1:]})
    md = render_markdown(rev)
    section = md.split("## Niet zeker", 1)[1].split("\n## ", 1)[0]
    assert "(niet zeker)" in section and doubted.advice.split(".")[0] not in section  # quotes, no advice, no verdict
    assert "Niet zeker" in render_html(rev)
    lines = _unsure(rev)
    assert len(lines) == 1 and doubted.guideline in lines[0] and "0.41" in lines[0]
    unsure_phase = rev.model_copy(update={"phase_detected": True, "phase_confidence": 0.4})
    assert any("not sure this is a progress conversation" in line for line in _unsure(unsure_phase))
