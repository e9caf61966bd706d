"""The evaluation corpus obeys its format and the labelling rules of labels.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_corpus_checker_finds_no_problem():
    out = subprocess.run([sys.executable, str(ROOT / "eval/tools/check_corpus.py"), str(ROOT / "eval/corpus")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_corpus_checker_catches_a_broken_file(tmp_path):
    src = ROOT / "eval/corpus/test/nl-progress-02.yaml"
    (tmp_path / "test").mkdir()
    broken = src.read_text(encoding="utf-8").replace("acts: [leading_question]", "acts: [leading_question, open_question]", 1)
    assert broken != src.read_text(encoding="utf-8")
    (tmp_path / "test" / src.name).write_text(broken, encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "eval/tools/check_corpus.py"), str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1 and "question" in out.stdout


def test_corpus_size_and_balance():
    files = sorted((ROOT / "eval/corpus").glob("*/*.yaml"))
    assert len(files) >= 40
    langs = [f.name[:2] for f in files]
    assert langs.count("nl") == langs.count("en")
    assert len(list((ROOT / "eval/corpus/test").glob("*.yaml"))) >= 20
