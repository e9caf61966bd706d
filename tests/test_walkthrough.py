"""The walkthrough (scripts/walkthrough.py) as a test: practise a short conversation, end it, read
the scorecard, review a pasted transcript and then another, open History and Settings, in a Dutch
and an English browser at 1366 px and 390 px.  Every step's key element is visible (ui_walk.Walk.at
waits for it), a screenshot is saved for each shown step, and on the phone nothing sticks out
sideways: the page is no wider than the screen and no element of the scorecard or report is."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")

from ui_record import SHOTS, shared_walks  # noqa: E402
from web_helpers import browser  # noqa: E402,F401


@pytest.fixture(scope="module")
def walks(browser, tmp_path_factory):
    return shared_walks(browser, tmp_path_factory)


@pytest.mark.parametrize("lang,width", [("nl", 1366), ("nl", 390), ("en", 1366), ("en", 390)])
def test_walk_through_the_app(walks, lang, width):
    rec = walks[(lang, width)]
    problems = [f"the walk failed in {part}: {error}" for part, error in rec.failures]
    if width <= 400:
        problems += [f"sticks out sideways at {step}" for step in rec.clipped]
    assert not problems, f"{lang} at {width}px:\n  " + "\n  ".join(problems)
    assert [p.name.split("-", 3)[3].removesuffix(".png") for p in rec.shots] == list(SHOTS)
    for path in rec.shots:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path.name
