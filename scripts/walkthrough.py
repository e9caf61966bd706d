"""Walk through the app in a real browser and save screenshots: practise a short conversation, end
it, read the scorecard, review a pasted transcript and then another, open History and Settings; in
Dutch and English, at 1366 px (desktop) and 390 px (phone).  The app runs here on a free loopback
port with the offline engine and a temporary data folder; nothing leaves the machine.

    .venv/bin/python scripts/walkthrough.py                 # -> docs/screenshots/<lang>-<width>-<step>.png
    .venv/bin/python scripts/walkthrough.py --out /tmp/shots --lang nl --width 390

Needs Playwright and Debian's chromium (/usr/bin/chromium).  The same walk is tested by
tests/test_walkthrough.py; the steps live in tests/ui_walk.py, the screenshots in
tests/ui_record.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", action="append", choices=["nl", "en"], help="nl, en or both (default)")
    parser.add_argument("--width", action="append", type=int, help="1366, 390 or both (default)")
    args = parser.parse_args(argv)
    if not Path("/usr/bin/chromium").exists():
        print("walkthrough: /usr/bin/chromium is missing; install it with apt-get install chromium", file=sys.stderr)
        return 2
    os.environ.update(COACH_DATA_DIR=tempfile.mkdtemp(prefix="coach-walk-"), COACH_ENGINE="offline")
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_DATABASE_URL"):
        os.environ.pop(var, None)
    from playwright.sync_api import sync_playwright

    from ui_record import record_walk
    from web_helpers import ARGS, CHROMIUM, start_app

    args.out.mkdir(parents=True, exist_ok=True)
    failed = Path(tempfile.mkdtemp(prefix="coach-walk-failed-"))  # the page when a step failed
    demo, service, url = start_app(Path(os.environ["COACH_DATA_DIR"]))
    shots, problems = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for lang in args.lang or ["nl", "en"]:
                for width in args.width or [1366, 390]:
                    rec = record_walk(browser, url, lang, width, args.out, checks=False, failed=failed)
                    shots += rec.shots
                    problems += [f"{lang} {width}px: {c}" for c in rec.clipped]
                    problems += [f"{lang} {width}px: the walk failed in {part}: {error}" for part, error in rec.failures]
            browser.close()
    finally:
        demo.close()
        service.store.close()
    total = sum(p.stat().st_size for p in shots)
    print(f"{len(shots)} screenshots in {args.out}, {total / 1024:.0f} KB in all, "
          f"largest {max(p.stat().st_size for p in shots) / 1024:.0f} KB")
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        print(f"the pages at the failed steps: {failed}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
