"""`coach app`: placeholder until its owner fills it in."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("app")
    def _cmd() -> None:
        """(not built yet)"""
        from coach.errors import CoachError

        raise CoachError("'coach app' is not built yet")
