"""The AnnoMI reader, mapping, split and suite: a small hand-made CSV, then the real data when present."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.evaluation import annomi, annomi_suite, runner

COLUMNS = [
    "mi_quality", "transcript_id", "video_title", "video_url", "topic", "utterance_id", "interlocutor", "timestamp",
    "utterance_text", "annotator_id", "therapist_input_exists", "therapist_input_subtype", "reflection_exists",
    "reflection_subtype", "question_exists", "question_subtype", "main_therapist_behaviour", "client_talk_type",
]


def row(tid, uid, who, text, annotator="0", question=None, reflection=False, advice=False):
    therapist = who == "therapist"
    na = "n/a"
    return {
        "mi_quality": "high", "transcript_id": tid, "video_title": "t", "video_url": "u", "topic": "x",
        "utterance_id": uid, "interlocutor": who, "timestamp": "00:00:01", "utterance_text": text,
        "annotator_id": annotator,
        "therapist_input_exists": str(advice) if therapist else na,
        "therapist_input_subtype": ("advice" if advice else na) if therapist else na,
        "reflection_exists": str(reflection) if therapist else na,
        "reflection_subtype": ("simple" if reflection else na) if therapist else na,
        "question_exists": str(question is not None) if therapist else na,
        "question_subtype": (question or na) if therapist else na,
        "main_therapist_behaviour": "other" if therapist else na,
        "client_talk_type": na if therapist else "neutral",
    }


def fake_rows():
    rows = [
        # transcript 3 -> test split
        row(3, 0, "therapist", "What brings you here?", question="open"),
        row(3, 1, "client", "My drinking."),
        row(3, 2, "therapist", "You drink every day?", reflection=True),  # rising-tone reflection
        row(3, 3, "client", "Yes, too much."),
        row(3, 4, "therapist", "Do you want to cut down?", question="closed"),
        row(3, 5, "therapist", "You could try a drink diary.", advice=True),
        # transcript 1 -> dev split
        row(1, 0, "therapist", "How are you?", question="open"),
        row(1, 1, "client", "Fine."),
    ]
    # transcript 7 -> test split, annotated by three people (agreement, not gold)
    for annotator, q in (("0", "open"), ("1", "open"), ("2", None)):
        rows.append(row(7, 0, "therapist", "What would help?", annotator=annotator, question=q))
    return rows


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def fake_csv(tmp_path):
    return write_csv(tmp_path / "AnnoMI-full.csv", fake_rows())


def test_reader_maps_annotations_and_previous_client_turn(fake_csv):
    utterances = annomi.load_annotations(fake_csv)
    assert len(utterances) == 8  # therapist rows only (4 + 1 + 3 annotations)
    by_key = {(u.transcript_id, u.utterance_id): u for u in utterances if u.transcript_id != 7}
    assert by_key[(3, 0)].previous is None
    assert by_key[(3, 2)].previous == "My drinking."
    assert by_key[(3, 5)].previous == "Yes, too much."  # the closest earlier client utterance
    assert by_key[(3, 0)].gold_acts == {"open_question"}
    assert by_key[(3, 2)].gold_acts == {"summary"} and by_key[(3, 2)].question_label == "none"
    assert by_key[(3, 4)].gold_acts == {"closed_question"}
    assert by_key[(3, 5)].gold_acts == {"advice"}


def test_split_and_single_annotation(fake_csv):
    utterances = annomi.load_annotations(fake_csv)
    test = annomi.single_annotated(utterances, "test")
    assert {u.transcript_id for u in test} == {3}
    assert [u.transcript_id for u in annomi.single_annotated(utterances, "dev")] == [1]
    groups = annomi.multi_annotated(utterances)
    assert len(groups) == 1 and [u.annotator_id for u in groups[0]] == ["0", "1", "2"]
    assert annomi.split_of(131) == "test" and annomi.split_of(132) == "dev"


def test_suite_scores_a_tagger_against_the_gold(fake_csv):
    calls = []

    def tagger(text, lang, previous=None):
        calls.append((lang, previous))
        if text.endswith("?"):
            return ["open_question"]  # wrong for the reflection and for the closed question
        return ["advice"]

    report = runner.run_annomi("test", fake_csv, tagger=tagger)
    assert report["n_turns"] == 4 and report["n_transcripts"] == 1
    assert ("en", "My drinking.") in calls
    # questions: gold {0, 4}; predicted {0, 2, 4}
    assert report["question"]["precision"] == pytest.approx(2 / 3) and report["question"]["recall"] == 1.0
    assert report["question_f1"] == pytest.approx(0.8)
    assert report["open_closed_n"] == 2 and report["open_closed_accuracy"] == 0.5
    assert report["summary_f1"] == 0.0 and report["advice_f1"] == 1.0
    # the anchors on the same utterances: '?' finds 3 questions (2 right); wh-rule: What -> open, Do -> closed
    assert report["anchors"]["question_mark_rule_question_f1"] == pytest.approx(0.8)
    assert report["anchors"]["wh_rule_open_closed_accuracy"] == 1.0
    assert report["human_agreement"]["n_utterances"] == 1


def test_leading_counts_as_closed_and_failures_are_counted(fake_csv):
    def tagger(text, lang, previous=None):
        if "cut down" in text:
            return ["leading_question"]
        raise RuntimeError("tagger bug")

    report = runner.run_annomi("test", fake_csv, tagger=tagger, agreement=False)
    assert report["errors"] == 3
    assert report["open_closed_accuracy"] == 1.0 and report["open_closed_n"] == 1
    assert "human_agreement" not in report


def test_absent_data_and_wrong_file(tmp_path):
    with pytest.raises(annomi.AnnoMIMissing, match="COACH_ANNOMI_PATH"):
        runner.run_annomi("test", tmp_path / "nope.csv")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns"):
        annomi.load_annotations(other)


def test_default_path_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("COACH_ANNOMI_PATH", str(tmp_path / "x.csv"))
    assert annomi.default_path() == tmp_path / "x.csv"
    monkeypatch.delenv("COACH_ANNOMI_PATH")
    assert annomi.default_path().parts[-4:] == ("shared", "data", "annomi", "AnnoMI-full.csv")
    assert annomi.resolve_path(tmp_path) == tmp_path / "AnnoMI-full.csv"


REAL = annomi.resolve_path(None)
needs_real = pytest.mark.skipif(not REAL.is_file(), reason=f"AnnoMI data not present at {REAL}")


@needs_real
def test_real_data_shape_and_published_human_agreement():
    utterances = annomi.load_annotations(REAL)
    assert len({(u.transcript_id, u.utterance_id) for u in utterances}) == 4882
    test = annomi.single_annotated(utterances, "test")
    assert {u.transcript_id % 4 for u in test} == {3}
    assert len({u.transcript_id for u in test}) <= 32
    agreement = annomi_suite.human_agreement(utterances)
    assert agreement["n_utterances"] == 216
    # the data's README: Fleiss kappa 0.87 (question present), 0.74 (open/closed)
    assert agreement["question_kappa"] == pytest.approx(0.87, abs=0.005)
    assert agreement["question_type_kappa"] == pytest.approx(0.74, abs=0.005)


@needs_real
def test_real_data_anchor_near_the_published_figure():
    utterances = annomi.single_annotated(annomi.load_annotations(REAL))
    figures = annomi_suite.score(utterances, [annomi_suite.question_mark_rule(u.text) for u in utterances])
    assert figures["question_f1"] == pytest.approx(0.88, abs=0.005)  # README: '?' rule reaches 0.88
