"""`coach app`: the web app (Gradio) with the named API, on this machine by default.

Logins: `--auth user:password` (repeatable; also env COACH_AUTH, pairs separated by spaces) and
`--auth-file PATH` (written by `coach auth add`; also env COACH_AUTH_FILE; the default auth file
in the data folder is used when it exists).  Without any login every browser gets its own
anonymous space (coach.web.identity)."""

from __future__ import annotations

import os
from pathlib import Path
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


def load_accounts(pairs: list[str] | None, auth_file: Path | None):
    """The app's logins from --auth pairs (or COACH_AUTH) and the auth file; None when there are none."""
    from coach.auth import Accounts
    from coach.cli_auth import auth_file as default_file

    if not pairs and os.environ.get("COACH_AUTH"):
        pairs = os.environ["COACH_AUTH"].split()
    for pair in pairs or []:
        parse_auth(pair)  # one line naming the form, before anything is hashed
    accounts = Accounts.from_pairs(list(pairs or []))
    path = auth_file or default_file()
    if auth_file is not None or os.environ.get("COACH_AUTH_FILE") or path.exists():
        accounts = accounts.merged(Accounts.read(path))
    return accounts or None


def register(app: typer.Typer) -> None:
    @app.command("app")
    def _cmd(
        host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 opens it to your network")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 7860,
        auth: Annotated[
            list[str] | None,
            typer.Option(help="a login as user:password; repeat for more (also env COACH_AUTH)", show_default=False),
        ] = None,
        auth_file: Annotated[
            Path | None,
            typer.Option(help="logins from a file written by 'coach auth add' (also env COACH_AUTH_FILE)",
                         show_default=False),
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
        accounts = load_accounts(auth, auth_file)
        settings = get_settings(engine=engine)
        settings.resolved_engine()  # a misconfigured engine fails here, in one line
        if host not in ("127.0.0.1", "localhost", "::1") and accounts is None:
            typer.echo("coach: warning: the app is reachable from the network without a login; every browser "
                       "gets its own space, but anyone can use it; use --auth or --auth-file", err=True)
        from coach.uploads import use_upload_folder

        use_upload_folder(settings)  # before Gradio is imported: uploads go where `coach data delete` finds them
        from coach.web.app import build_app, launch

        demo, service = build_app(settings)
        logins = f"{len(accounts.names())} login(s)" if accounts else "no login (a space per browser)"
        typer.echo(f"coach: data in {service.store.location()}; {logins}; open http://{host}:{port} (Ctrl+C stops)",
                   err=True)
        from coach.store.throttle import StoreThrottle
        from coach.web.trainer_app import main_logins, on_start  # trainer logins: /trainer, not the main app

        throttle = StoreThrottle(service.store)  # failed logins in the database: every instance counts them
        launch(demo, host=host, port=port, auth=main_logins(accounts), block=True, concurrency=concurrency,
               throttle=throttle, on_start=on_start(service, accounts, throttle))
