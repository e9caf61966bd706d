"""The practice flow and the settings page in a real browser (Debian's chromium through Playwright):
the set-up folds and the briefing shows, a reply streams, the end asks for confirmation and
closes the input, errors are Dutch sentences that leave the chat, the counter, the settings page
switches the language and deletes only the caller's data.  Screenshots go to tests/artifacts/ (or COACH_SHOTS)."""

from __future__ import annotations

import pytest

from web_helpers import app, browser, new_page, say, shot  # noqa: F401 - fixtures

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

WATCH_BOT = """() => {
  window.__coachSeen = [];
  const chat = document.querySelector('#coach-chat');
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('.bot:not(.pending)');
    const last = bots.length ? bots[bots.length - 1].innerText.trim() : '';
    const seen = window.__coachSeen;
    if (last && seen[seen.length - 1] !== last) seen.push(last);
  }).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


def _start(page, name: str = "Ilse") -> None:
    page.fill("#coach-name input", name)
    page.click("#coach-start")
    expect(page.locator("#coach-briefing")).to_be_visible()


def test_start_folds_the_setup_and_shows_the_briefing_and_names(new_page):
    page = new_page("nl-NL")
    expect(page.locator("#coach-scenario")).to_be_visible()
    _start(page)
    expect(page.locator("#coach-scenario")).to_be_hidden()  # the set-up folded away
    brief = page.locator("#coach-briefing")
    expect(brief).to_contain_text("Je taak")
    expect(brief).to_contain_text("Met wie je praat")
    expect(brief).to_contain_text("Benoem het resultaat")
    persona = page.locator("#coach-chat-head .coach-them").first
    expect(page.locator("#coach-chat-head")).to_contain_text("Ilse")
    expect(persona).to_be_visible()
    expect(page.locator("#coach-chat")).to_contain_text("Gesprek met")
    page.get_by_text("Opzet: scenario").click()  # change the set-up: it opens again
    expect(page.locator("#coach-scenario")).to_be_visible()
    shot(page, "practice-briefing-nl-1366")


def test_a_reply_streams_word_by_word_and_the_input_clears(new_page):
    page = new_page("nl-NL")
    _start(page)
    page.evaluate(WATCH_BOT)
    say(page, "Hoi, ik wil je vragen om dit op te pakken. Wat heb je van mij nodig?")
    seen = page.evaluate("() => window.__coachSeen")
    final = page.locator("#coach-chat .bot:not(.pending)").last.inner_text().strip()
    partial = [s for s in seen if s != final and final.startswith(s)]
    assert len(set(partial)) >= 2, seen  # at least two growing texts before the whole reply
    expect(page.locator("#coach-counter")).to_contain_text("0 / 2000")
    expect(page.locator("#coach-briefing")).to_be_hidden()  # the briefing folded on the first turn
    expect(page.locator("#coach-chat-head")).to_contain_text("Ilse")


def test_what_i_type_while_the_reply_streams_stays_in_the_box(new_page):
    page = new_page("nl-NL")
    _start(page)
    box = page.locator("#coach-input textarea")
    box.fill("Wat is het doel van dit project volgens jou, en wat heb je nodig?")
    page.click("#coach-send")
    expect(page.locator("#coach-chat .user")).to_have_count(1)
    box.fill("Mijn volgende vraag")  # typed while the reply is still coming
    page.wait_for_function("() => !document.querySelector('#coach-chat .pending, #coach-chat .generating')")
    expect(page.locator("#coach-chat .bot:not(.pending)")).to_have_count(2)  # the opening and the reply
    page.wait_for_timeout(500)
    assert box.input_value() == "Mijn volgende vraag"


def test_ending_asks_first_and_then_closes_the_input(new_page):
    page = new_page("nl-NL")
    _start(page)
    say(page, "Ik wil dat het rooster op 1 mei klaar is; wat heb je nodig?")
    page.click("#coach-end")
    expect(page.locator("#coach-end-confirm")).to_be_visible()
    expect(page.locator("#coach-end-question")).to_contain_text("beëindigen")
    page.click("#coach-end-cancel")  # no: the conversation goes on
    expect(page.locator("#coach-end-confirm")).to_be_hidden()
    expect(page.locator("#coach-scorecard")).to_be_hidden()
    expect(page.locator("#coach-input textarea")).to_be_enabled()
    page.click("#coach-end")
    page.click("#coach-end-confirm")
    expect(page.locator("#coach-scorecard")).to_contain_text("Scorekaart", timeout=60_000)
    expect(page.locator("#coach-input textarea")).to_be_disabled()
    expect(page.locator("#coach-send")).to_be_disabled()
    expect(page.locator("#coach-end")).to_be_hidden()


def test_errors_are_dutch_sentences_and_the_chat_stays(new_page):
    page = new_page("nl-NL")
    page.click("#coach-send")  # no conversation yet
    expect(page.locator("#coach-notice")).to_contain_text("Er is nog geen gesprek")
    _start(page)
    say(page, "Goedemorgen, fijn dat je tijd hebt.")
    bubbles = page.locator("#coach-chat .message-row").count()
    page.click("#coach-send")  # an empty turn
    expect(page.locator("#coach-notice")).to_contain_text("Typ eerst wat je wilt zeggen")
    box = page.locator("#coach-input textarea")
    box.fill("a" * 2001)
    expect(page.locator("#coach-counter")).to_contain_text("2001 / 2000")
    expect(page.locator("#coach-counter .coach-over")).to_be_visible()
    page.click("#coach-send")
    expect(page.locator("#coach-notice")).to_contain_text("langer dan 2000 tekens")
    expect(box).to_have_value("a" * 2001)  # the words stay to be shortened
    assert page.locator("#coach-chat .message-row").count() == bubbles  # the chat is untouched
    for english in ("Error", "Fout", "start_session", "empty"):
        expect(page.locator("body")).not_to_contain_text(english)
    expect(page.locator(".toast-body")).to_have_count(0)


def test_the_footer_is_gone_and_phase_is_not_called_gesprek(new_page):
    page = new_page("nl-NL")
    expect(page.locator("#coach-start")).to_be_visible()
    for footer in ("Gebruik via API", "Use via API", "Gradio"):
        expect(page.get_by_text(footer)).to_have_count(0)
    expect(page.locator("#coach-phase")).to_contain_text("Soort gesprek")


def test_settings_switch_the_interface_language_in_this_browser(new_page):
    page = new_page("nl-NL")
    page.fill("#coach-name input", "Ilse")
    page.get_by_role("tab", name="Instellingen").click()
    expect(page.locator("#coach-settings-engine")).to_contain_text("niets")
    expect(page.locator("#coach-settings-name input")).to_have_value("Ilse")  # the name practice uses
    page.locator("#coach-ui-language").get_by_text("English").click()
    expect(page.locator("#coach-start")).to_have_text("Start the conversation", timeout=20_000)  # after the reload
    page.reload()
    expect(page.locator("#coach-start")).to_have_text("Start the conversation")
    expect(page.locator("#coach-name input")).to_have_value("Ilse")  # kept in this browser
    page.get_by_role("tab", name="Settings").click()
    expect(page.locator("#coach-settings-engine")).to_contain_text("nothing")
    page.locator("#coach-ui-language").get_by_text("Nederlands").click()
    expect(page.locator("#coach-start")).to_have_text("Start het gesprek", timeout=20_000)


def test_settings_delete_only_my_sessions(new_page, app):
    service = app[0]
    mine, theirs = new_page("nl-NL"), new_page("nl-NL")
    _start(mine, "Ilse")
    say(mine, "Ik wil je vragen het rooster te maken.")
    _start(theirs, "Pieter")
    say(theirs, "Ik wil je vragen de planning te maken.")
    before = len(service.store.list_sessions())
    mine.get_by_role("tab", name="Instellingen").click()
    mine.click("#coach-settings-delete")
    expect(mine.locator("#coach-settings-delete-confirm")).to_be_visible()
    mine.click("#coach-settings-delete-cancel")
    expect(mine.locator("#coach-settings-notice")).to_contain_text("niets verwijderd")
    assert len(service.store.list_sessions()) == before
    mine.click("#coach-settings-delete")
    mine.click("#coach-settings-delete-confirm")
    expect(mine.locator("#coach-settings-notice")).to_contain_text("1 sessies")
    assert len(service.store.list_sessions()) == before - 1
    theirs.reload()
    expect(theirs.locator("#coach-status")).to_contain_text("Je gesprek is terug")
    expect(theirs.locator("#coach-chat")).to_contain_text("de planning te maken")


def test_on_a_phone_send_is_reachable_and_end_is_not_under_it(new_page):
    page = new_page("nl-NL", width=390)
    persona = page.locator("#coach-persona input").input_value()
    assert "(" in persona and persona.endswith(")")  # "Daan (medewerker)": short enough to read whole
    _start(page)
    say(page, "Hoi, wil jij dit oppakken?")
    send, end = page.locator("#coach-send").bounding_box(), page.locator("#coach-end").bounding_box()
    assert send["x"] >= 0 and send["x"] + send["width"] <= 390
    assert end["y"] + end["height"] <= send["y"]  # End sits above the chat, Send below it
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390
    shot(page, "practice-chat-nl-390")
