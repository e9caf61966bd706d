"""The corpus loader, the corpus suite (with fake critics and taggers) and the blind-copy tool."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import pytest
import yaml

from coach.errors import CoachError, InputError
from coach.evaluation import corpus_suite
from coach.evaluation.corpus import Conversation, load_conversation, load_split
from coach.evaluation.runner import UsageMeter
from coach.models import ActHit, Evidence, Finding, Metrics, MonkeyVerdict, Review, ReviewTurn

ROOT = Path(__file__).resolve().parents[1]


def progress_conversation(cid: str = "en-progress-01", split: str = "test") -> dict:
    return {
        "id": cid, "language": "en", "phase": "progress", "split": split, "manager": "Anna",
        "delegatee": "Bram", "delegatee_kind": "employee", "persona": {"competence": "new", "motivation": "low"},
        "manager_style": "mixed", "scenario": "organise the evening", "hard_cases": ["tag_question"],
        "notes": "monkey taken back at the end",
        "turns": [
            {"speaker": "Anna", "text": "Your plan is very clear.", "acts": ["positive_feedback"]},
            {"speaker": "Bram", "text": "Thanks. But I am stuck on the Finance numbers."},
            {"speaker": "Anna", "text": "What have you tried so far?", "acts": ["open_question"]},
            {"speaker": "Bram", "text": "I mailed them twice."},
            {"speaker": "Anna", "text": "So Finance does not answer, right?", "acts": ["summary", "closed_question"]},
            {"speaker": "Bram", "text": "Yes."},
            {"speaker": "Anna", "text": "Leave it with me, I'll call them.", "acts": ["monkey_take"]},
        ],
        "guidelines": {
            "progress.positive_start": "met", "progress.ask_obstacles": "met",
            "progress.ask_not_answer": "partly", "progress.listen_summarize": "met",
            "progress.monkey_back": "missed", "progress.respect_return": "not_applicable",
        },
        "monkey": {"owner": "manager", "turn": 6},
    }


def delegation_conversation(cid: str = "nl-delegation-01", split: str = "test") -> dict:
    return {
        "id": cid, "language": "nl", "phase": "delegation", "split": split, "manager": "Eva",
        "delegatee": "Sam", "delegatee_kind": "network",
        "turns": [
            {"speaker": "Eva", "text": "Goedemorgen Sam.", "acts": ["other"]},
            {"speaker": "Sam", "text": "Hoi."},
            {"speaker": "Eva", "text": "Het resultaat is een begroting. Lukt dat voor vrijdag?", "acts": ["result", "closed_question"]},
            {"speaker": "Sam", "text": "Ja."},
            {"speaker": "Eva", "text": "Je mag tot 5.000 euro zelf beslissen.", "acts": ["instruction"]},
        ],
        "guidelines": {
            "delegation.result": "met", "delegation.instruction": "met", "delegation.checkpoints": "partly",
            "delegation.motivation": "missed", "delegation.fit_to_experience": "not_applicable",
            "delegation.let_go": "met",
        },
    }


def write_corpus(root: Path, conversations: list[dict]) -> Path:
    for conv in conversations:
        folder = root / conv["split"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{conv['id']}.yaml").write_text(yaml.safe_dump(conv, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return root


def gold_review(conv: Conversation, statuses: dict | None = None, monkey: MonkeyVerdict | None = None) -> Review:
    """A valid Review that repeats the gold labels (optionally with other statuses or monkey)."""
    statuses = statuses or conv.guidelines
    first = conv.turns[0].text.split()[0]
    turns = [
        ReviewTurn(index=i, speaker=t.speaker, role="manager" if t.speaker == conv.manager else "delegatee",
                   text=t.text, acts=t.acts or [])
        for i, t in enumerate(conv.turns)
    ]
    findings = [
        Finding(guideline=g, status=s, evidence=[Evidence(turn=0, quote=first)] if s == "met" else [])
        for g, s in statuses.items()
    ]
    return Review(
        language=conv.language, phase=conv.phase, manager=conv.manager, turns=turns, findings=findings,
        monkey=monkey if monkey is not None else conv.monkey,
        metrics=Metrics(manager_talk_share=0.5, questions=1, open_question_share=0.5, advice=0),
    )


class FakeCritic:
    """Answers with the gold review; `change` may alter it per conversation id."""

    def __init__(self, conversations, change=None):
        self.by_id = {c.id: c for c in conversations}
        self.change = change or {}
        self.calls = []

    def review(self, transcript, options):
        conv = self.by_id[transcript.source_name]
        self.calls.append((conv.id, options.manager))
        action = self.change.get(conv.id)
        if isinstance(action, Exception):
            raise action
        return action(conv) if callable(action) else gold_review(conv)


def gold_tagger(conversations):
    texts = {t.text: t.acts for c in conversations for t in c.turns if t.acts}

    def tag(text, lang, previous=None):
        return [ActHit(act=a, quote=text) for a in texts[text]]

    return tag


@pytest.fixture
def convs():
    return [Conversation.model_validate(progress_conversation()), Conversation.model_validate(delegation_conversation())]


# ---------------------------------------------------------------- loading


def test_load_split_reads_every_file_in_order(tmp_path):
    write_corpus(tmp_path, [delegation_conversation(), progress_conversation()])
    loaded = load_split(tmp_path, "test")
    assert [c.id for c in loaded] == ["en-progress-01", "nl-delegation-01"]
    conv = loaded[0]
    assert conv.manager_turn_indices() == [0, 2, 4, 6]
    assert conv.previous_text(4) == "I mailed them twice."
    assert conv.previous_text(0) is None
    assert conv.question_type(4) == "closed"
    transcript = conv.to_transcript()
    assert [t.index for t in transcript.turns] == list(range(7)) and transcript.source_name == conv.id
    options = conv.review_options()
    assert (options.manager, options.phase, options.language, options.delegatee_kind) == ("Anna", "progress", "en", "employee")


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["turns"][2].pop("acts"), "manager turn 2 has no acts"),
        (lambda d: d["turns"][1].update(acts=["other"]), "is not the manager's"),
        (lambda d: d["turns"][0].update(acts=["other", "advice"]), "other"),
        (lambda d: d["turns"][0].update(acts=["open_question", "closed_question"]), "question type"),
        (lambda d: d["guidelines"].pop("progress.monkey_back"), "progress.monkey_back"),
        (lambda d: d.update(monkey={"owner": "manager", "turn": 5}), "monkey turn 5"),
        (lambda d: d.pop("monkey"), "monkey"),
        (lambda d: d.update(language="de"), "language"),
    ],
)
def test_faulty_files_are_named_in_one_line(tmp_path, mutate, message):
    data = progress_conversation()
    mutate(data)
    write_corpus(tmp_path, [data])
    with pytest.raises(InputError) as err:
        load_split(tmp_path, "test")
    text = str(err.value)
    assert "en-progress-01.yaml" in text and message in text and "\n" not in text


def test_split_must_match_folder_and_ids_be_unique(tmp_path):
    data = progress_conversation(split="dev")
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "x.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(InputError, match="split is 'dev'"):
        load_split(tmp_path, "test")
    (tmp_path / "test" / "x.yaml").write_text(yaml.safe_dump(progress_conversation()), encoding="utf-8")
    (tmp_path / "test" / "y.yaml").write_text(yaml.safe_dump(progress_conversation()), encoding="utf-8")
    with pytest.raises(InputError, match="occurs twice"):
        load_split(tmp_path, "test")


def test_missing_folder_and_bad_yaml(tmp_path):
    with pytest.raises(InputError, match="--corpus-dir"):
        load_split(tmp_path, "test")
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        load_conversation(bad)


# ---------------------------------------------------------------- the corpus suite


def test_perfect_critic_and_tagger_score_one(convs):
    outcomes = corpus_suite.predict(convs, FakeCritic(convs).review, tagger=gold_tagger(convs))
    report = corpus_suite.score(outcomes)
    assert report["macro_f1"] == 1.0 and report["question_kappa"] == 1.0
    assert report["guideline_accuracy"] == 1.0 and report["monkey_accuracy"] == 1.0
    assert report["monkey_turn_accuracy"] == 1.0 and report["grounding"] == 1.0
    assert report["detection"] == {"manager": 1.0, "phase": 1.0, "language": 1.0}
    assert report["n_conversations"] == 2 and report["n_turns"] == 12 and report["n_manager_turns"] == 7
    assert report["errors"] == 0


def test_acts_are_scored_per_manager_turn(convs):
    def other_or_question(text, lang, previous=None):
        return [ActHit(act="open_question", quote=text)] if "?" in text else [ActHit(act="other", quote=text)]

    report = corpus_suite.score(corpus_suite.predict(convs, FakeCritic(convs).review, tagger=other_or_question))
    acts = report["acts"]
    # open_question: predicted on 3 turns with '?', gold on 1 of them
    assert (acts["open_question"]["precision"], acts["open_question"]["recall"]) == (pytest.approx(1 / 3), 1.0)
    # other: gold once (Goedemorgen), predicted on the 4 turns without '?'
    assert (acts["other"]["precision"], acts["other"]["recall"]) == (pytest.approx(1 / 4), 1.0)
    assert acts["summary"]["recall"] == 0.0 and acts["advice"]["support"] == 0
    present = [a for a, v in acts.items() if v["support"]]
    assert report["macro_f1"] == pytest.approx(sum(acts[a]["f1"] for a in present) / len(present))
    assert report["macro_f1"] < 0.5


def test_acts_come_from_the_review_without_a_tagger(convs):
    def no_summary(conv):
        review = gold_review(conv)
        turns = [t.model_copy(update={"acts": ["closed_question"]}) if "summary" in t.acts else t for t in review.turns]
        return review.model_copy(update={"turns": turns})

    critic = FakeCritic(convs, change={"en-progress-01": no_summary})
    report = corpus_suite.score(corpus_suite.predict(convs, critic.review, tagger=None, detect=False))
    assert report["acts"]["summary"]["recall"] == 0.0
    assert report["acts"]["closed_question"]["f1"] == 1.0
    assert report["detection"] is None


def test_guideline_confusion_and_monkey(convs):
    def wrong(conv):
        statuses = dict(conv.guidelines, **{"progress.monkey_back": "met"})
        return gold_review(conv, statuses=statuses, monkey=MonkeyVerdict(owner="delegatee", turn=4))

    report = corpus_suite.score(corpus_suite.predict(convs, FakeCritic(convs, {"en-progress-01": wrong}).review))
    assert report["guideline_accuracy"] == pytest.approx(11 / 12)
    assert report["guidelines"]["progress.monkey_back"]["confusion"] == {"missed": {"met": 1}}
    assert report["guidelines"]["delegation.result"]["accuracy"] == 1.0
    assert report["monkey_accuracy"] == 0.0 and report["monkey_turn_accuracy"] == 0.0
    assert report["monkey_confusion"] == {"manager": {"delegatee": 1}}


def test_a_failing_review_counts_as_wrong_not_skipped(convs):
    critic = FakeCritic(convs, change={"nl-delegation-01": ValueError("boom")})
    report = corpus_suite.score(corpus_suite.predict(convs, critic.review, detect=False))
    assert report["errors"] == 1 and report["error_examples"][0]["id"] == "nl-delegation-01"
    assert report["guideline_accuracy"] == pytest.approx(6 / 12)
    assert report["guidelines"]["delegation.result"]["confusion"] == {"met": {"error": 1}}


def test_unbuilt_pipeline_is_a_clear_error(convs):
    critic = FakeCritic(convs, change={"en-progress-01": NotImplementedError("review pipeline not built yet")})
    with pytest.raises(CoachError, match="not built yet"):
        corpus_suite.predict(convs, critic.review)


def test_an_engine_that_cannot_work_stops_the_run_but_a_bad_input_does_not(convs):
    down = FakeCritic(convs, change={"en-progress-01": CoachError("the LLM endpoint is not reachable")})
    with pytest.raises(CoachError, match="not reachable"):
        corpus_suite.predict(convs, down.review)
    refused = FakeCritic(convs, change={"en-progress-01": InputError("only one speaker")})
    report = corpus_suite.score(corpus_suite.predict(convs, refused.review, detect=False))
    assert report["errors"] == 1 and "only one speaker" in report["error_examples"][0]["error"]


def test_detection_pass_runs_without_options(convs):
    def wrong_phase(conv):
        review = gold_review(conv)
        return review.model_copy(update={"language": "en"})

    critic = FakeCritic(convs, change={"nl-delegation-01": wrong_phase})
    report = corpus_suite.score(corpus_suite.predict(convs, critic.review))
    assert (None in [m for _, m in critic.calls]) and ("Anna" in [m for _, m in critic.calls])
    assert report["detection"]["language"] == 0.5 and report["detection"]["manager"] == 1.0


def test_grounding_counts_quotes_not_found_verbatim(convs):
    def invented_quote(conv):
        review = gold_review(conv)
        bad = Finding.model_construct(guideline="delegation.result", status="met",
                                      evidence=[Evidence(turn=2, quote="a sentence nobody said")], advice="", engine="offline")
        return review.model_copy(update={"findings": [bad] + review.findings[1:]})

    def sloppy_tagger(text, lang, previous=None):
        return [ActHit(act="other", quote=text.upper())]

    critic = FakeCritic(convs, change={"nl-delegation-01": invented_quote})
    report = corpus_suite.score(corpus_suite.predict(convs, critic.review, detect=False))
    assert 0 < report["grounding"] < 1.0
    report = corpus_suite.score(corpus_suite.predict(convs, FakeCritic(convs).review, tagger=sloppy_tagger, detect=False))
    assert report["grounding"] < 0.6


def test_usage_meter_sums_the_last_review_usage_once_per_review():
    class Source:
        usage = {"total_tokens": 0}

    src = Source()
    meter = UsageMeter(src)
    meter()  # nothing reviewed yet: the initial dict is not counted
    src.usage = {"prompt_tokens": 100, "total_tokens": 110}
    meter()
    meter()  # a failed review left the same dict in place: not counted twice
    src.usage = {"prompt_tokens": 100, "total_tokens": 130, "model": "x"}
    meter()
    assert meter.total == {"prompt_tokens": 200, "total_tokens": 240}


def test_tokens_are_reported_when_the_critic_exposes_usage(tmp_path, monkeypatch):
    from coach.evaluation import runner

    write_corpus(tmp_path, [progress_conversation()])
    conv = Conversation.model_validate(progress_conversation())

    class Critic:
        usage = {}

        def review(self, transcript, options):
            self.usage = {"total_tokens": 50}
            return gold_review(conv)

    import coach.engines.factory as factory

    monkeypatch.setattr(factory, "make_critic", lambda settings: Critic())
    report = runner.run_corpus("test", "offline", tmp_path, detect=True, tagger=gold_tagger([conv]))
    assert report["tokens"] == {"total_tokens": 100}  # two passes: with and without options


# ---------------------------------------------------------------- blind copies


def _blind_module():
    spec = importlib.util.spec_from_file_location("blind", ROOT / "eval" / "tools" / "blind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_blind_copies_carry_no_label(tmp_path, capsys):
    src = write_corpus(tmp_path / "gold", [progress_conversation(), delegation_conversation()]) / "test"
    blind = _blind_module()
    assert blind.main([str(src), "--out", str(tmp_path / "blind")]) == 0
    data = yaml.safe_load((tmp_path / "blind" / "en-progress-01.yaml").read_text(encoding="utf-8"))
    gold = progress_conversation()
    assert [(t["speaker"], t["text"]) for t in data["turns"]] == [(t["speaker"], t["text"]) for t in gold["turns"]]
    assert all("acts" not in t for t in data["turns"])
    assert set(data["guidelines"]) == set(gold["guidelines"]) and set(data["guidelines"].values()) == {None}
    assert data["monkey"] == {"owner": None, "turn": None}
    assert "manager_style" not in data and "hard_cases" not in data and "notes" not in data
    nl = yaml.safe_load((tmp_path / "blind" / "nl-delegation-01.yaml").read_text(encoding="utf-8"))
    assert "monkey" not in nl
    with pytest.raises(InputError):  # a blind copy is not a labelled conversation until annotated
        load_conversation(tmp_path / "blind" / "en-progress-01.yaml")


def test_blind_refuses_to_overwrite_the_gold(tmp_path):
    src = write_corpus(tmp_path, [progress_conversation()]) / "test"
    before = (src / "en-progress-01.yaml").read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="source folder"):
        _blind_module().main([str(src), "--out", str(src)])
    assert (src / "en-progress-01.yaml").read_text(encoding="utf-8") == before


def test_blind_keeps_input_untouched(tmp_path):
    data = progress_conversation()
    kept = copy.deepcopy(data)
    _blind_module().blind(data)
    assert data == kept
