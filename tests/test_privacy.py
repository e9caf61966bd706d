"""Transcripts are sensitive HR material: no conversation content in logs, and nothing for a remote
endpoint without consent."""

from __future__ import annotations

import logging

import pytest

from coach.cli import run
from coach.errors import CoachError
from coach.roleplay import practice
from coach.settings import get_settings

SECRET_NL = "Mijn collega Jansen heeft een burn-out en ik wil zijn dossier overnemen."
SECRET_EN = "My colleague Smith is on sick leave because of the reorganisation."


def _contents(caplog) -> str:
    return "\n".join(r.getMessage() + " " + str(r.args) for r in caplog.records)


def test_practice_and_review_log_no_conversation_content(caplog, monkeypatch, capsys, tmp_path):
    caplog.set_level(logging.DEBUG)  # every logger, every level
    session = practice.start_session(persona="kees", scenario="it-laptop-rollout", phase="progress", language="nl")
    for _ in practice.send_turn(session, SECRET_NL):
        pass
    practice.end_session(session)
    transcript = tmp_path / "talk.txt"
    transcript.write_text(f"Anna: {SECRET_EN} What do you see as options?\nBram: {SECRET_EN}\n", encoding="utf-8")
    assert run(["review", str(transcript), "--format", "json"]) == 0
    assert "Smith" in capsys.readouterr().out  # the report itself does carry the words...
    logged = _contents(caplog)
    for needle in ("Jansen", "burn-out", "Smith", "reorganisation"):
        assert needle not in logged  # ...the logs never do


def test_a_remote_endpoint_needs_consent_and_auto_stays_offline_without_it():
    remote = dict(openai_api_key="sk-test", openai_base_url="https://api.example.invalid/v1")
    assert get_settings(**remote).resolved_engine() == "offline"
    with pytest.raises(CoachError, match="COACH_REMOTE_CONSENT"):
        get_settings(engine="llm", **remote).resolved_engine()
    assert get_settings(engine="llm", remote_consent=True, **remote).resolved_engine() == "llm"
    assert get_settings(openai_base_url="http://127.0.0.1:11434/v1").resolved_engine() == "llm"


def test_review_with_llm_engine_and_remote_endpoint_without_consent_is_refused(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.example.invalid/v1")
    transcript = tmp_path / "talk.txt"
    transcript.write_text("Anna: Hoe gaat het?\nBram: Goed.\n", encoding="utf-8")
    assert run(["review", str(transcript), "--engine", "llm"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "COACH_REMOTE_CONSENT" in err[0]
