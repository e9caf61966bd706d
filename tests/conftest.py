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


# -- databases: every storage and API test runs on SQLite and, with COACH_TEST_POSTGRES_URL, PostgreSQL --
from databases import BACKENDS, DESELECTED, PG_MISSING, PG_URL, deselect_postgres, fresh_database  # noqa: E402


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request, tmp_path_factory):
    with fresh_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url


def pytest_collection_modifyitems(config, items):
    deselect_postgres(config, items)


def pytest_report_header(config):
    return "PostgreSQL: " + ("tests run against COACH_TEST_POSTGRES_URL" if PG_URL else "not configured")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.stash.get(DESELECTED, 0):
        terminalreporter.write_line(f"{config.stash[DESELECTED]} tests deselected. {PG_MISSING}", yellow=True)
