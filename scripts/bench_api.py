"""Benchmark: a practice turn's round trip through the named API (gradio_client) on loopback,
with N concurrent sessions, offline engine, a throw-away database.

    .venv/bin/python scripts/bench_api.py [--sessions 20] [--turns 10] [--concurrency 32]

Prints p50 / p95 / max of send_turn round trips in milliseconds (target: p95 < 150 ms).
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


def run_sessions(clients, ids, turns: int) -> tuple[list[float], list[str], float]:
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
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings, errors, time.perf_counter() - start


def measure(client_class, url: str, args, tls) -> tuple[list[float], list[str], float]:
    clients = [client_class(url, verbose=False, ssl_verify=tls) for _ in range(args.sessions)]
    ids = [c.predict(language="nl", engine="offline", api_name="/start_session")["session_id"] for c in clients]
    clients[0].predict(session_id=ids[0], text="Hallo.", api_name="/send_turn")  # warm-up
    return run_sessions(clients, ids, args.turns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions (one client each)")
    parser.add_argument("--turns", type=int, default=10, help="turns per session")
    parser.add_argument("--concurrency", type=int, default=32, help="the queue's default_concurrency_limit")
    parser.add_argument("--url", help="measure an app that is already running (e.g. http://127.0.0.1:7860/)")
    args = parser.parse_args(argv)

    # loopback only: no telemetry from gradio_client or huggingface_hub
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    from gradio_client import Client

    # httpx builds an SSL context (loading every CA certificate) for each request unless it is
    # given one; one shared context keeps the benchmark's own CPU use out of the figures
    tls = ssl.create_default_context()

    server_cpu = None
    client_start = time.process_time()
    if args.url:
        from urllib.parse import urlparse

        if (urlparse(args.url).hostname or "") not in ("127.0.0.1", "localhost", "::1"):
            parser.error("--url must be on this machine (127.0.0.1 or localhost)")
        timings, errors, wall = measure(Client, args.url, args, tls)
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
                before = cpu_seconds(server.pid)
                timings, errors, wall = measure(Client, f"http://127.0.0.1:{port}/", args, tls)
                server_cpu = cpu_seconds(server.pid) - before
            finally:
                server.terminate()
                server.wait(timeout=20)

    if not timings:
        print(f"no successful turns; errors: {errors[:5]}", file=sys.stderr)
        return 1
    p95 = percentile(timings, 0.95)
    print(f"send_turn round trip, {args.sessions} concurrent sessions x {args.turns} turns "
          f"(offline engine, app in its own process, gradio_client on 127.0.0.1, concurrency limit {args.concurrency}):")
    print(f"  n={len(timings)}  p50={percentile(timings, 0.5):.1f} ms  p95={p95:.1f} ms  "
          f"max={max(timings):.1f} ms  mean={statistics.fmean(timings):.1f} ms  "
          f"throughput={len(timings) / wall:.0f} turns/s  errors={len(errors)}")
    client_cpu = time.process_time() - client_start
    cpu = f"client CPU {1000 * client_cpu / len(timings):.1f} ms/turn"
    if server_cpu is not None:
        cpu = f"server CPU {1000 * server_cpu / len(timings):.1f} ms/turn, " + cpu
    print(f"  {cpu} (includes setup), {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"  target p95 < 150 ms: {'met' if p95 < 150 else 'NOT met'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
