"""Microsoft Teams .docx transcripts (the document XML read as a stream with lxml).

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
import zlib

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
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError) as exc:
        raise InputError(f"{name} is not a valid .docx document; download the transcript from Teams again as .docx, "
                         "or give a .vtt or .txt transcript") from exc
    expanded = sum(i.file_size for i in infos)
    if len(infos) > MAX_PARTS or expanded > MAX_EXPANSION * max_bytes:
        raise InputError(f"{name} unpacks to {expanded // (1024 * 1024)} MB in {len(infos)} parts, more than a transcript "
                         f"(at most {MAX_EXPANSION * max_bytes // (1024 * 1024)} MB, {MAX_PARTS} parts); "
                         "export the transcript from Teams again, or give a .vtt or .txt transcript")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _BODY = _W + "p", _W + "body"
MAX_ELEMENTS = 600_000  # XML elements in the document; a Teams transcript at the size limit has a few hundred thousand
_NOT_DOCX = "is not a valid .docx document; download the transcript from Teams again as .docx, or give a .vtt or .txt transcript"


def _main_part(archive: zipfile.ZipFile, name: str) -> str:
    names = archive.namelist()
    found = [n for n in names if re.fullmatch(r"word/document\d*\.xml", n)]
    if not found:
        raise InputError(f"{name} {_NOT_DOCX}")
    return sorted(found, key=len)[0]


def _text(element) -> str:
    """The text of a paragraph as Word shows it: runs, tabs and line breaks."""
    out = []
    for node in element.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        tag = node.tag
        out.append(node.text or "" if tag == _W + "t" else "\t" if tag == _W + "tab" else "\n")
    return "".join(out)


def _add_lines(text: str, lines: list[str]) -> None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            lines.append(line)


def _row_line(row) -> str | None:
    """A table row "Name | text" as "Name: text" (rarely, a transcript sits in a table)."""
    cells = ["\n".join(_text(p) for p in cell.iter(_W + "p")).strip() for cell in row.iterfind(_W + "tc")]
    return f"{cells[0]}: {cells[-1]}" if len(cells) >= 2 and cells[0] and cells[-1] else None


def _lines(data: bytes, name: str) -> list[str]:
    """The non-empty lines of the document's paragraphs, then of its table rows: read as a stream (lxml
    iterparse, every paragraph dropped once read), so memory stays small and a document of more elements
    than a transcript has is refused as soon as the count passes MAX_ELEMENTS."""
    from lxml import etree

    lines: list[str] = []
    rows: list[str] = []
    elements = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(_main_part(archive, name)) as stream:
            for _, el in etree.iterparse(stream, resolve_entities=False, no_network=True, load_dtd=False):
                elements += 1
                if elements > MAX_ELEMENTS:
                    raise InputError(f"{name} has more than {MAX_ELEMENTS:,} XML elements, far more than a transcript; "
                                     "export the transcript from Teams again, or give a .vtt or .txt transcript")
                parent = el.getparent()
                if el.tag == _P and parent is not None and parent.tag == _BODY:
                    if len(el):
                        _add_lines(_text(el), lines)
                elif el.tag == _W + "tr":
                    row = _row_line(el)
                    if row:
                        rows.append(row)
                else:
                    continue
                el.clear()
                while el.getprevious() is not None:  # drop what was read
                    del parent[0]
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{name} {_NOT_DOCX}") from exc
    return lines + rows


_HAS_TIME = re.compile(r"\d:\d\d")                 # in every header (its m:ss or h:mm:ss): a cheap test first
_SYSTEM_HINT = re.compile("transcri", re.IGNORECASE)  # in every line _SYSTEM matches


def _header(line: str) -> re.Match | None:
    if not _HAS_TIME.search(line):
        return None
    m = _HEADER.match(line)
    return m if m and is_name_like(m.group("name")) else None


def _trusted_names(lines: list[str], headers: dict | None = None) -> set[str] | None:
    """Header names seen twice or more; None (trust all) when fewer than two names repeat.  `headers`: each
    line's _header, when the caller has them.

    Keeps a text line such as "Tot 10:30" from being read as a speaker header."""
    counts: dict[str, int] = {}
    for line in lines:
        m = headers[line] if headers is not None else _header(line)
        if m:
            key = m.group("name").strip()
            counts[key] = counts.get(key, 0) + 1
    repeated = {n for n, c in counts.items() if c >= 2}
    return repeated if len(repeated) >= 2 else None


def _teams_segments(lines: list[str]) -> tuple[list[Segment], int]:
    """Segments of the Teams layouts, and how many speaker headers were found."""
    headers_of = {line: _header(line) for line in lines}  # each line's header read once
    trusted = _trusted_names(lines, headers_of)
    segments: list[Segment] = []
    current: Segment | None = None
    pending_arrow: tuple[float, float] | None = None
    headers = 0
    for line in lines:
        if _SYSTEM_HINT.search(line) and _SYSTEM.search(line):
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
        header = headers_of[line] if line in headers_of else _header(line)
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
