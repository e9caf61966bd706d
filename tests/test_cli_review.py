"""`coach review` end to end: every input format and standard input, nl and en, every output format."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import run
from coach.models import Review
from coach.readers import read_path
from coach.report.strings import STRINGS

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"

DOCX_NL = [
    "Voortgang klantportaal",
    "27 november 2026, 10:02",
    "Anna de Vries heeft de transcriptie gestart",
    "Anna de Vries   0:03",
    "Hoi Bram, de planning die je vorige week maakte is heel helder.",
    "Bram Jansen   0:11",
    "Dank je. Ik loop wel vast op de cijfers van Finance, die hebben nog niets gedeeld.",
    "Anna de Vries   0:19",
    "Wat heb je zelf al geprobeerd?",
    "Bram Jansen   0:25",
    "Ik heb Piet twee keer gemaild, maar ik hoor niets.",
    "Anna de Vries   0:33",
    "Welke mogelijkheden zie je nog? Wat ga jij als eerste doen?",
    "Bram Jansen   0:41",
    "Ik ga donderdag bij het overleg van Finance aanschuiven en laat het je vrijdag weten.",
]


def _docx(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    for p in DOCX_NL:
        document.add_paragraph(p)
    path = tmp_path / "Voortgang klantportaal.docx"
    document.save(str(path))
    return path


CASES = [
    ("voortgang_nl.txt", "nl"),
    ("delegation_en.txt", "en"),
    ("teams_voortgang_nl.vtt", "nl"),
    ("zoom_progress_en.vtt", "en"),
    ("progress_en.srt", "en"),
    ("docx", "nl"),
]


def _path(name: str, tmp_path: Path) -> Path:
    return _docx(tmp_path) if name == "docx" else FIXTURES / name


def _first_section(md: str) -> str:
    return next(line[3:] for line in md.splitlines() if line.startswith("## "))


def _unsure_lines(err: str, unsure: list[str]) -> list[str]:
    """The lines of stderr that are not the expected "not sure" line (which names every unsure finding)."""
    other = []
    for line in err.splitlines():
        if line.startswith("coach: not sure about") and unsure and all(g in line for g in unsure):
            continue
        if line.startswith("coach: not sure this is a"):
            continue
        other.append(line)
    if unsure:
        assert any(line.startswith("coach: not sure about") for line in err.splitlines())
    return other


@pytest.mark.parametrize("name, lang", CASES)
def test_json_contract_for_every_format(name, lang, tmp_path, capsys):
    path = _path(name, tmp_path)
    code = run(["review", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    unsure = [f["guideline"] for f in data["findings"] if not f["sure"]]
    assert _unsure_lines(err, unsure) == []  # the JSON itself says what was chosen; stderr only what coach doubts
    review = Review.model_validate(data)
    assert data["schema_version"] == 1
    assert review.language == lang and review.language_detected
    assert review.manager_detected and review.manager in read_path(path).speakers
    assert [t.text for t in review.turns] == [t.text for t in read_path(path).turns]
    assert {f.guideline for f in review.findings}  # one per guideline of the phase: checked by the model


@pytest.mark.parametrize("name, lang", CASES)
def test_markdown_starts_with_what_went_well(name, lang, tmp_path, capsys):
    code = run(["review", str(_path(name, tmp_path)), "--format", "md"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert _first_section(out) == STRINGS[lang]["went_well"]
    # coach chose manager, phase and language itself: one note line on stderr (and a line for what it doubts)
    lines = [line for line in err.strip().splitlines() if not line.startswith("coach: not sure")]
    assert len(lines) == 1 and err.startswith("coach: chose ")
    assert "--manager" in err


@pytest.mark.parametrize("lang, text", [
    ("nl", (FIXTURES / "voortgang_nl.txt").read_text(encoding="utf-8")),
    ("en", (FIXTURES / "delegation_en.txt").read_text(encoding="utf-8")),
])
def test_stdin(lang, text, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = run(["review", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    review = Review.model_validate(json.loads(out))
    assert review.language == lang
    assert len(review.turns) == len(read_path(FIXTURES / ("voortgang_nl.txt" if lang == "nl" else "delegation_en.txt")).turns)

    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = run(["review", "-", "--format", "md"])
    out, _ = capsys.readouterr()
    assert code == 0 and _first_section(out) == STRINGS[lang]["went_well"]


def test_given_options_are_used_and_no_note_is_printed(capsys):
    code = run(["review", str(FIXTURES / "teams_voortgang_nl.vtt"), "--manager", "anna", "--phase", "progress",
                "--lang", "nl", "--engine", "offline", "--format", "md"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not [line for line in err.splitlines() if not line.startswith("coach: not sure about")]  # no "chose" note
    assert "Manager: Anna de Vries" in out

    code = run(["review", str(FIXTURES / "teams_voortgang_nl.vtt"), "--manager", "anna", "--phase", "progress",
                "--lang", "en"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (data["manager"], data["phase"], data["language"], data["engine"]) == ("Anna de Vries", "progress", "en", "offline")
    assert not (data["manager_detected"] or data["phase_detected"] or data["language_detected"])
    assert all(t["role"] == "manager" for t in data["turns"] if t["speaker"] == "Anna de Vries")
    assert data["monkey"] is not None


def test_manager_option_switches_roles(capsys):
    code = run(["review", str(FIXTURES / "voortgang_nl.txt"), "--manager", "Bram", "--phase", "progress"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["manager"] == "Bram"
    assert [t["role"] for t in data["turns"][:2]] == ["delegatee", "manager"]


def test_html_and_pdf_to_files(tmp_path, capsys):
    html_path, pdf_path = tmp_path / "review.html", tmp_path / "review.pdf"
    assert run(["review", str(FIXTURES / "zoom_progress_en.vtt"), "--output", str(html_path)]) == 0  # format from suffix
    assert run(["review", str(FIXTURES / "voortgang_nl.txt"), "--format", "pdf", "--output", str(pdf_path)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert f"coach: wrote {html_path}" in err and f"coach: wrote {pdf_path}" in err
    page = html_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<mark" in page and "What went well" in page
    assert pdf_path.read_bytes().startswith(b"%PDF-")


def test_html_to_stdout(capsys):
    assert run(["review", str(FIXTURES / "progress_en.srt"), "--format", "html"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert err.startswith("coach: chose ")


_NO_HEAVY_IMPORTS = """
import sys
from coach.cli import run
code = run(["review", sys.argv[1], "--engine", "offline", "--format", "md"])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("gradio", "langchain", "langchain_core", "langchain_openai", "openai"))
print("RESULT", code, ",".join(heavy), file=sys.stderr)
"""


def test_review_imports_neither_gradio_nor_langchain():
    proc = subprocess.run(
        [sys.executable, "-c", _NO_HEAVY_IMPORTS, str(FIXTURES / "voortgang_nl.txt")],
        capture_output=True, text=True, timeout=120,
    )
    result = [line for line in proc.stderr.splitlines() if line.startswith("RESULT")]
    assert result, proc.stderr
    assert result[0] == "RESULT 0 ", proc.stderr


def test_help_runs_in_a_fresh_process():
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "review", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "--manager" in proc.stdout and "--format" in proc.stdout and "--max-mb" in proc.stdout


def test_llm_engine_on_a_loopback_endpoint(capsys, monkeypatch):
    """--engine llm goes through the engine factory; an unusable answer falls back to offline findings."""
    try:
        from openai_stub_server import Reply, StubServer
    except ImportError:  # pragma: no cover - depends on how pytest puts tests/ on the path
        from tests.openai_stub_server import Reply, StubServer

    with StubServer() as stub:
        stub.push(Reply(kind="content", content='{"findings": [oops'), Reply(kind="content", content="Sorry."))
        monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
        code = run(["review", str(FIXTURES / "progress_en.srt"), "--engine", "llm"])
        out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    Review.model_validate(data)
    assert data["engine"] == "llm" and len(stub.requests) == 2
    assert {f["engine"] for f in data["findings"]} == {"offline"}


@pytest.mark.parametrize("name, lang", CASES)
def test_no_speaker_name_reaches_standard_error(name, lang, tmp_path, capsys):
    """The 'chose ...' note says which speaker by number, never by name (standard error may end up in a log)."""
    path = _path(name, tmp_path)
    assert run(["review", str(path), "--format", "md"]) == 0
    _, err = capsys.readouterr()
    speakers = read_path(path).speakers
    assert "manager: speaker " in err and f"of {len(speakers)} " in err
    assert not [s for s in speakers if s in err]
