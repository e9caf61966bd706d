"""Record walks through the app (tests/ui_walk.py) for the browser checks: at every step the visible
texts (string inventory), axe-core's violations (accessibility), what sticks out sideways and a
screenshot of the steps in SHOTS.  scripts/walkthrough.py uses it for docs/screenshots/.

The three test modules (test_string_inventory, test_a11y, test_walkthrough) share one set of walks
per test run: `shared_walks(browser, tmp_path_factory)` walks once (one app, Dutch and English,
1366 px and 390 px, plus the trainer pages) and hands the same records to every module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from language_check import collect
from ui_walk import open_page, start_app_with_trainer, summary, walk, walk_trainer

WIDTHS = (1366, 390)
LANGS = ("nl", "en")
TRAINER = ("trainer-kim", "geheim-wachtwoord")
AXE_STEPS = {"practise", "turn", "turn-error", "scorecard", "review", "review-again", "history", "settings", "join"}

SHOTS = ("practise", "turn", "scorecard", "review", "review-again", "history", "settings")
FULL_PAGE = {"scorecard"}  # the one screenshot of the whole page; the others show the screen as seen

CLIPPED_JS = """
(selector) => {
  const width = window.innerWidth, problems = [];
  const page = document.documentElement.scrollWidth;
  if (page > width + 1) problems.push(`the page is ${page} px wide on a ${width} px screen`);
  const name = el => el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.closest('[id]') ? ' in #' + el.closest('[id]').id : '');
  const ancestors = function* (el) { for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) yield up; };
  const said = el => (el.value || el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30);
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect(), style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]')) continue;
    // a wide table may scroll sideways in its own box; nothing else may (a form field in a tiny
    // scrolling box is cut off all the same), and the scorecard never
    const table = el.closest('table, [role=grid], [role=table]') && !el.closest('#coach-scorecard, #coach-report');
    const scrolls = up => ['auto', 'scroll'].includes(getComputedStyle(up).overflowX);
    const reachable = table && [...ancestors(el)].some(scrolls);
    if (!reachable && (r.right > width + 1 || r.left < -1)) {
      problems.push(`${name(el)} "${said(el)}" spans ${Math.round(r.left)}..${Math.round(r.right)} px`);
      continue;
    }
    if (el.tagName === 'INPUT' && el.type === 'text' && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${name(el)} shows only part of "${said(el)}"`);
      continue;
    }
    for (const up of ancestors(el)) {
      if (getComputedStyle(up).overflowX === 'visible') continue;
      const box = up.getBoundingClientRect();
      if (!(table && scrolls(up)) && (r.right > box.right + 1 || r.left < box.left - 1))
        problems.push(`${name(el)} "${said(el)}" is cut off at ${Math.round(box.right)} px`);
      break;
    }
  }
  return [...new Set(problems)].slice(0, 8);
}
"""
TEXT = "label, span, p, button, input, th, td, li, h1, h2, h3, a, textarea, table, svg"


def clipped(page: Page, step: str) -> list[str]:
    """What is cut off sideways: the page wider than the screen, a text, control, table or chart
    sticking out of the screen or of its box (only a table outside the scorecard may scroll
    sideways in its own box), or a text field showing only part of its value."""
    return [f"{step}: {p}" for p in page.evaluate(CLIPPED_JS, TEXT)]


def screenshot(page: Page, path, step: str) -> None:
    """A small PNG: the screen as seen (the whole page for the scorecard), reduced to 256 colours."""
    from PIL import Image

    page.screenshot(path=str(path), full_page=step in FULL_PAGE, animations="disabled", caret="hide")
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def show(page: Page, key, step: str) -> None:
    """Scroll to what the step is about: the top of the page for the start and the settings, the
    end of the conversation for a turn, else the key element's top."""
    if step in {"practise", "settings"}:
        page.evaluate("() => window.scrollTo(0, 0)")
    else:
        block = "end" if step == "turn" else "start"
        key.first.evaluate(f"e => e.scrollIntoView({{block: '{block}'}})")


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations on the page as it is now (axe-core comes with axe-playwright-python
    and is injected once per page: no network)."""
    from axe_playwright_python.base import AXE_SCRIPT

    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate("() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")


@dataclass
class Record:
    """What one walk saw: steps, failed parts, screenshots, sideways overflow, axe violations per
    step and the visible texts ((where, text) pairs)."""

    lang: str
    width: int
    steps: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    shots: list[Path] = field(default_factory=list)
    clipped: list[str] = field(default_factory=list)
    violations: dict[str, list[dict]] = field(default_factory=dict)
    texts: list[tuple[str, str]] = field(default_factory=list)


def record_walk(browser, url: str, lang: str, width: int, out: Path | None, turns: int = 2,
                checks: bool = True, failed: Path | None = None) -> Record:
    """One walk in lang at width px: screenshots of SHOTS into out (when given), what sticks out
    sideways at every step, and with checks the texts and axe's violations too; the page as it
    was when a part failed goes to the folder failed (when given)."""
    page = open_page(browser, url, lang, width)
    rec = Record(lang, width)

    def visit(step, key):
        seen = {c.split(": ", 1)[1] for c in rec.clipped}
        rec.clipped.extend(c for c in clipped(page, step) if c.split(": ", 1)[1] not in seen)  # once, at its first step
        if checks:
            rec.texts.extend(collect(page, f"{width}px {step}"))
            if step in AXE_STEPS:
                rec.violations[step] = axe_violations(page)
        if out is not None and step in SHOTS:
            show(page, key, step)
            path = out / f"{lang}-{width}-{SHOTS.index(step) + 1:02d}-{step}.png"
            screenshot(page, path, step)
            rec.shots.append(path)

    done = walk(page, lang, visit, turns=turns, keep_going=True, failed_shots=failed)
    rec.steps, rec.failures = done.steps, done.failures
    page.context.close()
    return rec


def record_trainer(browser, url: str, lang: str, failed: Path | None = None) -> Record:
    """The trainer pages' texts (log in, create a workshop, the content page with an error); the page
    as it was when the walk failed goes to the folder failed (when given)."""
    page = open_page(browser, url, lang, WIDTHS[0])
    rec = Record(lang, WIDTHS[0])
    try:
        rec.steps = walk_trainer(page, url, lang, TRAINER, lambda step, key: rec.texts.extend(collect(page, step)))
    except (AssertionError, PlaywrightError) as exc:
        rec.failures.append(("trainer", summary(exc)))
        if failed is not None:
            page.screenshot(path=str(failed / f"failed-trainer-{lang}.png"), full_page=True)
    page.context.close()
    return rec


_SHARED: dict[str, dict] = {}


def shared_walks(browser, tmp_path_factory) -> dict:
    """{(lang, width): Record, ("trainer", lang): Record}: the walks of this test run, made once
    (one app with the trainer pages, offline, its own data folder) and shared by the modules."""
    if "walks" not in _SHARED:
        demo, service, url = start_app_with_trainer(tmp_path_factory.mktemp("coach-walks"), TRAINER)
        shots = tmp_path_factory.mktemp("coach-walk-shots")
        try:
            walks = {(lang, width): record_walk(browser, url, lang, width, shots, failed=shots)
                     for lang in LANGS for width in WIDTHS}
            walks.update({("trainer", lang): record_trainer(browser, url, lang, shots) for lang in LANGS})
        finally:
            demo.close()
            service.store.close()
        _SHARED["walks"] = walks
    return _SHARED["walks"]
