"""Settings: engine resolution (auto / offline / llm), remote consent, and that the
offline engine never loads or builds the LLM client."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.errors import CoachError
from coach.settings import Settings, get_settings

REMOTE = "https://llm.example.org/v1"
LOCAL = "http://127.0.0.1:11434/v1"


def settings(**kw) -> Settings:
    return Settings(_env_file=None, **kw)


@pytest.mark.parametrize(
    "kw, expected",
    [
        ({}, "offline"),
        ({"openai_base_url": LOCAL}, "llm"),
        ({"openai_base_url": "http://localhost:8080/v1"}, "llm"),
        ({"openai_base_url": "http://[::1]:8080/v1"}, "llm"),
        ({"openai_base_url": REMOTE}, "offline"),  # remote without consent: stays on this machine
        ({"openai_base_url": REMOTE, "remote_consent": True}, "llm"),
        ({"openai_api_key": "sk-test"}, "offline"),  # api.openai.com is remote
        ({"openai_api_key": "sk-test", "remote_consent": True}, "llm"),
        ({"openai_base_url": LOCAL, "engine": "offline"}, "offline"),
        ({"openai_api_key": "sk-test", "remote_consent": True, "engine": "offline"}, "offline"),
        ({"openai_base_url": LOCAL, "engine": "llm"}, "llm"),
    ],
)
def test_engine_resolution(kw, expected):
    assert settings(**kw).resolved_engine() == expected


def test_explicit_llm_without_endpoint_is_a_one_line_error():
    with pytest.raises(CoachError) as err:
        settings(engine="llm").resolved_engine()
    assert "OPENAI_BASE_URL" in str(err.value) and "--engine offline" in str(err.value)
    assert "\n" not in str(err.value)


def test_explicit_llm_to_a_remote_endpoint_needs_consent():
    with pytest.raises(CoachError) as err:
        settings(engine="llm", openai_base_url=REMOTE).resolved_engine()
    assert "COACH_REMOTE_CONSENT" in str(err.value)
    assert settings(engine="llm", openai_base_url=REMOTE, remote_consent=True).resolved_engine() == "llm"


def test_a_hostname_that_merely_starts_like_localhost_is_remote():
    assert not settings(openai_base_url="http://localhost.example.org/v1").endpoint_is_local()
    assert settings(openai_base_url="http://127.0.0.2:8000/v1").endpoint_is_local()


def test_environment_variables_are_read(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", REMOTE)
    monkeypatch.setenv("COACH_MODEL", "llama3.2")
    monkeypatch.setenv("COACH_TIMEOUT", "7.5")
    s = get_settings()
    assert (s.openai_base_url, s.model, s.timeout) == (REMOTE, "llama3.2", 7.5)
    assert s.resolved_engine() == "offline"
    monkeypatch.setenv("COACH_REMOTE_CONSENT", "1")
    assert get_settings().resolved_engine() == "llm"
    # a command-line override wins; None means "not given"
    assert get_settings(engine="offline", model=None).resolved_engine() == "offline"


def test_offline_mode_never_imports_the_llm_client():
    """In a fresh interpreter: the offline critic is made without loading langchain_openai or openai."""
    code = (
        "import sys\n"
        "from coach.settings import Settings\n"
        "from coach.engines.factory import make_critic\n"
        "c = make_critic(Settings(_env_file=None, engine='offline', openai_base_url='http://127.0.0.1:9/v1'))\n"
        "print(c.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('langchain_openai', 'openai')"
        " or m.startswith('coach.engines.llm')))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    name, modules = out.stdout.strip().splitlines()
    assert name == "offline"
    assert modules == "[]"


def test_offline_mode_never_constructs_chat_openai(monkeypatch):
    import langchain_openai

    from coach.engines.factory import make_critic

    built = []

    class Boom(langchain_openai.ChatOpenAI):
        def __init__(self, *a, **kw):
            built.append(kw)
            raise AssertionError("ChatOpenAI constructed in offline mode")

    monkeypatch.setattr(langchain_openai, "ChatOpenAI", Boom)
    critic = make_critic(settings(engine="offline", openai_api_key="sk-test", remote_consent=True))
    assert critic.name == "offline" and built == []
    # the same factory does pick the LLM critic when allowed (and only then would build the client)
    critic = make_critic(settings(openai_base_url=LOCAL))
    assert critic.name == "llm"
