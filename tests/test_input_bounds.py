"""Limits that hold before the work is done (issue 12, part 1): regular files only and a read that stops at
the limit, a .docx refused by its zip directory before anything is unpacked, NUL bytes anywhere, a sane
--max-mb, and transcripts no meeting produces (too many turns, one endless turn).  Each is one line."""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import pytest

from coach.cli import run
from coach.errors import InputError
from coach.readers import read_bytes, read_path
from coach.readers.decode import MAX_TURN_CHARS, MAX_TURNS


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(InputError, match="not a regular file"):
        read_path("/dev/zero")


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "talk.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_path(link)


def test_a_fifo_without_a_writer_does_not_block(tmp_path):
    fifo = tmp_path / "talk.txt"
    os.mkfifo(fifo)
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(_error(lambda: read_path(fifo))), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert outcome and "not a regular file" in outcome[0]


def _error(fn) -> str:
    try:
        fn()
    except InputError as exc:
        return str(exc)
    return ""


def test_the_read_stops_at_the_limit(tmp_path, monkeypatch):
    """Whatever the size said, no more than the limit (and one byte to tell) is read."""
    path = tmp_path / "talk.txt"
    path.write_text("Anna: hallo\nBram: hoi\n" * 10, encoding="utf-8")
    asked: list[int] = []
    real_open = Path.open

    def recording_open(self, *args, **kwargs):
        handle = real_open(self, *args, **kwargs)
        real_read = handle.read
        handle.read = lambda n=-1: asked.append(n) or real_read(n)  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", recording_open)
    with pytest.raises(InputError, match="larger than the limit"):
        read_path(path, max_bytes=50)  # the size check refuses it before reading
    read_path(path, max_bytes=1000)
    assert asked == [1001]


def _docx_bomb(parts: int = 1, part_size: int = 0) -> bytes:
    """A zip whose directory announces much more than its compressed size (made here, never stored)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for i in range(parts):
            archive.writestr(f"word/part{i}.xml", "<w:p/>" * (part_size // 6))
    return buffer.getvalue()


def test_a_docx_that_unpacks_to_far_more_than_the_limit_is_refused_from_its_directory():
    bomb = _docx_bomb(part_size=60 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024  # small when compressed
    with pytest.raises(InputError, match="unpacks to"):
        read_bytes(bomb, "talk.docx")


def test_a_docx_of_too_many_parts_is_refused():
    with pytest.raises(InputError, match="parts"):
        read_bytes(_docx_bomb(parts=2_500), "talk.docx")


def test_a_nul_byte_deep_in_the_text_is_refused():
    data = ("Anna: hallo\nBram: hoi\n" * 1000).encode() + b"Anna: \x00\n"
    assert b"\x00" not in data[:8192]
    with pytest.raises(InputError, match="NUL byte"):
        read_bytes(data, "talk.txt")


@pytest.mark.parametrize("value", ["inf", "nan", "1000", "0"])
def test_max_mb_out_of_range_is_one_line(value, tmp_path, capsys):
    path = tmp_path / "talk.txt"
    path.write_text("Anna: Hoe gaat het?\nBram: Goed.\n", encoding="utf-8")
    assert run(["review", str(path), "--max-mb", value]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--max-mb" in err and "Traceback" not in err


def test_more_turns_than_a_meeting_has_are_refused():
    text = "".join(f"{'Anna' if i % 2 else 'Bram'}: ok\n" for i in range(MAX_TURNS + 2))
    with pytest.raises(InputError, match="split the transcript"):
        read_bytes(text.encode(), "talk.txt")


def test_one_endless_turn_is_refused():
    text = "Anna: " + "bla " * (MAX_TURN_CHARS // 4 + 10) + "\nBram: ok\n"
    with pytest.raises(InputError, match="speaker names"):
        read_bytes(text.encode(), "talk.txt")


def test_the_cli_refuses_a_device_in_one_line(capsys):
    assert run(["review", "/dev/zero"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a regular file" in err
