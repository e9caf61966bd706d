"""A trainer runs a workshop in real browsers (Playwright, Debian's chromium): the trainer logs in at
/trainer and creates a workshop; a participant joins with the link in another browser context and
practises one short conversation; the live dashboard shows it; the exports download; closing
deletes it.  A participant (no account) and a user login cannot open the trainer pages."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

from web_helpers import LOCAL, TIMEOUT, browser, free_port, say, shot  # noqa: E402,F401

TRAINER, PASSWORD = "trainer-anna", "geheim-wachtwoord"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    from coach.auth import Accounts
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService
    from coach.web.app import build_app, launch
    from coach.web.trainer_app import build_trainer_app, trainer_lifespan

    settings = Settings(engine="offline", data_dir=tmp_path_factory.mktemp("coach-workshop-data"))
    service = CoachService(settings, Store(settings.resolved_database_url()))
    demo, service = build_app(settings, service)
    accounts = Accounts()
    accounts.add(TRAINER, PASSWORD, "trainer")
    accounts.add("user-bram", PASSWORD, "user")
    trainer = build_trainer_app(service, accounts)
    url = launch(demo, port=free_port(), block=False, on_start=trainer_lifespan(trainer, accounts))
    yield url.rstrip("/")
    demo.close()
    service.store.close()


@pytest.fixture
def new_page(browser):
    contexts, outside = [], []

    def guard(route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def _new(locale: str = "en-GB"):
        ctx = browser.new_context(locale=locale, viewport={"width": 1280, "height": 1100}, accept_downloads=True)
        ctx.set_default_timeout(TIMEOUT)
        ctx.route("**/*", guard)
        contexts.append(ctx)
        return ctx.new_page()

    yield _new
    for ctx in contexts:
        ctx.close()
    assert outside == [], f"the page tried to reach other hosts: {outside[:3]}"


def _login(page, url: str, name: str, password: str) -> None:
    page.goto(f"{url}/trainer/")
    page.get_by_label("username").fill(name)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()


def _download(page, selector: str) -> tuple[str, str]:
    with page.expect_download() as info:
        page.click(selector)
    return info.value.suggested_filename, Path(info.value.path()).read_text(encoding="utf-8")


def test_a_trainer_runs_a_workshop_from_creation_to_export(new_page, app_url):
    trainer = new_page("en-GB")
    _login(trainer, app_url, TRAINER, PASSWORD)
    trainer.fill("#coach-ws-name textarea, #coach-ws-name input", "Delegeren dag 1")
    # the new workshop's language starts as the trainer's (English); this one is for Dutch participants
    expect(trainer.locator("#coach-ws-language input")).to_have_value("English")
    trainer.locator("#coach-ws-language input").click()
    trainer.get_by_role("option", name="Nederlands").click()
    trainer.locator("#coach-ws-scenarios input").click()
    trainer.get_by_role("option", name="it-laptop-rollout").click()
    trainer.click("#coach-ws-create")
    expect(trainer.locator("#coach-ws-created")).to_contain_text("Join code")
    share = trainer.locator("#coach-ws-share")
    expect(share).to_contain_text("?join=")
    code = share.locator("strong").first.inner_text().strip()
    assert len(code) == 6

    participant = new_page("nl-NL")
    participant.goto(f"{app_url}/?join={code}")
    expect(participant.locator("#coach-join-code input, #coach-join-code textarea")).to_have_value(code)
    participant.fill("#coach-join-name input, #coach-join-name textarea", "Eva")
    participant.check("#coach-join-consent input")
    participant.click("#coach-join")
    expect(participant.locator("#coach-join-status")).to_contain_text("Delegeren dag 1")
    expect(participant.locator("#coach-join-status")).to_contain_text("1. delegeergesprek")
    shot(participant, "workshop-join-nl")
    # the practice page now offers only the workshop's scenario, also after a reload
    from coach.roleplay.content import load_scenarios

    laptop = load_scenarios()["it-laptop-rollout"].picker_title("nl")  # the picker's short name
    expect(participant.locator("#coach-scenario input")).to_have_value(laptop)
    participant.reload()
    expect(participant.locator("#coach-scenario input")).to_have_value(laptop)
    participant.get_by_role("tab", name="Oefenen").click()
    participant.locator("#coach-scenario input").click()
    expect(participant.get_by_role("option")).to_have_count(1)
    participant.keyboard.press("Escape")
    participant.click("#coach-start")
    expect(participant.locator("#coach-status")).to_contain_text("Het gesprek is gestart")
    say(participant, "Ik wil jou vragen de begroting te maken; wat heb je nodig?")
    participant.click("#coach-end")
    participant.click("#coach-end-confirm")
    expect(participant.locator("#coach-scorecard .coach-card").first).to_be_visible()

    board = trainer.locator("#coach-dashboard")
    expect(board.locator(".coach-participants")).to_contain_text("Eva")  # the timer refreshes it
    expect(board.locator("svg.coach-chart-guidelines rect").first).to_be_attached()
    shot(trainer, "workshop-dashboard")

    trainer.click("#coach-ws-export")
    name, text = _download(trainer, "#coach-ws-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert name.endswith(".csv") and [r["participant"] for r in rows] == ["Eva"] and rows[0]["ended"] == "yes"
    name, html = _download(trainer, "#coach-ws-html")
    assert name.endswith(".html") and "<svg" in html and "Eva" in html

    trainer.click("#coach-ws-close")  # not confirmed: nothing happens
    expect(board.locator(".coach-participants")).to_contain_text("Eva")
    trainer.check("#coach-ws-confirm input")
    trainer.click("#coach-ws-close")
    expect(trainer.locator("#coach-ws-closed")).to_contain_text("deleted 1 sessions")
    expect(board.locator(".coach-participants")).not_to_contain_text("Eva")


def test_participants_and_users_cannot_open_the_trainer_pages(new_page, app_url):
    import httpx

    page = new_page()
    page.goto(f"{app_url}/trainer/")
    expect(page.get_by_role("button", name="Login")).to_be_visible()
    expect(page.locator("#coach-ws-create")).to_have_count(0)
    _login(page, app_url, "user-bram", PASSWORD)  # a right password, but not a trainer
    expect(page.get_by_text("Incorrect")).to_be_visible()
    expect(page.locator("#coach-ws-create")).to_have_count(0)
    assert httpx.get(f"{app_url}/trainer/config").status_code == 401
    assert httpx.post(f"{app_url}/trainer/login", data={"username": "user-bram", "password": PASSWORD}).status_code == 400


def test_a_trainer_authors_a_persona_previews_it_and_publishes_it(new_page, app_url, tmp_path):
    page = new_page("en-GB")
    _login(page, app_url, TRAINER, PASSWORD)
    page.get_by_role("tab", name="Scenarios and personas").click()
    page.locator("#coach-ct-kind").get_by_role("radio", name="persona").check()
    page.locator("#coach-ct-from input").click()
    page.get_by_role("option", name="anouk").click()
    page.click("#coach-ct-load")
    expect(page.locator("#coach-ct-yaml")).to_contain_text("name: Anouk")
    page.click("#coach-ct-publish")  # the packaged id is refused
    expect(page.locator(".toast-body").first).to_contain_text("comes with coach")
    page.fill("#coach-ct-id input, #coach-ct-id textarea", "mila")
    page.click("#coach-ct-validate")
    expect(page.locator("#coach-ct-status")).to_contain_text("Valid: persona mila")

    page.get_by_text("Preview (offline delegatee; nothing is stored)").click()
    page.click("#coach-ct-preview")
    expect(page.locator("#coach-ct-chat .bot")).to_have_count(1)
    page.fill("#coach-ct-say textarea", "Wil jij de uitrol van de laptops doen? Wat heb je nodig?")
    page.click("#coach-ct-send")
    expect(page.locator("#coach-ct-chat .bot")).to_have_count(2)

    page.click("#coach-ct-publish")
    expect(page.locator("#coach-ct-status")).to_contain_text("Published persona mila")
    name, text = _download(page, "#coach-ct-download")
    assert name == "mila.yaml" and "id: mila" in text

    source = tmp_path / "upload.yaml"
    source.write_text(text.replace("id: mila", "id: noor"), encoding="utf-8")
    page.locator("#coach-ct-upload input[type=file], input[type=file]").first.set_input_files(str(source))
    expect(page.locator("#coach-ct-yaml")).to_contain_text("id: noor")
    shot(page, "trainer-authoring")

    page.reload()  # the published persona can be chosen for a workshop
    page.locator("#coach-ws-personas input").click()
    expect(page.get_by_role("option", name="mila")).to_be_visible()
