"""Which reader a file needs: from its extension, checked against its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

from coach.errors import InputError

FORMATS = ("txt", "vtt", "srt", "docx")
_BY_EXTENSION = {".txt": "txt", ".text": "txt", ".md": "txt", ".vtt": "vtt", ".srt": "srt", ".docx": "docx"}
_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
_ZIP = b"PK\x03\x04"
_SUPPORTED = "coach reads .txt ('Name: text' lines), .vtt, .srt and Teams .docx transcripts"


def _content_format(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"WEBVTT"):
        return "vtt"
    if _SRT_START.match(text):
        return "srt"
    if head.startswith(_ZIP):
        return "docx"
    return None


def sniff_format(name: str, head: bytes) -> str:
    """"txt", "vtt", "srt" or "docx" for a file called `name` starting with `head`; else an error."""
    suffix = PurePath(name).suffix.lower() if name not in ("-", "stdin", "<stdin>") else ""
    by_content = _content_format(head)
    if suffix in ("", ".txt", ".text", ".md"):
        return by_content or "txt"
    if suffix in _BY_EXTENSION:
        fmt = _BY_EXTENSION[suffix]
        if by_content in ("vtt", "srt") and fmt in ("vtt", "srt"):
            return by_content  # an SRT saved as .vtt, or the other way round
        return fmt
    if suffix == ".doc":
        raise InputError(f"{name} is an old Word .doc file; open it in Word and save it as .docx, or export a .vtt")
    raise InputError(f"{name}: unknown file type '{suffix}'; {_SUPPORTED}")
