"""Role-play content: personas, scenarios, phrasebooks and hint texts load, cover what the
training needs, and a trainer's bad file gives one line naming the file and the field."""

from __future__ import annotations

import re
import shutil
import string
from pathlib import Path

import pytest
import yaml

from coach.errors import InputError
from coach.paths import prompts_dir
from coach.roleplay import content
from coach.roleplay.hints import load_hintbook
from coach.roleplay.models import SHORT_TITLE_MAX, Trait

TRAITS = set(Trait.__args__)


def test_personas_span_competence_motivation_kind_and_every_trait():
    personas = content.load_personas()
    assert len(personas) >= 8
    quadrants = {(p.competence, p.motivation) for p in personas.values() if p.kind == "employee"}
    assert quadrants == {("new", "low"), ("new", "high"), ("experienced", "low"), ("experienced", "high")}
    assert {p.kind for p in personas.values()} == {"employee", "network"}
    assert set().union(*(p.traits for p in personas.values())) == TRAITS
    # a network contact that may hand the task back
    assert any(p.kind == "network" and "other_priorities" in p.traits for p in personas.values())


def test_scenarios_cover_the_sectors_and_carry_material_in_both_languages():
    scenarios = content.load_scenarios()
    assert len(scenarios) >= 10
    assert {"it", "care", "municipality", "school", "retail", "logistics", "events", "finance"} <= {
        s.sector for s in scenarios.values()
    }
    for s in scenarios.values():
        for field in ("contact", "status", "first_step", "outcome", "went_well", "lesson", "suggested_checkpoint"):
            value = getattr(s, field)
            assert value is not None and value.nl and value.en, f"{s.id}: {field}"
        for lang in ("nl", "en"):
            assert len(s.facts[lang]) >= 2 and len(s.options[lang]) >= 2, s.id
        assert s.personas, s.id
        for lang in ("nl", "en"):  # the picker names each scenario in a few words; the briefing has the title
            assert len(s.picker_title(lang)) <= SHORT_TITLE_MAX, (s.id, lang)
    assert any(s.short_title and s.short_title.nl != s.title.nl for s in scenarios.values())


def _copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), root)
    return root


def test_a_dropped_persona_file_is_picked_up(tmp_path):
    root = _copy_content(tmp_path)
    data = yaml.safe_load((root / "personas" / "sanne.yaml").read_text(encoding="utf-8"))
    data.update(id="bram", name="Bram", traits=["quiet", "eager"])
    (root / "personas" / "bram.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    personas = content.load_personas(root / "personas")
    assert personas["bram"].name == "Bram"
    assert personas["bram"].traits == ["quiet", "eager"]


@pytest.mark.parametrize(
    "folder, base, change, field",
    [
        ("personas", "sanne", {"traits": ["flies_away"]}, "traits.0"),
        ("personas", "sanne", {"name": None}, "name"),
        ("personas", "sanne", {"kind": "boss"}, "kind"),
        ("personas", "sanne", {"id": "Not Valid"}, "id"),
        ("personas", "sanne", {"id": "someone-else"}, "id"),
        ("scenarios", "school-open-day", {"result": {"nl": "een open dag"}}, "result.en"),
        ("scenarios", "school-open-day", {"facts": {"nl": ["Een feit."]}}, "facts.en"),
        ("scenarios", "school-open-day", {"personas": ["nobody"]}, "personas"),
        ("scenarios", "school-open-day", {"task": None}, "task"),
        ("scenarios", "school-open-day", {"title": {"nl": "Open dag van de school met rondleidingen", "en": "Open day"}},
         "short_title"),
        ("scenarios", "care-onboarding-programme", {"short_title": {"nl": "Inwerken", "en": "x" * 27}}, "short_title"),
    ],
)
def test_a_bad_file_names_the_file_and_the_field(tmp_path, folder, base, change, field):
    root = _copy_content(tmp_path)
    data = yaml.safe_load((root / folder / f"{base}.yaml").read_text(encoding="utf-8"))
    data.update(change)
    bad = root / folder / "zz-bad.yaml"
    data.setdefault("id", "zz-bad")
    if data["id"] == base:
        data["id"] = "zz-bad"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    loader = content.load_personas if folder == "personas" else content.load_scenarios
    with pytest.raises(InputError) as err:
        loader(root / folder)
    message = str(err.value)
    assert "\n" not in message
    assert "zz-bad.yaml" in message
    assert f"field '{field}'" in message
    assert message.endswith("fix the file")


def test_broken_yaml_names_the_file_and_line(tmp_path):
    root = _copy_content(tmp_path)
    (root / "personas" / "broken.yaml").write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.yaml: not valid YAML at line \d"):
        content.load_personas(root / "personas")


def test_unknown_ids_list_the_valid_ones():
    with pytest.raises(InputError) as err:
        content.get_persona("nobody")
    assert "sanne" in str(err.value) and "kees" in str(err.value)
    with pytest.raises(InputError) as err:
        content.get_scenario("nothing")
    assert "it-laptop-rollout" in str(err.value)


def test_default_picks_are_deterministic_and_fit_the_scenario():
    assert content.pick_scenario(3).id == content.pick_scenario(3).id
    assert len({content.pick_scenario(s).id for s in range(20)}) == len(content.load_scenarios())
    for seed in range(5):
        sc = content.pick_scenario(seed)
        assert content.pick_persona(sc, seed).id in sc.personas


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_phrasebooks_have_the_same_moves_and_placeholders_in_both_languages():
    nl, en = content.load_phrasebook("nl"), content.load_phrasebook("en")
    assert set(nl.phrases) == set(en.phrases)
    assert set(nl.topics) == set(en.topics)
    assert set(nl.defaults) == set(en.defaults)
    for move in nl.phrases:
        assert {p for v in nl.phrases[move] for p in _placeholders(v)} == {
            p for v in en.phrases[move] for p in _placeholders(v)
        }, move
    for pattern in nl.guard + en.guard:
        re.compile(pattern)


def test_every_move_the_delegatee_can_make_has_phrases():
    """Drive the decision rules through many act/topic/state combinations: each move they
    produce must have phrases in both languages."""
    import itertools
    import random

    from coach.models import ACTS
    from coach.roleplay.answers import answer
    from coach.roleplay.rules import decide
    from coach.roleplay.state import DelegateeState
    from coach.roleplay.understand import Reading

    rng = random.Random(7)
    topics = list(content.load_phrasebook("nl").topics)
    produced: set[str] = set()
    scenario = content.get_scenario("it-laptop-rollout")
    for persona in content.load_personas().values():
        for phase, _ in itertools.product(("delegation", "progress", "final"), range(300)):
            acts = set(rng.sample([a for a in ACTS if a != "other"], rng.randint(0, 3))) or {"other"}
            question = rng.random() < 0.5
            cue = Reading(acts=sorted(acts), topics=rng.sample(topics, rng.randint(0, 2)), guard=rng.random() < 0.05,
                          question=question, open=question and rng.random() < 0.5, all_fine=rng.random() < 0.1)
            cue.closed = question and not cue.open
            state = DelegateeState.start(phase, "nl", persona, scenario, content_record())
            state = state.model_copy(update=dict(
                n=rng.randint(0, 5), result=rng.random() < 0.5, instructions=rng.randint(0, 3),
                checkpoint=rng.random() < 0.5, motivated=rng.random() < 0.5, closed_streak=rng.randint(0, 2),
                obstacle_revealed=rng.random() < 0.5, handed_back=rng.random() < 0.2, upward=rng.randint(0, 1),
                pushbacks=rng.randint(0, 1), pressure=rng.randint(0, 2)))
            found = answer(phase, persona, state, cue, "Hoe zit het met het budget?", scenario, "")
            moves = found.moves if found is not None else decide(phase, persona, state, cue)
            assert moves, (persona.id, phase, cue)
            produced.update(moves)
    assert len(produced) > 30
    for lang in ("nl", "en"):
        book = content.load_phrasebook(lang)
        assert produced <= set(book.phrases), produced - set(book.phrases)


def test_the_hint_texts_exist_in_both_languages():
    nl, en = load_hintbook("nl"), load_hintbook("en")
    assert set(nl.nudges) == set(en.nudges)
    assert set(nl.acts) == set(en.acts) == {
        "open_question", "closed_question", "leading_question", "advice", "instruction", "result", "checkpoint",
        "motivation", "positive_feedback", "appreciation", "summary", "monkey_take", "monkey_back", "other",
    }


def content_record():
    from coach.roleplay.models import AgreementRecord

    return AgreementRecord()
