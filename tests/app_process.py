"""`coach app` in its own process on loopback (offline engine), for the tests with more than one instance."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from web_helpers import free_port


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"coach app stopped: {process.stderr.read().decode(errors='replace')[-800:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("coach app did not start in time")


@contextmanager
def app_instances(count: int, database_url: str, data_dir: Path):
    """`count` app processes on one database; yields their URLs and stops them afterwards."""
    drop = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_AUTH")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(COACH_DATA_DIR=str(data_dir), COACH_ENGINE="offline", COACH_DATABASE_URL=database_url,
               GRADIO_ANALYTICS_ENABLED="False")
    processes, urls = [], []
    try:
        for _ in range(count):
            port = free_port()
            process = subprocess.Popen([sys.executable, "-m", "coach.cli", "app", "--host", "127.0.0.1",
                                        "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE)
            processes.append(process)
            urls.append(f"http://127.0.0.1:{port}/")
        for process, url in zip(processes, urls):
            wait_for_port(int(url.rsplit(":", 1)[1].strip("/")), process)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
