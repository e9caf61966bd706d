"""Real-browser tests of issue 11 part B (Playwright, Debian's chromium): paste a transcript, then paste
a different one (the detection follows), the scorecard as cards in Dutch and English, the history with
names, 24-hour dates and Dutch chart labels.  Screenshots at 1366 and 390 px go to tests/artifacts/ (or COACH_SHOTS)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

from test_scorecard_view import DELEGATION_NL  # noqa: E402
from web_helpers import app, browser, new_page, say, shot  # noqa: E402,F401

TIMEOUT = 30_000
PROGRESS_NL = (Path(__file__).parent / "fixtures" / "transcripts" / "voortgang_nl.txt").read_text(encoding="utf-8")


def _paste_and_review(page, text: str) -> None:
    page.locator("#coach-paste textarea").fill(text)
    expect(page.locator("#coach-detected")).to_be_hidden()  # a new paste: nothing of the last reading stays
    page.click("#coach-review-run")


@pytest.mark.parametrize("width", [1366, 390])
def test_paste_then_paste_another_conversation_and_the_detection_follows(new_page, width):
    page = new_page("nl-NL")
    page.get_by_role("tab", name="Transcript nakijken").click()
    page.set_viewport_size({"width": width, "height": 900})  # a phone hides some tabs behind "..." (part A)
    _paste_and_review(page, DELEGATION_NL)
    expect(page.locator("#coach-detected")).to_contain_text("Manager: Karin (")
    expect(page.locator("#coach-manager input")).to_have_value("Karin")
    expect(page.locator("#coach-review-phase input")).to_have_value("Delegeergesprek")
    expect(page.locator("#coach-report .coach-overall")).to_contain_text("richtlijnen gehaald")
    expect(page.locator("#coach-review-rerun")).to_be_visible()
    shot(page, f"review-first-paste-nl-{width}")

    _paste_and_review(page, PROGRESS_NL)  # other names, other phase: nothing of Karin's review may stay
    expect(page.locator("#coach-manager input")).to_have_value("Anna")
    expect(page.locator("#coach-detected")).to_contain_text("Manager: Anna (")
    expect(page.locator("#coach-detected")).to_contain_text("Gesprek: Tussenresultaten bespreken (zeker)")
    expect(page.locator("#coach-review-phase input")).to_have_value("Tussenresultaten bespreken")
    expect(page.locator("#coach-report .coach-conversation")).to_contain_text("Bram")
    expect(page.locator("#coach-report .coach-conversation")).not_to_contain_text("Joost")
    expect(page.locator("#coach-report .coach-monkey svg")).to_be_visible()
    cards = page.locator("#coach-report .coach-card")
    for i in range(cards.count()):  # stacked cards: none wider than the page
        box = cards.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1
    shot(page, f"review-second-paste-nl-{width}")

    # a correction, reviewed again: the corrected phase is used
    page.locator("#coach-review-phase input").click()
    page.get_by_role("option", name="Eindresultaat bespreken").click()
    page.click("#coach-review-rerun")
    expect(page.locator("#coach-detected")).to_contain_text("Gesprek: Eindresultaat bespreken (door jou gekozen)")
    expect(page.locator("#coach-report h3")).to_contain_text("Eindresultaat bespreken")


def test_a_friendly_error_in_dutch_keeps_the_pasted_text(new_page):
    page = new_page("nl-NL")
    page.get_by_role("tab", name="Transcript nakijken").click()
    text = "Anna: Hallo.\nAnna: Nog iets."
    _paste_and_review(page, text)
    expect(page.locator("#coach-review-note")).to_contain_text("Coach kon dit transcript niet nakijken")
    expect(page.locator("#coach-review-note")).not_to_contain_text("speaker")
    expect(page.locator("#coach-paste textarea")).to_have_value(text)
    expect(page.locator(".toast-body")).to_have_count(0)


def test_a_file_and_pasted_text_say_which_one_was_reviewed(new_page, tmp_path):
    from web_helpers import VTT

    path = tmp_path / "gesprek.vtt"
    path.write_text(VTT, encoding="utf-8")
    page = new_page("en-GB")
    page.get_by_role("tab", name="Review a transcript").click()
    page.locator("#coach-upload input[type=file]").set_input_files(str(path))
    expect(page.locator("#coach-upload")).to_contain_text("gesprek.vtt")
    page.locator("#coach-paste textarea").fill(DELEGATION_NL)
    page.click("#coach-review-run")
    expect(page.locator("#coach-review-note")).to_contain_text("coach reviewed the file (gesprek.vtt)")
    expect(page.locator("#coach-manager input")).to_have_value("Anna")  # the file's manager, not Karin
    expect(page.locator("#coach-report .coach-conversation")).not_to_contain_text("Joost")


@pytest.mark.parametrize("locale,overall,chart", [("en-GB", "guidelines met", "Kind of question"),
                                                  ("nl-NL", "richtlijnen gehaald", "Soort vraag")])
def test_practise_twice_and_read_the_cards_the_comparison_and_the_history(new_page, locale, overall, chart):
    page = new_page(locale)
    nl = locale.startswith("nl")
    for attempt in range(2):
        page.click("#coach-again" if attempt else "#coach-start")  # "try again" starts the same set-up at once
        say(page, "Ik wil jou vragen de begroting voor 2026 te maken." if nl else
            "I'd like you to prepare the 2026 budget.", TIMEOUT)
        page.click("#coach-end")
        page.click("#coach-end-confirm")
        expect(page.locator("#coach-scorecard .coach-overall")).to_contain_text(overall)
    expect(page.locator("#coach-scorecard .coach-compare")).to_contain_text("Vorige keer" if nl else "Last time")
    expect(page.locator("#coach-scorecard .coach-card").first).to_be_visible()
    expect(page.locator("#coach-chart-questions")).to_contain_text(chart)
    shot(page, f"practise-scorecard-{locale}-1366")
    page.set_viewport_size({"width": 390, "height": 900})
    shot(page, f"practise-scorecard-{locale}-390")
    page.set_viewport_size({"width": 1366, "height": 900})

    page.get_by_role("tab", name="Geschiedenis" if nl else "History").click()
    sessions = page.locator("#coach-sessions")
    expect(sessions).to_contain_text(re.compile(r"\d{1,2} \w{3} \d{4} ([01]\d|2[0-3]):[0-5]\d"))
    expect(sessions).not_to_contain_text(re.compile(r"[0-9a-f]{32}"))
    expect(page.locator("#coach-history-chart-delegation")).to_contain_text("Poging" if nl else "Attempt")
    if nl:
        expect(page.locator("#coach-history-chart-delegation")).not_to_contain_text("score")
    shot(page, f"history-{locale}-1366")
    page.set_viewport_size({"width": 390, "height": 900})
    shot(page, f"history-{locale}-390")
