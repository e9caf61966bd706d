"""From speaker segments (a line, a cue, a paragraph) to a Transcript of turns.

Consecutive segments of one speaker merge into one turn; whitespace is
normalised (NFC, one space, no zero-width characters); start/end times are
kept when known.  A transcript needs turns from at least two speakers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coach.errors import InputError
from coach.models import Transcript, Turn

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, all whitespace runs (newlines, NBSP) as one space."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return " ".join(text.split())


@dataclass
class Segment:
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None


def merge_segments(segments: list[Segment]) -> list[Segment]:
    """Join consecutive segments of the same speaker; drop empty ones."""
    merged: list[Segment] = []
    for seg in segments:
        speaker = clean_text(seg.speaker)
        text = clean_text(seg.text)
        if not speaker or not text:
            continue
        if merged and merged[-1].speaker == speaker:
            last = merged[-1]
            last.text = f"{last.text} {text}"
            if seg.end is not None:
                last.end = seg.end
            if last.start is None:
                last.start = seg.start
        else:
            merged.append(Segment(speaker, text, seg.start, seg.end))
    return merged


def build_transcript(segments: list[Segment], source_format: str, name: str) -> Transcript:
    """The Transcript of `segments`, or a one-line error when it cannot be a conversation."""
    merged = merge_segments(segments)
    if not merged:
        raise InputError(f"{name} contains no speaker turns; write one turn per line as 'Name: text'")
    turns = [
        Turn(index=i, speaker=s.speaker, text=s.text, start=s.start, end=s.end) for i, s in enumerate(merged)
    ]
    transcript = Transcript(turns=turns, source_format=source_format, source_name=name)
    speakers = transcript.speakers
    if len(speakers) < 2:
        raise InputError(
            f"{name} has only one speaker ({speakers[0]}); a review needs the conversation of at least "
            "two people: check that every turn starts with its speaker's name"
        )
    return transcript
