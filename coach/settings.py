"""Settings (pydantic-settings): environment variables, a .env file, then command-line options.

engine=auto means: the LLM engine when an API key or a base URL is configured,
else the offline engine.  Nothing is sent to a remote endpoint unless the LLM
engine is active; a base URL on loopback (Ollama, llama.cpp, vLLM, LM Studio)
keeps everything on this machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from coach.errors import CoachError


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("coach", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", env_file=".env", extra="ignore")

    engine: Literal["auto", "offline", "llm"] = "auto"
    # the openai client's own variables, read without the COACH_ prefix
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str = "gpt-4o-mini"
    timeout: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0)
    temperature: float = Field(default=0.7, ge=0, le=2)
    remote_consent: bool = Field(
        default=False,
        description="consent to send conversations to an LLM endpoint that is not on this machine",
    )
    max_upload_mb: float = Field(default=5.0, gt=0, le=100, allow_inf_nan=False,
                                 description="largest transcript accepted, in MB (at most 100)")
    review_timeout_s: float = Field(default=120.0, gt=0, le=3600, allow_inf_nan=False,
                                    description="the app: wall time a transcript review may take, in seconds")
    review_memory_mb: float = Field(default=1024.0, ge=64, le=65536, allow_inf_nan=False,
                                    description="the app: address space a transcript review may use, in MB")
    review_workers: int = Field(default=2, ge=1, le=64, description="the app: transcript reviews run at the same time")
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None

    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)

    def endpoint_is_local(self) -> bool:
        """True when the configured base URL is on this machine (Ollama, llama.cpp, vLLM, LM Studio)."""
        if not self.openai_base_url:
            return False
        from urllib.parse import urlparse

        host = (urlparse(self.openai_base_url).hostname or "").lower()
        return host in {"localhost", "::1", "0.0.0.0"} or host.startswith("127.")

    def resolved_engine(self) -> Literal["offline", "llm"]:
        """offline or llm. auto = llm when an endpoint is configured and allowed, else offline.

        Conversations go to an endpoint off this machine only with remote_consent
        (COACH_REMOTE_CONSENT=1); an explicit engine=llm without it is an error.
        """
        if self.engine == "offline":
            return "offline"
        allowed = self.llm_configured() and (self.endpoint_is_local() or self.remote_consent)
        if self.engine == "llm":
            if not self.llm_configured():
                raise CoachError(
                    "engine llm needs OPENAI_API_KEY or OPENAI_BASE_URL; set one, or use --engine offline"
                )
            if not allowed:
                raise CoachError(
                    "the LLM endpoint is not on this machine: set COACH_REMOTE_CONSENT=1 to allow sending "
                    "conversations to it, or use --engine offline"
                )
            return "llm"
        return "llm" if allowed else "offline"

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'coach.sqlite'}"

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with command-line overrides (None values are ignored)."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)
