"""One walk through the app in a real browser, shared by the string-inventory, accessibility and
walkthrough checks (tests/test_string_inventory.py, tests/test_a11y.py, tests/test_walkthrough.py)
and scripts/walkthrough.py.

    page = open_page(browser, url, "nl", 390)
    walk(page, "nl", visit)          # visit(step, key_locator) after every step

Steps: the Practise page before the start (and an error when sending too early), started, a turn
with its hint (and an empty turn's error), the end with the scorecard, Review with a pasted
transcript, a second paste, an error (nothing to review), History with items, Settings / about,
Join (and a wrong code's error).  Waits use Playwright's expect only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page
from playwright.sync_api import expect as _expect

from web_helpers import free_port, open_app_page

WAIT = 15_000  # how long an expectation waits for the app (Playwright's own default, 5 s, is short on a busy machine)
LOCALES = {"nl": "nl-NL", "en": "en-GB"}
HEIGHTS = {1366: 900, 390: 844}
BUSY = "#coach-chat .pending, #coach-chat .progress-text, #coach-chat .generating, #coach-hint .pending"

TURNS = {
    "nl": ["Ik wil jou vragen het zomerrooster voor de afdeling te maken.",
           "Het resultaat is een rooster dat op 1 maart klaar is. Hoe kijk jij ertegenaan?"],
    "en": ["I would like you to draw up the summer roster for the ward.",
           "The result is a roster that is ready by 1 March. How do you see it?"],
}
PASTES = {
    "nl": ["Anna: Goedemorgen Bram. Ik wil jou vragen de begroting voor 2026 te maken.\n"
           "Bram: Dat wil ik wel. Wanneer moet die klaar zijn?\n"
           "Anna: Het resultaat is een begroting die het MT op 1 maart kan goedkeuren. Hoe zou jij het aanpakken?\n"
           "Bram: Ik begin met de cijfers van vorig jaar.\n"
           "Anna: Goed plan. Laten we donderdag de eerste opzet bespreken.",
           "Sanne: Hoi Piet, de planning die je vorige week maakte is heel helder.\n"
           "Piet: Dank je. Ik loop wel vast op de cijfers van de afdeling financiën.\n"
           "Sanne: Wat heb je zelf al geprobeerd, en welke mogelijkheden zie je nog?\n"
           "Piet: Ik kan donderdag bij hun overleg aanschuiven.\n"
           "Sanne: Goed idee. Laat je me vrijdag weten hoe het ging?"],
    "en": ["Sarah: Morning Tom. I'd like you to take over the supplier review this quarter.\n"
           "Tom: Sure, what exactly do you need?\n"
           "Sarah: What I need at the end is a shortlist of three suppliers that purchasing can sign off.\n"
           "Tom: Okay. Any budget limits?\n"
           "Sarah: You can decide on anything up to 5,000 euros yourself. Send me a first draft by Monday.",
           "Emma: Hi Jack, your first draft already covers the key risks.\n"
           "Jack: Thanks. The data from the warehouse is incomplete, so the forecast is shaky.\n"
           "Emma: What have you tried so far, and what options do you see?\n"
           "Jack: I could ask the warehouse team for last month's figures.\n"
           "Emma: Good idea. Will you let me know on Friday how it went?"],
}
SPEAKERS = frozenset({"anna", "bram", "sanne", "piet", "sarah", "tom", "emma", "jack"})


class expect:  # noqa: N801 - Playwright's expect, waiting up to WAIT
    def __init__(self, actual):
        self._assertions = _expect(actual)

    def __getattr__(self, name):
        check = getattr(self._assertions, name)
        return lambda *args, **kwargs: check(*args, **{"timeout": WAIT, **kwargs})


def open_page(browser, url: str, lang: str, width: int, outside: list | None = None) -> Page:
    """A new context with a Dutch or English browser (locale and Accept-Language) at width px;
    requests off this machine are aborted (and listed in `outside`)."""
    return open_app_page(browser, url, LOCALES[lang], width, HEIGHTS.get(width, 900), outside,
                         {"Accept-Language": f"{LOCALES[lang]},{lang};q=0.9"})


def start_app_with_trainer(data_dir, trainer: tuple[str, str]):
    """The app on a free loopback port (offline, data in data_dir) with the trainer pages at /trainer
    for the account trainer = (name, password); returns (demo, service, url)."""
    from coach.auth import Accounts
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService
    from coach.web.app import build_app, launch
    from coach.web.trainer_app import build_trainer_app, trainer_lifespan

    settings = Settings(engine="offline", data_dir=data_dir)
    demo, service = build_app(settings, CoachService(settings, Store(settings.resolved_database_url())))
    accounts = Accounts()
    accounts.add(*trainer, "trainer")
    url = launch(demo, host="127.0.0.1", port=free_port(), block=False,
                 on_start=trainer_lifespan(build_trainer_app(service, accounts), accounts))
    return demo, service, url


def tr(key: str, lang: str, **values) -> str:
    from coach.web.i18n import text

    return text(key, lang, **values)


def open_tab(page: Page, name: str) -> None:
    """Click a top-level tab by its (translated) name, also when a narrow screen folds it into
    Gradio's overflow menu."""
    tab = page.get_by_role("tab", name=name, exact=True).filter(visible=True)
    more = page.locator(".overflow-menu button").filter(visible=True)
    expect(tab.or_(more).first).to_be_visible()  # after a resize Gradio lays the tabs out again
    if tab.count() == 0:
        more.first.click()
        tab = page.locator(".overflow-dropdown button").filter(has_text=name).filter(visible=True)
    tab.first.click()


def next_frame(page: Page) -> None:
    """Wait until the browser has drawn the page again (after a resize)."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def resize(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": HEIGHTS.get(width, 900)})
    page.wait_for_function(f"() => window.innerWidth === {width}")
    next_frame(page)


# what Gradio shows while an event runs: a progress text or bar, a bubble being written, and an output
# waiting for its value drawn faded (class "pending", opacity 0.2)
RUNNING = ".progress-text, .eta-bar, .pending, .generating"
# ...and when the value comes, the output fades back in (a CSS transition of 0.15 s): until then its
# text has too little contrast for axe, so a step waits until no finite animation or transition runs
SETTLED_JS = f"""() => ![...document.querySelectorAll({RUNNING!r})].some(e => e.getBoundingClientRect().height > 0)
  && !document.getAnimations().some(a => a.playState === 'running' && a.effect
                                          && a.effect.getComputedTiming().iterations !== Infinity)"""


def settle(page: Page) -> None:
    """Wait until no event of the page is running and nothing fades or moves: no progress text,
    nothing pending, no transition under way (endless ones, such as a spinner, do not count)."""
    page.wait_for_function(SETTLED_JS)


def toast(page: Page) -> Locator:
    return page.locator(".toast-body").last


def close_toasts(page: Page) -> None:
    """Close the error toasts (they would otherwise cover the next steps)."""
    for close in page.locator(".toast-close").all():
        if close.is_visible():
            close.click()
    expect(page.locator(".toast-body")).to_have_count(0)


def say(page: Page, text: str) -> None:
    """Send one turn and wait for its whole reply; a click that Gradio ignores while the previous
    event finishes is repeated (the first accepted one clears the box, so nothing is sent twice)."""
    page.wait_for_function(f"() => !document.querySelector({BUSY!r})")
    users, replies = page.locator("#coach-chat .user"), page.locator("#coach-chat .bot:not(.pending)")
    before, answered = users.count(), replies.count()
    box = page.locator("#coach-input textarea")
    box.fill(text)
    for _ in range(10):
        page.click("#coach-send")
        try:
            expect(users).to_have_count(before + 1, timeout=3_000)
            break
        except AssertionError:
            if page.locator(".toast-body").count():
                raise AssertionError(f"the turn was refused: {' '.join(toast(page).inner_text().split())}") from None
            if box.input_value() != text:
                break
    try:
        expect(users).to_have_count(before + 1)
    except AssertionError:
        shown = " ".join(page.locator("#coach-notice").inner_text().split()) or "no message"
        raise AssertionError(f"the turn did not show ({shown})") from None
    expect(replies).to_have_count(answered + 1)
    expect(box).to_have_value("")
    page.wait_for_function(f"() => !document.querySelector({BUSY!r})")


@dataclass
class Walk:
    """The walk's state: language, what has been done, the visited steps."""

    page: Page
    lang: str
    visit: object
    turns: int = 1
    persona: str = ""  # the first name of the persona practised with
    steps: list = field(default_factory=list)
    failures: list = field(default_factory=list)  # (part, first line of the error) with keep_going

    def at(self, step: str, key: Locator) -> None:
        expect(key.first).to_be_visible()
        settle(self.page)
        self.steps.append(step)
        self.visit(step, key)


def practise(w: Walk) -> None:
    page, lang = w.page, w.lang
    page.wait_for_selector("#coach-start")
    expect(page.locator("#coach-scenario input")).not_to_have_value("")
    w.persona = re.split(r"[,(]", page.locator("#coach-persona input").input_value())[0].strip()
    w.at("practise", page.locator("#coach-start"))
    page.click("#coach-send")  # too early: nothing started yet
    expect(page.locator("#coach-notice")).not_to_be_empty()
    w.at("practise-error", page.locator("#coach-notice"))
    page.click("#coach-start")
    expect(page.locator("#coach-briefing")).to_be_visible()
    w.at("started", page.locator("#coach-chat"))
    for said in TURNS[lang][: w.turns]:
        say(page, said)
    expect(page.locator("#coach-hint")).not_to_be_empty()
    w.at("turn", page.locator("#coach-hint"))
    page.locator("#coach-input textarea").fill("")
    page.click("#coach-send")  # an empty turn
    expect(page.locator("#coach-notice")).not_to_be_empty()
    w.at("turn-error", page.locator("#coach-notice"))


def scorecard(w: Walk) -> None:
    page = w.page
    page.click("#coach-end")
    page.click("#coach-end-confirm")  # the app asks first
    expect(page.locator("#coach-scorecard .coach-card").first).to_be_visible()
    expect(page.locator("#coach-chart-talk svg text").first).to_be_attached()  # the charts are drawn
    w.at("scorecard", page.locator("#coach-scorecard"))


def review(w: Walk) -> None:
    page, lang = w.page, w.lang
    open_tab(page, tr("tab_review", lang))
    first, second = PASTES[lang]
    page.locator("#coach-paste textarea").fill(first)
    page.click("#coach-review-run")
    expect(page.locator("#coach-report")).to_contain_text(first.split(":")[0])
    w.at("review", page.locator("#coach-report"))
    page.locator("#coach-paste textarea").fill(second)
    expect(page.locator("#coach-detected")).to_be_hidden()  # the new paste reset the last reading first
    page.click("#coach-review-run")
    expect(page.locator("#coach-report")).to_contain_text(second.split(":")[0])
    w.at("review-again", page.locator("#coach-report"))
    page.locator("#coach-paste textarea").fill("")
    page.click("#coach-review-run")
    w.at("review-error", page.locator("#coach-review-note"))


def history(w: Walk) -> None:
    page, lang = w.page, w.lang
    open_tab(page, tr("tab_history", lang))
    expect(page.locator("#coach-sessions")).to_contain_text(re.compile(re.escape(w.persona), re.I))
    w.at("history", page.locator("#coach-sessions"))


def settings(w: Walk) -> None:
    page, lang = w.page, w.lang
    open_tab(page, tr("tab_settings", lang))
    expect(page.locator("#coach-about")).not_to_be_empty()
    w.at("settings", page.locator("#coach-about"))


def join(w: Walk) -> None:
    page, lang = w.page, w.lang
    open_tab(page, tr("tab_join", lang))
    w.at("join", page.locator("#coach-join-code"))
    page.locator("#coach-join-code textarea, #coach-join-code input").first.fill("NOPE-0000")
    page.locator("#coach-join-name textarea, #coach-join-name input").first.fill("Kim")
    page.click("#coach-join")
    w.at("join-error", toast(page))
    close_toasts(page)


PARTS = {"practise": practise, "scorecard": scorecard, "review": review, "history": history, "settings": settings,
         "join": join}


def summary(exc: Exception) -> str:
    """The error's first line and the locator it waited for (Playwright's call log names it)."""
    lines = [line.strip() for line in str(exc).strip().splitlines()]
    where = next((line for line in lines[1:] if "locator(" in line or "get_by_" in line), "")
    return (lines[0] + (f" ({where})" if where else ""))[:240] if lines else type(exc).__name__


def walk(page: Page, lang: str, visit, parts=tuple(PARTS), turns: int = 1, keep_going: bool = False,
         failed_shots=None) -> Walk:
    """Walk the app's pages in order; visit(step, key) runs at every step.  With keep_going a part
    that fails is noted in the returned walk's failures (and, with failed_shots, a folder, the page
    as it was then is saved there) and the walk goes on with the next part."""
    w = Walk(page, lang, visit, turns)
    for part in parts:
        try:
            PARTS[part](w)
        except (AssertionError, PlaywrightError) as exc:
            if not keep_going:
                raise
            w.failures.append((part, summary(exc)))
            if failed_shots is not None:
                width = page.viewport_size["width"] if page.viewport_size else 0
                page.screenshot(path=str(failed_shots / f"failed-{lang}-{width}-{part}.png"), full_page=True)
            close_toasts(page)
    return w


def login_trainer(page: Page, url: str, name: str, password: str) -> None:
    page.goto(f"{url.rstrip('/')}/trainer/")
    page.locator("input:not([type=password])").first.fill(name)  # Gradio's login form, in the browser's language
    page.locator("input[type=password]").fill(password)
    page.locator("input[type=password]").press("Enter")
    expect(page.locator("#coach-ws-name")).to_be_visible()


def walk_trainer(page: Page, url: str, lang: str, trainer: tuple[str, str], visit) -> list[str]:
    """The trainer pages: log in, create a workshop, open the content page and load a scenario."""
    steps = []

    def at(step, key):
        expect(key.first).to_be_visible()
        settle(page)
        steps.append(step)
        visit(step, key)

    page.goto(f"{url.rstrip('/')}/trainer/")
    at("trainer-login", page.locator("input[type=password]"))
    login_trainer(page, url, *trainer)
    at("trainer", page.locator("#coach-ws-create"))
    page.locator("#coach-ws-name input, #coach-ws-name textarea").first.fill("Workshop 1")
    page.click("#coach-ws-create")
    expect(page.locator("#coach-ws-created")).not_to_be_empty()
    at("trainer-created", page.locator("#coach-dashboard"))
    page.get_by_role("tab", name=tr("trainer_tab_content", lang), exact=True).click()
    page.click("#coach-ct-load")  # nothing picked yet: an error
    at("trainer-content-error", toast(page))
    close_toasts(page)
    return steps

