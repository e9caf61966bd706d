"""Server-side turn times for the load benchmark (scripts/bench_workshop.py).

With COACH_TIMINGS_FILE set, every send_turn through the named API appends one line to that file:
the endpoint's name, the process id and how long the turn took inside the app in milliseconds
(from the endpoint being called to its answer, a hand-over to a worker thread included).  Nothing
else is written, no content; without the variable nothing is measured.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()


@contextmanager
def timed(name: str) -> Iterator[None]:
    path = os.environ.get("COACH_TIMINGS_FILE")
    if not path:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        line = f"{name}\t{os.getpid()}\t{(time.perf_counter() - started) * 1000:.3f}\n"
        with _LOCK, open(path, "a", encoding="utf-8") as out:  # one short append per turn
            out.write(line)
