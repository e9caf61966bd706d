"""Domain rules carried by the Pydantic models (the contract between layers)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from coach.models import Finding, MonkeyVerdict, Review, ReviewTurn, Transcript, Turn, check_act_set

TURNS = [
    {"index": 0, "speaker": "Anna", "role": "manager",
     "text": "Fijn dat de planning al staat. Hoe gaat het verder?", "acts": ["positive_feedback", "open_question"]},
    {"index": 1, "speaker": "Bram", "role": "delegatee",
     "text": "Goed, maar ik loop vast op de cijfers van Finance.", "acts": []},
    {"index": 2, "speaker": "Anna", "role": "manager",
     "text": "Wat ga jij als eerste doen?", "acts": ["open_question", "monkey_back"]},
]


def _findings(**overrides):
    base = {
        "progress.positive_start": ("met", [{"turn": 0, "quote": "Fijn dat de planning al staat."}]),
        "progress.ask_obstacles": ("missed", []),
        "progress.ask_not_answer": ("partly", []),
        "progress.listen_summarize": ("missed", []),
        "progress.monkey_back": ("met", [{"turn": 2, "quote": "Wat ga jij als eerste doen?"}]),
        "progress.respect_return": ("not_applicable", []),
    }
    base.update(overrides)
    return [{"guideline": g, "status": s, "evidence": e, "advice": ""} for g, (s, e) in base.items()]


def _review(**overrides):
    data = {
        "language": "nl", "phase": "progress", "manager": "Anna", "turns": TURNS,
        "findings": _findings(), "monkey": {"owner": "delegatee", "turn": 2},
        "metrics": {"manager_talk_share": 0.5, "questions": 2, "open_question_share": 1.0, "advice": 0},
    }
    data.update(overrides)
    return data


def test_a_valid_review_round_trips_through_the_contract():
    review = Review.model_validate(_review())
    again = Review.model_validate(review.to_contract())
    assert again == review
    assert review.to_contract()["schema_version"] == 1


def test_a_quote_not_found_in_its_turn_is_rejected():
    bad = _findings(**{"progress.positive_start": ("met", [{"turn": 0, "quote": "Goed gedaan met de planning."}])})
    with pytest.raises(ValidationError, match="not found in turn 0"):
        Review.model_validate(_review(findings=bad))


def test_a_quote_citing_the_wrong_turn_is_rejected():
    bad = _findings(**{"progress.positive_start": ("met", [{"turn": 1, "quote": "Fijn dat de planning al staat."}])})
    with pytest.raises(ValidationError, match="not found in turn 1"):
        Review.model_validate(_review(findings=bad))


def test_guideline_of_another_phase_is_rejected():
    findings = _findings()
    findings[0]["guideline"] = "delegation.result"
    with pytest.raises(ValidationError, match="does not belong to phase"):
        Review.model_validate(_review(findings=findings))


def test_unknown_guideline_is_rejected():
    findings = _findings()
    findings[1]["guideline"] = "progress.be_nice"
    with pytest.raises(ValidationError, match="unknown guideline"):
        Review.model_validate(_review(findings=findings))


def test_every_guideline_of_the_phase_must_be_judged_once():
    with pytest.raises(ValidationError, match="cover each guideline"):
        Review.model_validate(_review(findings=_findings()[:-1]))


def test_progress_review_needs_a_monkey_verdict():
    with pytest.raises(ValidationError, match="monkey verdict"):
        Review.model_validate(_review(monkey=None))


def test_met_needs_evidence():
    with pytest.raises(ValidationError, match="needs at least one evidence"):
        Finding(guideline="final.lessons", status="met")


@pytest.mark.parametrize("acts, ok", [
    (["open_question", "motivation"], True),
    (["other"], True),
    (["other", "advice"], False),
    (["open_question", "closed_question"], False),
    (["summary", "closed_question"], True),
    (["gossip"], False),
    (["advice", "advice"], False),
])
def test_act_set_rules(acts, ok):
    if ok:
        assert check_act_set(acts) == acts
    else:
        with pytest.raises(ValueError):
            check_act_set(acts)


def test_manager_turn_needs_an_act():
    with pytest.raises(ValidationError, match="carries no act"):
        ReviewTurn(index=0, speaker="Anna", role="manager", text="Hoi", acts=[])


def test_monkey_verdict_rules():
    assert MonkeyVerdict(owner="none").turn is None
    with pytest.raises(ValidationError):
        MonkeyVerdict(owner="none", turn=3)
    with pytest.raises(ValidationError):
        MonkeyVerdict(owner="manager")


def test_transcript_turns_must_be_numbered_in_order():
    with pytest.raises(ValidationError, match="numbered"):
        Transcript(turns=[Turn(index=1, speaker="A", text="x")])
    t = Transcript(turns=[Turn(index=0, speaker="A", text="x"), Turn(index=1, speaker="B", text="y"),
                          Turn(index=2, speaker="A", text="z")])
    assert t.speakers == ["A", "B"]
