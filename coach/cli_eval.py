"""`coach eval`: measure coach on the labelled corpus or on AnnoMI, compare two
annotations, and record the ratchet levels (eval/baseline.json)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

SUITES = ("corpus", "annomi", "annomi-agreement", "agreement")


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    from coach.errors import InputError

    if value not in allowed:
        raise InputError(f"--{name} {value!r} is not known; use one of {', '.join(allowed)}")
    return value


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        suite: str = typer.Option("corpus", "--suite", help="corpus | annomi | annomi-agreement | agreement"),
        split: str = typer.Option("dev", "--split", help="dev (tune here) | test (report this)"),
        engine: str = typer.Option("offline", "--engine", help="offline | llm (corpus suite)"),
        fmt: str = typer.Option("table", "--format", help="table | json"),
        corpus_dir: Optional[Path] = typer.Option(None, "--corpus-dir", help="folder holding dev/ and test/ (default eval/corpus)"),
        annomi_path: Optional[Path] = typer.Option(None, "--annomi", help="AnnoMI-full.csv (default ../shared/data/annomi/, or COACH_ANNOMI_PATH)"),
        first: Optional[Path] = typer.Option(None, "--first", help="agreement: folder of the first annotation (A)"),
        second: Optional[Path] = typer.Option(None, "--second", help="agreement: folder of the second annotation (B)"),
        no_detection: bool = typer.Option(False, "--no-detection", help="corpus: skip the second pass without options"),
        record: bool = typer.Option(False, "--record", help="run the headline suites (offline, test) and write eval/baseline.json"),
        baseline: Optional[Path] = typer.Option(None, "--baseline", help="with --record: the file to write (default eval/baseline.json)"),
    ) -> None:
        """Measure coach: acts, guidelines, monkey verdict, grounding, speed; AnnoMI; annotator agreement."""
        from coach.evaluation import annomi, runner
        from coach.evaluation.format import to_json, to_table

        _choice("suite", suite, SUITES)
        _choice("split", split, ("dev", "test"))
        _choice("engine", engine, ("offline", "llm"))
        _choice("format", fmt, ("table", "json"))
        if record:
            _record(corpus_dir, annomi_path, baseline)
            return
        try:
            if suite == "corpus":
                report = runner.run_corpus(split, engine, corpus_dir, detect=not no_detection)
            elif suite == "annomi":
                report = runner.run_annomi(split, annomi_path)
            elif suite == "annomi-agreement":
                report = runner.run_annomi_agreement(annomi_path)
            else:
                report = _agreement(first, second)
        except annomi.AnnoMIMissing as missing:
            typer.echo(str(missing))
            return
        typer.echo(to_json(report) if fmt == "json" else to_table(report))


def _agreement(first: Path | None, second: Path | None) -> dict:
    from coach.errors import InputError
    from coach.evaluation.agreement import compare_folders

    if first is None or second is None:
        raise InputError("--suite agreement needs --first DIR and --second DIR (two annotations of the same files)")
    return compare_folders(first, second)


def _record(corpus_dir: Path | None, annomi_path: Path | None, baseline: Path | None) -> None:
    from coach.evaluation import annomi, ratchet, runner

    reports = {"corpus": runner.run_corpus("test", "offline", corpus_dir, detect=False)}
    try:
        reports["annomi"] = runner.run_annomi("test", annomi_path, agreement=False)
    except annomi.AnnoMIMissing as missing:
        typer.echo(f"{missing}; its recorded figures are kept")
    path = baseline or ratchet.baseline_path()
    new, notes = ratchet.record(reports, path)
    typer.echo(f"recorded {path}")
    for suite in reports:
        for key in ratchet.HEADLINES[suite]:
            value = new[suite].get(key)
            typer.echo(f"  {suite}.{key:<22} {'n/a' if value is None else f'{value:.4f}'}")
    for note in notes:
        typer.echo(f"  changed {note}")
