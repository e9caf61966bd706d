"""Shared test setup: every test runs offline, with its own data folder."""

from __future__ import annotations

import pytest

_LLM_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_ENGINE", "COACH_REMOTE_CONSENT", "COACH_DATABASE_URL")


@pytest.fixture(autouse=True)
def _offline_and_isolated(tmp_path, monkeypatch):
    for var in _LLM_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "coach-data"))
    yield
