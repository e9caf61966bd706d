"""`coach practice`: placeholder until its owner fills it in."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("practice")
    def _cmd() -> None:
        """(not built yet)"""
        from coach.errors import CoachError

        raise CoachError("'coach practice' is not built yet")
