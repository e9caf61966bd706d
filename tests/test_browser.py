"""Real-browser tests (Playwright with Debian's chromium): practise a short conversation in Dutch
and read the scorecard, reload and get the conversation back, review an uploaded VTT, and the
Dutch interface for a Dutch browser.  Screenshots go to tests/artifacts/ (or COACH_SHOTS).  Only loopback traffic
is allowed; every other request is aborted and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")

TIMEOUT = 30_000

from web_helpers import VTT, app, app_url, browser, free_port, loaded, new_page, say, shot, start_app  # noqa: E402,F401


def _say(page, text: str) -> None:
    say(page, text, TIMEOUT)


def test_dutch_browser_gets_the_dutch_interface(new_page):
    nl = new_page("nl-NL")
    sync_api.expect(nl.locator("#coach-start")).to_have_text("Start het gesprek")
    sync_api.expect(nl.get_by_role("tab", name="Transcript nakijken")).to_be_visible()
    sync_api.expect(nl.locator("#coach-language input")).to_have_value("Nederlands")
    shot(nl, "interface-nl")
    en = new_page("en-GB")
    sync_api.expect(en.locator("#coach-start")).to_have_text("Start the conversation")
    sync_api.expect(en.get_by_role("tab", name="Review a transcript")).to_be_visible()


def test_practise_in_dutch_end_and_read_the_scorecard(new_page):
    page = new_page("nl-NL")
    page.click("#coach-start")
    sync_api.expect(page.locator("#coach-status")).to_contain_text("Het gesprek is gestart")
    said = ["Ik wil jou vragen de begroting voor 2026 te maken.",
            "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren. Hoe kijk jij ertegenaan?"]
    for text in said:
        _say(page, text)
    sync_api.expect(page.locator("#coach-chat .user")).to_have_count(len(said))
    sync_api.expect(page.locator("#coach-hint")).to_contain_text("Tip")
    shot(page, "practise-chat-nl")

    # a reload brings the conversation back (the session id lives in the browser, the turns in the DB)
    page.reload()
    loaded(page)
    sync_api.expect(page.locator("#coach-chat .user")).to_have_count(len(said))
    sync_api.expect(page.locator("#coach-chat")).to_contain_text("1 maart")

    page.click("#coach-end")
    page.click("#coach-end-confirm")
    card = page.locator("#coach-scorecard .coach-card")
    sync_api.expect(card.first).to_be_visible()
    from coach.catalogue import get_catalogue

    assert card.count() == len(get_catalogue().ids_for_phase("delegation"))
    sync_api.expect(page.locator("#coach-scorecard")).to_contain_text("Scorekaart")
    sync_api.expect(page.locator("#coach-scorecard .coach-conversation")).to_contain_text("1 maart")
    sync_api.expect(page.locator("#coach-again")).to_be_visible()
    # the talk-share chart is drawn (two bars: manager and delegatee)
    sync_api.expect(page.locator("#coach-chart-talk")).to_contain_text("manager")
    sync_api.expect(page.locator("#coach-chart-talk")).to_contain_text("Wie spreekt")  # the axis in Dutch
    shot(page, "practise-scorecard-nl")


def test_upload_a_vtt_and_read_the_report(new_page, tmp_path):
    path = tmp_path / "gesprek.vtt"
    path.write_text(VTT, encoding="utf-8")
    page = new_page("nl-NL")
    page.get_by_role("tab", name="Transcript nakijken").click()
    page.locator("#coach-upload input[type=file]").set_input_files(str(path))
    sync_api.expect(page.locator("#coach-upload")).to_contain_text("gesprek.vtt")
    page.click("#coach-review-run")
    rows = page.locator("#coach-report .coach-card")
    sync_api.expect(rows.first).to_be_visible(timeout=TIMEOUT)
    sync_api.expect(page.locator("#coach-report .coach-conversation")).to_contain_text("begroting voor 2026")
    sync_api.expect(page.locator("#coach-manager input")).to_have_value("Anna")
    sync_api.expect(page.locator("#coach-export-pdf")).to_be_visible()
    with page.expect_download() as info:
        page.click("#coach-export-md")
    exported = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename.endswith(".md")
    assert "Anna" in exported and "Bram" in exported
    shot(page, "review-report-nl")


def test_the_conversation_comes_back_after_an_app_restart(new_page, tmp_path):
    port = free_port()
    demo, service, url = start_app(tmp_path, port)
    try:
        page = new_page("en-US", url=url)
        page.click("#coach-start")
        sync_api.expect(page.locator("#coach-status")).to_contain_text("started")
        _say(page, "What result do you have in mind for the budget?")
    finally:
        demo.close()
        service.store.close()
    demo, service, url = start_app(tmp_path, port)  # same address, same data folder, new process state
    try:
        page.reload()
        loaded(page)
        sync_api.expect(page.locator("#coach-chat")).to_contain_text("What result do you have in mind")
        sync_api.expect(page.locator("#coach-status")).to_contain_text("Your conversation is back")
        shot(page, "restored-after-restart-en")
    finally:
        demo.close()
        service.store.close()


def test_reopen_answers_a_missing_item_with_a_line_on_the_page(new_page, app_url):
    """Nothing picked, or the picked session deleted meanwhile (in another tab): a Dutch line on the
    History page, no red error, and the page stays usable."""
    page = new_page("nl-NL")
    page.click("#coach-start")
    sync_api.expect(page.locator("#coach-status")).to_contain_text("Het gesprek is gestart")
    _say(page, "Ik wil jou vragen het rooster voor de zomer te maken.")  # History lists no empty sessions
    page.get_by_role("tab", name="Geschiedenis").click()
    page.click("#coach-reopen")
    notice = page.locator("#coach-history-notice")
    sync_api.expect(notice).to_contain_text("Kies eerst een sessie of beoordeling")
    page.locator("#coach-sessions").get_by_role("gridcell").filter(visible=True).first.click()  # picks the row
    sync_api.expect(page.locator("#coach-history-id input")).not_to_have_value("")
    other = page.context.new_page()  # the same person in a second tab deletes that session
    other.goto(app_url)
    loaded(other)
    other.get_by_role("tab", name="Geschiedenis").click()
    other.locator("#coach-sessions").get_by_role("gridcell").filter(visible=True).first.click()
    sync_api.expect(other.locator("#coach-history-id input")).not_to_have_value("")
    other.click("#coach-delete")
    sync_api.expect(other.locator("#coach-history-notice")).not_to_be_empty()
    page.click("#coach-reopen")
    sync_api.expect(notice).to_contain_text("Die sessie of beoordeling is niet gevonden; vernieuw de lijst.")
    sync_api.expect(page.locator(".toast-body")).to_have_count(0)
    page.click("#coach-history-refresh")  # still usable
    sync_api.expect(page.locator("#coach-history-id input")).to_have_value("")
