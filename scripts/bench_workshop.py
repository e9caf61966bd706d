"""Load benchmark of a workshop: P participants, T turns each, through the named API (clients in
this process, gradio_client or, with --client http, Gradio's plain HTTP route; the apps run in their
own processes), offline engine, against
  - two `coach app` instances on one PostgreSQL database (each turn goes to the other instance
    than the one before, as a proxy without sticky sessions would send it), and
  - one instance on an SQLite file.

    .venv/bin/python scripts/bench_workshop.py [--participants 40] [--turns 15] [--think 1.0]
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--client gradio|http]

PostgreSQL: --postgres-url, else COACH_TEST_POSTGRES_URL (a fresh database is made in it and dropped).
Reports per setup: errors; isolation (every participant's stored session holds exactly its own turns,
in order, and no reply carries another participant's words); one review per participant; the turn
time inside the apps (p50/p95, server side: COACH_TIMINGS_FILE, coach/web/timings.py; target p95
<= 300 ms), the round trip seen by the clients, and the CPU per turn of the apps and of the clients.
The participants join a workshop and send their own participant token (tests/test_ownership.py
tests ownership per login).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from bench_api import TURNS_NL, cpu_seconds, free_port, percentile, wait_for

TARGET_MS = 300.0


def said(participant: int, turn: int) -> str:
    return f"{TURNS_NL[turn % len(TURNS_NL)]} Dit is deelnemer {participant:02d}, beurt {turn:02d}."


def postgres_database(admin_url: str):
    """A new, empty database in the cluster of admin_url; dropped afterwards."""
    from coach.store.testing import temporary_postgres_database

    return temporary_postgres_database(admin_url, "coach_bench")


@contextmanager
def instances(count: int, database_url: str, folder: Path, timings: Path, concurrency: int,
              pids: list[int] | None = None):
    """`count` apps on database_url; yields their URLs (their process ids go into `pids`)."""
    drop = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_AUTH")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(COACH_DATA_DIR=str(folder), COACH_ENGINE="offline", COACH_DATABASE_URL=database_url,
               COACH_TIMINGS_FILE=str(timings), GRADIO_ANALYTICS_ENABLED="False")
    apps = []
    try:
        for _ in range(count):
            port = free_port()
            apps.append((port, subprocess.Popen(
                [sys.executable, "-m", "coach.cli", "app", "--host", "127.0.0.1", "--port", str(port),
                 "--concurrency", str(concurrency)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)))
        for port, app in apps:
            wait_for(port, app, timeout=120)
            if pids is not None:
                pids.append(app.pid)
        yield [f"http://127.0.0.1:{port}/" for port, _ in apps]
    finally:
        for _, app in apps:
            app.terminate()
        for _, app in apps:
            app.wait(timeout=30)


class Participant:
    def __init__(self, number: int, clients: list, turns: int, think: float, owner: str):
        self.number, self.clients, self.turns, self.think, self.owner = number, clients, turns, think, owner
        self.session_id: str | None = None
        self.replies: list[str] = []
        self.round_trips: list[float] = []
        self.errors: list[str] = []
        self.review_id: str | None = None

    def client(self, step: int):
        return self.clients[(self.number + step) % len(self.clients)]

    def run(self, start: threading.Barrier) -> None:
        rng = random.Random(self.number)
        try:
            self.session_id = self.client(0).predict(language="nl", phase="delegation", engine="offline",
                                                     api_name="/start_session")["session_id"]
        except Exception as exc:  # noqa: BLE001 - counted and reported
            self.errors.append(type(exc).__name__)
        start.wait()
        if self.session_id is None:
            return
        for turn in range(self.turns):
            time.sleep(rng.uniform(0, 2 * self.think))
            self._turn(turn)
        try:
            self.review_id = self.client(self.turns).predict(session_id=self.session_id,
                                                             api_name="/end_session")["review_id"]
        except Exception as exc:  # noqa: BLE001
            self.errors.append(type(exc).__name__)

    def _turn(self, turn: int) -> None:
        t0 = time.perf_counter()
        try:
            out = self.client(turn + 1).predict(session_id=self.session_id, text=said(self.number, turn),
                                                request_id=f"p{self.number}-t{turn}", api_name="/send_turn")
        except Exception as exc:  # noqa: BLE001
            self.errors.append(type(exc).__name__)
            return
        self.round_trips.append((time.perf_counter() - t0) * 1000)
        self.replies.append(out["reply"])


def connect(urls: list[str], token: str | None = None, kind: str = "gradio") -> list:
    """A client per app: gradio_client's, or the light one of scripts/bench_http.py (--client http)."""
    headers = {"X-Coach-Participant": token} if token else None
    if kind == "http":
        from bench_http import HttpClient

        return [HttpClient(url, headers) for url in urls]
    from gradio_client import Client

    return [Client(url, headers=headers, verbose=False, analytics_enabled=False) for url in urls]


def create_workshop(database_url: str) -> str:
    """A workshop in the benchmark's database (every scenario and persona, the delegation
    conversation); returns its join code."""
    from datetime import date, timedelta

    from coach.store import Store
    from coach.workshop import WorkshopService, WorkshopSpec

    store = Store(database_url)
    try:
        return WorkshopService(store).create(WorkshopSpec(
            name="Benchmark", language="nl", phases=["delegation"], ends=date.today() + timedelta(days=1)),
            owner="trainer:bench").code
    finally:
        store.close()


def join(number: int, urls: list[str], code: str, kind: str) -> tuple[list, str]:
    """Join as participant `number` on one of the instances; its clients (one per instance, each
    sending its token) and its owner id."""
    joined = connect(urls[number % len(urls):][:1], kind=kind)[0].predict(
        code=code, display_name=f"Deelnemer {number:02d}", consent=True, api_name="/join_workshop")
    workshop_id, key, _ = joined["participant"].split(".")
    return connect(urls, joined["participant"], kind), f"participant:{workshop_id}:{key}"


def run_workshop(urls: list[str], args, code: str) -> list[Participant]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        joined = list(pool.map(lambda i: join(i, urls, code, args.client), range(args.participants)))
    people = [Participant(i, clients, args.turns, args.think, owner) for i, (clients, owner) in enumerate(joined)]
    start = threading.Barrier(len(people))
    threads = [threading.Thread(target=p.run, args=(start,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return people


def warm_up(urls: list[str], kind: str) -> int:
    """One session with two turns on every instance (its first turn loads the models); returns how many."""
    for client in connect(urls, kind=kind):
        sid = client.predict(language="nl", engine="offline", api_name="/start_session")["session_id"]
        for turn in range(2):
            client.predict(session_id=sid, text=TURNS_NL[turn], api_name="/send_turn")
    return len(urls)


def isolation_problems(people: list[Participant], database_url: str, turns: int, warm: int) -> list[str]:
    """Every stored session holds exactly its participant's turns, in order; no reply carries
    another participant's words; one review per participant."""
    from coach.store import Store

    store = Store(database_url)
    problems = []
    try:
        for p in people:
            if p.session_id is None:
                continue
            session = store.load_session(p.session_id)
            mine = [t.text for t in session.turns if t.role == "manager"]
            if mine != [said(p.number, t) for t in range(turns)]:
                problems.append(f"participant {p.number}: stored turns differ")
            others = [f"deelnemer {q.number:02d}" for q in people if q is not p]
            if any(tag in reply for reply in p.replies for tag in others):
                problems.append(f"participant {p.number}: a reply carries another participant's words")
            if store.scoped(p.owner).load_session(p.session_id) is None:
                problems.append(f"participant {p.number}: the session is not theirs")
            if len(store.reviews_for_session(p.session_id)) != 1:
                problems.append(f"participant {p.number}: not one review")
        stored = len(store.list_sessions(limit=10_000)) - warm
        if stored != len(people):
            problems.append(f"{stored} sessions stored for {len(people)} participants")
    finally:
        store.close()
    return problems


def cpu_use(pids: list[int]) -> tuple[float, float]:
    """CPU seconds used so far by the apps (together) and by this process (the clients)."""
    mine = os.times()
    return sum(cpu_seconds(pid) for pid in pids), mine.user + mine.system


SPANS = ("total", "handover", "checkout", "db", "statements", "cpu")  # coach/web/timings.py


def server_spans(path: Path) -> list[dict[str, float]]:
    """One dict per timed turn: total, handover, checkout, db (ms), statements, cpu (ms)."""
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [dict(zip(SPANS, map(float, row[2:]))) for row in rows if row[0] == "send_turn"]


def span_line(spans: list[dict[str, float]]) -> str:
    """Where a turn's time goes: the mean and p95 of each span."""
    parts = []
    for name in SPANS[1:]:
        values = [s.get(name, 0.0) for s in spans]
        unit = "" if name == "statements" else " ms"
        parts.append(f"{name} {sum(values) / len(values):.1f}/{percentile(values, 0.95):.1f}{unit}")
    return "  spans per turn (mean/p95): " + ", ".join(parts)


def one_setup(label: str, count: int, database_url: str, args) -> bool:
    with tempfile.TemporaryDirectory(prefix="coach-workshop-") as tmp:
        timings = Path(tmp) / "timings.tsv"
        pids: list[int] = []
        with instances(count, database_url, Path(tmp), timings, args.concurrency, pids) as urls:
            warm = warm_up(urls, args.client)
            code = create_workshop(database_url)
            timings.unlink(missing_ok=True)
            started, cpu = time.perf_counter(), cpu_use(pids)
            people = run_workshop(urls, args, code)
            wall, cpu = time.perf_counter() - started, [b - a for a, b in zip(cpu, cpu_use(pids))]
        problems = isolation_problems(people, database_url, args.turns, warm)
        spans = server_spans(timings)
    server = [s["total"] for s in spans]
    client = [ms for p in people for ms in p.round_trips]
    errors = [e for p in people for e in p.errors]
    print(f"{label}: {len(people)} participants x {args.turns} turns, {len(server)} turns timed in the apps, "
          f"{wall:.0f} s")
    print(f"  errors: {len(errors)} {sorted(set(errors))[:5]}   isolation problems: {len(problems)} {problems[:3]}")
    if server:
        p95 = percentile(server, 0.95)
        print(f"  turn time in the apps (server side): p50={percentile(server, 0.5):.1f} ms  p95={p95:.1f} ms  "
              f"max={max(server):.1f} ms  -> target p95 <= {TARGET_MS:.0f} ms {'met' if p95 <= TARGET_MS else 'NOT met'}")
    if spans:
        print(span_line(spans))
    if client:
        print(f"  round trip seen by the clients:   p50={percentile(client, 0.5):.1f} ms  "
              f"p95={percentile(client, 0.95):.1f} ms  max={max(client):.1f} ms")
    if server:
        print(f"  CPU per turn over the run (joining, turns, reviews): apps {cpu[0] * 1000 / len(server):.1f} ms, "
              f"benchmark's clients {cpu[1] * 1000 / len(server):.1f} ms")
    print(f"  load average after: {os.getloadavg()[0]:.1f}")
    return not errors and not problems and bool(server) and percentile(server, 0.95) <= TARGET_MS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--turns", type=int, default=15)
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean pause before each turn in seconds (uniform 0..2x); 0 sends turns back to back")
    parser.add_argument("--concurrency", type=int, default=32, help="each app's queue concurrency limit")
    parser.add_argument("--postgres-url", default=os.environ.get("COACH_TEST_POSTGRES_URL"),
                        help="a PostgreSQL cluster to make the benchmark's database in")
    parser.add_argument("--only", choices=("postgres", "sqlite"), help="run one setup only")
    parser.add_argument("--client", choices=("gradio", "http"), default="gradio",
                        help="gradio_client (default), or Gradio's plain HTTP route (scripts/bench_http.py: the same "
                             "calls with a fraction of the clients' CPU)")
    args = parser.parse_args(argv)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    print(f"workshop load: offline engine, {os.cpu_count()} CPUs, think time {args.think:.1f} s mean, "
          f"{args.client} clients in this process, apps in their own processes; load average before: {os.getloadavg()[0]:.1f}")
    ok = True
    if args.only != "sqlite":
        if not args.postgres_url:
            print("two instances + PostgreSQL: skipped (give --postgres-url or COACH_TEST_POSTGRES_URL)")
            ok = False
        else:
            with postgres_database(args.postgres_url) as url:
                ok &= one_setup("two instances + PostgreSQL", 2, url, args)
    if args.only != "postgres":
        with tempfile.TemporaryDirectory(prefix="coach-workshop-db-") as tmp:
            ok &= one_setup("one instance + SQLite", 1, f"sqlite:///{Path(tmp) / 'coach.sqlite'}", args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
