"""Check deploy/nginx-coach.conf for real: Debian's nginx (installed with apt-get when missing, as
root) on a loopback port in a temporary prefix, in front of two `coach app` instances on one
database (PostgreSQL with --postgres-url or COACH_TEST_POSTGRES_URL, else an SQLite file).

    .venv/bin/python scripts/check_nginx.py [--clients 8] [--postgres-url URL]

Every client (gradio_client through nginx) practises one session: start, three turns, end.  The
check passes when there are no errors, both instances served turns, the stored sessions hold every
turn, and a session carries on when its client comes back with a new cookie (maybe another instance).
Not part of the test suite (it installs and runs nginx); run it by hand after changing the config.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path

from bench_api import TURNS_NL, free_port, wait_for
from bench_workshop import instances, postgres_database

CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "nginx-coach.conf"
NGINX = "/usr/sbin/nginx"


def ensure_nginx() -> None:
    if os.path.exists(NGINX):
        return
    if os.geteuid() != 0:
        raise SystemExit("nginx is not installed; run as root (apt-get install nginx) or install it first")
    apt = ["apt-get", "-o", "DPkg::Lock::Timeout=300", "-qq"]
    subprocess.run(apt + ["update"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(apt + ["install", "-y", "nginx"], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def site_config(ports: list[int], listen: int) -> str:
    text = CONFIG.read_text(encoding="utf-8")
    for old, new in zip((7861, 7862), ports):
        text = text.replace(f"127.0.0.1:{old};", f"127.0.0.1:{new};")
    return text.replace("listen 80;", f"listen 127.0.0.1:{listen};")


@contextmanager
def nginx(prefix: Path, ports: list[int]):
    listen = free_port()
    for folder in ("logs", "tmp"):
        (prefix / folder).mkdir(mode=0o777, exist_ok=True)
        os.chmod(prefix / folder, 0o777)  # nginx's workers run as nobody
    (prefix / "coach.conf").write_text(site_config(ports, listen), encoding="utf-8")
    temp = " ".join(f"{kind}_temp_path tmp/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (prefix / "nginx.conf").write_text(
        f"pid {prefix}/nginx.pid;\nerror_log logs/error.log;\nevents {{}}\n"
        f"http {{ access_log logs/access.log; {temp} include coach.conf; }}\n", encoding="utf-8")
    server = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
                              stderr=subprocess.PIPE)
    try:
        wait_for(listen, server)
        yield f"http://127.0.0.1:{listen}/"
    finally:
        server.terminate()
        server.wait(timeout=20)


def practise(url: str, number: int) -> tuple[str, int]:
    from gradio_client import Client

    client = Client(url, verbose=False, analytics_enabled=False)
    if "coach_route" not in client.cookies:
        raise SystemExit("nginx did not hand out the coach_route cookie")
    sid = client.predict(language="nl", engine="offline", api_name="/start_session")["session_id"]
    for turn in range(3):
        client.predict(session_id=sid, text=f"{TURNS_NL[turn]} ({number})", api_name="/send_turn")
    again = Client(url, verbose=False, analytics_enabled=False)  # a new cookie: maybe the other instance
    again.predict(session_id=sid, text=f"{TURNS_NL[3]} ({number})", api_name="/send_turn")
    again.predict(session_id=sid, api_name="/end_session")
    return sid, 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--postgres-url", default=os.environ.get("COACH_TEST_POSTGRES_URL"))
    args = parser.parse_args(argv)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    ensure_nginx()
    with tempfile.TemporaryDirectory(prefix="coach-nginx-") as tmp:
        folder = Path(tmp)
        database = postgres_database(args.postgres_url) if args.postgres_url else nullcontext(
            f"sqlite:///{folder / 'coach.sqlite'}")
        with database as url:
            timings = folder / "timings.tsv"
            with instances(2, url, folder, timings, 16) as urls, \
                    nginx(folder, [int(u.rsplit(":", 1)[1].strip("/")) for u in urls]) as proxy:
                done = [practise(proxy, i) for i in range(args.clients)]
            served = {line.split("\t")[1] for line in timings.read_text().splitlines()}
            from coach.store import Store

            store = Store(url)
            kept = all(len([t for t in store.load_session(sid).turns if t.role == "manager"]) == n for sid, n in done)
            reviews = all(len(store.reviews_for_session(sid)) == 1 for sid, _ in done)
            store.close()
    print(f"nginx {'+ PostgreSQL' if args.postgres_url else '+ SQLite'}: {len(done)} sessions through the proxy, "
          f"turns served by {len(served)} instance(s), every turn kept: {kept}, one review each: {reviews}")
    return 0 if kept and reviews and len(served) == 2 else 1


if __name__ == "__main__":
    sys.exit(main())
