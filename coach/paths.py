"""Where coach finds its content (prompts/) and keeps its data."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def prompts_dir() -> Path:
    """prompts/: COACH_PROMPTS_DIR, else the copy inside an installed wheel, else the repo's."""
    env = os.environ.get("COACH_PROMPTS_DIR")
    if env:
        return Path(env)
    return _installed_prompts_dir()


@lru_cache(maxsize=1)
def _installed_prompts_dir() -> Path:
    # called many times per practice turn: resolve the package's own location once
    here = Path(__file__).resolve().parent
    packaged = here / "_prompts"
    if packaged.is_dir():
        return packaged
    return here.parent / "prompts"


def authored_dir() -> Path:
    """Where trainers' own scenarios and personas live: <data folder>/content (never prompts/)."""
    env = os.environ.get("COACH_DATA_DIR")
    if env:
        return Path(env) / "content"
    return _settings_data_dir() / "content"


@lru_cache(maxsize=1)
def _settings_data_dir() -> Path:
    from coach.settings import get_settings

    return get_settings().data_dir
