"""The guideline catalogue, loaded from prompts/guidelines.yaml (data, not code)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from coach.datafiles import load_yaml_model
from coach.errors import CoachError
from coach.models import ACTS, PHASES
from coach.paths import prompts_dir


class Bilingual(BaseModel):
    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Guideline(BaseModel):
    id: str
    phase: str
    acts: list[str] = Field(default_factory=list)
    title: Bilingual
    explanation: Bilingual
    source: str = Field(min_length=1, description="the form's own Dutch sentence(s)")
    example: Bilingual

    @field_validator("phase")
    @classmethod
    def _phase_known(cls, v: str) -> str:
        if v not in PHASES:
            raise ValueError(f"unknown phase {v!r}; use one of {', '.join(PHASES)}")
        return v

    @field_validator("acts")
    @classmethod
    def _acts_known(cls, v: list[str]) -> list[str]:
        bad = [a for a in v if a not in ACTS]
        if bad:
            raise ValueError(f"unknown act label(s) {bad}")
        return v


class PhaseInfo(BaseModel):
    title: Bilingual
    source: str


class Catalogue(BaseModel):
    phases: dict[str, PhaseInfo]
    guidelines: list[Guideline]

    @field_validator("guidelines")
    @classmethod
    def _ids_unique_and_prefixed(cls, v: list[Guideline]) -> list[Guideline]:
        ids = [g.id for g in v]
        if len(set(ids)) != len(ids):
            raise ValueError("guideline ids must be unique")
        for g in v:
            if not g.id.startswith(g.phase + "."):
                raise ValueError(f"guideline {g.id!r} must start with its phase {g.phase!r}")
        return v

    def __contains__(self, guideline_id: object) -> bool:
        return any(g.id == guideline_id for g in self.guidelines)

    def get(self, guideline_id: str) -> Guideline:
        for g in self.guidelines:
            if g.id == guideline_id:
                return g
        raise KeyError(guideline_id)

    def for_phase(self, phase: str) -> list[Guideline]:
        return [g for g in self.guidelines if g.phase == phase]

    def ids_for_phase(self, phase: str) -> list[str]:
        return [g.id for g in self.for_phase(phase)]


def load_catalogue(path: Path) -> Catalogue:
    if not path.is_file():
        raise CoachError(f"guideline catalogue {path} not found; reinstall coach or set COACH_PROMPTS_DIR")
    return load_yaml_model(path, Catalogue)


@lru_cache(maxsize=4)
def _cached(path: str) -> Catalogue:
    return load_catalogue(Path(path))


def get_catalogue() -> Catalogue:
    """The catalogue in use (prompts/guidelines.yaml), loaded once."""
    return _cached(str(prompts_dir() / "guidelines.yaml"))
