"""The learned understanding (coach.learn): the linear model's arithmetic, the features, the tagger's
contract, model overrides, the shipped weights and the training script end to end."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from coach.errors import InputError
from coach.learn.features import context_features, sentence_features, turn_features
from coach.learn.form import read_form
from coach.learn.linear import WEIGHTS, LinearModel, load_model, use_models
from coach.models import check_act_set
from coach.tagger import is_small_talk, tag_turn

ROOT = Path(__file__).resolve().parents[1]


def _model(kind="binary", labels=("a", "b"), thresholds=None):
    return LinearModel.from_weights("t", list(labels), kind, [0.0, -1.0], ["x", "y"], [[2.0, -1.0], [0.0, 4.0]],
                                    thresholds=thresholds or {})


def test_weights_survive_the_json_round_trip():
    m = _model(thresholds={"a": 0.4})
    again = LinearModel.from_json(json.loads(json.dumps(m.to_json())))
    assert again.index == m.index and again.thresholds == {"a": 0.4}
    assert again.weight("y", "b") == pytest.approx(4.0) and again.weight("nope", "a") == 0.0
    assert again.raw(["x", "y", "zz"]) == pytest.approx(m.raw(["x", "y", "zz"]))


def test_binary_scores_are_normalised_sums_through_a_sigmoid():
    m = _model(thresholds={"a": 0.6})
    raw = m.raw(["x", "y", "unknown"])  # an unknown feature weighs nothing but counts in the norm
    assert raw == pytest.approx([(2.0 - 1.0) / math.sqrt(3), 4.0 / math.sqrt(3)])
    probs = m.probabilities(raw)
    assert probs["a"] == pytest.approx(1 / (1 + math.exp(-raw[0])))
    assert probs["b"] == pytest.approx(1 / (1 + math.exp(-(raw[1] - 1.0))))
    assert m.chosen({"a": 0.59, "b": 0.5}) == ["b"]  # a below its own threshold, b at the default 0.5


def test_softmax_chooses_the_top_label():
    m = _model(kind="softmax")
    probs = m.predict(["y", "y"])
    assert sum(probs.values()) == pytest.approx(1.0)
    assert m.chosen(probs) == ["b"]
    assert _model(kind="softmax").chosen(m.predict(["x"])) == ["a"]


@pytest.mark.parametrize("sentence,lang,expected", [
    ("Hoe kijk jij daartegenaan?", "nl", {"mark", "wh"}),
    ("heb je hem al gebeld", "nl", {"inverted", "unmarked"}),
    ("De uitrol loopt, toch?", "nl", {"mark", "tag"}),
    ("What would you try first?", "en", {"mark", "wh"}),
    ("did you ring them", "en", {"inverted", "unmarked"}),
    ("Send me the draft by Friday.", "en", {"statement"}),
    ("Ja hoor, beetje fietsen.", "nl", {"statement"}),   # "ja hoor" is a particle, not "hoor" first
    ("Hoor je mij?", "nl", {"mark", "inverted"}),
])
def test_question_form_features(sentence, lang, expected):
    assert set(read_form(sentence, lang).features()) == expected


def test_sentence_and_context_features():
    feats = sentence_features("Wat heb je al geprobeerd?", "nl", {"geprobeerd": "proberen"}, "progress")
    assert {"w:wat", "l:proberen", "p:proberen", "f1:wat", "q:mark", "qp:wh", "b:je_al"} <= set(feats)
    assert any(f.startswith("c:") for f in feats)
    ctx = context_features("nl", "Ik krijg de cijfers maar niet.", "progress", 0.9, {}, "Welke cijfers bedoel je?",
                           previous_signals=["obstacle"])
    assert {"phase:progress", "pos:late", "prev:nq", "pv:cijfers", "ps:obstacle", "psp:obstacle"} <= set(ctx)
    assert any(f.startswith("ov:") and f != "ov:0" for f in ctx)
    sentences, per, _ = turn_features("Het kost 2.500 euro. Klopt dat?", "nl", {})
    assert sentences == ["Het kost 2.500 euro.", "Klopt dat?"] and "w:NUM" in per[0]


TURNS = [
    ("nl", "Goedemorgen! Fijn dat je er bent. Ik wil het hebben over de verhuizing; het resultaat is een leeg archief vóór 1 mei.", None, "delegation"),
    ("nl", "eh ja nou kijk dat snap ik maar wat ga jij dan als eerste doen", "de leverancier belt maar niet terug", "progress"),
    ("en", "Brilliant work on the rota. So the only snag is the agency? Have I got that right?", "Rota's done, but the agency can't send anyone.", None),
    ("en", "Leave it with me.", "Finance still haven't signed it off.", "progress"),
    ("en", "", None, None),
    ("nl", "   ", None, "final"),
]


@pytest.mark.parametrize("lang,text,previous,phase", TURNS)
def test_tagger_contract(lang, text, previous, phase):
    hits = tag_turn(text, lang, previous, phase=phase)
    acts = [h.act.value for h in hits]
    check_act_set(acts)
    assert acts, "at least one act"
    for h in hits:
        assert h.quote in text
        assert h.confidence is None or 0.0 <= h.confidence <= 1.0
    assert tag_turn(text, lang, previous, phase=phase) == hits  # deterministic


@pytest.mark.parametrize("bad", [dict(text=3), dict(previous=5), dict(phase="kickoff")])
def test_tagger_rejects_bad_input_with_a_clear_error(bad):
    args = {"text": "Hoe gaat het?", "previous": None, "phase": None} | bad
    with pytest.raises(InputError):
        tag_turn(args["text"], "nl", args["previous"], phase=args["phase"])


def test_small_talk_turn_is_other():
    text = "Hoe was de vakantie eigenlijk? Jullie waren toch in Frankrijk met de caravan?"
    assert is_small_talk(text, "nl", None, phase="progress", position=0.0)
    assert [h.act.value for h in tag_turn(text, "nl", None, phase="progress", position=0.0)] == ["other"]


def test_use_models_overrides_and_restores():
    text = "Wat heb je zelf al geprobeerd?"
    before = tag_turn(text, "nl", "Het lukt niet met de leverancier.", phase="progress")
    acts = load_model("acts")
    flat = LinearModel.from_weights("acts", acts.labels, "binary", [5.0] * len(acts.labels), [],
                                    [[] for _ in acts.labels])
    questions = load_model("questions")
    try:
        use_models({"acts": flat, "questions": questions})
        forced = {h.act.value for h in tag_turn(text, "nl", "Het lukt niet met de leverancier.", phase="progress")}
        assert forced == {"other"}  # every content act at p > 0.99, small talk too: the turn is small talk
    finally:
        use_models(None)
    assert tag_turn(text, "nl", "Het lukt niet met de leverancier.", phase="progress") == before


def test_shipped_weights_come_from_many_writers_and_no_test_data():
    for name in ("acts", "questions", "signals", "phase", "network", "manager"):
        meta = json.loads((WEIGHTS / f"{name}.json").read_text(encoding="utf-8"))["meta"]
        assert len(meta["writers"]) >= 8, (name, meta["writers"])
    lemmas = json.loads((WEIGHTS / "lemmas.json").read_text(encoding="utf-8"))
    assert lemmas["nl"].get("gebeld") == "bellen" and lemmas["en"].get("went") == "go"


def test_a_review_imports_neither_scikit_learn_nor_simplemma():
    code = ("import sys; from coach.readers import read_text; from coach.review import review_transcript;"
            "review_transcript(read_text('A: Hoe gaat het met de planning?\\nB: Goed, maar de leverancier belt niet terug.'));"
            "print(sorted(m for m in ('sklearn', 'simplemma', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def _tiny_eval_tree(root: Path) -> None:
    """Two writers, two conversations and a few bank items each: enough to train every model."""
    (root / "corpus" / "dev").mkdir(parents=True)
    (root / "utterances" / "dev").mkdir(parents=True)
    phases = {"delegation": ["Ik wil je vragen het jaarverslag te schrijven.", "Het resultaat is een verslag van tien pagina's."],
              "progress": ["Hoe staat het met het verslag?", "Wat heb je al geprobeerd?"]}
    guidelines = {"delegation": ["result", "instruction", "checkpoints", "motivation", "fit_to_experience", "let_go"],
                  "progress": ["positive_start", "ask_obstacles", "ask_not_answer", "listen_summarize", "monkey_back", "respect_return"]}
    for w, writer in enumerate(("w91", "w92")):
        for n, (phase, lines) in enumerate(phases.items()):
            turns = []
            for line in lines * 4:
                acts = ["open_question"] if line.endswith("?") else ["instruction"]
                turns += [{"speaker": "Ann", "text": line, "acts": acts},
                          {"speaker": "Bob", "text": "De drukker reageert niet." if w else "Ik doe het morgen.",
                           "signals": ["obstacle"] if w else ["commitment"]}]
            doc = {"id": f"{writer}-nl-{phase}-0{n + 1}", "writer": writer, "language": "nl", "phase": phase, "split": "dev",
                   "manager": "Ann", "delegatee": "Bob", "delegatee_kind": "employee",
                   "persona": {"competence": "new", "motivation": "high"}, "manager_style": "good", "scenario": "x: y",
                   "turns": turns, "guidelines": {f"{phase}.{g}": "missed" for g in guidelines[phase]}}
            if phase == "progress":
                doc["guidelines"]["progress.respect_return"] = "not_applicable"
                doc["monkey"] = {"owner": "delegatee", "turn": 2}
            (root / "corpus" / "dev" / f"{doc['id']}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        bank = [{"id": f"{writer}-u00{i}", "language": "en", "phase": "progress", "speaker": "manager",
                 "delegatee_kind": "employee", "previous": "", "text": t, "acts": a}
                for i, (t, a) in enumerate([("What did you try?", ["open_question"]), ("Thanks a lot!", ["appreciation"]),
                                            ("Nice weekend?", ["other"])])]
        bank[2]["small_talk"] = True
        bank.append({"id": f"{writer}-d001", "language": "en", "phase": "progress", "speaker": "delegatee",
                     "delegatee_kind": "network", "previous": "", "text": "I have to hand this back.", "signals": ["hand_back"]})
        (root / "utterances" / "dev" / f"{writer}.yaml").write_text(yaml.safe_dump(bank), encoding="utf-8")


def test_training_script_writes_weights_that_load_and_predict(tmp_path):
    pytest.importorskip("sklearn", reason="training needs the dev extra (pip install -e .[dev])")
    _tiny_eval_tree(tmp_path / "eval")
    out = tmp_path / "weights"
    done = subprocess.run([sys.executable, str(ROOT / "eval" / "tools" / "train_models.py"), "--root", str(tmp_path / "eval"),
                           "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    for name in ("lemmas", "acts", "questions", "signals", "phase", "network", "manager"):
        assert (out / f"{name}.json").is_file()
    acts = LinearModel.from_json(json.loads((out / "acts.json").read_text(encoding="utf-8")))
    assert acts.meta["writers"] == ["w91", "w92"] and acts.meta["n"] == 38 + 10  # + every 4th without its context
    questions = LinearModel.from_json(json.loads((out / "questions.json").read_text(encoding="utf-8")))
    feats = [f for fs in turn_features("Wat heb je al geprobeerd?", "nl", {}, phase="progress")[1] for f in fs]
    assert questions.chosen(questions.predict(feats)) == ["open_question"]
