"""Benchmark: a practice turn's round trip through the named API (gradio_client) on loopback,
with N concurrent sessions, offline engine, a throw-away database.

    .venv/bin/python scripts/bench_api.py [--sessions 20] [--turns 10] [--concurrency 32]

Prints p50 / p95 / p99 / max of send_turn round trips in milliseconds (target: p95 < 150 ms),
turns per second, errors, the server's and the client's CPU time per turn (the server's measured
over the turns only) and the load average (the machine may be shared: repeat, take the median).
"""

from __future__ import annotations

import argparse
import os
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TURNS_NL = [
    "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken.",
    "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren.",
    "Hoe kijk jij ertegenaan?",
    "Je mag tot 5.000 euro zelf beslissen.",
    "Laten we donderdag de eerste opzet bespreken.",
    "Wat heb je nog van mij nodig?",
    "Ik vraag het jou omdat jij de cijfers het best kent.",
    "Hoe zou jij het aanpakken?",
    "Dus als ik het goed begrijp, wacht je nog op Finance?",
    "Wat ga jij als eerste doen?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(port: int, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the app did not start: {server.stderr.read().decode(errors='replace')[-500:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit("the app did not start within a minute")


def run_sessions(clients, ids, turns: int, on_start=None) -> tuple[list[float], list[str], float]:
    """Every client talks in its own thread, all starting together; returns round trips in ms."""
    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(clients))

    def run(client, sid):
        barrier.wait()
        for i in range(turns):
            t0 = time.perf_counter()
            try:
                client.predict(session_id=sid, text=TURNS_NL[i % len(TURNS_NL)], api_name="/send_turn")
            except Exception as exc:  # noqa: BLE001 - counted and reported
                with lock:
                    errors.append(type(exc).__name__)
                continue
            with lock:
                timings.append((time.perf_counter() - t0) * 1000)

    threads = [threading.Thread(target=run, args=(c, s)) for c, s in zip(clients, ids)]
    if on_start is not None:
        on_start()
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings, errors, time.perf_counter() - start


def measure(client_class, url: str, args, tls, on_start=None) -> tuple[list[float], list[str], float]:
    def connect():
        # analytics_enabled=False: gradio_client's default (True) overrides GRADIO_ANALYTICS_ENABLED
        # and starts a telemetry call to huggingface.co; this benchmark stays on loopback
        return client_class(url, verbose=False, ssl_verify=tls, analytics_enabled=False)

    clients = [connect() for _ in range(args.sessions)]  # one client per session
    ids = [c.predict(language="nl", engine="offline", api_name="/start_session")["session_id"] for c in clients]
    clients[0].predict(session_id=ids[0], text="Hallo.", api_name="/send_turn")  # warm-up
    return run_sessions(clients, ids, args.turns, on_start)


def one_run(client_class, args, tls) -> dict:
    """Start the app (or use --url), run the sessions, return the figures of this run."""
    client_start: list[float] = []  # this process's CPU time when the turns start
    server_start: list[float] = []  # the app's, likewise
    server_cpu = None

    def turns_start(server_pid: int | None = None) -> None:
        client_start.append(time.process_time())
        if server_pid is not None:
            server_start.append(cpu_seconds(server_pid))

    if args.url:
        timings, errors, wall = measure(client_class, args.url, args, tls, on_start=turns_start)
    else:
        with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
            port = free_port()
            drop = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_DATABASE_URL")
            env = {k: v for k, v in os.environ.items() if k not in drop}
            env.update(COACH_DATA_DIR=tmp, COACH_ENGINE="offline")
            server = subprocess.Popen(
                [sys.executable, "-m", "coach.cli", "app", "--host", "127.0.0.1", "--port", str(port),
                 "--concurrency", str(args.concurrency)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )
            try:
                wait_for(port, server)
                timings, errors, wall = measure(client_class, f"http://127.0.0.1:{port}/", args, tls,
                                                on_start=lambda: turns_start(server.pid))
                server_cpu = cpu_seconds(server.pid) - server_start[0]
            finally:
                server.terminate()
                server.wait(timeout=20)
    n = max(len(timings), 1)
    return {
        "n": len(timings), "errors": len(errors), "error_kinds": sorted(set(errors)),
        "p50": percentile(timings, 0.5) if timings else float("nan"),
        "p95": percentile(timings, 0.95) if timings else float("nan"),
        "p99": percentile(timings, 0.99) if timings else float("nan"),
        "max": max(timings, default=float("nan")),
        "turns_per_s": len(timings) / wall,
        "server_cpu": None if server_cpu is None else 1000 * server_cpu / n,
        "client_cpu": 1000 * (time.process_time() - client_start[0]) / n if client_start else float("nan"),
        "load": os.getloadavg()[0],
    }


def show(run: dict, label: str) -> None:
    cpu = f"client CPU {run['client_cpu']:.1f} ms/turn"
    if run["server_cpu"] is not None:
        cpu = f"server CPU {run['server_cpu']:.1f} ms/turn, " + cpu
    print(f"  {label}: n={run['n']}  p50={run['p50']:.1f} ms  p95={run['p95']:.1f} ms  p99={run['p99']:.1f} ms  "
          f"max={run['max']:.1f} ms  throughput={run['turns_per_s']:.0f} turns/s  errors={run['errors']}  "
          f"{cpu}  load={run['load']:.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions (one client each)")
    parser.add_argument("--turns", type=int, default=10, help="turns per session")
    parser.add_argument("--concurrency", type=int, default=32, help="the queue's default_concurrency_limit")
    parser.add_argument("--repeat", type=int, default=1, help="runs (a new app each); the median is reported")
    parser.add_argument("--url", help="measure an app that is already running (e.g. http://127.0.0.1:7860/)")
    args = parser.parse_args(argv)
    if args.url:
        from urllib.parse import urlparse

        if (urlparse(args.url).hostname or "") not in ("127.0.0.1", "localhost", "::1"):
            parser.error("--url must be on this machine (127.0.0.1 or localhost)")

    # loopback only: no telemetry from gradio_client or huggingface_hub
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    from gradio_client import Client

    # httpx builds an SSL context (loading every CA certificate) for each request unless it is
    # given one; one shared context keeps the benchmark's own CPU use out of the figures
    tls = ssl.create_default_context()

    print(f"send_turn round trip, {args.sessions} concurrent sessions x {args.turns} turns, "
          f"{args.repeat} run(s) (offline engine, app in its own process, gradio_client on 127.0.0.1, "
          f"concurrency limit {args.concurrency}, {os.cpu_count()} CPUs; load = 1-min load average after "
          f"the run, this run included):")
    runs = []
    for i in range(args.repeat):
        runs.append(one_run(Client, args, tls))
        show(runs[-1], f"run {i + 1}")
    if not any(r["n"] for r in runs):
        print(f"no successful turns; errors: {runs[-1]['error_kinds'][:5]}", file=sys.stderr)
        return 1
    if args.repeat > 1:
        med = {k: statistics.median(r[k] for r in runs) for k in ("p50", "p95", "p99", "max", "turns_per_s",
                                                                   "client_cpu", "load")}
        cpus = [r["server_cpu"] for r in runs if r["server_cpu"] is not None]
        med.update(n=sum(r["n"] for r in runs), errors=sum(r["errors"] for r in runs),
                   server_cpu=statistics.median(cpus) if cpus else None)
        show(med, f"median of {args.repeat} runs (n and errors: totals)")
    p95 = statistics.median(r["p95"] for r in runs)
    print(f"  target p95 < 150 ms: {'met' if p95 < 150 else 'NOT met'}")
    return 0 if not any(r["errors"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
