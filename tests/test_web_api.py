"""The named Gradio API end to end on loopback (gradio_client, offline engine): a whole practice
session, a transcript review, one-line errors, and persistence across an app restart."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("gradio_client")

from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from coach.models import Review  # noqa: E402

from web_helpers import VTT, start_app  # noqa: E402


def connect(url: str) -> Client:
    # analytics_enabled=False: gradio_client's default (True) overrides GRADIO_ANALYTICS_ENABLED
    return Client(url, verbose=False, analytics_enabled=False)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("coach-web-data")


@pytest.fixture(scope="module")
def running(data_dir, module_db_url):
    demo, service, url = start_app(data_dir, database_url=module_db_url)
    yield service, connect(url)
    demo.close()
    service.store.close()


def test_endpoints_have_exactly_the_documented_parameters(running):
    _, client = running
    api = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    names = {ep: [p["parameter_name"] for p in info["parameters"]] for ep, info in api.items()}
    assert names["/start_session"] == ["scenario", "persona", "phase", "language", "engine"]
    assert names["/send_turn"] == ["session_id", "text", "request_id"]
    assert [p["parameter_has_default"] for p in api["/send_turn"]["parameters"]] == [False, False, True]
    assert names["/end_session"] == ["session_id"]
    assert names["/review_transcript"] == ["file", "manager", "phase", "language"]
    assert names["/list_sessions"] == []
    assert not any("request" in params for params in names.values())
    optional = {p["parameter_name"] for p in api["/review_transcript"]["parameters"] if p["parameter_has_default"]}
    assert optional == {"manager", "phase", "language"}


def test_a_whole_practice_session_through_the_four_endpoints(running):
    service, client = running
    started = client.predict(phase="delegation", language="nl", engine="offline", api_name="/start_session")
    sid = started["session_id"]
    assert started["phase"] == "delegation" and started["language"] == "nl" and started["engine"] == "offline"
    said = [
        "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken.",
        "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren. Hoe kijk jij ertegenaan?",
        "Laten we donderdag de eerste opzet bespreken.",
    ]
    for text in said:
        answer = client.predict(session_id=sid, text=text, api_name="/send_turn")
        assert answer["reply"].strip()
        assert "hint" in answer
    stored = service.store.load_session(sid)
    assert [t.text for t in stored.turns if t.role == "manager"] == said
    assert sum(t.role == "delegatee" for t in stored.turns) >= len(said)

    result = client.predict(session_id=sid, api_name="/end_session")
    review = Review.model_validate(result)
    assert review.phase == "delegation" and review.language == "nl"
    manager_texts = [t.text for t in review.turns if t.role == "manager"]
    assert manager_texts == said
    assert result["review_id"] in {r.id for r in service.store.reviews_for_session(sid)}
    assert service.store.load_session(sid).ended
    # ending twice gives the same review; talking to an ended session is refused in one line
    assert client.predict(session_id=sid, api_name="/end_session")["review_id"] == result["review_id"]
    with pytest.raises(AppError, match="ended") as info:
        client.predict(session_id=sid, text="Nog iets.", api_name="/send_turn")
    assert "\n" not in str(info.value)


def test_a_transcript_review(running, tmp_path):
    service, client = running
    path = tmp_path / "gesprek.vtt"
    path.write_text(VTT, encoding="utf-8")
    result = client.predict(file=handle_file(str(path)), api_name="/review_transcript")
    review = Review.model_validate(result)
    assert review.manager == "Anna"
    assert [t.speaker for t in review.turns][:2] == ["Anna", "Bram"]
    assert "begroting" in review.turns[0].text
    assert service.store.load_review(result["review_id"]).source_name == "gesprek.vtt"

    chosen = client.predict(file=handle_file(str(path)), manager="Bram", phase="progress", language="en",
                            api_name="/review_transcript")
    assert chosen["manager"] == "Bram" and chosen["phase"] == "progress" and chosen["language"] == "en"
    assert not chosen["manager_detected"] and not chosen["phase_detected"]


@pytest.mark.parametrize(
    ("endpoint", "kwargs", "message"),
    [
        ("/send_turn", {"session_id": "no-such-session", "text": "Hallo"}, "unknown session"),
        ("/end_session", {"session_id": ""}, "start_session"),
        ("/start_session", {"phase": "kickoff"}, "unknown phase"),
        ("/start_session", {"engine": "gpt"}, "unknown engine"),
    ],
)
def test_errors_come_back_as_one_line(running, endpoint, kwargs, message):
    _, client = running
    with pytest.raises(AppError, match=message) as info:
        client.predict(**kwargs, api_name=endpoint)
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)


def test_bad_transcripts_come_back_as_one_line(running, tmp_path):
    _, client = running
    empty = tmp_path / "leeg.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(AppError, match="empty") as info:
        client.predict(file=handle_file(str(empty)), api_name="/review_transcript")
    assert "\n" not in str(info.value)
    talk = tmp_path / "talk.vtt"
    talk.write_text(VTT, encoding="utf-8")
    with pytest.raises(AppError, match="does not speak"):
        client.predict(file=handle_file(str(talk)), manager="Piet", api_name="/review_transcript")


def test_a_session_survives_an_app_restart(tmp_path, db_url):
    demo, service, url = start_app(tmp_path, database_url=db_url)
    client = connect(url)
    sid = client.predict(language="en", api_name="/start_session")["session_id"]
    client.predict(session_id=sid, text="I'd like you to prepare the 2026 budget.", api_name="/send_turn")
    demo.close()
    service.store.close()

    demo2, service2, url2 = start_app(tmp_path, database_url=db_url)  # a new app object on the same database
    try:
        assert service2 is not service
        client2 = connect(url2)
        answer = client2.predict(session_id=sid, text="What do you need from me?", api_name="/send_turn")
        assert answer["reply"].strip()
        turns = service2.store.load_session(sid).turns
        assert [t.text for t in turns if t.role == "manager"] == [
            "I'd like you to prepare the 2026 budget.", "What do you need from me?"]
        review = Review.model_validate(client2.predict(session_id=sid, api_name="/end_session"))
        assert review.language == "en"
    finally:
        demo2.close()
        service2.store.close()


def test_deleting_a_session_removes_it_for_the_api_too(running):
    service, client = running
    sid = client.predict(language="nl", api_name="/start_session")["session_id"]
    client.predict(session_id=sid, text="Wil jij de planning maken?", api_name="/send_turn")
    assert service.delete(sid) is True
    assert service.store.load_session(sid) is None
    with pytest.raises(AppError, match="unknown session"):
        client.predict(session_id=sid, text="Nog iets?", api_name="/send_turn")


def test_only_files_in_the_upload_folder_are_read(tmp_path):
    from coach.errors import CoachError
    from coach.web.endpoints import uploaded_bytes

    secret = tmp_path / "secret.txt"
    secret.write_text("Anna: geheim", encoding="utf-8")
    with pytest.raises(CoachError, match="only uploaded files"):
        uploaded_bytes({"path": str(secret), "orig_name": "secret.txt"})
    with pytest.raises(CoachError, match="no file"):
        uploaded_bytes(None)


def test_dutch_and_english_interfaces_have_the_same_strings():
    from coach.web.i18n import EN, NL, browser_language, text

    assert set(EN) == set(NL)
    assert [k for k in EN if EN[k] == NL[k] and k not in {"scenario", "persona", "no_evidence", "export_md",
                                                          "export_html", "export_pdf", "open_question",
                                                          "manager_role", "status"}] == []
    assert browser_language("nl-NL,nl;q=0.9,en;q=0.8") == "nl"
    assert browser_language("en-GB,nl;q=0.5") == "en"
    assert browser_language(None) == "en"
    assert text("deleted_all", "nl", sessions=2, reviews=3) == "2 sessies en 3 beoordelingen verwijderd."


def test_scorecard_marks_the_users_words_and_escapes_html():
    from coach.catalogue import get_catalogue
    from coach.web.charts import question_frame, talk_frame
    from coach.web.scorecard import render_scorecard

    turns = [
        {"index": 0, "speaker": "Anna", "role": "manager",
         "text": "Het resultaat is <b>een begroting</b>. Hoe kijk jij ertegenaan?",
         "acts": ["result", "open_question"]},
        {"index": 1, "speaker": "Bram", "role": "delegatee", "text": "Goed.", "acts": []},
    ]
    ids = get_catalogue().ids_for_phase("delegation")
    findings = [{"guideline": g, "status": "met" if g == "delegation.result" else "missed",
                 "evidence": [{"turn": 0, "quote": "Het resultaat is <b>een begroting</b>."}]
                 if g == "delegation.result" else [], "advice": "Noem de mijlpalen."} for g in ids]
    review = Review.model_validate({
        "language": "nl", "phase": "delegation", "manager": "Anna", "turns": turns, "findings": findings,
        "metrics": {"manager_talk_share": 0.75, "questions": 1, "open_question_share": 1.0, "advice": 0}})
    html = render_scorecard(review)
    assert "<b>een begroting</b>" not in html  # the user's text is escaped
    assert "<mark>Het resultaat is &lt;b&gt;een begroting&lt;/b&gt;.</mark> Hoe kijk" in html
    assert html.count("<article class='coach-card' data-guideline=") == len(ids)
    assert html.count("Noem de mijlpalen.") == len(ids) - 1  # advice for every miss, not for the met one
    assert "gehaald" in html and "Scorekaart" in html
    questions = question_frame(review)
    assert dict(zip(questions["Soort vraag"], questions["Aantal vragen"])) == {"open": 1, "gesloten": 0, "sturend": 0}
    assert list(talk_frame(review)["Aandeel van de woorden (%)"]) == [75.0, 25.0]


def test_coach_app_refuses_a_bad_login_in_one_line(capsys, monkeypatch):
    from coach.cli import run

    assert run(["app", "--auth", "no-colon"]) == 2
    assert "user:password" in capsys.readouterr().err
    monkeypatch.setenv("COACH_AUTH", "anna:")
    assert run(["app"]) == 2
    assert "COACH_AUTH" in capsys.readouterr().err
    assert run(["app", "--engine", "gpt"]) == 2
    assert "unknown engine" in capsys.readouterr().err


def test_next_conversation_continues_the_storyline(running):
    service, client = running
    first = client.predict(phase="delegation", language="nl", api_name="/start_session")
    client.predict(session_id=first["session_id"], text="Het resultaat is een begroting voor 1 maart.",
                   api_name="/send_turn")
    client.predict(session_id=first["session_id"], api_name="/end_session")
    following = service.start_session(previous=first["session_id"], hints=False)
    before, after = service.get_session(first["session_id"]), service.get_session(following["session_id"])
    assert following["phase"] == "progress" and following["session_id"] != first["session_id"]
    assert after.storyline_id == before.storyline_id and after.persona_id == before.persona_id
    assert service.store.load_session(following["session_id"]).storyline_id == before.storyline_id


def test_only_offline_turns_run_on_the_event_loop(running):
    service, client = running
    sid = client.predict(language="en", engine="offline", api_name="/start_session")["session_id"]
    if service.store.in_process:
        assert service.quick_turn(sid, "Could you prepare the budget?")["reply"].strip()
    else:  # PostgreSQL: every turn goes to a worker thread
        assert service.quick_turn(sid, "Could you prepare the budget?") is None
        service.send_turn(sid, "Could you prepare the budget?")
    session = service.get_session(sid)
    session.engine = "llm"  # a language model may take seconds: never on the loop
    service.store.save_session(session)
    assert service.quick_turn(sid, "What do you need from me?") is None
    assert [t.text for t in service.store.load_session(sid).turns if t.role == "manager"] == [
        "Could you prepare the budget?"]


def test_content_is_cached_but_a_trainers_edit_is_picked_up(tmp_path, monkeypatch):
    import os
    import shutil

    from coach.paths import prompts_dir
    from coach.roleplay import content

    folder = tmp_path / "personas"
    shutil.copytree(prompts_dir() / "personas", folder)
    assert content.load_personas(folder)["sanne"].name == "Sanne"
    path = folder / "sanne.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Sanne", "name: Sanna"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # a later modification time
    monkeypatch.setattr(content, "RECHECK_SECONDS", 3600.0)
    assert content.load_personas(folder)["sanne"].name == "Sanne"  # within the recheck time: the cache
    monkeypatch.setattr(content, "RECHECK_SECONDS", 0.0)
    assert content.load_personas(folder)["sanne"].name == "Sanna"  # after it: the edited file
