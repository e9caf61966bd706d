"""`coach eval --suite delegatee`: the probe checks of eval/delegatee/PROBES.md and the repeat check."""

from __future__ import annotations

import json

import pytest
import yaml

from coach.cli import run
from coach.evaluation.delegatee_suite import Probe, repeat_check, run_probe

BASE = dict(writer="t", scenario="it-laptop-rollout", phase="delegation", prefix=[], note="test")


def probe(**kw) -> Probe:
    return Probe(**{**BASE, "id": "t-nl-001", "language": "nl", "persona": "sanne", **kw})


def test_a_fact_probe_passes_only_with_the_fact_of_its_topic():
    ok = run_probe(probe(turn="Wat is het budget?", expect="answer_fact", topic="budget"))
    assert ok["passed"] and "48.000" in ok["reply"]
    wrong = run_probe(probe(turn="Wat is het budget?", expect="answer_fact", topic="quality"))
    assert not wrong["passed"] and any("no fact on quality" in p for p in wrong["problems"])


def test_a_probe_expecting_another_move_fails_and_says_which():
    result = run_probe(probe(turn="Wat is het budget?", expect="answer_unknown", topic="budget"))
    assert not result["passed"] and "move answer_fact, expected answer_unknown" in result["problems"]


def test_the_repeat_check_counts_replies_and_finds_no_verbatim_repeat():
    report = repeat_check(storylines=4, turns=4)
    assert report["replies"] == 4 * (4 * 3 + 2) and report["repeats"] == 0


def test_the_cli_suite_reports_rates_per_move(tmp_path, capsys):
    items = [probe(turn="Wat is het budget?", expect="answer_fact", topic="budget").model_dump(),
             probe(id="t-en-001", language="en", persona="fatima", turn="Have you done this kind of job before?",
                   expect="answer_experience").model_dump()]
    (tmp_path / "t.yaml").write_text(yaml.safe_dump(items), encoding="utf-8")
    assert run(["eval", "--suite", "delegatee", "--probes", str(tmp_path), "--storylines", "2", "--format", "json"]) in (0, None)
    report = json.loads(capsys.readouterr().out)
    assert report["probes"] == 2 and set(report["by_move"]) == {"answer_fact", "answer_experience"}
    assert report["repeat_check"]["storylines"] == 2


def test_a_bad_probe_file_is_one_line_naming_the_field(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("- id: x\n  language: nl\n", encoding="utf-8")
    code = run(["eval", "--suite", "delegatee", "--probes", str(tmp_path), "--storylines", "0"])
    err = capsys.readouterr().err
    assert code == 2 and "bad.yaml" in err and "Traceback" not in err


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_reply_type_has_at_least_three_phrasings(lang):
    from coach.roleplay.content import load_phrasebook

    short = [k for k, v in load_phrasebook(lang).phrases.items() if len(v) < 3 and not k.startswith("record_")]
    assert short == []
