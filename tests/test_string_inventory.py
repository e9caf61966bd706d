"""String inventory: every page and state of the app (tests/ui_walk.py: Practise before and after
the start, a turn with its hint, errors, the scorecard with its charts, Review with two pastes and
an error, History, Settings, Join; at 1366 px and 390 px) and the trainer pages, in a Dutch and in
an English browser: everything visible (text, chart labels, toasts, and the aria-label, title and
placeholder attributes) must be in the browser's language (tests/language_check.py decides what
the other language is)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")

from language_check import foreign_words, other_language, persona_names, report, words  # noqa: E402
from ui_record import TRAINER, WIDTHS, shared_walks  # noqa: E402
from ui_walk import SPEAKERS  # noqa: E402
from web_helpers import browser  # noqa: E402,F401


@pytest.fixture(scope="module")
def walks(browser, tmp_path_factory):
    return shared_walks(browser, tmp_path_factory)


def _names() -> frozenset[str]:
    return persona_names() | SPEAKERS | frozenset(words(TRAINER[0]))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_speaks_the_browsers_language(walks, lang):
    records = [walks[(lang, width)] for width in WIDTHS] + [walks[("trainer", lang)]]
    collected = [item for rec in records for item in rec.texts]
    assert len({where.split(":")[0] for where, _ in collected}) >= 10, "the walks visited too few steps"
    flagged = other_language(collected, lang, _names())
    problems = [f"{len(flagged)} strings in the other language than {lang}:\n{report(flagged)}"] if flagged else []
    problems += [f"the walk ({rec.width}px) failed in {part}: {error}" for rec in records for part, error in rec.failures]
    assert not problems, "\n".join(problems)


def test_the_language_check_tells_dutch_from_english():
    """The check itself: the issue's English leaks are caught in Dutch, Dutch ones in English, and
    ordinary sentences that the project never uses pass in their own language."""
    for leak in ("count", "speaker", "percent", "the turn is empty", "Start a conversation first.", "Error"):
        assert foreign_words(leak, "nl"), leak
    for leak in ("Gesprek", "gedelegeerde", "Verwijder alles", "Fout"):
        assert foreign_words(leak, "en"), leak
    flagged = other_language([("here", "Sleep een bestand hier\nUse via API\nDaan (gedelegeerde): Hé")], "nl",
                             persona_names())
    assert [line for line, _, _ in flagged] == ["Use via API"]
    assert foreign_words("Morgen gaan we samen naar de markt om groenten te kopen.", "nl") == []
    assert foreign_words("Tomorrow we will walk to the market together to buy vegetables.", "en") == []
    assert not foreign_words("Daan, medewerker: zie /tmp/coach-data/coach.sqlite en rapport.pdf", "nl", persona_names())
