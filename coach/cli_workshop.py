"""`coach workshop`: create, list, show (the dashboard), export and close workshops;
`coach content`: add, list, show and remove your own scenarios and personas."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from coach.errors import InputError


def _service():
    from coach.settings import get_settings
    from coach.store import open_store
    from coach.workshop import WorkshopService

    return WorkshopService(open_store(get_settings()))


def _board(workshop_id: str):
    from coach.workshop.dashboard import dashboard

    service = _service()
    workshop = service.get(workshop_id)
    return dashboard(service.store, workshop, service.participants(workshop.id))


def _spec(name, language, scenario, persona, phase, order, ends):
    from pydantic import ValidationError

    from coach.workshop import WorkshopSpec

    try:
        day = date.fromisoformat(ends)
    except ValueError:
        raise InputError(f"--ends {ends!r} is not a date; use YYYY-MM-DD, e.g. --ends 2026-12-31") from None
    values = dict(name=name, language=language, scenarios=scenario or [], personas=persona or [], ends=day)
    if phase:
        values["phases"] = phase
    if order:
        values["order"] = [p.strip() for p in order.split(",")]
    try:
        return WorkshopSpec(**values)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "order"
        raise InputError(f"workshop {field}: {error['msg']}; see 'coach workshop create --help'") from None


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path} ({exc.strerror}); choose another file") from exc
    typer.echo(f"coach: wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    register_content(app)
    ws = typer.Typer(help="Workshops: create, list, show the dashboard, export, close.", no_args_is_help=True)
    app.add_typer(ws, name="workshop")

    @ws.command("create")
    def _create(
        name: Annotated[str, typer.Option(help="the workshop's name, shown to participants")],
        ends: Annotated[str, typer.Option(help="last day participants can join, YYYY-MM-DD")],
        language: Annotated[str, typer.Option(help="nl | en: the language of the workshop's messages")] = "nl",
        scenario: Annotated[list[str] | None, typer.Option(help="an allowed scenario id (repeat; none = all)")] = None,
        persona: Annotated[list[str] | None, typer.Option(help="an allowed persona id (repeat; none = all)")] = None,
        phase: Annotated[list[str] | None, typer.Option(help="an allowed conversation: delegation, progress, final "
                                                             "(repeat; none = all)")] = None,
        order: Annotated[str | None, typer.Option(help="order of the conversations, e.g. delegation,progress,final")] = None,
        trainer: Annotated[str | None, typer.Option(help="the trainer login that owns it in the trainer pages")] = None,
    ) -> None:
        """Create a workshop and print its id and join code."""
        from coach.identity import Principal

        try:
            owner = Principal.trainer(trainer).id if trainer else "local"
        except ValueError:
            raise InputError(f"--trainer {trainer!r} is not a login name; use letters, digits or . _ @ -") from None
        workshop = _service().create(_spec(name, language, scenario, persona, phase, order, ends), owner=owner)
        typer.echo(f"{workshop.id}  join code {workshop.code}  (ends {workshop.ends}; share the code or the link "
                   f"http://HOST:PORT/?join={workshop.code})")

    @ws.command("list")
    def _list(as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """List every workshop (newest first)."""
        workshops = _service().list()
        if as_json:
            typer.echo(json.dumps([w.model_dump(mode="json") for w in workshops], indent=2))
            return
        for w in workshops:
            typer.echo(f"{w.id}  {w.code}  {w.ends}  {'closed' if w.closed else 'open':<6}  {w.owner:<20} {w.name}")

    @ws.command("show")
    def _show(
        workshop_id: Annotated[str, typer.Argument(metavar="ID")],
        as_json: Annotated[bool, typer.Option("--json", help="print the dashboard as JSON")] = False,
    ) -> None:
        """The dashboard: participants' sessions, per guideline met/partly/missed, first vs last, common misses."""
        from coach.workshop.export import summary_text

        board = _board(workshop_id)
        typer.echo(board.model_dump_json(indent=2) if as_json else summary_text(board))

    @ws.command("export")
    def _export(
        workshop_id: Annotated[str, typer.Argument(metavar="ID")],
        csv: Annotated[Path | None, typer.Option("--csv", help="write the sessions as CSV to this file")] = None,
        html: Annotated[Path | None, typer.Option("--html", help="write the HTML report with charts to this file")] = None,
    ) -> None:
        """Export the dashboard as CSV and/or a self-contained HTML report."""
        from coach.workshop.export import to_csv, to_html

        if csv is None and html is None:
            raise InputError("nothing to export; give --csv FILE and/or --html FILE")
        board = _board(workshop_id)
        if csv is not None:
            _write(csv, to_csv(board))
        if html is not None:
            _write(html, to_html(board))

    @ws.command("close")
    def _close(
        workshop_id: Annotated[str, typer.Argument(metavar="ID")],
        yes: Annotated[bool, typer.Option("--yes", help="confirm: delete all of the workshop's data")] = False,
    ) -> None:
        """Close a workshop: delete all its sessions, reviews, scores and participants (needs --yes)."""
        if not yes:
            raise InputError("closing deletes all of the workshop's sessions, reviews and participants; add --yes")
        counts = _service().close(workshop_id)
        typer.echo(f"closed; deleted {counts['sessions']} sessions, {counts['reviews']} reviews, "
                   f"{counts['participants']} participants")


KIND_HELP = "scenario | persona"


def _authoring():
    from coach.workshop import authoring

    return authoring


def register_content(app: typer.Typer) -> None:
    """`coach content`: the trainers' own scenarios and personas in the data folder."""
    content = typer.Typer(help="Your own scenarios and personas (YAML in the data folder).", no_args_is_help=True)
    app.add_typer(content, name="content")

    @content.command("add")
    def _add(
        kind: Annotated[str, typer.Argument(help=KIND_HELP)],
        path: Annotated[Path, typer.Argument(help="a YAML file with the same fields as prompts/<kind>s/*.yaml")],
        content_id: Annotated[str | None, typer.Option("--id", help="the id to publish it under")] = None,
    ) -> None:
        """Validate a scenario or persona and publish it (never over the packaged content)."""
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InputError(f"cannot read {path} as UTF-8 text; give a YAML file") from None
        obj = _authoring().parse(kind, source, {"id": content_id})
        typer.echo(f"published {kind} {obj.id} in {_authoring().publish(obj)}")

    @content.command("list")
    def _list() -> None:
        """List your own scenarios and personas."""
        for kind in ("scenario", "persona"):
            for content_id in _authoring().authored(kind):
                typer.echo(f"{kind:<9} {content_id}")

    @content.command("show")
    def _show(kind: Annotated[str, typer.Argument(help=KIND_HELP)], content_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
        """Print a scenario or persona (yours or packaged) as YAML, e.g. to start a new one from."""
        typer.echo(_authoring().load(kind, content_id), nl=False)

    @content.command("remove")
    def _remove(kind: Annotated[str, typer.Argument(help=KIND_HELP)], content_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
        """Remove one of your own scenarios or personas."""
        if not _authoring().remove(kind, content_id):
            raise InputError(f"{content_id!r} is not one of your own {kind}s; see 'coach content list'")
        typer.echo(f"removed {kind} {content_id}")
