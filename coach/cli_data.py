"""`coach data`: list, delete and locate what coach stores (sessions, reviews, scores)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from coach.errors import InputError


def _store():
    from coach.settings import get_settings
    from coach.store import open_store

    return open_store(get_settings())


def register(app: typer.Typer) -> None:
    data = typer.Typer(help="List, delete and locate stored sessions and reviews.", no_args_is_help=True)
    app.add_typer(data, name="data")

    @data.command("list")
    def _list(
        as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
    ) -> None:
        """List stored practice sessions and reviews (newest first); no conversation content."""
        store = _store()
        sessions = store.list_sessions()
        reviews = store.list_reviews()
        if as_json:
            typer.echo(json.dumps({
                "sessions": [{"id": s.id, "updated": s.updated.isoformat(), "scenario": s.scenario_id,
                              "persona": s.persona_id, "phase": s.phase, "language": s.language,
                              "turns": s.turn_count, "ended": s.ended} for s in sessions],
                "reviews": [{"id": r.id, "created": r.created.isoformat(), "kind": r.kind, "session_id": r.session_id,
                             "source": r.source_name, "phase": r.phase, "language": r.language} for r in reviews],
            }, indent=2))
            return
        typer.echo(f"sessions ({len(sessions)}):")
        for s in sessions:
            state = "ended" if s.ended else "open"
            typer.echo(f"  {s.id}  {s.updated:%Y-%m-%d %H:%M}  {s.phase:<10} {s.language}  "
                       f"{s.scenario_id}/{s.persona_id}  {s.turn_count} turns  {state}")
        typer.echo(f"reviews ({len(reviews)}):")
        for r in reviews:
            typer.echo(f"  {r.id}  {r.created:%Y-%m-%d %H:%M}  {r.kind:<10} {r.phase:<10} {r.language}  "
                       f"{r.source_name or r.session_id or ''}")

    @data.command("delete")
    def _delete(
        item_id: Annotated[str | None, typer.Argument(metavar="SESSION_ID", help="a session or review id")] = None,
        all_: Annotated[bool, typer.Option("--all", help="delete every session and review")] = False,
        yes: Annotated[bool, typer.Option("--yes", help="confirm --all without asking")] = False,
    ) -> None:
        """Delete one session (with its turns and reviews) or review, or everything with --all --yes."""
        if all_ and item_id:
            raise InputError("give either a SESSION_ID or --all, not both")
        if all_:
            if not yes:
                raise InputError("--all deletes every session and review; add --yes to confirm")
            from coach.settings import get_settings
            from coach.uploads import purge_uploads

            counts = _store().delete_all()
            files = purge_uploads(get_settings())
            typer.echo(f"deleted {counts['sessions']} sessions and {counts['reviews']} reviews"
                       + (f", and {files} files in the app's upload folder" if files else ""))
            return
        if not item_id:
            raise InputError("say what to delete: coach data delete SESSION_ID, or coach data delete --all --yes")
        store = _store()
        if store.delete_session(item_id):
            typer.echo(f"deleted session {item_id}")
        elif store.delete_review(item_id):
            typer.echo(f"deleted review {item_id}")
        else:
            raise InputError(f"no session or review with id {item_id!r}; see 'coach data list'")

    @data.command("path")
    def _path() -> None:
        """Print where coach stores its data (the SQLite file or the database URL)."""
        typer.echo(_store().location())
