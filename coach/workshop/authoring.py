"""Trainers' own scenarios and personas (pure): validated by the same Pydantic models as the files
under prompts/ (coach.roleplay.models), previewed against the offline delegatee, saved as YAML in
the data folder (<data>/content/scenarios, <data>/content/personas; never over packaged content).

    draft = parse("scenario", yaml_text, overrides={"id": "my-task"})   # InputError: one line
    preview = start_preview(draft, lang="nl")   -> Session (offline; stored nowhere)
    preview_turn(preview, "Wil jij ...?", draft) -> the delegatee's reply
    path = publish(draft)                         # refuses ids of packaged content
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import InputError
from coach.paths import authored_dir
from coach.roleplay import content
from coach.roleplay.models import Persona, Scenario, Session

Kind = Literal["scenario", "persona"]
MODELS: dict[str, type[BaseModel]] = {"scenario": Scenario, "persona": Persona}
FOLDERS = {"scenario": "scenarios", "persona": "personas"}
MAX_YAML = 64 * 1024


def _kind(kind: str) -> str:
    if kind not in MODELS:
        raise InputError(f"unknown content kind {kind!r}; use scenario or persona")
    return kind


def parse(kind: str, text: str, overrides: dict | None = None) -> Scenario | Persona:
    """YAML text (+ a few fields from the form) -> a validated Scenario or Persona."""
    kind = _kind(kind)
    if len((text or "").encode("utf-8")) > MAX_YAML:
        raise InputError("the YAML is larger than 64 KB; shorten it")
    try:
        data = yaml.safe_load(text or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"not valid YAML{f' at line {mark.line + 1}' if mark else ''}; fix the text") from None
    if not isinstance(data, dict):
        raise InputError("expected a mapping of fields (name: value, ...); fix the text")
    data.update({k: v for k, v in (overrides or {}).items() if v not in (None, "")})
    try:
        obj = MODELS[kind].model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "(top level)"
        raise InputError(f"{kind} field '{field}': {' '.join(error['msg'].split())}; fix it and validate again") from None
    if isinstance(obj, Scenario):
        _check_scenario(obj)
    return obj


def _check_scenario(scenario: Scenario) -> None:
    try:
        content._check_languages(Path(f"{scenario.id}.yaml"), scenario)
    except InputError as exc:
        raise InputError(str(exc).replace("; fix the file", "; fix it and validate again")) from None
    known = content.load_personas()
    unknown = [p for p in scenario.personas if p not in known]
    if unknown:
        raise InputError(f"scenario field 'personas': unknown persona {unknown[0]!r}; publish that persona first "
                         f"or use one of {', '.join(sorted(known))}")


def packaged_ids(kind: str) -> set[str]:
    if _kind(kind) == "scenario":
        return set(content.load_scenarios(content.scenarios_dir()))
    return set(content.load_personas(content.personas_dir()))


def folder(kind: str) -> Path:
    return authored_dir() / FOLDERS[_kind(kind)]


def to_yaml(obj: Scenario | Persona) -> str:
    return yaml.safe_dump(obj.model_dump(mode="json", exclude_defaults=True), allow_unicode=True, sort_keys=False)


def publish(obj: Scenario | Persona) -> Path:
    """Save in the data folder (a trainer's earlier version of the same id is replaced)."""
    kind = "scenario" if isinstance(obj, Scenario) else "persona"
    if obj.id in packaged_ids(kind):
        raise InputError(f"{obj.id!r} is the id of a {kind} that comes with coach; choose another id")
    path = folder(kind) / f"{obj.id}.yaml"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_yaml(obj), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot save {path} ({exc.strerror}); check the data folder (COACH_DATA_DIR)") from exc
    content.changed()
    return path


def authored(kind: str) -> list[str]:
    """Ids of the trainers' own content of this kind."""
    where = folder(kind)
    return sorted(p.stem for p in where.glob("*.yaml")) if where.is_dir() else []


def load(kind: str, content_id: str) -> str:
    """The YAML of a scenario or persona (authored or packaged), for download or editing."""
    kind = _kind(kind)
    if content_id in authored(kind):  # read afresh: it may have been published a moment ago
        return to_yaml(content.load_model_file(folder(kind) / f"{content_id}.yaml", MODELS[kind]))
    everything = content.load_scenarios() if kind == "scenario" else content.load_personas()
    if content_id not in everything:
        raise InputError(f"unknown {kind} {content_id!r}; use one of: {', '.join(sorted(everything))}")
    return to_yaml(everything[content_id])


def remove(kind: str, content_id: str) -> bool:
    path = folder(kind) / f"{content_id}.yaml"
    if content_id not in authored(kind):
        return False
    path.unlink()
    content.changed()
    return True


def _pair(draft: Scenario | Persona, other: str | None) -> tuple[Scenario | None, Persona | None, str, str]:
    """(draft scenario, draft persona, scenario id, persona id) for a preview."""
    if isinstance(draft, Scenario):
        persona = other or (draft.personas[0] if draft.personas else sorted(content.load_personas())[0])
        return draft, None, draft.id, persona
    return None, draft, other or sorted(content.load_scenarios())[0], draft.id


def start_preview(draft: Scenario | Persona, lang: str = "nl", phase: str = "delegation",
                  other: str | None = None) -> Session:
    """A practice session with the draft, against the offline (scripted) delegatee; stored nowhere."""
    from coach.roleplay import practice
    from coach.settings import get_settings

    scenario, persona, scenario_id, persona_id = _pair(draft, other)
    with content.previewing(scenario, persona):
        return practice.start_session(scenario_id, persona_id, phase=phase, language=lang, hints=True,
                                      settings=get_settings(engine="offline"))


def preview_turn(session: Session, text: str, draft: Scenario | Persona) -> str:
    from coach.roleplay import practice
    from coach.settings import get_settings

    scenario, persona, _, _ = _pair(draft, session.persona_id if isinstance(draft, Scenario) else session.scenario_id)
    with content.previewing(scenario, persona):
        return "".join(practice.send_turn(session, text, settings=get_settings(engine="offline")))
