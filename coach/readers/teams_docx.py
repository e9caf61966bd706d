"""Microsoft Teams .docx transcripts (python-docx).

Layouts handled:
- current Teams: a paragraph "Anna de Vries   0:03" (speaker, spaces or a tab,
  m:ss or h:mm:ss), then the text in the following paragraph(s), or after a
  line break in the same paragraph.  Title, date and duration paragraphs come
  before the first speaker; "... started transcription" lines are skipped.
- older Teams/Stream: "0:0:5.100 --> 0:0:8.250", then the speaker's name,
  then the text (as paragraphs or lines of one paragraph), sometimes with
  a WebVTT voice tag `<v Name>text</v>` instead of the name line.
- a Word document typed by hand with `Name: text` paragraphs.
"""

from __future__ import annotations

import io
import re
import zipfile

from coach.errors import InputError
from coach.models import Transcript
from coach.readers.plain_text import segments_from_lines
from coach.readers.speakers import is_name_like, parse_time
from coach.readers.turns import Segment, build_transcript

_TS = r"\d{1,2}:\d{2}(?::\d{2})?"
_HEADER = re.compile(rf"^(?P<name>.+?)(?:\s{{2,}}|\t|\s+(?=\d))(?P<ts>{_TS})(?:\s*(?:\t|\s{{2,}})(?P<rest>\S.*))?$")
_ARROW = re.compile(r"^(?P<a>\d+:\d+:\d+(?:[.,]\d+)?)\s*-->\s*(?P<b>\d+:\d+:\d+(?:[.,]\d+)?)\s*(?P<rest>.*)$")
_VOICE = re.compile(r"^<v(?:\.[\w-]+)*\s+(?P<name>[^>]+)>(?P<text>.*?)(?:</v>)?$")
_SYSTEM = re.compile(
    r"(started|stopped) transcription|(is|heeft) .*transcri\w* (gestart|gestopt|begonnen)"
    r"|transcriptie (gestart|gestopt)|^(transcript|transcriptie)$",
    re.IGNORECASE,
)


MAX_EXPANSION = 10        # a .docx may unpack to at most ten times the upload limit ...
MAX_PARTS = 2_000         # ... in at most this many parts (a Teams transcript has a few dozen)


def check_zip(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse a .docx whose zip directory announces more than coach will unpack, before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(f"{name} is not a valid .docx document; download the transcript from Teams again as .docx, "
                         "or give a .vtt or .txt transcript") from exc
    expanded = sum(i.file_size for i in infos)
    if len(infos) > MAX_PARTS or expanded > MAX_EXPANSION * max_bytes:
        raise InputError(f"{name} unpacks to {expanded // (1024 * 1024)} MB in {len(infos)} parts, more than a transcript "
                         f"(at most {MAX_EXPANSION * max_bytes // (1024 * 1024)} MB, {MAX_PARTS} parts); "
                         "export the transcript from Teams again, or give a .vtt or .txt transcript")


def _lines(data: bytes, name: str) -> list[str]:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise InputError("reading .docx needs python-docx; reinstall coach") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            f"{name} is not a valid .docx document; download the transcript from Teams again as .docx, "
            "or give a .vtt or .txt transcript"
        ) from exc
    except Exception as exc:  # lxml errors in a damaged document
        raise InputError(f"{name} cannot be read as a .docx document ({type(exc).__name__}); save it again as .docx") from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        for line in paragraph.text.split("\n"):
            line = line.strip()
            if line:
                lines.append(line)
    for table in document.tables:  # rarely, a transcript sits in a table: "Name | text"
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if len(cells) >= 2 and cells[0] and cells[-1]:
                lines.append(f"{cells[0]}: {cells[-1]}")
    return lines


def _header(line: str) -> re.Match | None:
    m = _HEADER.match(line)
    return m if m and is_name_like(m.group("name")) else None


def _trusted_names(lines: list[str]) -> set[str] | None:
    """Header names seen twice or more; None (trust all) when fewer than two names repeat.

    Keeps a text line such as "Tot 10:30" from being read as a speaker header."""
    counts: dict[str, int] = {}
    for line in lines:
        m = _header(line)
        if m:
            key = m.group("name").strip()
            counts[key] = counts.get(key, 0) + 1
    repeated = {n for n, c in counts.items() if c >= 2}
    return repeated if len(repeated) >= 2 else None


def _teams_segments(lines: list[str]) -> tuple[list[Segment], int]:
    """Segments of the Teams layouts, and how many speaker headers were found."""
    trusted = _trusted_names(lines)
    segments: list[Segment] = []
    current: Segment | None = None
    pending_arrow: tuple[float, float] | None = None
    headers = 0
    for line in lines:
        if _SYSTEM.search(line):
            continue
        arrow = _ARROW.match(line)
        if arrow:
            pending_arrow = (parse_time(arrow.group("a")), parse_time(arrow.group("b")))
            current = None
            rest = arrow.group("rest").strip()
            if not rest:
                continue
            line = rest
        voice = _VOICE.match(line)
        if voice:
            start, end = pending_arrow or (None, None)
            current = Segment(voice.group("name").strip(), voice.group("text"), start, end)
            segments.append(current)
            pending_arrow, headers = None, headers + 1
            continue
        if pending_arrow is not None and is_name_like(line):
            current = Segment(line, "", *pending_arrow)
            segments.append(current)
            pending_arrow, headers = None, headers + 1
            continue
        header = _header(line)
        if header and (trusted is None or header.group("name").strip() in trusted):
            current = Segment(header.group("name").strip(), header.group("rest") or "", parse_time(header.group("ts")))
            segments.append(current)
            headers += 1
            continue
        if current is not None:
            current.add(line)
    return segments, headers


def read_teams_docx(data: bytes, name: str, max_bytes: int = 5 * 1024 * 1024) -> Transcript:
    check_zip(data, name, max_bytes)
    lines = _lines(data, name)
    if not lines:
        raise InputError(f"{name} contains no text; download the transcript from Teams again")
    segments, headers = _teams_segments(lines)
    if headers == 0:
        segments = segments_from_lines(lines)
    if not segments:
        raise InputError(
            f"{name} is not a Teams transcript: no 'Name 0:03' speaker lines and no 'Name: text' paragraphs; "
            "download the transcript from Teams as .docx or .vtt"
        )
    for i, seg in enumerate(segments[:-1]):
        if seg.end is None and segments[i + 1].start is not None:
            seg.end = segments[i + 1].start
    return build_transcript(segments, "docx", name)
