"""Real-browser tests (Playwright with Debian's chromium): practise a short conversation in Dutch
and read the scorecard, reload and get the conversation back, review an uploaded VTT, and the
Dutch interface for a Dutch browser.  Screenshots go to tests/artifacts/.  Only loopback traffic
is allowed; every other request is aborted and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")

ARTIFACTS = Path(__file__).parent / "artifacts"
TIMEOUT = 30_000

from web_helpers import ARGS, CHROMIUM, VTT, browser, free_port, say, start_app  # noqa: E402,F401


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    demo, service, url = start_app(tmp_path_factory.mktemp("coach-browser-data"), free_port())
    yield url
    demo.close()
    service.store.close()


@pytest.fixture
def open_page(browser, app_url):
    """open_page(locale) -> a page on the app; requests off this machine are aborted and listed."""
    contexts, outside = [], []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    def _open(locale: str, url: str | None = None):
        ctx = browser.new_context(locale=locale, viewport={"width": 1280, "height": 1000}, accept_downloads=True)
        ctx.set_default_timeout(TIMEOUT)
        ctx.route("**/*", guard)
        contexts.append(ctx)
        page = ctx.new_page()
        page.goto(url or app_url)
        _loaded(page)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()
    assert outside == [], f"the page tried to reach other hosts: {outside[:3]}"


def _loaded(page) -> None:
    """Wait until the page's load event has run (it fills the scenario list and restores a session)."""
    page.wait_for_selector("#coach-start", state="attached")  # hidden when a restored conversation folds the set-up
    sync_api.expect(page.locator("#coach-scenario input")).not_to_have_value("")


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _say(page, text: str) -> None:
    say(page, text, TIMEOUT)


def test_dutch_browser_gets_the_dutch_interface(open_page):
    nl = open_page("nl-NL")
    sync_api.expect(nl.locator("#coach-start")).to_have_text("Start het gesprek")
    sync_api.expect(nl.get_by_role("tab", name="Transcript nakijken")).to_be_visible()
    sync_api.expect(nl.locator("#coach-language input")).to_have_value("Nederlands")
    _shot(nl, "interface-nl")
    en = open_page("en-GB")
    sync_api.expect(en.locator("#coach-start")).to_have_text("Start the conversation")
    sync_api.expect(en.get_by_role("tab", name="Review a transcript")).to_be_visible()


def test_practise_in_dutch_end_and_read_the_scorecard(open_page):
    page = open_page("nl-NL")
    page.click("#coach-start")
    sync_api.expect(page.locator("#coach-status")).to_contain_text("Het gesprek is gestart")
    said = ["Ik wil jou vragen de begroting voor 2026 te maken.",
            "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren. Hoe kijk jij ertegenaan?"]
    for text in said:
        _say(page, text)
    sync_api.expect(page.locator("#coach-chat .user")).to_have_count(len(said))
    sync_api.expect(page.locator("#coach-hint")).to_contain_text("Tip")
    _shot(page, "practise-chat-nl")

    # a reload brings the conversation back (the session id lives in the browser, the turns in the DB)
    page.reload()
    _loaded(page)
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
    _shot(page, "practise-scorecard-nl")


def test_upload_a_vtt_and_read_the_report(open_page, tmp_path):
    path = tmp_path / "gesprek.vtt"
    path.write_text(VTT, encoding="utf-8")
    page = open_page("nl-NL")
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
    _shot(page, "review-report-nl")


def test_the_conversation_comes_back_after_an_app_restart(open_page, tmp_path):
    port = free_port()
    demo, service, url = start_app(tmp_path, port)
    try:
        page = open_page("en-US", url)
        page.click("#coach-start")
        sync_api.expect(page.locator("#coach-status")).to_contain_text("started")
        _say(page, "What result do you have in mind for the budget?")
    finally:
        demo.close()
        service.store.close()
    demo, service, url = start_app(tmp_path, port)  # same address, same data folder, new process state
    try:
        page.reload()
        _loaded(page)
        sync_api.expect(page.locator("#coach-chat")).to_contain_text("What result do you have in mind")
        sync_api.expect(page.locator("#coach-status")).to_contain_text("Your conversation is back")
        _shot(page, "restored-after-restart-en")
    finally:
        demo.close()
        service.store.close()
