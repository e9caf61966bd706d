"""The scorecard, review page helpers and history as the web app shows them (issue 11 part B):
overall line and one card per guideline in Dutch and English, turn numbers from 1 equal on screen
and in the exports, Dutch chart columns, readable history rows, the comparison with the last attempt,
fresh detection for a new transcript and friendly errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.settings import Settings
from coach.store import Store
from coach.web.api import CoachService, review_of
from coach.web.cards import status_of

TRANSCRIPTS = Path(__file__).parent / "fixtures" / "transcripts"
ENGLISH_WORDS = {"count", "type", "percent", "speaker", "time", "score", "guideline"}
DELEGATION_NL = (
    "Karin: Joost, ik wil jou vragen het inwerkprogramma voor de nieuwe collega's te maken.\n"
    "Joost: Oké, wat moet het precies worden?\n"
    "Karin: Het resultaat is een programma van twee weken dat op 1 maart klaar is. Hoe kijk jij ertegenaan?\n"
    "Joost: Dat lijkt me haalbaar. Mag ik zelf de sprekers kiezen?\n"
    "Karin: Ja, daarover beslis jij. Je hebt een budget van 2000 euro. Wanneer laat je me een eerste opzet zien?\n"
    "Joost: Over twee weken heb ik een opzet.\n"
)


@pytest.fixture
def service(tmp_path):
    settings = Settings(engine="offline", data_dir=tmp_path)
    svc = CoachService(settings, Store(settings.resolved_database_url()))
    yield svc
    svc.store.close()


def _review(service, name: str):
    data = (TRANSCRIPTS / name).read_bytes()
    return review_of(service.review_transcript(data, name))


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("name,overall", [("voortgang_nl.txt", "van {total} richtlijnen gehaald"),
                                          ("delegation_en.txt", "of {total} guidelines met")])
def test_overall_line_first_then_what_went_well_then_a_card_per_guideline(service, name, overall):
    from coach.web.cards import tally
    from coach.web.i18n import text
    from coach.web.scorecard import render_scorecard

    review = _review(service, name)
    html = render_scorecard(review)
    counts = tally(review)
    assert counts.total == sum(1 for f in review.findings if status_of(f) != "not_applicable")
    line = f"{counts.met} " + overall.format(total=counts.total)
    assert line in html
    assert html.index(line) < html.index(text("went_well_head", review.language)) < html.index("coach-card")
    assert html.count("<article class='coach-card'") == len(review.findings)
    for finding in review.findings:  # status as an icon and a word, not colour only
        status = status_of(finding)
        card = html.split(f"data-guideline='{finding.guideline}'")[1].split("</article>")[0]
        assert f"data-status='{status}'" in card and text("status_" + status, review.language) in card
        probable = not finding.sure and status != "not_sure"  # a verdict coach is fairly, not fully, sure of
        assert (text("status_probably", review.language, status=text("status_" + status, review.language)) in card) \
            == probable, finding


def test_turn_numbers_from_one_on_screen_and_in_the_exports(service, tmp_path):
    from coach.report.html_report import render_html
    from coach.report.markdown_report import render_markdown
    from coach.web.scorecard import render_conversation, render_scorecard

    review = _review(service, "voortgang_nl.txt")
    html = render_scorecard(review)
    conversation = render_conversation(review)
    markdown, exported = render_markdown(review), render_html(review)
    quoted = [(e.turn, e.quote) for f in review.findings for e in f.evidence]
    assert quoted, "the fixture's review quotes the manager"
    for turn, quote in quoted:
        label = f"beurt {turn + 1}"
        item = re.search(rf"<li id='[^']*-{turn + 1}'[^>]*>(.*?)</li>", conversation).group(1)
        assert f"<span class='coach-turn-no'>{label}</span>" in item and "<mark>" in item
        assert f"({label})</a>" in html
        assert label in markdown and label in exported
    assert "beurt 0" not in _visible(html)
    assert f"beurt {len(review.turns)}" in conversation


def test_the_monkey_verdict_is_a_picture_with_words(service):
    from coach.web.scorecard import render_scorecard

    review = _review(service, "voortgang_nl.txt")
    assert review.monkey is not None
    html = render_scorecard(review)
    figure = html.split("<figure class='coach-monkey'")[1].split("</figure>")[0]
    assert f"data-owner='{review.monkey.owner}'" in figure and "role='img'" in figure
    assert "Jij" in figure and "Bij wie belandt de aap?" in figure
    monkeys = figure.count("class='coach-monkey-icon'")
    assert monkeys == {"none": 0, "shared": 2}.get(review.monkey.owner, 1)


def test_chart_columns_are_in_the_pages_language(service):
    from coach.web import charts

    review = _review(service, "voortgang_nl.txt")
    records = service.store.list_reviews()
    frames = [charts.question_frame(review, "nl"), charts.talk_frame(review, "nl"),
              charts.attempts_frame(records, "progress", "nl")]
    for frame in frames:
        words = {w.lower() for c in frame.columns for w in re.findall(r"[A-Za-z]+", c)}
        assert not words & ENGLISH_WORDS, frame.columns
    attempts = frames[2]
    assert list(attempts.columns) == ["Poging", "Richtlijnen gehaald (%)"] and list(attempts["Poging"]) == ["1"]
    assert list(charts.question_frame(review, "en").columns) == ["Kind of question", "Number of questions"]


def _practise(service, text: str, phase: str = "delegation") -> str:
    started = service.start_session(scenario=None, persona=None, phase=phase, language="nl")
    sid = started["session_id"]
    service.send_turn(sid, text)
    return sid


def test_history_shows_names_and_24_hour_dates_and_no_empty_sessions(service):
    from coach.web import domain
    from coach.web.history_view import history_rows

    sid = _practise(service, "Ik wil jou vragen de begroting voor 2026 te maken.")
    service.end_session(sid)
    empty = service.start_session(phase="delegation", language="nl")["session_id"]
    _review(service, "voortgang_nl.txt")
    rows = history_rows(service.store, "nl")
    assert rows.session_ids == [sid] and empty not in rows.session_ids
    session = service.store.load_session(sid)
    scenario = next(s.title.get("nl") for s in domain.scenarios() if s.id == session.scenario_id)
    persona = next(p.name for p in domain.personas() if p.id == session.persona_id)
    first = list(rows.sessions.iloc[0])
    assert first[1] == f"{scenario} · {persona} · Delegeergesprek" and first[2].startswith("afgerond")
    months = "jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec"
    for when in list(rows.sessions.iloc[:, 0]) + list(rows.reviews.iloc[:, 0]):
        assert re.fullmatch(rf"\d{{1,2}} ({months}) \d{{4}} ([01]\d|2[0-3]):[0-5]\d", when), when
    shown = " ".join(str(v) for v in rows.sessions.values.ravel()) + " ".join(str(v) for v in rows.reviews.values.ravel())
    shown += " ".join(label for label, _ in rows.choices)
    assert not re.search(r"[0-9a-f]{32}", shown) and session.scenario_id not in shown
    assert {i for _, i in rows.choices} == {sid, *rows.review_ids}
    assert list(rows.sessions.columns) == ["Wanneer", "Wat", "Resultaat"] == list(rows.reviews.columns)
    assert re.fullmatch(r"\d+ van \d+ richtlijnen gehaald", rows.reviews.iloc[0, 2])


def test_a_second_attempt_is_compared_with_the_first(service):
    from coach.web import views

    first = _practise(service, "Ik wil jou vragen de begroting voor 2026 te maken.")
    before = review_of(service.end_session(first))
    second = _practise(service, "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren. "
                                "Hoe kijk jij ertegenaan? Jij beslist over de indeling.")
    now = review_of(service.end_session(second))
    previous = views.previous_attempt(service.store, second)
    assert previous is not None and previous.turns[0].text == before.turns[0].text
    assert views.previous_attempt(service.store, first) is None
    html = views.review_outputs(now, previous=previous)[0]
    met = lambda r: sum(1 for f in r.findings if status_of(f) == "met")  # noqa: E731
    total = sum(1 for f in now.findings if status_of(f) != "not_applicable")
    assert f"Vorige keer {met(before)} van {total}, nu {met(now)} van {total}." in html
    shown = lambda r: {f.guideline: status_of(f) for f in r.findings}  # noqa: E731
    comparable = [g for g, s in shown(now).items() if s in ("met", "partly", "missed")
                  and shown(before)[g] in ("met", "partly", "missed")]  # a trend only where coach is sure twice
    assert html.count("<span class='coach-trend coach-trend-") == len(comparable)


def _made_up(statuses: dict[str, str]):
    from coach.catalogue import get_catalogue
    from coach.models import Review

    turns = [{"index": 0, "speaker": "Anna", "role": "manager", "text": "Het resultaat is een begroting.",
              "acts": ["result"]}, {"index": 1, "speaker": "Bram", "role": "delegatee", "text": "Goed.", "acts": []}]
    findings = [{"guideline": g, "status": statuses.get(g, "missed"),
                 "evidence": [{"turn": 0, "quote": "Het resultaat"}] if statuses.get(g) == "met" else []}
                for g in get_catalogue().ids_for_phase("delegation")]
    return Review.model_validate({"language": "nl", "phase": "delegation", "manager": "Anna", "turns": turns,
                                  "findings": findings, "metrics": {"manager_talk_share": 0.5, "questions": 0,
                                                                    "open_question_share": 0.0, "advice": 0}})


def test_each_card_says_better_or_worse_than_last_time():
    from coach.web.scorecard import render_scorecard

    before = _made_up({"delegation.result": "met", "delegation.instruction": "partly"})
    now = _made_up({"delegation.instruction": "met", "delegation.checkpoints": "met"})
    html = render_scorecard(now, previous=before)
    assert "Vorige keer 1 van 6, nu 2 van 6." in html
    card = lambda g: html.split(f"data-guideline='{g}'")[1].split("</article>")[0]  # noqa: E731
    assert "minder dan vorige keer" in card("delegation.result")
    assert "beter dan vorige keer" in card("delegation.instruction") and "beter" in card("delegation.checkpoints")
    assert "net als vorige keer" in card("delegation.motivation")
    assert "vorige keer" not in render_scorecard(now)


def test_a_new_transcript_never_keeps_what_the_last_review_read():
    from coach.web.review_page import _corrections

    shown = {"source": "a", "manager": "Anna", "phase": "progress", "language": "nl"}
    assert _corrections(("Anna", "progress", "nl"), shown, "b") == (None, None, None)
    assert _corrections(("Anna", "progress", "nl"), shown, "a") == ("Anna", "progress", "nl")
    assert _corrections(("Karin", "progress", ""), shown, "b") == ("Karin", None, None)  # the user's own choice
    assert _corrections(("", "final", "en"), None, "b") == (None, "final", "en")


def test_review_errors_are_sentences_in_the_users_language(service):
    from coach.errors import CoachError
    from coach.web.detection import friendly_error

    with pytest.raises(CoachError) as caught:
        service.review_transcript(pasted="Anna: Hallo.\nAnna: Nog iets.\n")
    nl, en = friendly_error(caught.value, "nl"), friendly_error(caught.value, "en")
    assert nl.startswith("Coach kon dit transcript niet nakijken") and "één persoon" in nl
    assert en.startswith("Coach could not review this transcript") and "only one speaker" in en
    assert "stdin" not in nl + en


def test_detection_says_how_sure_coach_is(service):
    from coach.web.detection import detection_note

    transcript = service.read_transcript(pasted=DELEGATION_NL)
    review = review_of(service.review_transcript(pasted=DELEGATION_NL))
    note = detection_note(review, transcript, "nl")
    assert re.search(r"Manager: Karin \((zeker|niet zeker)\)", note)
    assert re.search(r"Gesprek: \w+ \((zeker|niet zeker)\)", note) and "Taal: Nederlands" in note
    given = review_of(service.review_transcript(pasted=DELEGATION_NL, manager="Karin", phase="delegation"))
    assert "Manager: Karin (door jou gekozen)" in detection_note(given, transcript, "nl")


@pytest.mark.parametrize("confidence,sure,shown,probable", [
    (0.95, True, "met", False),   # sure: the verdict
    (0.84, False, "met", True),   # every reading agrees, the guideline is right 84% of the time: probably met
    (0.5, False, "met", True),
    (0.41, False, "not_sure", False),  # as likely wrong as right: no verdict
    (None, False, "met", False),  # no confidence measured (an LLM critic): the verdict as given
])
def test_only_a_finding_as_likely_wrong_as_right_loses_its_verdict(confidence, sure, shown, probable):
    from coach.report.content import shown_status

    assert shown_status("met", confidence, sure) == (shown, probable)


def test_a_probable_finding_keeps_its_verdict_and_says_probably_in_both_languages():
    from coach.models import Review
    from coach.report import render_markdown
    from coach.web.scorecard import render_scorecard

    for lang, word in (("nl", "waarschijnlijk"), ("en", "probably")):
        review = Review.model_validate(_made_up({"delegation.result": "met"}).model_dump() | {"language": lang})
        finding = review.findings[0].model_copy(update={"confidence": 0.8, "sure": False})
        review = review.model_copy(update={"findings": [finding]})
        html, md = render_scorecard(review), render_markdown(review)
        assert "data-status='met'" in html and f"{word} " in html and "coach-probable" in html
        assert f"</strong> ({word}): “Het resultaat" in html.split("coach-went-well")[1]  # what went well says so too
        assert f"({word} " in md and "## Niet zeker" not in md and "## Not sure" not in md
        doubted = review.model_copy(update={"findings": [finding.model_copy(update={"confidence": 0.3})]})
        assert "data-status='not_sure'" in render_scorecard(doubted) and word not in render_scorecard(doubted)
