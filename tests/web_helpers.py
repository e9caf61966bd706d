"""Helpers shared by the web tests (gradio_client and browser): start the app on loopback."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

VTT = (Path(__file__).parent / "fixtures" / "transcripts" / "web-delegation-nl.vtt").read_text(encoding="utf-8")


CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright, one per test module (import the fixture into the module)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing; install Debian's chromium (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


ARTIFACTS = Path(__file__).parent / "artifacts"
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")
TIMEOUT = 30_000


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app for one test module, offline, on loopback, with its own data folder: (service, url)."""
    demo, service, url = start_app(tmp_path_factory.mktemp("coach-app-data"))
    yield service, url
    demo.close()
    service.store.close()


@pytest.fixture(scope="module")
def app_url(app):
    return app[1]


def open_app_page(browser, url: str, locale: str, width: int = 1366, height: int = 900, outside: list | None = None,
                  headers: dict | None = None):
    """A page in a new browser context (locale, width x height) on url; requests off this machine
    are aborted and listed in `outside`."""
    ctx = browser.new_context(locale=locale, viewport={"width": width, "height": height}, accept_downloads=True,
                              extra_http_headers=headers or {})
    ctx.set_default_timeout(TIMEOUT)

    def guard(route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            (outside if outside is not None else []).append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    page = ctx.new_page()
    page.goto(url)
    return page


def loaded(page) -> None:
    """Wait until the page's load event has run (it fills the scenario list and restores a session)."""
    from playwright.sync_api import expect

    page.wait_for_selector("#coach-start", state="attached")  # hidden when a restored conversation folds the set-up
    expect(page.locator("#coach-scenario input")).not_to_have_value("", timeout=TIMEOUT)


@pytest.fixture
def new_page(browser, app):
    """new_page(locale="nl-NL", width=1366, url=None) -> a page on the app (or on url) once its load
    event has run.  Only loopback traffic is allowed: a request elsewhere fails the test."""
    contexts, outside = [], []

    def make(locale: str = "nl-NL", width: int = 1366, url: str | None = None):
        page = open_app_page(browser, url or app[1], locale, width, outside=outside)
        contexts.append(page.context)
        loaded(page)
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    assert outside == [], f"the page tried to reach other hosts: {outside[:3]}"


def shot(page, name: str) -> None:
    """A screenshot of the whole page, name.png in COACH_SHOTS (when set) or tests/artifacts/."""
    folder = Path(os.environ.get("COACH_SHOTS") or ARTIFACTS)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(data_dir: Path, port: int | None = None, database_url: str | None = None, accounts=None):
    """A fresh app object (new service, new store object) on the database in data_dir (or at
    database_url), offline, on loopback; with accounts (coach.auth.Accounts) every page and endpoint
    needs a login."""
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService
    from coach.web.app import build_app, launch

    settings = Settings(engine="offline", data_dir=data_dir, database_url=database_url)
    demo, service = build_app(settings, CoachService(settings, Store(settings.resolved_database_url())))
    url = launch(demo, host="127.0.0.1", port=port or free_port(), block=False, auth=accounts)
    return demo, service, url


BUSY = "#coach-chat .pending, #coach-chat .progress-text, #coach-chat .generating, #coach-hint .pending"


def say(page, text: str, timeout: int = 30_000) -> None:
    """Send one turn in the Practise page (Playwright) and wait until its reply is whole.

    A pending bubble also has the class bot, so replies are counted without it; and Gradio ignores
    a click on Send while the previous turn's event is still finishing, so the click is repeated
    until the turn shows (a repeated click never sends twice: the first accepted one clears the box)."""
    import time

    from playwright.sync_api import expect

    page.wait_for_function(f"() => !document.querySelector({BUSY!r})", timeout=timeout)
    users = page.locator("#coach-chat .user")
    before, replies = users.count(), page.locator("#coach-chat .bot:not(.pending)").count()
    box = page.locator("#coach-input textarea")
    box.fill(text)
    deadline = time.monotonic() + timeout / 1000
    while users.count() == before and time.monotonic() < deadline:
        if box.input_value() == text:
            page.click("#coach-send")
        page.wait_for_timeout(1500)
    expect(users).to_have_count(before + 1, timeout=timeout)
    expect(page.locator("#coach-chat .bot:not(.pending)")).to_have_count(replies + 1, timeout=timeout)
    expect(box).to_have_value("", timeout=timeout)
    page.wait_for_function(f"() => !document.querySelector({BUSY!r})", timeout=timeout)
