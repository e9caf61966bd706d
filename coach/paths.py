"""Where coach finds its content (prompts/) and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path


def prompts_dir() -> Path:
    """prompts/: COACH_PROMPTS_DIR, else the copy inside an installed wheel, else the repo's."""
    env = os.environ.get("COACH_PROMPTS_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "_prompts"
    if packaged.is_dir():
        return packaged
    return here.parent / "prompts"
