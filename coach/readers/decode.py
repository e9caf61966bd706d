"""Bytes -> text for the text formats (txt, vtt, srt): size limit, binary check, UTF-8 only.

UTF-8 (with or without a byte-order mark) is read; UTF-16 with a byte-order
mark is unambiguous and read too.  Anything else (Windows-1252, Latin-1 ...)
is refused with a hint how to convert it, never guessed silently.
"""

from __future__ import annotations

import codecs

from coach.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def format_mb(n_bytes: int | float) -> str:
    mb = n_bytes / (1024 * 1024)
    return f"{mb:.1f} MB" if mb >= 0.1 else f"{n_bytes / 1024:.1f} kB"


def check_size(n_bytes: int, name: str, max_bytes: int | None) -> None:
    """Refuse input larger than max_bytes (None: the default 5 MB)."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if n_bytes > limit:
        raise InputError(
            f"{name} is {format_mb(n_bytes)}, larger than the limit of {format_mb(limit)}; "
            "shorten the transcript, or raise the limit with --max-mb or COACH_MAX_UPLOAD_MB"
        )


MAX_TURNS = 20_000        # a two-hour meeting has a few thousand turns
MAX_TURN_CHARS = 20_000   # about 3,000 words: twenty minutes of one speaker without a break


def check_shape(n_turns: int, longest: int, name: str) -> None:
    """Refuse transcripts no meeting produces, before any analysis runs on them."""
    if n_turns > MAX_TURNS:
        raise InputError(f"{name} has {n_turns} turns, more than the {MAX_TURNS} coach reviews at once; "
                         "split the transcript into its meetings and review them one by one")
    if longest > MAX_TURN_CHARS:
        raise InputError(f"{name} has a turn of {longest} characters, more than {MAX_TURN_CHARS}; check that the "
                         "speaker names are on their lines ('Name: text'), or split the transcript")


def check_not_empty(data: bytes, name: str) -> None:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(f"{name} is empty; give a transcript with one 'Name: text' line per turn")


def looks_binary(data: bytes) -> bool:
    """True for data that is no text at all (NUL bytes or many control bytes), UTF-16 aside."""
    head = data[:8192]
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 100)


def decode_text(data: bytes, name: str) -> str:
    """The text of a transcript file: UTF-8 (BOM stripped) or UTF-16 with BOM; else a clear error."""
    check_not_empty(data, name)
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} starts as UTF-16 but cannot be decoded ({exc.reason}); save it as UTF-8") from exc
    if looks_binary(data):
        raise InputError(
            f"{name} is a binary file, not a transcript; give a .txt, .vtt, .srt or Teams .docx transcript"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{name} is not UTF-8 text (byte 0x{bad} on line {line}; probably Windows-1252 or Latin-1); "
            f"convert it to UTF-8, e.g. `iconv -f cp1252 -t utf-8 '{name}' > transcript-utf8.txt`, "
            "or save it as UTF-8 in your editor"
        ) from exc
    if "\x00" in text:  # a NUL after the part looks_binary sampled: binary data inside text
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(f"{name} contains a NUL byte (line {line}): binary data, not a transcript; "
                         "save the transcript again as plain UTF-8 text")
    return text
