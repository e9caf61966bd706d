"""String inventory: every page and state of the app (tests/ui_walk.py: Practise before and after
the start, a turn with its hint, errors, the scorecard with its charts, Review with two pastes and
an error, History, Settings, Join) and the trainer pages, in a Dutch and in an English browser;
everything visible (text, chart labels, toasts, aria-label, title and placeholder attributes) must
be in the browser's language (tests/language_check.py decides what is the other language)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")

from language_check import collect, foreign_words, other_language, persona_names, report, words  # noqa: E402
from ui_walk import SPEAKERS, open_page, start_app_with_trainer, walk, walk_trainer  # noqa: E402
from web_helpers import browser  # noqa: E402,F401

TRAINER = ("trainer-kim", "geheim-wachtwoord")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    demo, service, url = start_app_with_trainer(tmp_path_factory.mktemp("coach-inventory"), TRAINER)
    yield url
    demo.close()
    service.store.close()


def _names() -> frozenset[str]:
    return persona_names() | SPEAKERS | frozenset(words(TRAINER[0]))


def _inventory(page, lang: str, failures: list) -> list[tuple[str, str]]:
    """Everything shown at each step of the walk; a part of the walk that fails goes to failures."""
    collected: list[tuple[str, str]] = []
    done = walk(page, lang, lambda step, key: collected.extend(collect(page, step)), keep_going=True)
    failures += done.failures
    assert done.steps, "the walk visited no step"
    return collected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_speaks_the_browsers_language(browser, app_url, lang):
    outside: list[str] = []
    page = open_page(browser, app_url, lang, 1366, outside)
    failures: list = []
    collected = _inventory(page, lang, failures)
    trainer_page = open_page(browser, app_url, lang, 1366, outside)
    walk_trainer(trainer_page, app_url, lang, TRAINER, lambda step, key: collected.extend(collect(trainer_page, step)))
    page.context.close()
    trainer_page.context.close()
    assert outside == [], f"the page tried to reach other hosts: {outside[:3]}"
    flagged = other_language(collected, lang, _names())
    problems = [f"{len(flagged)} strings in the other language than {lang}:\n{report(flagged)}"] if flagged else []
    problems += [f"the walk failed in {part}: {error}" for part, error in failures]
    assert not problems, "\n".join(problems)


def test_the_language_check_tells_dutch_from_english():
    """The check itself: the issue's English leaks are caught in Dutch, Dutch ones in English, and
    ordinary sentences that the project never uses pass in their own language."""
    for leak in ("count", "speaker", "percent", "the turn is empty", "Start a conversation first."):
        assert foreign_words(leak, "nl"), leak
    for leak in ("Gesprek", "gedelegeerde", "Verwijder alles", "Fout"):
        assert foreign_words(leak, "en"), leak
    names = persona_names()
    assert foreign_words("Morgen gaan we samen naar de markt om groenten te kopen.", "nl") == []
    assert foreign_words("Tomorrow we will walk to the market together to buy vegetables.", "en") == []
    assert not foreign_words("Daan, medewerker: zie /tmp/coach-data/coach.sqlite en rapport.pdf", "nl", names)
