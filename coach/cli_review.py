"""`coach review FILE`: review a conversation transcript against the form.

    coach review talk.vtt [--phase delegation|progress|final] [--manager NAME] [--lang nl|en]
                 [--delegatee-kind employee|network] [--engine auto|offline|llm]
                 [--format json|md|html|pdf] [--output PATH] [--max-mb MB]

json prints the contract of review-json.md; md and html go to standard output
(or --output); pdf needs --output.  When coach chose the manager, the phase or
the language itself, md/html/pdf print a one-line note on standard error.  When coach is not sure of the
phase it chose or of a finding (coach.confidence), it says so on standard error in every format.
Heavy modules (readers, report, engines) are imported inside the command, and
never Gradio or LangChain on the offline path, so the command starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from coach.cli_options import ENGINES as ENGINE_CHOICES
from coach.cli_options import LANGS as LANG_CHOICES
from coach.cli_options import PHASES as PHASE_CHOICES
from coach.cli_options import choice as _choice

FORMAT_CHOICES = ("json", "md", "html", "pdf")
_SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def _read_stdin(max_bytes: int):
    from coach.errors import InputError
    from coach.readers import read_bytes

    stream = sys.stdin
    if stream is None or (hasattr(stream, "isatty") and stream.isatty()):
        raise InputError("no transcript on standard input; pipe one in, e.g. `coach review - < talk.txt`")
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1).encode("utf-8")
    return read_bytes(data, "stdin", max_bytes)


def _settings(engine: str | None, max_mb: float | None):
    from pydantic import ValidationError

    from coach.errors import InputError
    from coach.settings import get_settings

    if max_mb is not None and not 0 < max_mb <= 100:  # also inf and nan
        raise InputError(f"--max-mb {max_mb} must be a positive number of megabytes, at most 100")
    try:
        return get_settings(engine=engine, max_upload_mb=max_mb)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        raise InputError(f"invalid setting {where}: {first.get('msg')}; check COACH_* variables and .env") from exc


def _note(review) -> str | None:
    """What coach chose itself, without any name from the conversation (standard error may end up in a log)."""
    chosen = []
    if review.manager_detected:
        speakers = list(dict.fromkeys(t.speaker for t in review.turns))
        number = speakers.index(review.manager) + 1 if review.manager in speakers else 0
        chosen.append(f"manager: speaker {number} of {len(speakers)} in order of speaking (use --manager NAME to choose)")
    if review.phase_detected:
        chosen.append(f"the {review.phase} phase (use --phase to change)")
    if review.language_detected:
        chosen.append(f"language {review.language} (use --lang to change)")
    return "coach: chose " + "; ".join(chosen) if chosen else None


def _unsure(review) -> list[str]:
    """Lines for standard error: a phase or findings coach is not sure of (coach.confidence)."""
    from coach.confidence import PHASE_SURE, SURE

    lines = []
    if review.phase_detected and review.phase_confidence is not None and review.phase_confidence < PHASE_SURE:
        lines.append(f"coach: not sure this is a {review.phase} conversation (confidence {review.phase_confidence:.2f}); "
                     "give --phase delegation|progress|final")
    unsure = [f for f in review.findings if not f.sure]
    if unsure:
        names = ", ".join(f"{f.guideline} ({f.confidence:.2f})" for f in unsure)
        lines.append(f"coach: not sure about {len(unsure)} finding(s), confidence below {SURE}: {names}; "
                     "the report marks them 'not sure'")
    return lines



def _render(review, fmt: str) -> str | bytes:
    if fmt == "json":
        import json

        return json.dumps(review.to_contract(), indent=2, ensure_ascii=False) + "\n"
    from coach import report

    if fmt == "md":
        return report.render_markdown(review)
    if fmt == "html":
        return report.render_html(review)
    return report.render_pdf(review)


def _write(output: Path, content: str | bytes) -> None:
    from coach.errors import InputError

    try:
        if isinstance(content, bytes):
            output.write_bytes(content)
        else:
            output.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output} ({exc.strerror or type(exc).__name__}); check the path") from exc


def review_file(
    file: str,
    phase: str | None = None,
    manager: str | None = None,
    lang: str | None = None,
    engine: str | None = None,
    max_mb: float | None = None,
    delegatee_kind: str | None = None,
):
    """Read `file` ("-" = standard input) and review it; returns the Review."""
    from coach.models import ReviewOptions
    from coach.readers import read_path, resolve_manager

    settings = _settings(engine, max_mb)
    max_bytes = settings.max_upload_bytes
    transcript = _read_stdin(max_bytes) if file == "-" else read_path(file, max_bytes)
    options = ReviewOptions(
        manager=resolve_manager(transcript.speakers, manager) if manager is not None else None,
        phase=phase,
        language=lang,
        delegatee_kind=delegatee_kind,
    )
    if settings.resolved_engine() == "offline":
        from coach.review import review_transcript

        return review_transcript(transcript, options)
    from coach.engines.factory import make_critic

    return make_critic(settings).review(transcript, options)


def register(app: typer.Typer) -> None:
    @app.command("review")
    def review_cmd(
        file: Annotated[str, typer.Argument(help="transcript: .txt, .vtt, .srt or Teams .docx; - reads standard input")],
        phase: Annotated[Optional[str], typer.Option(help="delegation, progress or final (default: coach decides)")] = None,
        manager: Annotated[Optional[str], typer.Option(help="the speaker who delegates (default: coach decides)")] = None,
        lang: Annotated[Optional[str], typer.Option(help="nl or en (default: detected)")] = None,
        engine: Annotated[Optional[str], typer.Option(help="auto, offline or llm (default: COACH_ENGINE, else auto)")] = None,
        fmt: Annotated[
            Optional[str], typer.Option("--format", help="json, md, html or pdf (default: from --output, else json)")
        ] = None,
        output: Annotated[Optional[Path], typer.Option(help="write the report to this file")] = None,
        max_mb: Annotated[Optional[float], typer.Option(help="largest transcript accepted, in MB (default 5)")] = None,
        delegatee_kind: Annotated[
            Optional[str], typer.Option("--delegatee-kind", help="employee or network (someone outside your line; default: coach decides)")
        ] = None,
    ) -> None:
        """Review a conversation transcript against the delegation form."""
        from coach.errors import InputError

        phase_v = _choice("--phase", phase, PHASE_CHOICES)
        lang_v = _choice("--lang", lang, LANG_CHOICES)
        engine_v = _choice("--engine", engine, ENGINE_CHOICES)
        fmt_v = _choice("--format", fmt, FORMAT_CHOICES)
        if fmt_v is None:
            fmt_v = _SUFFIX_FORMAT.get(output.suffix.lower(), "json") if output is not None else "json"
        if fmt_v == "pdf" and output is None:
            raise InputError("a PDF report is binary: add --output report.pdf")
        if output is not None and output.is_dir():
            raise InputError(f"--output {output} is a directory; give a file name, e.g. {output / f'review.{fmt_v}'}")

        kind_v = _choice("--delegatee-kind", delegatee_kind, ("employee", "network"))
        review = review_file(file, phase_v, manager, lang_v, engine_v, max_mb, kind_v)
        content = _render(review, fmt_v)
        note = _note(review)
        if note and fmt_v != "json":
            print(note, file=sys.stderr)
        for line in _unsure(review):
            print(line, file=sys.stderr)
        if output is not None:
            _write(output, content)
            print(f"coach: wrote {output}", file=sys.stderr)
        else:
            sys.stdout.write(content)
            sys.stdout.flush()
