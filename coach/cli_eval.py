"""`coach eval`: placeholder until its owner fills it in."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def _cmd() -> None:
        """(not built yet)"""
        from coach.errors import CoachError

        raise CoachError("'coach eval' is not built yet")
