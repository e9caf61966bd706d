"""The guideline catalogue is faithful to the form and to labels.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from coach.catalogue import Catalogue, load_catalogue, get_catalogue
from coach.errors import CoachError

SHARED = Path(__file__).resolve().parents[2] / "shared"
FORM = SHARED / "seed" / "hulpformulier-delegeren.txt"
LABELS = SHARED / "spec" / "labels.md"


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_every_guideline_of_labels_md_is_in_the_catalogue_and_nothing_else():
    ids_in_spec = set(re.findall(r"`((?:delegation|progress|final)\.[a-z_]+)`", LABELS.read_text(encoding="utf-8")))
    cat = get_catalogue()
    assert {g.id for g in cat.guidelines} == ids_in_spec


def test_phase_counts_match_the_spec():
    cat = get_catalogue()
    assert [len(cat.ids_for_phase(p)) for p in ("delegation", "progress", "final")] == [6, 6, 4]


@pytest.mark.parametrize("guideline", get_catalogue().guidelines, ids=lambda g: g.id)
def test_source_sentences_are_verbatim_from_the_form(guideline):
    form = _norm(FORM.read_text(encoding="utf-8"))
    for fragment in guideline.source.split(" / "):
        assert _norm(fragment) in form, f"{guideline.id}: {fragment!r} is not in the form"


def test_both_languages_present_for_titles_and_examples():
    for g in get_catalogue().guidelines:
        for field in (g.title, g.explanation, g.example):
            assert field.nl != field.en


def test_a_broken_catalogue_gives_one_line_naming_the_file(tmp_path):
    data = yaml.safe_load((Path(__file__).resolve().parents[1] / "prompts" / "guidelines.yaml").read_text())
    data["guidelines"][0]["phase"] = "lunch"
    bad = tmp_path / "guidelines.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CoachError) as err:
        load_catalogue(bad)
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def test_catalogue_rejects_duplicate_ids():
    cat = get_catalogue()
    dup = cat.model_dump()
    dup["guidelines"].append(dup["guidelines"][0])
    with pytest.raises(ValueError):
        Catalogue.model_validate(dup)
