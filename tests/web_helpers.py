"""Helpers shared by the web tests (gradio_client and browser): start the app on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

VTT = (Path(__file__).parent / "fixtures" / "transcripts" / "web-delegation-nl.vtt").read_text(encoding="utf-8")


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
