"""Load and validate the role-play content: personas and scenarios (prompts/*/ *.yaml).

A trainer adds a persona or a scenario by dropping a YAML file into
prompts/personas or prompts/scenarios; the Pydantic models validate it.  A bad
file gives one line naming the FILE and the FIELD, e.g.

    prompts/personas/bob.yaml: field 'traits.0': Input should be 'delegates_upward', ...; fix the file
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from coach.datafiles import load_yaml_model
from coach.errors import InputError
from coach.models import LANGUAGES
from coach.paths import authored_dir, prompts_dir
from coach.roleplay.models import Persona, Scenario

M = TypeVar("M", bound=BaseModel)

_cache: dict[tuple, dict] = {}
RECHECK_SECONDS = 1.0  # how long a look at the content files on disk is trusted
_looked: dict[tuple, tuple[float, tuple]] = {}  # (kind, path) -> (when looked, signature)


def personas_dir() -> Path:
    return prompts_dir() / "personas"


def scenarios_dir() -> Path:
    return prompts_dir() / "scenarios"


def load_model_file(path: Path, model: type[M]) -> M:
    """One YAML file -> one validated model; any problem is one line naming the file and field."""
    obj = load_yaml_model(path, model)
    if getattr(obj, "id", None) != path.stem:
        raise InputError(f"{path}: field 'id': {getattr(obj, 'id', None)!r} must match the file name {path.stem!r}; fix the file")
    return obj


def _check_languages(path: Path, scenario: Scenario) -> None:
    for name in ("facts", "options"):
        value = getattr(scenario, name)
        if name == "facts" or value:
            for lang in LANGUAGES:
                if not value.get(lang):
                    raise InputError(f"{path}: field '{name}.{lang}': give at least one line in each language (nl, en); fix the file")


def _is_content(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) and not name.startswith(".")


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise InputError(f"content folder {directory} not found; reinstall coach or set COACH_PROMPTS_DIR")
    return sorted(p for p in directory.iterdir() if _is_content(p.name))


def _recent(what: tuple, look) -> tuple:
    """look() (a signature of files on disk), reused for up to RECHECK_SECONDS: the practice
    engine asks for personas and phrasebooks hundreds of times per turn, and a look at the disk
    each time cost more than the turn itself.  A trainer's new or edited file is still picked up,
    within RECHECK_SECONDS."""
    now = time.monotonic()
    seen = _looked.get(what)
    if seen is not None and now - seen[0] < RECHECK_SECONDS:
        return seen[1]
    signature = look()
    _looked[what] = (now, signature)
    return signature


def changed() -> None:
    """Content on disk was written by this process (a trainer published or removed a file):
    forget the recent looks, so the change is seen at once and not after RECHECK_SECONDS."""
    _looked.clear()


def _signature(directory: Path) -> tuple:
    """The folder and the name and modification time of each content file in it: a new, removed
    or edited file changes it."""
    return _recent(("folder", str(directory)), lambda: _look_at_folder(directory))


def _look_at_folder(directory: Path) -> tuple:
    try:
        with os.scandir(directory) as entries:
            files = sorted((e.name, e.stat().st_mtime_ns) for e in entries if _is_content(e.name))
    except OSError:  # missing or not a folder: _files gives the one-line error
        files = [(p.name, p.stat().st_mtime_ns) for p in _files(directory)]
    return (str(directory), *files)


# a draft scenario/persona being previewed by a trainer (coach.workshop.authoring), this context only
_draft: ContextVar[tuple[dict, dict] | None] = ContextVar("coach_content_draft", default=None)


@contextmanager
def previewing(scenario: Scenario | None = None, persona: Persona | None = None) -> Iterator[None]:
    """Within this block, the draft scenario and persona are part of the content (for a preview)."""
    token = _draft.set(({scenario.id: scenario} if scenario else {}, {persona.id: persona} if persona else {}))
    try:
        yield
    finally:
        _draft.reset(token)


def _with_authored(kind: str, packaged: dict, load) -> dict:
    """Packaged content plus the trainers' own from the data folder (packaged ids win) and a draft."""
    folder = authored_dir() / kind
    look = _recent(("authored", str(folder)), lambda: _look_at_folder(folder) if folder.is_dir() else ())
    merged = packaged
    if look:
        key = (kind, "merged", look, id(packaged))
        if key not in _cache:
            _cache[key] = {**load(folder), **packaged}
        merged = _cache[key]
    draft = _draft.get()
    if draft is not None:
        extra = draft[0] if kind == "scenarios" else draft[1]
        merged = {**merged, **extra}
    return merged


def load_personas(directory: Path | None = None) -> dict[str, Persona]:
    """All personas, by id (reloaded when a file is added or changed); without a directory: the
    packaged ones plus the trainers' own in the data folder."""
    if directory is None:
        return _with_authored("personas", load_personas(personas_dir()), load_personas)
    key = ("personas",) + _signature(directory)
    if key not in _cache:
        _cache[key] = {p.id: p for p in (load_model_file(f, Persona) for f in _files(directory))}
    return _cache[key]


def load_scenarios(directory: Path | None = None, personas: dict[str, Persona] | None = None) -> dict[str, Scenario]:
    """All scenarios, by id; the persona ids they suggest must exist.  Without a directory: the
    packaged ones plus the trainers' own in the data folder."""
    if directory is None:
        return _with_authored("scenarios", load_scenarios(scenarios_dir(), personas),
                              lambda folder: load_scenarios(folder, personas))
    key = ("scenarios",) + _signature(directory)
    if key not in _cache:
        known = personas if personas is not None else load_personas()
        out: dict[str, Scenario] = {}
        for f in _files(directory):
            sc = load_model_file(f, Scenario)
            _check_languages(f, sc)
            unknown = [p for p in sc.personas if p not in known]
            if unknown:
                raise InputError(
                    f"{f}: field 'personas': unknown persona id(s) {', '.join(unknown)}; "
                    f"use one of {', '.join(sorted(known))}; fix the file"
                )
            out[sc.id] = sc
        _cache[key] = out
    return _cache[key]


def get_persona(persona_id: str) -> Persona:
    personas = load_personas()
    if persona_id not in personas:
        raise InputError(f"unknown persona {persona_id!r}; use one of: {', '.join(sorted(personas))}")
    return personas[persona_id]


def get_scenario(scenario_id: str) -> Scenario:
    scenarios = load_scenarios()
    if scenario_id not in scenarios:
        raise InputError(f"unknown scenario {scenario_id!r}; use one of: {', '.join(sorted(scenarios))}")
    return scenarios[scenario_id]


def pick_scenario(seed: int = 0) -> Scenario:
    """A deterministic default scenario for a seed."""
    scenarios = load_scenarios()
    ids = sorted(scenarios)
    return scenarios[ids[seed % len(ids)]]


def pick_persona(scenario: Scenario, seed: int = 0) -> Persona:
    """A persona that fits the scenario (its suggested ones, else any), deterministic for a seed."""
    personas = load_personas()
    ids = [p for p in scenario.personas if p in personas] or sorted(personas)
    return personas[ids[seed % len(ids)]]


class Phrasebook(BaseModel):
    """The scripted delegatee's phrases for one language (prompts/delegatee/<lang>.yaml)."""

    language: str
    topics: dict[str, list[str]]
    guard: list[str]
    defaults: dict[str, str] = {}
    notices: dict[str, str] = {}   # messages to the user during practice (too long a turn, LLM fallback)
    phrases: dict[str, list[str]]


REQUIRED_PHRASES = (
    "greeting_delegation", "greeting_network", "ask_result", "ask_instruction", "ack", "guard",
    "opening_progress", "reveal_obstacle", "upward", "monkey_accepted", "hand_back",
    "opening_final", "report_result_plain", "went_well", "lesson", "thanks_reply", "short_yes",
)


def load_phrasebook(lang: str, directory: Path | None = None) -> Phrasebook:
    """The delegatee phrasebook of a language; checks that every required move has phrases."""
    directory = directory or prompts_dir() / "delegatee"
    path = directory / f"{lang}.yaml"
    key = ("phrasebook", *_recent(("file", str(path)), lambda: _look_at_file(path)))
    if key not in _cache:
        book = load_data_file(path, Phrasebook)
        missing = [k for k in REQUIRED_PHRASES if not book.phrases.get(k)]
        if missing:
            raise InputError(f"{path}: field 'phrases.{missing[0]}': give at least one phrase; fix the file")
        _cache[key] = book
    return _cache[key]


def _look_at_file(path: Path) -> tuple:
    try:
        return (str(path), os.stat(path).st_mtime_ns)
    except OSError:  # missing: load_data_file gives the one-line error
        return (str(path),)


def load_data_file(path: Path, model: type[M]) -> M:
    """A phrasebook or hint file -> its model (one-line errors naming file and field)."""
    return load_yaml_model(path, model)
