"""Scenario and persona authoring: validation by the content models, no clash with packaged ids,
saved in the data folder and loaded with the packaged content, a preview against the offline
delegatee that stores nothing, YAML round trip, usable in a workshop."""

from __future__ import annotations

from datetime import date

import pytest

from coach.errors import InputError
from coach.paths import authored_dir, prompts_dir
from coach.roleplay import content
from coach.store import Store
from coach.workshop import WorkshopService, WorkshopSpec, authoring

PERSONA = (prompts_dir() / "personas" / "anouk.yaml").read_text(encoding="utf-8")
SCENARIO = (prompts_dir() / "scenarios" / "it-laptop-rollout.yaml").read_text(encoding="utf-8")


def test_the_form_is_validated_by_the_content_models():
    with pytest.raises(InputError, match="persona field 'kind'"):
        authoring.parse("persona", PERSONA.replace("kind: network", "kind: robot"), {"id": "mila"})
    with pytest.raises(InputError, match="field 'id'"):
        authoring.parse("persona", PERSONA, {"id": "Mila Smit"})
    with pytest.raises(InputError, match="not valid YAML at line"):
        authoring.parse("scenario", "id: [unclosed\n")
    with pytest.raises(InputError, match="unknown persona 'nobody'"):
        authoring.parse("scenario", SCENARIO + "\npersonas: [nobody]\n", {"id": "my-task"})
    draft = authoring.parse("persona", PERSONA, {"id": "mila", "name": "Mila"})
    assert draft.name == "Mila" and draft.kind == "network"


def test_packaged_ids_are_refused_and_nothing_is_written_to_prompts():
    before = sorted(p.name for p in (prompts_dir() / "personas").iterdir())
    with pytest.raises(InputError, match="comes with coach"):
        authoring.publish(authoring.parse("persona", PERSONA))
    assert sorted(p.name for p in (prompts_dir() / "personas").iterdir()) == before


def test_published_content_is_loaded_from_the_data_folder_and_usable_in_a_workshop(tmp_path):
    assert "mila" not in content.load_personas()  # the folder has just been looked at
    persona = authoring.parse("persona", PERSONA, {"id": "mila", "name": "Mila"})
    path = authoring.publish(persona)
    assert "mila" in content.load_personas()  # seen at once, not a second later
    assert path.parent == authored_dir() / "personas" and path.is_file()
    scenario = authoring.parse("scenario", SCENARIO + "\npersonas: [mila]\n", {"id": "my-task"})
    authoring.publish(scenario)
    assert "mila" in content.load_personas() and "my-task" in content.load_scenarios()
    assert "anouk" in content.load_personas()  # the packaged ones stay
    assert authoring.authored("persona") == ["mila"] and authoring.authored("scenario") == ["my-task"]
    assert authoring.parse("persona", authoring.load("persona", "mila")) == persona  # YAML round trip
    store = Store(f"sqlite:///{tmp_path / 'c.sqlite'}")
    ws = WorkshopService(store).create(
        WorkshopSpec(name="Eigen", scenarios=["my-task"], personas=["mila"], ends=date(2999, 1, 1)), owner="trainer:a")
    assert WorkshopService(store).allowed(ws.id).personas == ["mila"]
    store.close()
    assert authoring.remove("persona", "mila")
    assert "mila" not in content.load_personas()


def force_recheck() -> None:
    content._looked.clear()  # a look at the folder is trusted for a second; the test does not wait


def test_a_packaged_id_dropped_into_the_data_folder_does_not_override_the_packaged_one():
    folder = authored_dir() / "personas"
    folder.mkdir(parents=True)
    (folder / "anouk.yaml").write_text(PERSONA.replace("name: Anouk", "name: Impostor"), encoding="utf-8")
    force_recheck()
    assert content.load_personas()["anouk"].name == "Anouk"


def test_a_preview_talks_with_the_offline_delegatee_and_publishes_nothing():
    draft = authoring.parse("persona", PERSONA, {"id": "mila", "name": "Mila"})
    session = authoring.start_preview(draft, lang="nl", other="it-laptop-rollout")
    assert session.persona_id == "mila" and session.engine == "offline"
    reply = authoring.preview_turn(session, "Mila, wil jij de uitrol van de laptops doen? Wat heb je nodig?", draft)
    assert reply and session.turns[-1].text == reply
    force_recheck()
    assert "mila" not in content.load_personas() and authoring.authored("persona") == []
