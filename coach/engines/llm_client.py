"""The chat model of the LLM engine: a langchain ChatOpenAI built from Settings,
token counting, and endpoint errors turned into one line that says what to do.

Any OpenAI-compatible endpoint works: OpenAI itself (OPENAI_API_KEY), or a
server on this machine (OPENAI_BASE_URL=http://127.0.0.1:11434/v1 for Ollama,
http://127.0.0.1:8080/v1 for llama.cpp's server); a local server needs no key.
Whether the endpoint may be used at all (remote consent) is decided by
Settings.resolved_engine(); this module only builds the client.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from coach.errors import CoachError
from coach.settings import Settings

if TYPE_CHECKING:  # imported lazily: offline mode never loads langchain_openai
    from langchain_openai import ChatOpenAI

# The clients log request bodies (the conversation) at DEBUG level; coach keeps conversations
# out of logs, so these loggers stay at WARNING even when the application logs DEBUG.
for _name in ("openai", "httpx", "httpx2", "httpcore", "langsmith"):
    logging.getLogger(_name).setLevel(logging.WARNING)

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
PLACEHOLDER_KEY = "not-needed"  # local servers ignore the key, but the client wants one
TOKEN_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")


def endpoint_label(settings: Settings) -> str:
    """The endpoint as the user configured it (for error messages; never contains the key)."""
    return settings.openai_base_url or OPENAI_DEFAULT_URL


def make_chat_model(
    settings: Settings, *, streaming: bool = False, temperature: float | None = None
) -> "ChatOpenAI":
    """A ChatOpenAI for the configured endpoint: model, key, base URL, timeout, retries, temperature."""
    from langchain_openai import ChatOpenAI

    if settings.openai_api_key is not None:
        key = settings.openai_api_key.get_secret_value()
    elif settings.openai_base_url:
        key = PLACEHOLDER_KEY
    else:
        raise CoachError("the LLM engine needs OPENAI_API_KEY or OPENAI_BASE_URL; set one, or use --engine offline")
    extra: dict[str, Any] = {"streaming": True} if streaming else {}  # streaming=False would disable .stream()
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=endpoint_label(settings),  # exactly where Settings decided, never an env default
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        temperature=settings.temperature if temperature is None else temperature,
        stream_usage=True,  # usage in the last streamed chunk (OpenAI, Ollama, llama.cpp, vLLM)
        **extra,
    )


@contextmanager
def no_tracing() -> Iterator[None]:
    """No LangSmith tracing for the calls inside, whatever LANGSMITH_TRACING / LANGCHAIN_TRACING_V2
    say: a trace would send the conversation to another endpoint than the one configured."""
    try:
        from langsmith.run_helpers import tracing_context
    except ImportError:  # langsmith absent: nothing can trace
        yield
        return
    with tracing_context(enabled=False):
        yield


def usage_handler():
    """A fresh callback handler that sums AIMessage.usage_metadata per model (langchain_core)."""
    from langchain_core.callbacks import UsageMetadataCallbackHandler

    return UsageMetadataCallbackHandler()


def tokens_from_handler(handler: Any) -> dict[str, int]:
    """{prompt_tokens, completion_tokens, total_tokens} summed over every model the handler saw."""
    out = dict.fromkeys(TOKEN_KEYS, 0)
    for meta in (getattr(handler, "usage_metadata", None) or {}).values():
        out["prompt_tokens"] += int(meta.get("input_tokens") or 0)
        out["completion_tokens"] += int(meta.get("output_tokens") or 0)
        out["total_tokens"] += int(meta.get("total_tokens") or 0)
    return out


def add_tokens(target: dict[str, int], tokens: dict[str, int]) -> dict[str, int]:
    """Add token counts into `target` (e.g. Session.tokens), in place; returns it."""
    for key in TOKEN_KEYS:
        target[key] = int(target.get(key, 0)) + int(tokens.get(key, 0))
    return target


def endpoint_error(exc: BaseException, settings: Settings) -> CoachError:
    """The one-line CoachError for a failed call to the endpoint (no conversation content in it)."""
    import openai

    where = endpoint_label(settings)
    fallback = "or use --engine offline"
    if isinstance(exc, openai.APITimeoutError):
        msg = f"the LLM endpoint at {where} did not answer within {settings.timeout:g} s; check that the server runs, raise COACH_TIMEOUT, {fallback}"
    elif isinstance(exc, openai.APIConnectionError):
        msg = f"cannot reach the LLM endpoint at {where}; check that the server runs and OPENAI_BASE_URL is right, {fallback}"
    elif isinstance(exc, openai.RateLimitError):
        msg = (
            f"the LLM endpoint at {where} kept answering 429 (rate limit or quota) after {settings.max_retries} "
            f"retries; wait a minute, raise COACH_MAX_RETRIES, {fallback}"
        )
    elif isinstance(exc, openai.AuthenticationError):
        msg = f"the LLM endpoint at {where} refused the API key (401); check OPENAI_API_KEY, {fallback}"
    elif _context_overflow(exc):
        msg = (f"the conversation is too long for model {settings.model!r} at {where}; use a model with a longer "
               f"context (for Ollama raise OLLAMA_CONTEXT_LENGTH), {fallback}")
    elif isinstance(exc, openai.NotFoundError):
        msg = f"the LLM endpoint at {where} does not serve model {settings.model!r} (404); set COACH_MODEL to a model it serves, {fallback}"
    elif isinstance(exc, openai.APIStatusError):
        code = exc.status_code
        if code >= 500:
            msg = f"the LLM endpoint at {where} failed with HTTP {code} after {settings.max_retries} retries; try again later, {fallback}"
        else:
            msg = f"the LLM endpoint at {where} rejected the request with HTTP {code}; check COACH_MODEL and the server's log, {fallback}"
    else:
        msg = f"the LLM call to {where} failed ({type(exc).__name__}); check the server, {fallback}"
    return CoachError(msg)


_OVERFLOW_WORDS = ("context_length_exceeded", "maximum context length", "context size", "context window",
                   "exceed_context", "prompt is too long", "too many tokens")


def _context_overflow(exc: BaseException) -> bool:
    """The request did not fit the model's context (OpenAI, vLLM, llama.cpp wordings)."""
    if "ContextOverflow" in type(exc).__name__:
        return True
    text = (str(getattr(exc, "message", "")) + " " + str(getattr(exc, "body", ""))).lower()
    return getattr(exc, "status_code", None) == 400 and any(w in text for w in _OVERFLOW_WORDS)


def is_endpoint_error(exc: BaseException) -> bool:
    """True for failures of the endpoint itself (network, HTTP status), not of the answer's content."""
    import openai

    return isinstance(exc, (openai.APIConnectionError, openai.APIStatusError))
