"""`coach app`: the web app (Gradio) with the named API, on this machine by default."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from coach.errors import InputError


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """'user:password' -> (user, password); None or empty -> no login."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise InputError("--auth must look like user:password (or set COACH_AUTH=user:password)")
    return user, password


def register(app: typer.Typer) -> None:
    @app.command("app")
    def _cmd(
        host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 opens it to your network")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 7860,
        auth: Annotated[
            str | None, typer.Option(help="require a login, as user:password (also env COACH_AUTH)", show_default=False)
        ] = None,
        engine: Annotated[str | None, typer.Option(help="offline | llm | auto (default: COACH_ENGINE or auto)")] = None,
        concurrency: Annotated[
            int, typer.Option(min=1, max=1000, envvar="COACH_CONCURRENCY", help="requests handled at the same time")
        ] = 32,
    ) -> None:
        """Start the web app: practise, review transcripts, history, and the API for training platforms."""
        from coach.settings import get_settings

        if engine is not None and engine not in ("offline", "llm", "auto"):
            raise InputError(f"unknown engine {engine!r}; use offline, llm or auto")
        login = parse_auth(auth if auth is not None else os.environ.get("COACH_AUTH"))
        settings = get_settings(engine=engine)
        settings.resolved_engine()  # a misconfigured engine fails here, in one line
        if host not in ("127.0.0.1", "localhost", "::1") and login is None:
            typer.echo("coach: warning: the app is reachable from the network without a login; use --auth", err=True)
        from coach.uploads import use_upload_folder

        use_upload_folder(settings)  # before Gradio is imported: uploads go where `coach data delete` finds them
        from coach.web.app import build_app, launch

        demo, service = build_app(settings)
        typer.echo(f"coach: data in {service.store.location()}; open http://{host}:{port} (Ctrl+C stops)", err=True)
        launch(demo, host=host, port=port, auth=login, block=True, concurrency=concurrency)
