"""Property-based tests (hypothesis) over every reader (txt, vtt, srt, docx, pasted text) and `coach review`:
random and mutated inputs give a transcript / a review, or one clean line (an InputError; on the command
line `coach: error: ...`, never an internal error or a traceback), with bounded memory.  The bombs (a
.docx of millions of paragraphs, a huge single line, 100,000 tiny turns, deep nesting) are made here, at
test time, and run in a child process with a memory limit; nothing binary is stored in the repository.

No deadlines: the project has no timed assertions (the benchmark is scripts/bench_sizes.py); a child that
hangs is stopped by the subprocess timeout, which is a failure, not a measurement.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.cli import run
from coach.errors import InputError
from coach.models import Transcript
from coach.readers import read_bytes, read_text

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"
SAMPLES = {
    "txt": (FIXTURES / "voortgang_nl.txt").read_bytes(),
    "vtt": (FIXTURES / "teams_voortgang_nl.vtt").read_bytes(),
    "srt": (FIXTURES / "progress_en.srt").read_bytes(),
}
MEMORY_MB = 64  # Python allocations while reading one small input (tracemalloc)
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLES["docx"] = _docx(["Anna de Vries   0:03", "Hoe gaat het met de planning?", "Bram Jansen   0:09",
                         "Ik loop vast op de cijfers van Finance.", "Anna de Vries   0:15", "Wat ga je als eerste doen?"])


def _clean_or_transcript(read) -> Transcript | None:
    """Run a reader: a Transcript, or an InputError of one line; memory stays small."""
    tracemalloc.start()
    try:
        result = read()
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        result = None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEMORY_MB * 1024 * 1024
    if result is not None:
        assert len(result.speakers) >= 2 and all(t.text for t in result.turns)
    return result


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    """A sample with a few bytes replaced, inserted or deleted, or cut short."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "cut"]))
        if kind == "replace":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 32))]
        else:
            del data[at:]
    return bytes(data)


_TEXTS = st.text(st.characters(codec="utf-8"), max_size=400)
_LINES = st.lists(st.tuples(st.sampled_from(["Anna", "Bram", "System", "WEBVTT", "1", "00:00:01.000 --> x", ""]),
                            st.text(max_size=60)), max_size=30)


@pytest.mark.parametrize("fmt", ["txt", "vtt", "srt", "docx"])
@SETTINGS
@given(data=st.data())
def test_mutated_files_give_a_transcript_or_one_clean_line(fmt, data):
    blob = data.draw(mutated(SAMPLES[fmt]))
    _clean_or_transcript(lambda: read_bytes(blob, f"talk.{fmt}"))


@pytest.mark.parametrize("fmt", ["txt", "vtt", "srt", "docx"])
@SETTINGS
@given(blob=st.binary(max_size=2048))
def test_random_bytes_give_a_transcript_or_one_clean_line(fmt, blob):
    _clean_or_transcript(lambda: read_bytes(blob, f"talk.{fmt}"))


@SETTINGS
@given(text=_TEXTS)
def test_random_pasted_text_gives_a_transcript_or_one_clean_line(text):
    _clean_or_transcript(lambda: read_text(text, "pasted"))


@SETTINGS
@given(lines=_LINES)
def test_pasted_lines_that_look_like_turns_give_a_transcript_or_one_clean_line(lines):
    _clean_or_transcript(lambda: read_text("\n".join(f"{who}: {text}" if who else text for who, text in lines)))


@st.composite
def mutated_document_xml(draw) -> bytes:
    """A valid .docx zip whose document.xml is mutated as text (the zip stays readable)."""
    with zipfile.ZipFile(io.BytesIO(SAMPLES["docx"])) as source:
        parts = {i.filename: source.read(i.filename) for i in source.infolist()}
    parts["word/document.xml"] = draw(mutated(parts["word/document.xml"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return buffer.getvalue()


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(blob=mutated_document_xml())
def test_a_mutated_document_inside_a_valid_docx_gives_a_transcript_or_one_clean_line(blob):
    _clean_or_transcript(lambda: read_bytes(blob, "talk.docx"))


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(fmt=st.sampled_from(["txt", "vtt", "srt", "docx"]), data=st.data())
def test_coach_review_gives_a_review_or_one_clean_line(fmt, data, tmp_path_factory, capsys):
    path = tmp_path_factory.mktemp("prop") / f"talk.{fmt}"
    path.write_bytes(data.draw(mutated(SAMPLES[fmt])))
    capsys.readouterr()  # the output of this example only
    code = run(["review", str(path), "--engine", "offline"])
    out, err = capsys.readouterr()
    if code == 0:
        assert out.startswith("{") and '"findings"' in out
    else:
        assert code == 2 and out == "", (code, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("coach: error: ") and "internal error" not in err


# -- bombs, made here and read in a child process with a memory limit ----------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _zip_docx(body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
    return buffer.getvalue()


def _laughs() -> bytes:
    """A billion laughs: entities of entities, nine levels deep (a few hundred bytes)."""
    entities = ['<!ENTITY e0 "ha">'] + [f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)]
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(entities)}]>'
           f"<w:document {_W}><w:body><w:p><w:r><w:t>Anna: &e9;</w:t></w:r></w:p></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


BOMBS = {
    "paragraphs.docx": lambda: _zip_docx("<w:p/>" * 3_000_000),
    "runs.docx": lambda: _zip_docx("<w:p>" + "<w:r><w:t>a</w:t></w:r>" * 1_000_000 + "</w:p>"),
    "nested.docx": lambda: _zip_docx("<w:p>" * 100_000 + "</w:p>" * 100_000),
    "laughs.docx": lambda: _laughs(),
    "one-line.txt": lambda: b"Anna: " + b"woord " * 800_000 + b"\nBram: ja\n",
    "tiny-turns.txt": lambda: b"".join(b"Anna: ja\nBram: ok\n" for _ in range(50_000)),
    "nested-tags.vtt": lambda: (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>" + b"<b>" * 200_000 + b"hoi\n\n"
                                b"00:00:03.000 --> 00:00:04.000\n<v Bram>ja\n"),
    "one-cue.srt": lambda: (b"1\n00:00:01,000 --> 00:00:02,000\nAnna: hallo\n" + b"woord woord\n" * 300_000
                            + b"\n2\n00:00:03,000 --> 00:00:04,000\nBram: ja\n"),
}
CHILD_MEMORY = 1024 * 1024 * 1024  # the child's address space: the server's budget (COACH_REVIEW_MEMORY_MB)


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


REVIEWED = {"nested-tags.vtt"}  # markup around words: stripped, and the conversation is reviewed


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_bomb_gives_one_line_or_a_review_within_the_memory_budget(name, tmp_path):
    path = tmp_path / name
    path.write_bytes(BOMBS[name]())
    assert path.stat().st_size < 5 * 1024 * 1024  # within the upload limit: the readers must hold
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "review", str(path), "--engine", "offline"],
                          capture_output=True, text=True, timeout=300, preexec_fn=_limited)
    if name in REVIEWED:
        assert proc.returncode == 0 and '"findings"' in proc.stdout, proc.stderr[-500:]
        return
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr[-500:]
    assert len(lines) == 1 and lines[0].startswith("coach: error: ") and "internal error" not in lines[0]
