"""Content and data files (YAML) -> validated Pydantic models, with one-line errors naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import InputError

M = TypeVar("M", bound=BaseModel)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def load_yaml_model(path: Path, model: type[M]) -> M:
    """One YAML file -> one validated `model`; any problem is an InputError of one line that names the
    file, the line (bad YAML) or the field (bad content), and says to fix the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror}); check it exists and is readable") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}: not valid YAML{where}; fix the file") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of fields (name: value, ...); fix the file")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        field = ".".join(str(p) for p in errors[0]["loc"]) or "(top level)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"{path}: field '{field}': {_one_line(errors[0]['msg'])}{more}; fix the file") from exc
