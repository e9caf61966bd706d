"""`coach data`: placeholder until its owner fills it in."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("data")
    def _cmd() -> None:
        """(not built yet)"""
        from coach.errors import CoachError

        raise CoachError("'coach data' is not built yet")
