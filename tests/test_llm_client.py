"""The chat model built from Settings, against the loopback stub server with the real
ChatOpenAI / openai client: key handling, retries, errors as one line, token counts."""

from __future__ import annotations

import socket

import pytest

from coach.engines.llm_client import (
    PLACEHOLDER_KEY, add_tokens, endpoint_error, make_chat_model, tokens_from_handler, usage_handler,
)
from coach.errors import CoachError
from coach.settings import Settings

try:
    from openai_stub_server import Reply, StubServer
except ImportError:  # tests run as a package
    from tests.openai_stub_server import Reply, StubServer


@pytest.fixture
def stub():
    with StubServer() as server:
        yield server


def settings_for(stub: StubServer, **kw) -> Settings:
    base = dict(openai_base_url=stub.base_url, timeout=5.0, max_retries=2)
    base.update(kw)
    return Settings(_env_file=None, **base)


def call(settings: Settings, prompt: str = "Hallo"):
    """One non-streaming call; endpoint failures come back as the CoachError a user would see."""
    model = make_chat_model(settings)
    try:
        return model.invoke(prompt)
    except Exception as exc:  # noqa: BLE001
        raise endpoint_error(exc, settings) from exc


def test_settings_reach_the_client_and_a_local_server_gets_a_placeholder_key(stub):
    s = settings_for(stub, model="llama3.2:3b", temperature=0.3, timeout=12.0, max_retries=1)
    model = make_chat_model(s)
    assert (model.model_name, model.temperature, model.max_retries) == ("llama3.2:3b", 0.3, 1)
    assert model.request_timeout == 12.0
    stub.push(Reply.text("Goedemorgen!"))
    assert model.invoke("Hallo").content == "Goedemorgen!"
    body, headers = stub.requests[-1], stub.request_headers[-1]
    assert body["model"] == "llama3.2:3b" and body["temperature"] == 0.3
    assert body["messages"][-1] == {"role": "user", "content": "Hallo"}
    assert headers["authorization"] == f"Bearer {PLACEHOLDER_KEY}"


def test_a_configured_key_is_sent(stub):
    stub.push(Reply.text("ok"))
    call(settings_for(stub, openai_api_key="sk-local-secret"))
    assert stub.request_headers[-1]["authorization"] == "Bearer sk-local-secret"


def test_no_key_and_no_base_url_is_a_clear_error():
    with pytest.raises(CoachError) as err:
        make_chat_model(Settings(_env_file=None))
    assert "OPENAI_API_KEY" in str(err.value)


def test_429_then_success_is_retried(stub):
    stub.push(Reply.error(429), Reply.error(429), Reply.text("eindelijk"))
    assert call(settings_for(stub, max_retries=2)).content == "eindelijk"
    assert len(stub.requests) == 3


def test_429_after_the_retries_is_one_line_that_says_what_to_do(stub):
    stub.push(Reply.error(429), Reply.error(429))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub, max_retries=1))
    msg = str(err.value)
    assert "429" in msg and stub.base_url in msg and "--engine offline" in msg and "\n" not in msg
    assert len(stub.requests) == 2


def test_500_is_retried_then_reported(stub):
    stub.push(Reply.error(500), Reply.error(500))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub, max_retries=1))
    assert "HTTP 500" in str(err.value) and "--engine offline" in str(err.value)
    assert len(stub.requests) == 2


def test_500_once_then_success(stub):
    stub.push(Reply.error(500), Reply.text("toch gelukt"))
    assert call(settings_for(stub, max_retries=1)).content == "toch gelukt"


def test_timeout_says_how_long_was_waited(stub):
    stub.push(Reply.slow(2.0))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub, timeout=0.3, max_retries=0))
    msg = str(err.value)
    assert "did not answer within 0.3 s" in msg and stub.base_url in msg and "--engine offline" in msg


def test_connection_refused_names_the_endpoint():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"  # nothing listens here any more
    with pytest.raises(CoachError) as err:
        call(Settings(_env_file=None, openai_base_url=url, max_retries=0, timeout=2))
    assert f"cannot reach the LLM endpoint at {url}" in str(err.value)


def test_unknown_model_404_says_which_model(stub):
    stub.push(Reply.error(404, "model not found", retry_after_ms=None))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub, model="no-such-model"))
    assert "'no-such-model'" in str(err.value) and "COACH_MODEL" in str(err.value)


def test_usage_is_counted_from_the_response(stub):
    model = make_chat_model(settings_for(stub))
    handler = usage_handler()
    stub.push(Reply.text("een", usage=(11, 3)), Reply.text("twee", usage=(20, 4)))
    model.invoke("a", config={"callbacks": [handler]})
    model.invoke("b", config={"callbacks": [handler]})
    tokens = tokens_from_handler(handler)
    assert tokens == {"prompt_tokens": 31, "completion_tokens": 7, "total_tokens": 38}
    target = {"prompt_tokens": 1}
    add_tokens(target, tokens)
    assert target == {"prompt_tokens": 32, "completion_tokens": 7, "total_tokens": 38}


def test_streaming_model_streams_and_counts(stub):
    model = make_chat_model(settings_for(stub), streaming=True)
    handler = usage_handler()
    stub.push(Reply.stream(["Een", " twee", " drie"], usage=(9, 3)))
    parts = [c.content for c in model.stream("tel", config={"callbacks": [handler]}) if c.content]
    assert parts == ["Een", " twee", " drie"]
    assert stub.requests[-1]["stream"] is True
    assert stub.requests[-1]["stream_options"] == {"include_usage": True}
    assert tokens_from_handler(handler)["total_tokens"] == 12


def test_the_client_goes_exactly_where_settings_point(monkeypatch):
    """An old OPENAI_API_BASE in the environment must not redirect the conversation elsewhere."""
    monkeypatch.setenv("OPENAI_API_BASE", "http://127.0.0.1:9/v1")
    model = make_chat_model(Settings(_env_file=None, openai_api_key="sk-test", remote_consent=True))
    assert model.openai_api_base == "https://api.openai.com/v1"
    assert str(model.root_client.base_url).rstrip("/") == "https://api.openai.com/v1"


def test_context_overflow_says_the_conversation_is_too_long(stub):
    stub.push(Reply.error(400, "This model's maximum context length is 4096 tokens. However, your messages "
                               "resulted in 9000 tokens.", retry_after_ms=None))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub, model="small"))
    assert "too long for model 'small'" in str(err.value)


def test_other_400_names_the_status(stub):
    stub.push(Reply.error(400, "response_format json_schema is not supported", retry_after_ms=None))
    with pytest.raises(CoachError) as err:
        call(settings_for(stub))
    assert "HTTP 400" in str(err.value) and "--engine offline" in str(err.value)
