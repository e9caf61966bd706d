"""`coach auth add | list | remove`: the logins of `coach app` in an auth file (hashed passwords).

    coach auth add anna              # asks for the password twice
    coach auth add bea --trainer     # a trainer may open the trainer pages
    echo "$PW" | coach auth add cas --password-stdin
    coach auth list
    coach auth remove cas

The file is COACH_AUTH_FILE, or `auth` in the data folder; `coach app` uses it when it exists.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from coach.errors import InputError

FileOption = Annotated[Path | None, typer.Option("--file", help="the auth file (default: COACH_AUTH_FILE or <data>/auth)",
                                                 show_default=False)]


def auth_file(path: Path | None = None) -> Path:
    """The auth file: the given path, else COACH_AUTH_FILE, else `auth` in the data folder."""
    if path is not None:
        return path
    if os.environ.get("COACH_AUTH_FILE"):
        return Path(os.environ["COACH_AUTH_FILE"])
    from coach.settings import get_settings

    return get_settings().data_dir / "auth"


def _accounts(path: Path):
    from coach.auth import Accounts

    return Accounts.read(path) if path.exists() else Accounts()


def _password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise InputError("no password on standard input; pipe one in, or leave out --password-stdin")
        return password
    return typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)


def register(app: typer.Typer) -> None:
    auth = typer.Typer(help="Logins for `coach app` (hashed passwords in an auth file).", no_args_is_help=True)
    app.add_typer(auth, name="auth")

    @auth.command("add")
    def _add(
        name: Annotated[str, typer.Argument(help="the login name (letters, digits or . _ @ -)")],
        trainer: Annotated[bool, typer.Option("--trainer", help="may open the trainer pages")] = False,
        file: FileOption = None,
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from standard input")] = False,
    ) -> None:
        """Add a login, or give an existing one a new password (and role)."""
        path = auth_file(file)
        accounts = _accounts(path)
        accounts.add(name, _password(name, password_stdin), "trainer" if trainer else "user")
        try:
            accounts.write(path)
        except OSError as exc:
            raise InputError(f"cannot write the auth file {path} ({exc.strerror}); choose another with --file") from exc
        typer.echo(f"coach: {name} ({'trainer' if trainer else 'user'}) is in {path}; "
                   f"start the app with: coach app --auth-file {path}", err=True)

    @auth.command("list")
    def _list(file: FileOption = None) -> None:
        """List the logins and their roles (never the passwords)."""
        accounts = _accounts(auth_file(file))
        for role in ("trainer", "user"):
            for name in accounts.names(role):
                typer.echo(f"{name}\t{role}")

    @auth.command("remove")
    def _remove(name: Annotated[str, typer.Argument(help="the login to remove")], file: FileOption = None) -> None:
        """Remove a login (its sessions stay in the database; `coach data` can delete them)."""
        path = auth_file(file)
        accounts = _accounts(path)
        if not accounts.remove(name):
            raise InputError(f"{name!r} is not in {path}; see 'coach auth list'")
        accounts.write(path)
        typer.echo(f"coach: {name} removed from {path}", err=True)
