"""Server-side turn times for the load benchmark (scripts/bench_workshop.py).

With COACH_TIMINGS_FILE set, every send_turn through the named API appends one line to that file:

    send_turn <TAB> pid <TAB> total ms <TAB> handover ms <TAB> checkout ms <TAB> db ms <TAB> statements <TAB> cpu ms

total: from the endpoint being called to its answer; handover: waiting for a worker thread (zero
when the turn ran on the event loop); checkout: waiting for a pooled database connection; db: the
statements' round trips (from sending to the last row read); cpu: the CPU time of the turn's own
code (on the event loop for a quick turn, else in its worker thread; until 2026-12-04 it also counted
the loop's CPU for other requests while the turn was in its worker).  Nothing else is written, no content; without the variable nothing is measured.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_LOCK = threading.Lock()
FIELDS = ("total", "handover", "checkout", "db", "statements", "cpu")
_CURRENT: ContextVar[dict | None] = ContextVar("coach_turn_spans", default=None)


def enabled() -> bool:
    return bool(os.environ.get("COACH_TIMINGS_FILE"))


@contextmanager
def timed(name: str) -> Iterator[dict | None]:
    """Time one endpoint call; the spans below add to the dict it yields (None when off)."""
    path = os.environ.get("COACH_TIMINGS_FILE")
    if not path:
        yield None
        return
    spans = dict.fromkeys(FIELDS[1:], 0.0)
    token = _CURRENT.set(spans)
    started = time.perf_counter()
    try:
        yield spans
    finally:
        _CURRENT.reset(token)
        values = [(time.perf_counter() - started) * 1000] + [spans[k] for k in FIELDS[1:]]
        line = "\t".join([name, str(os.getpid())] + [f"{v:.3f}" for v in values]) + "\n"
        with _LOCK, open(path, "a", encoding="utf-8") as out:  # one short append per turn
            out.write(line)


def add(span: str, ms: float) -> None:
    spans = _CURRENT.get()
    if spans is not None:
        spans[span] += ms


def on_loop(fn, spans: dict | None):
    """fn wrapped for a call on the event loop: its CPU time counts as cpu.  (Only the call's: while a
    turn awaits its worker thread, the loop's CPU goes to other requests and is not this turn's.)"""
    if spans is None:
        return fn

    def run(*args):
        cpu = time.thread_time()
        try:
            return fn(*args)
        finally:
            spans["cpu"] += (time.thread_time() - cpu) * 1000

    return run


def in_worker(fn, spans: dict | None):
    """fn wrapped for a worker thread: the wait before it starts counts as handover, its thread's
    CPU time as cpu."""
    if spans is None:
        return fn
    queued, counted = time.perf_counter(), on_loop(fn, spans)

    def run(*args):
        spans["handover"] += (time.perf_counter() - queued) * 1000
        return counted(*args)

    return run


def instrument(engine) -> None:
    """Count pool checkouts and statement round trips of this SQLAlchemy engine into the current
    turn's spans (only with COACH_TIMINGS_FILE)."""
    if not enabled():
        return
    from sqlalchemy import event

    local = threading.local()

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        local.started = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        add("db", (time.perf_counter() - getattr(local, "started", time.perf_counter())) * 1000)
        add("statements", 1)

    pool = engine.pool
    original = pool.connect

    def connect():
        started = time.perf_counter()
        try:
            return original()
        finally:
            add("checkout", (time.perf_counter() - started) * 1000)

    pool.connect = connect
