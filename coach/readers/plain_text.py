"""Plain-text transcripts: `Name: text`, a turn per line.

A line without a `Name:` prefix continues the previous turn; blank lines are
ignored; lines before the first speaker (a title, a date) are skipped.  An
optional leading time stamp ("[00:01:02] Anna: ...") is kept as the start.
"""

from __future__ import annotations

from coach.errors import InputError
from coach.models import Transcript
from coach.readers.speakers import split_speaker
from coach.readers.turns import Segment, build_transcript


def segments_from_lines(lines: list[str]) -> list[Segment]:
    segments: list[Segment] = []
    for line in lines:
        if not line.strip():
            continue
        found = split_speaker(line)
        if found is not None:
            speaker, text, start = found
            segments.append(Segment(speaker, text, start))
        elif segments:
            segments[-1].add(line.strip())
    return segments


def read_plain_text(text: str, name: str, source_format: str = "txt") -> Transcript:
    segments = segments_from_lines(text.splitlines())
    if not segments:
        raise InputError(
            f"{name} has no 'Name: text' lines; write one turn per line, starting with the speaker's name "
            "and a colon (e.g. 'Anna: Hoe gaat het?')"
        )
    return build_transcript(segments, source_format, name)
