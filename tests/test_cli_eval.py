"""`coach eval` end to end through coach.cli.run, with a fake pipeline and fake data."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from test_annomi import fake_rows, write_csv
from test_eval_corpus import delegation_conversation, gold_review, progress_conversation, write_corpus

import coach.review
import coach.tagger
from coach.cli import run
from coach.evaluation.corpus import Conversation
from coach.models import ActHit

CORPUS_KEYS = {
    "acts", "macro_f1", "question_kappa", "guideline_accuracy", "guidelines", "monkey_accuracy",
    "grounding", "ms_per_turn", "n_conversations", "n_turns",
}
ANNOMI_KEYS = {"question_f1", "open_closed_accuracy", "summary_f1", "advice_f1", "anchors"}


@pytest.fixture
def corpus_dir(tmp_path):
    convs = [progress_conversation(), delegation_conversation(), progress_conversation("en-progress-02", "dev")]
    return write_corpus(tmp_path / "corpus", convs)


@pytest.fixture
def fake_pipeline(monkeypatch, corpus_dir):
    """The offline engine's tagger and review replaced by fakes that know the gold, except that they miss
    every summary (the corpus suite takes the acts from the review)."""
    convs = [Conversation.model_validate(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in corpus_dir.rglob("*.yaml")]
    by_id = {c.id: c for c in convs}
    acts = {t.text: t.acts for c in convs for t in c.turns if t.acts}

    def tag_turn(text, lang, previous=None):
        found = [a for a in acts[text] if a != "summary"] or ["other"]
        return [ActHit(act=a, quote=text) for a in found]

    def review_transcript(transcript, options=None):
        review = gold_review(by_id[transcript.source_name])
        turns = [t.model_copy(update={"acts": [a for a in t.acts if a != "summary"] or (["other"] if t.acts else [])})
                 for t in review.turns]
        return review.model_copy(update={"turns": turns})

    monkeypatch.setattr(coach.tagger, "tag_turn", tag_turn)
    monkeypatch.setattr(coach.review, "review_transcript", review_transcript)
    return convs


def test_corpus_json_has_the_stable_keys(fake_pipeline, corpus_dir, capsys):
    assert run(["eval", "--suite", "corpus", "--split", "test", "--corpus-dir", str(corpus_dir), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert CORPUS_KEYS <= set(report)
    assert report["n_conversations"] == 2 and report["split"] == "test"
    assert report["guideline_accuracy"] == 1.0 and report["grounding"] == 1.0
    assert report["acts"]["summary"]["recall"] == 0.0 and report["macro_f1"] < 1.0
    assert report["detection"] == {"manager": 1.0, "phase": 1.0, "language": 1.0}


def test_corpus_table_puts_the_headline_first(fake_pipeline, corpus_dir, capsys):
    assert run(["eval", "--suite", "corpus", "--corpus-dir", str(corpus_dir), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "1 conversations" in lines[0] and "split dev" in lines[0]
    assert lines[2].strip().startswith("macro-F1")
    assert "progress.monkey_back (rows gold, columns predicted)" in out
    assert "delegation.result" not in out  # the dev split holds only a progress conversation


def test_annomi_suite_from_a_given_file(tmp_path, monkeypatch, capsys):
    path = write_csv(tmp_path / "AnnoMI-full.csv", fake_rows())
    monkeypatch.setattr(coach.tagger, "tag_turn", lambda text, lang, previous=None: [ActHit(act="other", quote=text)])
    assert run(["eval", "--suite", "annomi", "--split", "test", "--annomi", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert ANNOMI_KEYS <= set(report)
    assert report["question_f1"] == 0.0 and report["anchors"]["question_mark_rule_question_f1"] > 0.5
    assert run(["eval", "--suite", "annomi", "--annomi", str(path)]) == 0
    assert "human agreement" in capsys.readouterr().out


def test_absent_annomi_is_one_line_and_exit_zero(tmp_path, capsys):
    code = run(["eval", "--suite", "annomi", "--annomi", str(tmp_path / "missing.csv")])
    out = capsys.readouterr().out
    assert code == 0 and len(out.strip().splitlines()) == 1 and "not found" in out


def test_agreement_lists_the_disagreements(tmp_path, capsys):
    first = write_corpus(tmp_path / "a", [progress_conversation()]) / "test"
    second_data = progress_conversation()
    second_data["turns"][4]["acts"] = ["summary"]
    second_data["guidelines"]["progress.monkey_back"] = "partly"
    second = tmp_path / "b"
    second.mkdir()
    (second / "en-progress-01.yaml").write_text(yaml.safe_dump(second_data), encoding="utf-8")
    assert run(["eval", "--suite", "agreement", "--first", str(first), "--second", str(second), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    items = {(d["item"], d["first"], d["second"]) for d in report["disagreements"]}
    assert items == {("acts", "summary, closed_question", "summary"), ("progress.monkey_back", "missed", "partly")}
    assert report["guideline_agreement"] == pytest.approx(5 / 6, abs=1e-4)  # JSON rounds to 4 places
    assert report["acts"]["summary"]["kappa"] == 1.0 and report["acts"]["closed_question"]["kappa"] < 1.0
    assert report["monkey_agreement"] == 1.0
    assert run(["eval", "--suite", "agreement", "--first", str(first), "--second", str(second)]) == 0
    assert "disagreements (for adjudication)" in capsys.readouterr().out


def test_agreement_refuses_different_conversations(tmp_path, capsys):
    first = write_corpus(tmp_path / "a", [progress_conversation()]) / "test"
    other = progress_conversation()
    other["turns"][0]["text"] = "Something else entirely."
    second = write_corpus(tmp_path / "b", [other]) / "test"
    assert run(["eval", "--suite", "agreement", "--first", str(first), "--second", str(second)]) == 2
    assert "different turns" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["eval", "--suite", "nonsense"], "--suite 'nonsense' is not known"),
        (["eval", "--split", "train"], "--split"),
        (["eval", "--suite", "agreement", "--first", "x"], "--second"),
    ],
)
def test_bad_options_are_one_line_errors(argv, message, capsys):
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert run(["eval", "--suite", "corpus", "--corpus-dir", str(tmp_path)]) == 2
    assert "--corpus-dir" in capsys.readouterr().err


def test_cv_and_record_on_a_small_eval_folder(tmp_path, capsys):
    """`coach eval --suite cv` (leave-one-writer-out), `--errors`, and `--record` with its refusal to lower."""
    pytest.importorskip("sklearn", reason="cross-validation trains models (dev extra)")
    from test_learned import _tiny_eval_tree

    root = tmp_path / "eval"
    _tiny_eval_tree(root)
    assert run(["eval", "--suite", "cv", "--eval-dir", str(root), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["writers"] == ["w91", "w92"] and set(report["per_writer"]) == {"w91", "w92"}
    assert "_folds" not in report
    assert run(["eval", "--suite", "cv", "--eval-dir", str(root)]) == 0
    assert "leave-one-writer-out" in capsys.readouterr().out
    assert run(["eval", "--suite", "cv", "--eval-dir", str(root), "--errors"]) == 0
    assert "misjudged turns and findings" in capsys.readouterr().out
    baseline = tmp_path / "baseline.json"
    annomi_csv = write_csv(tmp_path / "AnnoMI-full.csv", fake_rows())
    argv = ["eval", "--record", "--eval-dir", str(root), "--annomi", str(annomi_csv), "--baseline", str(baseline)]
    assert run(argv) == 0
    stored = json.loads(baseline.read_text(encoding="utf-8"))
    assert stored["cv"]["split"] == "dev" and stored["cv"]["grounding"] == 1.0
    assert set(stored["annomi"]) >= {"question_f1", "open_closed_accuracy", "summary_f1", "advice_f1"}
    assert "cv.macro_f1" in capsys.readouterr().out
    stored["cv"]["macro_f1"] = 1.01  # a level the run cannot reach: recording would lower it
    baseline.write_text(json.dumps(stored), encoding="utf-8")
    assert run(argv) == 2
    assert "--allow-lower" in capsys.readouterr().err
    assert run(argv + ["--allow-lower", "smaller test data"]) == 0
    history = json.loads(baseline.read_text(encoding="utf-8"))["history"]
    assert history[-1]["reason"] == "smaller test data" and any("lowered" in c for c in history[-1]["changes"])
    assert run(["eval", "--suite", "cv", "--eval-dir", str(tmp_path / "nowhere")]) == 2
    capsys.readouterr()
    # --cv-report: the figures of a saved cv run of the same data, not run again; other data is refused
    saved = tmp_path / "cv.json"
    saved.write_text(json.dumps(dict(report, macro_f1=0.5)), encoding="utf-8")
    assert run(argv + ["--cv-report", str(saved), "--allow-lower", "a saved run"]) == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["cv"]["macro_f1"] == 0.5
    saved.write_text(json.dumps(dict(report, writers=["w91"])), encoding="utf-8")
    assert run(argv + ["--cv-report", str(saved)]) == 2
    assert "other data" in capsys.readouterr().err
    saved.write_text("{not json", encoding="utf-8")
    assert run(argv + ["--cv-report", str(saved)]) == 2
    assert "not readable JSON" in capsys.readouterr().err
