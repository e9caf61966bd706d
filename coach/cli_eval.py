"""`coach eval`: measure coach on the labelled corpus or on AnnoMI, compare two
annotations, and record the ratchet levels (eval/baseline.json)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

SUITES = ("cv", "corpus", "annomi", "annomi-agreement", "agreement", "delegatee")


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    from coach.errors import InputError

    if value not in allowed:
        raise InputError(f"--{name} {value!r} is not known; use one of {', '.join(allowed)}")
    return value


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        suite: str = typer.Option("cv", "--suite", help="cv (leave-one-writer-out, the development figure) | corpus | annomi | annomi-agreement | agreement | delegatee (probes + repeat check)"),
        split: str = typer.Option("dev", "--split", help="corpus suite: dev | test (frozen: measured once, when an issue is done)"),
        engine: str = typer.Option("offline", "--engine", help="offline | llm (corpus suite)"),
        fmt: str = typer.Option("table", "--format", help="table | json"),
        corpus_dir: Optional[Path] = typer.Option(None, "--corpus-dir", help="folder holding dev/ and test/ (default eval/corpus)"),
        eval_dir: Optional[Path] = typer.Option(None, "--eval-dir", help="cv and --record: the folder holding corpus/ and utterances/ (default eval)"),
        annomi_path: Optional[Path] = typer.Option(None, "--annomi", help="AnnoMI-full.csv (default ../shared/data/annomi/, or COACH_ANNOMI_PATH)"),
        first: Optional[Path] = typer.Option(None, "--first", help="agreement: folder of the first annotation (A)"),
        second: Optional[Path] = typer.Option(None, "--second", help="agreement: folder of the second annotation (B)"),
        no_detection: bool = typer.Option(False, "--no-detection", help="corpus: skip the second pass without options"),
        record: bool = typer.Option(False, "--record", help="run the ratchet suites (cv, annomi) and write eval/baseline.json"),
        allow_lower: Optional[str] = typer.Option(None, "--allow-lower", help="with --record: the reason for accepting a lower figure"),
        cv_report: Optional[Path] = typer.Option(None, "--cv-report", help="with --record: a saved `coach eval --suite cv --format json` of this data, used instead of running cv again"),
        show_errors: bool = typer.Option(False, "--errors", help="cv: list the misjudged turns and findings of the development data"),
        writer: Optional[list[str]] = typer.Option(None, "--writer", help="cv: only these writers' folds (repeatable)"),
        write_reliability: bool = typer.Option(False, "--write-reliability", help="cv: write coach/learn/weights/reliability.json (how often each status is right on unseen writers)"),
        baseline: Optional[Path] = typer.Option(None, "--baseline", help="with --record: the file to write (default eval/baseline.json)"),
        probes: Optional[Path] = typer.Option(None, "--probes", help="delegatee: the folder of probe files (default eval/delegatee/probes)"),
        storylines: int = typer.Option(200, "--storylines", min=0, max=5000, help="delegatee: simulated storylines for the repeat check (0: none)"),
    ) -> None:
        """Measure coach: acts, guidelines, monkey verdict, grounding, speed; AnnoMI; annotator agreement."""
        from coach.evaluation import annomi, runner
        from coach.evaluation.format import to_json, to_table

        _choice("suite", suite, SUITES)
        _choice("split", split, ("dev", "test"))
        _choice("engine", engine, ("offline", "llm"))
        _choice("format", fmt, ("table", "json"))
        if record:
            _record(annomi_path, baseline, allow_lower, eval_dir, cv_report)
            return
        try:
            if suite == "cv":
                report = runner.run_cv(eval_dir, writers=writer)
                if write_reliability:
                    typer.echo(f"wrote {_write_reliability(report)}", err=True)
                if show_errors:
                    from coach.evaluation.cv_suite import errors

                    found = errors(report, limit=0)
                    typer.echo(to_json(found) if fmt == "json" else _error_lines(found))
                    return
            elif suite == "corpus":
                report = runner.run_corpus(split, engine, corpus_dir, detect=not no_detection)
            elif suite == "annomi":
                report = runner.run_annomi(split, annomi_path)
            elif suite == "delegatee":
                from coach.evaluation.delegatee_suite import delegatee_table, run_delegatee

                report = run_delegatee(probes, storylines)
                typer.echo(to_json(report) if fmt == "json" else delegatee_table(report))
                return
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


def _write_reliability(report: dict) -> Path:
    import json

    from coach.evaluation.cv_suite import reliability_table
    from coach.learn.linear import WEIGHTS

    outcomes = [o for fold in report["_folds"].values() for o in fold["outcomes"]]
    path = WEIGHTS / "reliability.json"
    path.write_text(json.dumps({"writers": report["writers"], "n_conversations": len(outcomes),
                                "table": reliability_table(outcomes)}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _error_lines(found: list[dict]) -> str:
    lines = []
    for e in found:
        where = f"{e['writer']} {e['id']}" + (f" turn {e['turn']}" if e.get("turn") else "")
        if e["kind"] == "finding":
            lines.append(f"{where}: {e['guideline']} gold {e['gold']}, coach {e['predicted']} (confidence {e['confidence']})")
        else:
            lines.append(f"{where}: gold {e['gold']}, coach {e['predicted']}: {e['text'][:110]}")
    return "\n".join(lines + [f"{len(found)} misjudged turns and findings"])


def _saved_cv(path: Path, eval_dir: Path | None) -> dict:
    """A saved cv report, refused when it is not one or its conversations and writers are not today's data."""
    import json

    from coach.errors import InputError
    from coach.evaluation.dataset import conversations, manager_examples
    from coach.evaluation.runner import PROJECT_ROOT

    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"--cv-report {path} is not readable JSON ({exc}); save one with "
                         "'coach eval --suite cv --format json > cv.json'") from exc
    root = eval_dir or PROJECT_ROOT / "eval"
    writers = sorted({e.writer for e in manager_examples(root)} | {c.writer for c in conversations(root)})
    if not isinstance(report, dict) or report.get("suite") != "cv":
        raise InputError(f"--cv-report {path} is not a cv report; save one with 'coach eval --suite cv --format json'")
    if report.get("n_conversations") != len(conversations(root)) or report.get("writers") != writers:
        raise InputError(f"--cv-report {path} was measured on other data than {root} holds now; run cv again")
    return report


def _record(annomi_path: Path | None, baseline: Path | None, allow_lower: str | None, eval_dir: Path | None,
            cv_report: Path | None = None) -> None:
    from coach.evaluation import annomi, ratchet, runner

    reports = {"cv": _saved_cv(cv_report, eval_dir) if cv_report else runner.run_cv(eval_dir)}
    try:
        reports["annomi"] = runner.run_annomi("test", annomi_path, agreement=False)
    except annomi.AnnoMIMissing as missing:
        typer.echo(f"{missing}; its recorded figures are kept")
    path = baseline or ratchet.baseline_path()
    new, notes = ratchet.record(reports, path, allow_lower=allow_lower)
    typer.echo(f"recorded {path}")
    for suite in reports:
        for key in ratchet.HEADLINES[suite]:
            value = new[suite].get(key)
            typer.echo(f"  {suite}.{key:<22} {'n/a' if value is None else f'{value:.4f}'}")
    for note in notes:
        typer.echo(f"  changed {note}")
