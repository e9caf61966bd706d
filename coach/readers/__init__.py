"""Transcript readers: a file, bytes or text -> Transcript (coach.models).

    read_path(path, max_bytes=None) -> Transcript
    read_bytes(data, name, max_bytes=None) -> Transcript
    read_text(text, name="stdin") -> Transcript

Formats: plain text (`Name: text` lines), WebVTT (Teams `<v Name>` voice tags,
Zoom `Name: text` cues), SRT, and Teams .docx transcripts; the format comes
from the file name, checked against the content (sniff.py).  Every problem is
a coach.errors.InputError with one line saying what is wrong and what to do.
`max_bytes` None means the default limit (5 MB).
"""

from __future__ import annotations

from pathlib import Path

from coach.errors import InputError
from coach.models import Transcript
from coach.readers.decode import DEFAULT_MAX_BYTES, check_not_empty, check_shape, check_size, decode_text
from coach.readers.sniff import FORMATS, sniff_format
from coach.readers.speakers import resolve_manager

__all__ = ["FORMATS", "read_bytes", "read_path", "read_text", "resolve_manager", "sniff_format"]


def _bounded(transcript: Transcript, name: str) -> Transcript:
    check_shape(len(transcript.turns), max((len(t.text) for t in transcript.turns), default=0), name)
    return transcript


def _from_text(text: str, name: str, fmt: str) -> Transcript:
    if fmt in ("vtt", "srt"):
        from coach.readers.captions import read_captions

        return _bounded(read_captions(text, name, fmt), name)
    from coach.readers.plain_text import read_plain_text

    return _bounded(read_plain_text(text, name), name)


def _limit(max_bytes: int | None) -> int:
    return DEFAULT_MAX_BYTES if max_bytes is None else max_bytes


def read_bytes(data: bytes, name: str, max_bytes: int | None = None) -> Transcript:
    """Read a transcript from the bytes of a file called `name` (the name picks the format)."""
    check_size(len(data), name, max_bytes)
    check_not_empty(data, name)
    fmt = sniff_format(name, data[:4096])
    if fmt == "docx":
        from coach.readers.teams_docx import read_teams_docx

        return _bounded(read_teams_docx(data, name, _limit(max_bytes)), name)
    return _from_text(decode_text(data, name), name, fmt)


def read_text(text: str, name: str = "stdin") -> Transcript:
    """Read a transcript from text (standard input, a text box): plain text, or WebVTT/SRT by content."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name} is empty; give a transcript with one 'Name: text' line per turn")
    head = text[:4096].encode("utf-8", errors="replace")
    fmt = sniff_format("stdin", head)
    return _from_text(text, name, "txt" if fmt == "docx" else fmt)


def read_path(path: str | Path, max_bytes: int | None = None) -> Transcript:
    """Read a transcript file; a missing file, a directory or an unreadable file is a one-line error."""
    import stat

    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name} does not exist; check the file name and path")
    if p.is_dir():
        raise InputError(f"{name} is a directory; give a transcript file (.txt, .vtt, .srt or .docx)")
    try:
        mode = p.resolve().stat().st_mode  # stat never blocks, not even on a FIFO; a link is followed
        if not stat.S_ISREG(mode):
            raise InputError(f"{name} is not a regular file (a device, pipe or socket); give a transcript file, "
                             "or pipe it in with `coach review - < file`")
        check_size(p.stat().st_size, name, max_bytes)
        with p.open("rb") as fh:  # read no further than the limit, whatever the size said
            data = fh.read(_limit(max_bytes) + 1)
    except PermissionError as exc:
        raise InputError(f"{name} cannot be read (permission denied); check the file's permissions") from exc
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or type(exc).__name__}); check the file") from exc
    return read_bytes(data, name, max_bytes)
