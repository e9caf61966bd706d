"""The practising user's name: remembered in the data folder, used to address them (never "Manager").

    remembered_name(settings) -> str | None
    remember_name(settings, name) -> str        # the cleaned name; InputError when unusable
"""

from __future__ import annotations

import json

from coach.errors import InputError
from coach.settings import Settings

FILE = "practice.json"
MAX_NAME = 60


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InputError("the name is empty; give your first name, e.g. --name Ilse")
    if len(name) > MAX_NAME or any(not (c.isalnum() or c in " .'-") for c in name):
        raise InputError(f"the name {name[:20]!r}... is not a name; use letters, at most {MAX_NAME} characters, e.g. --name Ilse")
    return name


def remembered_name(settings: Settings) -> str | None:
    path = settings.data_dir / FILE
    try:
        name = json.loads(path.read_text(encoding="utf-8")).get("name")
        return clean_name(name) if isinstance(name, str) else None
    except (OSError, ValueError, InputError, AttributeError):
        return None


def remember_name(settings: Settings, name: str) -> str:
    name = clean_name(name)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        (settings.data_dir / FILE).write_text(json.dumps({"name": name}), encoding="utf-8")
    except OSError:
        pass  # not remembered; the practice itself goes on
    return name
