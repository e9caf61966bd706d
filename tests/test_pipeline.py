"""The review pipeline end to end: Transcript -> Analysis -> Review (validated by the contract).

The first tests put a stand-in for the acts (known acts per line) at the pipeline's one seam
(coach.review.read_manager_turn), so they test the pipeline; the last ones go through the learned tagger.
"""

from __future__ import annotations

import json

import pytest

import coach.tagger
from coach import review as review_module
from coach.errors import InputError
from coach.models import ActHit, PreparationCard, Review, ReviewOptions, Transcript, Turn
from coach.review import analyse, review_transcript


def transcript(*lines: tuple[str, str]) -> Transcript:
    return Transcript(turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(lines)])


PROGRESS_NL = [
    ("Anna", "De planning die je maakte is heel helder. Waar loop je tegenaan?"),
    ("Bram", "Ik loop vast op de cijfers van Finance. Kun jij niet even Piet bellen?"),
    ("Anna", "Bel Piet gewoon even zelf."),
    ("Bram", "Hm, ok."),
    ("Anna", "Laat maar, ik bel hem zelf wel."),
]
KNOWN_ACTS = {
    PROGRESS_NL[0][1]: [("positive_feedback", "De planning die je maakte is heel helder."), ("open_question", "Waar loop je tegenaan?")],
    PROGRESS_NL[2][1]: [("advice", "Bel Piet gewoon even zelf.")],
    PROGRESS_NL[4][1]: [("monkey_take", "Laat maar, ik bel hem zelf wel.")],
}


@pytest.fixture
def stand_in_tagger(monkeypatch):
    calls: list[tuple[str, str, str | None]] = []

    def fake(text, lang, previous=None, phase=None, position=None):
        calls.append((text, lang, previous))
        return [ActHit(act=a, quote=q) for a, q in KNOWN_ACTS.get(text, [("other", text)])], False, {}

    monkeypatch.setattr(review_module, "read_manager_turn", fake)
    yield calls


def test_progress_review_with_known_acts(stand_in_tagger):
    r = review_transcript(transcript(*PROGRESS_NL))
    assert (r.language, r.phase, r.manager) == ("nl", "progress", "Anna")
    assert r.manager_detected and r.phase_detected and r.language_detected
    assert [t.role for t in r.turns] == ["manager", "delegatee", "manager", "delegatee", "manager"]
    assert r.turns[1].acts == [] and r.turns[0].acts == ["positive_feedback", "open_question"]
    status = {f.guideline: f.status for f in r.findings}
    assert status == {
        "progress.positive_start": "met", "progress.ask_obstacles": "met", "progress.ask_not_answer": "missed",
        "progress.listen_summarize": "missed", "progress.monkey_back": "missed", "progress.respect_return": "not_applicable",
    }
    assert r.monkey is not None and (r.monkey.owner, r.monkey.turn) == ("manager", 4)
    ask = next(f for f in r.findings if f.guideline == "progress.ask_not_answer")
    assert '"Bel Piet gewoon even zelf."' in ask.advice and "Wie zou je hierover kunnen bellen" in ask.advice
    assert r.metrics.advice == 1 and r.metrics.questions == 1 and r.metrics.open_question_share == 1.0
    words_anna = sum(len(t.split()) for s, t in PROGRESS_NL if s == "Anna")
    words_all = sum(len(t.split()) for _, t in PROGRESS_NL)
    assert r.metrics.manager_talk_share == pytest.approx(words_anna / words_all, abs=0.001)
    Review.model_validate(r.to_contract())  # the printed JSON validates again
    json.dumps(r.to_contract())


def test_manager_turns_are_tagged_with_the_previous_other_turn(stand_in_tagger):
    analyse(transcript(*PROGRESS_NL), ReviewOptions(language="nl"))
    assert [(t, p) for t, _, p in stand_in_tagger] == [
        (PROGRESS_NL[0][1], None), (PROGRESS_NL[2][1], PROGRESS_NL[1][1]), (PROGRESS_NL[4][1], PROGRESS_NL[3][1])]


def test_options_win_over_detection(stand_in_tagger):
    r = review_transcript(transcript(*PROGRESS_NL), ReviewOptions(manager="bram", phase="final", language="en"))
    assert (r.manager, r.phase, r.language) == ("Bram", "final", "en")
    assert not (r.manager_detected or r.phase_detected or r.language_detected)
    assert r.monkey is None and [f.guideline.split(".")[0] for f in r.findings] == ["final"] * 4


@pytest.mark.parametrize("lines,message", [
    ([], "no turns"),
    ([("Anna", "Hallo."), ("Anna", "Nog iets.")], "only one speaker"),
])
def test_bad_transcripts_are_input_errors(lines, message):
    with pytest.raises(InputError, match=message):
        review_transcript(transcript(*lines))


def test_live_hints_can_analyse_the_managers_first_turn_alone(stand_in_tagger):
    first = transcript(PROGRESS_NL[0])
    a = analyse(first, ReviewOptions(manager="Anna", language="nl"))
    assert [t.role for t in a.turns] == ["manager"] and a.turns[0].acts == ["positive_feedback", "open_question"]
    with pytest.raises(InputError, match="only one speaker"):
        review_transcript(first, ReviewOptions(manager="Anna", language="nl"))


def test_unknown_manager_lists_the_speakers(stand_in_tagger):
    with pytest.raises(InputError) as err:
        review_transcript(transcript(*PROGRESS_NL), ReviewOptions(manager="Carla"))
    assert "Anna" in str(err.value) and "Bram" in str(err.value)


def test_preparation_card_coverage(stand_in_tagger):
    card = PreparationCard(result="Een begroting die het MT in één keer goedkeurt", steps="Donderdag eerste opzet bespreken")
    lines = [("Anna", "Het resultaat is een begroting die het MT in één keer goedkeurt."), ("Bram", "Helder.")]
    KNOWN_ACTS[lines[0][1]] = [("result", lines[0][1])]
    try:
        r = review_transcript(transcript(*lines), ReviewOptions(phase="delegation", preparation=card))
    finally:
        del KNOWN_ACTS[lines[0][1]]
    cov = {p.item: p.covered for p in r.preparation}
    assert cov == {"result": "yes", "steps": "no"}
    assert r.preparation[0].evidence[0].turn == 0
    plain = review_transcript(transcript(*lines), ReviewOptions(phase="delegation"))
    assert plain.preparation is None


# -- the feedback phrasings (prompts/feedback/*.yaml) ---------------------------

def test_every_advice_variant_the_judge_uses_has_a_text_in_both_languages():
    import re
    from pathlib import Path

    import yaml

    from coach.advice import check_phrasebooks
    from coach.paths import prompts_dir

    assert check_phrasebooks() == []
    source = "".join(p.read_text(encoding="utf-8") for p in Path(review_module.__file__).parent.joinpath("judge").glob("*.py"))
    used = set(re.findall(r'ctx\.finding\(g, "(\w+)"', source))
    assert {"met", "partly", "missed", "not_applicable", "missed_late"} <= used
    for lang in ("nl", "en"):
        texts = yaml.safe_load((prompts_dir() / "feedback" / f"{lang}.yaml").read_text(encoding="utf-8"))["advice"]
        keys = {k for per in texts.values() for k in per}
        assert used - {"not_applicable"} <= keys, (lang, used - keys)


def test_a_broken_feedback_file_is_a_one_line_error(tmp_path, monkeypatch):
    import shutil

    from coach.advice import advise
    from coach.errors import CoachError
    from coach.paths import prompts_dir

    shutil.copy(prompts_dir() / "guidelines.yaml", tmp_path / "guidelines.yaml")
    (tmp_path / "feedback").mkdir()
    (tmp_path / "feedback" / "nl.yaml").write_text("advice: [not, a, mapping\n", encoding="utf-8")
    monkeypatch.setenv("COACH_PROMPTS_DIR", str(tmp_path))
    with pytest.raises(CoachError) as err:
        advise("nl", "final.lessons", "missed")
    assert "nl.yaml" in str(err.value) and "\n" not in str(err.value)


# -- through the real act tagger ----------------------------------------------

REAL_NL = [
    ("Anna", "Goedemorgen Bram. De planning die je maakte is heel helder, daar kan het team mee verder."),
    ("Bram", "Dank je."),
    ("Anna", "Waar loop je tegenaan?"),
    ("Bram", "Ik loop vast op de cijfers van Finance. Kun jij niet even Piet bellen?"),
    ("Anna", "Wat heb je zelf al geprobeerd?"),
    ("Bram", "Ik heb hem gemaild, maar hij reageert niet."),
    ("Anna", "Dus je wacht nog op Piet. Klopt dat?"),
    ("Bram", "Ja."),
    ("Anna", "Wat ga jij als eerste doen?"),
    ("Bram", "Ik loop morgen bij hem langs."),
]
REAL_EN = [
    ("Sam", "Your first draft already covers the key risks."),
    ("Jo", "Thanks."),
    ("Sam", "What is getting in your way?"),
    ("Jo", "I'm stuck on the figures from Finance. Could you call them?"),
    ("Sam", "Leave it with me, I'll sort it out with Finance."),
    ("Jo", "Great, thanks."),
]


def test_real_tagger_dutch_progress_conversation():
    r = review_transcript(transcript(*REAL_NL))
    assert (r.language, r.manager, r.phase) == ("nl", "Anna", "progress")
    status = {f.guideline: f.status for f in r.findings}
    assert status["progress.ask_obstacles"] == "met"
    assert status["progress.ask_not_answer"] == "met"
    assert status["progress.respect_return"] == "not_applicable"
    assert r.monkey is not None and r.monkey.owner == "delegatee"


def test_real_tagger_english_monkey_taken():
    r = review_transcript(transcript(*REAL_EN))
    assert (r.language, r.manager, r.phase) == ("en", "Sam", "progress")
    assert (r.monkey.owner, r.monkey.turn) == ("manager", 4)
    f = next(f for f in r.findings if f.guideline == "progress.monkey_back")
    assert f.status == "missed" and "Leave it with me" in f.advice


def test_review_is_deterministic():
    from coach.learn.linear import clear_caches

    a = review_transcript(transcript(*REAL_NL)).to_contract()
    clear_caches()
    b = review_transcript(transcript(*REAL_NL)).to_contract()
    assert a == b
