"""From speaker segments (a line, a cue, a paragraph) to a Transcript of turns.

Consecutive segments of one speaker merge into one turn; whitespace is
normalised (NFC, one space, no zero-width characters); start/end times are
kept when known.  A transcript needs turns from at least two speakers.
"""

from __future__ import annotations

import re
import unicodedata

from coach.errors import InputError
from coach.models import Transcript, Turn

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, all whitespace runs (newlines, NBSP) as one space."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return " ".join(text.split())


class Segment:
    """A speaker's piece of text; `add` appends a continuation in constant time (a turn of many lines or
    cues is joined once, when its text is read, so reading stays linear in the length of the file)."""

    __slots__ = ("speaker", "_parts", "start", "end")

    def __init__(self, speaker: str, text: str, start: float | None = None, end: float | None = None) -> None:
        self.speaker, self._parts, self.start, self.end = speaker, [text], start, end

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = [" ".join(self._parts)]
        return self._parts[0]

    @text.setter
    def text(self, value: str) -> None:
        self._parts = [value]

    def add(self, text: str) -> None:
        self._parts.append(text)


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
            last.add(text)
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
