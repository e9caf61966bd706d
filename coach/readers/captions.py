"""WebVTT and SRT transcripts (webvtt-py), as Teams and Zoom export them.

- Teams: every cue carries a voice tag, `<v Anna de Vries>text</v>`; one
  utterance is often split over several cues.
- Zoom (and most SRT files): the speaker is a `Name: text` prefix in the cue.
A cue without a speaker continues the previous speaker's turn.
"""

from __future__ import annotations

import io
import re

from coach.errors import InputError
from coach.models import Transcript
from coach.readers.speakers import parse_time, split_speaker
from coach.readers.turns import Segment, build_transcript

_VOICE = re.compile(r"<v(?:\.[\w-]+)*\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")


def _parse(text: str, fmt: str, name: str):
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    what = "WebVTT" if fmt == "vtt" else "SRT"
    try:
        return webvtt.from_buffer(io.StringIO(text), format=fmt)
    except (MalformedFileError, MalformedCaptionError, ValueError, IndexError) as exc:
        detail = " ".join(str(exc).split())[:80] or "invalid format"
        hint = "it must start with a 'WEBVTT' line" if fmt == "vtt" and not text.lstrip().startswith("WEBVTT") else (
            "export it again from Teams or Zoom, or save it as plain text with 'Name: text' lines"
        )
        raise InputError(f"{name} is not a valid {what} file ({detail}); {hint}") from exc


def _cue_segments(raw_text: str, start: float | None, end: float | None) -> list[Segment]:
    """The speaker segments of one cue: voice tags first, else a `Name:` prefix, else no speaker ("")."""
    out: list[Segment] = []
    for line in raw_text.split("\n"):
        voice = _VOICE.search(line)
        if voice:
            speaker = voice.group(1).strip()
            out.append(Segment(speaker, _TAG.sub("", line[voice.end() :]), start, end))
            continue
        plain = _TAG.sub("", line)
        found = split_speaker(plain)
        if found is not None:
            out.append(Segment(found[0], found[1], start, end))
        elif out:
            out[-1].add(plain)
        elif plain.strip():
            out.append(Segment("", plain, start, end))
    return out


def read_captions(text: str, name: str, fmt: str) -> Transcript:
    """A Transcript from WebVTT (fmt "vtt") or SRT (fmt "srt") text."""
    captions = _parse(text, fmt, name)
    segments: list[Segment] = []
    for cue in captions:
        start, end = parse_time(cue.start), parse_time(cue.end)
        for seg in _cue_segments(cue.raw_text, start, end):
            if seg.speaker:
                segments.append(seg)
            elif segments:
                segments[-1].add(seg.text)
                segments[-1].end = end
    if not captions:
        raise InputError(f"{name} contains no cues; export the transcript again, with its text")
    if not segments:
        raise InputError(
            f"{name} has no speaker names (no <v Name> voice tags and no 'Name: text' cues); "
            "export the transcript with speaker attribution turned on, or add the names as 'Name: text'"
        )
    return build_transcript(segments, fmt, name)
