"""Bad input: every case exits non-zero with exactly one line on standard error, never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import run
from coach.errors import InputError
from coach.readers import read_bytes, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"
GOOD_TXT = "Anna: Hoi Bram, hoe gaat het met de planning?\nBram: Goed, maar ik loop vast op Finance.\n"


def _fail(capsys, argv: list[str]) -> str:
    """Run the CLI, assert a clean failure, return the one error line."""
    code = run(argv)
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("coach: error: ")
    return lines[0]


def _file(tmp_path: Path, name: str, content: bytes | str) -> str:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(p)


def test_empty_file(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.txt", "\n  \n")])
    assert "is empty" in line and "Name: text" in line


def test_binary_file(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.txt", bytes(range(256)) * 4)])
    assert "binary" in line


def test_cp1252_is_refused_with_a_conversion_hint(tmp_path, capsys):
    path = _file(tmp_path, "talk.txt", "Anna: Café “De Zwaan” om 10 uur?\nBram: Prima.\n".encode("cp1252"))
    line = _fail(capsys, ["review", path])
    assert "not UTF-8" in line and "iconv -f cp1252 -t utf-8" in line


def test_utf8_with_bom_is_fine():
    t = read_bytes("\ufeff".encode() + GOOD_TXT.encode(), "talk.txt")
    assert t.turns[0].speaker == "Anna"


@pytest.mark.parametrize("name", ["talk.pdf", "talk.json", "talk.mp4"])
def test_unknown_extension(tmp_path, capsys, name):
    line = _fail(capsys, ["review", _file(tmp_path, name, GOOD_TXT)])
    assert "unknown file type" in line and ".vtt" in line and ".docx" in line


def test_old_word_doc(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 64)])
    assert "save it as .docx" in line


def test_docx_that_is_no_docx(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.docx", GOOD_TXT)])
    assert "not a valid .docx" in line


def test_vtt_without_speakers(tmp_path, capsys):
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nGoedemorgen allemaal.\n\n00:00:03.000 --> 00:00:05.000\nHoe gaat het?\n"
    line = _fail(capsys, ["review", _file(tmp_path, "talk.vtt", vtt)])
    assert "no speaker names" in line and "<v Name>" in line


def test_vtt_without_header(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.vtt", "00:00:01.000 --> 00:00:03.000\n<v Anna>Hoi</v>\n")])
    assert "not a valid WebVTT file" in line and "WEBVTT" in line


def test_text_without_any_speaker(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.txt", "Dit is gewoon een verhaal.\nZonder namen.\n")])
    assert "no 'Name: text' lines" in line


def test_unknown_manager_lists_the_speakers(capsys):
    line = _fail(capsys, ["review", str(FIXTURES / "teams_voortgang_nl.vtt"), "--manager", "Piet"])
    assert "'Piet'" in line and "'Anna de Vries', 'Bram Jansen'" in line


def test_single_speaker(tmp_path, capsys):
    line = _fail(capsys, ["review", _file(tmp_path, "talk.txt", "Anna: Hallo.\nAnna: Is daar iemand?\n")])
    assert "only one speaker (Anna)" in line


def test_file_over_the_max_mb_option(tmp_path, capsys):
    path = _file(tmp_path, "talk.txt", GOOD_TXT * 40)  # ~3.6 kB
    line = _fail(capsys, ["review", path, "--max-mb", "0.001"])
    assert "larger than the limit" in line and "--max-mb" in line


def test_file_over_the_limit_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COACH_MAX_UPLOAD_MB", "0.002")
    path = _file(tmp_path, "talk.txt", GOOD_TXT * 40)
    line = _fail(capsys, ["review", path])
    assert "larger than the limit" in line and "COACH_MAX_UPLOAD_MB" in line


def test_default_limit_is_5_mb(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(GOOD_TXT.encode() * (5 * 1024 * 1024 // len(GOOD_TXT) + 10))
    with pytest.raises(InputError, match="limit of 5.0 MB"):
        read_path(big)


def test_missing_file(tmp_path, capsys):
    line = _fail(capsys, ["review", str(tmp_path / "nope.vtt")])
    assert "does not exist" in line


def test_directory(tmp_path, capsys):
    line = _fail(capsys, ["review", str(tmp_path)])
    assert "is a directory" in line


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    line = _fail(capsys, ["review", "-"])
    assert "stdin is empty" in line


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--phase", "kickoff"], "--phase 'kickoff' is not one of"),
        (["--lang", "de"], "--lang 'de' is not one of"),
        (["--engine", "gpt"], "--engine 'gpt' is not one of"),
        (["--format", "docx"], "--format 'docx' is not one of"),
        (["--format", "pdf"], "add --output"),
        (["--max-mb", "-1"], "positive"),
    ],
)
def test_bad_options(capsys, args, expected):
    line = _fail(capsys, ["review", str(FIXTURES / "voortgang_nl.txt"), *args])
    assert expected in line


def test_llm_engine_without_endpoint(capsys):
    line = _fail(capsys, ["review", str(FIXTURES / "voortgang_nl.txt"), "--engine", "llm"])
    assert "OPENAI_API_KEY" in line


def test_real_process_prints_one_line_and_no_traceback(tmp_path):
    path = _file(tmp_path, "talk.txt", "Anna: één café\nBram: ja\n".encode("cp1252"))
    proc = subprocess.run(
        [sys.executable, "-m", "coach.cli", "review", path], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "not UTF-8" in proc.stderr
