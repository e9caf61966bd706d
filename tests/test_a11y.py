"""Accessibility: axe-core (bundled with axe-playwright-python, injected into the page: no network)
on every main state of the app (tests/ui_walk.py; ui_record.AXE_STEPS) at 1366 px and 390 px, in a
Dutch and an English browser.  Any "serious" or "critical" violation fails, listed with its rule
id and targets."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("axe_playwright_python")

from ui_record import AXE_STEPS, WIDTHS, shared_walks  # noqa: E402
from web_helpers import browser  # noqa: E402,F401

SEVERE = {"serious", "critical"}


@pytest.fixture(scope="module")
def walks(browser, tmp_path_factory):
    return shared_walks(browser, tmp_path_factory)


def severe(violations: list[dict]) -> list[str]:
    """'rule-id (impact): target, target' for the serious and critical ones."""
    return [f"{v['id']} ({v['impact']}): {', '.join(' '.join(map(str, n['target'])) for n in v['nodes'][:4])}"
            + (f" and {len(v['nodes']) - 4} more" if len(v["nodes"]) > 4 else "")
            for v in violations if v.get("impact") in SEVERE]


def test_severe_lists_only_serious_and_critical_ones():
    found = [{"id": "color-contrast", "impact": "serious", "nodes": [{"target": ["#coach-start"]}]},
             {"id": "region", "impact": "moderate", "nodes": [{"target": ["main"]}]}]
    assert severe(found) == ["color-contrast (serious): #coach-start"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_serious_accessibility_violations(walks, lang):
    found, checked, problems = [], [], []
    for width in WIDTHS:
        rec = walks[(lang, width)]
        checked += [f"{step}@{width}" for step in rec.violations]
        found += [f"[{step} @ {width}px] {line}" for step, v in rec.violations.items() for line in severe(v)]
        problems += [f"the walk ({width}px) failed in {part}: {error}" for part, error in rec.failures]
    assert len(checked) >= len(AXE_STEPS), f"axe ran on too few states: {checked}"
    assert not found and not problems, (f"{len(found)} serious or critical violations ({lang}):\n  "
                                        + "\n  ".join(found + problems))
