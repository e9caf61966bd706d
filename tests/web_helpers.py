"""Helpers shared by the web tests (gradio_client and browser): start the app on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

VTT = (Path(__file__).parent / "fixtures" / "transcripts" / "web-delegation-nl.vtt").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(data_dir: Path, port: int | None = None, accounts=None):
    """A fresh app object (new service, new store object) on the database in data_dir, offline, on
    loopback; with accounts (coach.auth.Accounts) every page and endpoint needs a login."""
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService
    from coach.web.app import build_app, launch

    settings = Settings(engine="offline", data_dir=data_dir)
    demo, service = build_app(settings, CoachService(settings, Store(settings.resolved_database_url())))
    url = launch(demo, host="127.0.0.1", port=port or free_port(), block=False, auth=accounts)
    return demo, service, url
