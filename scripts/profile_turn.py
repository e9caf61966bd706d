"""CPU of a practice turn by its place in the conversation: S sessions of T turns through CoachService
(offline engine, SQLite in a temporary folder, no Gradio), the thread's CPU time per turn averaged
over the sessions; with --profile, cProfile's top functions over all turns.

    .venv/bin/python scripts/profile_turn.py [--sessions 6] [--turns 15] [--profile] [--database-url URL]

A turn whose cost grows with the conversation shows as a rising row (the machine may be shared:
repeat, and compare runs taken back to back).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from bench_api import TURNS_NL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=6)
    parser.add_argument("--turns", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 40 by cumulative time")
    parser.add_argument("--database-url", help="a database to use instead of a temporary SQLite file")
    args = parser.parse_args(argv)
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService

    with tempfile.TemporaryDirectory(prefix="coach-profile-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'coach.sqlite'}"
        store = Store(url)
        service = CoachService(Settings(engine="offline", data_dir=tmp, database_url=url), store).scoped("profile")
        warm = service.start_session(language="nl", phase="delegation", engine="offline", hints=True)["session_id"]
        for turn in range(3):  # loads the models
            service.send_turn(warm, TURNS_NL[turn])
        per_turn, profile = [0.0] * args.turns, cProfile.Profile()
        for number in range(args.sessions):
            sid = service.start_session(language="nl", phase="delegation", engine="offline", hints=True)["session_id"]
            for turn in range(args.turns):
                text = f"{TURNS_NL[turn % len(TURNS_NL)]} Sessie {number:02d}, beurt {turn:02d}."
                started = time.thread_time()
                if args.profile:
                    profile.enable()
                service.send_turn(sid, text, request_id=f"{number}-{turn}")
                if args.profile:
                    profile.disable()
                per_turn[turn] += (time.thread_time() - started) * 1000 / args.sessions
        store.close()
    print("CPU ms per turn, by turn:", " ".join(f"{ms:.1f}" for ms in per_turn))
    print(f"mean {sum(per_turn) / len(per_turn):.1f} ms, first {per_turn[0]:.1f} ms, last {per_turn[-1]:.1f} ms")
    if args.profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
