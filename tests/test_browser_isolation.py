"""Isolation in real browsers (Playwright with Debian's chromium, offline engine, loopback only):
two browsers without login, and two logins, each see only their own sessions in History (the
picker offers only their own; ids never show, so the other's cannot be chosen; the service's scoping
is tested in test_web_isolation), "delete all my sessions" deletes only their own, and one browser
cannot fetch the other's uploaded file."""

from __future__ import annotations


import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

from coach.auth import Accounts  # noqa: E402

from web_helpers import VTT, browser, say, start_app  # noqa: E402,F401

TIMEOUT = 30_000
PASSWORDS = {"anna": "geheim-anna", "bram": "geheim-bram"}


@pytest.fixture(scope="module", autouse=True)
def _patient_expect():
    expect.set_options(timeout=TIMEOUT)  # a reply may take longer than expect's 5 s on a busy machine


@pytest.fixture
def person(browser):
    """person(url, login=None) -> a page in a browser context of its own (own storage, own cookies)."""
    contexts = []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    def _open(url: str, login: str | None = None):
        ctx = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 1000})
        ctx.set_default_timeout(TIMEOUT)
        ctx.route("**/*", guard)
        contexts.append(ctx)
        page = ctx.new_page()
        page.goto(url)
        if login:
            page.locator("input[type=text]").fill(login)
            page.locator("input[type=password]").fill(PASSWORDS[login])
            page.get_by_role("button", name="Login").click()
        page.wait_for_selector("#coach-start", state="attached")  # hidden when a restored conversation folds the set-up
        expect(page.locator("#coach-scenario input")).not_to_have_value("")
        return page

    yield _open
    for ctx in contexts:
        ctx.close()


def start_and_say(page, text: str) -> None:
    page.click("#coach-start")
    expect(page.locator("#coach-status")).to_contain_text("started")
    say(page, text)


def history(page):
    page.get_by_role("tab", name="History").click()
    page.click("#coach-history-refresh")
    return page.locator("#coach-sessions")


def choices(page):
    """The labels the History picker offers (ids stay internal: a row is picked by its label)."""
    history(page)
    page.locator("#coach-history-id input").click()
    options = page.get_by_role("option")
    labels = [options.nth(i).inner_text() for i in range(options.count())]
    page.keyboard.press("Escape")
    return labels


def new_session_id(service, known: set[str]) -> str:
    ids = {s.id for s in service.store.list_sessions()} - known  # the unscoped store sees everyone's
    assert len(ids) == 1
    known |= ids
    return ids.pop()


def check_isolation(service, one, two) -> None:
    known: set[str] = {s.id for s in service.store.list_sessions()}
    start_and_say(one, "I'd like you to prepare the 2026 budget.")
    first = new_session_id(service, known)
    start_and_say(two, "Could you organise the team day in June?")
    second = new_session_id(service, known)

    # each sees one session (their own) in the table and in the picker
    expect(history(one)).not_to_contain_text(first)  # no raw ids on the page
    assert len(choices(one)) == 1 and len(choices(two)) == 1
    # "delete all my sessions" deletes only the second one's
    two.check("#coach-confirm-all input")
    two.click("#coach-delete-all")
    expect(two.locator("#coach-history-notice")).to_contain_text("Deleted 1 sessions")
    assert choices(two) == []
    assert service.store.load_session(second) is None
    assert service.store.load_session(first) is not None

    (label,) = choices(one)
    history(one).get_by_role("gridcell").filter(has_text="Daan").first.click()  # a click on the row picks it
    expect(one.locator("#coach-history-id input")).to_have_value(label)
    one.click("#coach-reopen")
    expect(one.locator("#coach-status")).to_contain_text("Your conversation is back")
    expect(one.locator("#coach-chat")).to_contain_text("prepare the 2026 budget")
    say(one, "What do you need from me?")  # the first one's session lives on
    assert sum(t.role == "manager" for t in service.store.load_session(first).turns) == 2


def test_two_browsers_without_login_each_have_their_own_space(person, tmp_path):
    demo, service, url = start_app(tmp_path)
    try:
        one, two = person(url), person(url)
        check_isolation(service, one, two)
        owners = {s.id: s for s in service.store.list_sessions()}
        assert len(owners) == 1  # only the first browser's session is left
    finally:
        demo.close()
        service.store.close()


def test_two_logins_each_have_their_own_space(person, tmp_path):
    path = tmp_path / "auth"
    Accounts.from_pairs([f"{n}:{p}" for n, p in PASSWORDS.items()]).write(path)
    demo, service, url = start_app(tmp_path, accounts=Accounts.read(path))
    try:
        anna, bram = person(url, "anna"), person(url, "bram")
        check_isolation(service, anna, bram)
        sid = service.store.list_sessions()[0].id
        assert service.store.scoped("user:anna").load_session(sid) is not None
    finally:
        demo.close()
        service.store.close()


def test_one_browser_cannot_fetch_the_others_upload(person, tmp_path):
    demo, service, url = start_app(tmp_path)
    try:
        one, two = person(url), person(url)
        sent = one.request.post(f"{url.rstrip('/')}/gradio_api/upload",
                                multipart={"files": {"name": "gesprek.vtt", "mimeType": "text/vtt",
                                                     "buffer": VTT.encode("utf-8")}})
        path = sent.json()[0]
        fetch = f"{url.rstrip('/')}/gradio_api/file={path}"
        assert "begroting" in one.request.get(fetch).text()
        theirs = two.request.get(fetch)
        assert theirs.status in (403, 404) and "begroting" not in theirs.text()
    finally:
        demo.close()
        service.store.close()
