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
    max_upload_mb: float = Field(default=5.0, gt=0, description="largest transcript accepted, in MB")
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None

    def resolved_engine(self) -> Literal["offline", "llm"]:
        if self.engine != "auto":
            return self.engine
        return "llm" if (self.openai_api_key or self.openai_base_url) else "offline"

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
