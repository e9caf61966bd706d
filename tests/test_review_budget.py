"""In the app a transcript review runs in a child process with a time and a memory budget: over budget it
is killed and the user gets one line in the conversation's language; practice turns go on meanwhile; the
uploaded file is removed once the review is stored, and `coach data delete --all` empties the upload folder."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coach import budget
from coach.cli import run
from coach.errors import CoachError
from coach.models import ReviewOptions
from coach.readers import read_bytes
from coach.review import review_transcript
from coach.settings import Settings
from coach.store import Store
from coach.uploads import purge_uploads, remove_upload, upload_folder, use_upload_folder
from coach.web.api import CoachService

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from bench_sizes import make_txt  # noqa: E402  (the benchmark's realistic transcripts)

from web_helpers import VTT  # noqa: E402


def _settings(tmp_path, **kw) -> Settings:
    return Settings(engine="offline", data_dir=tmp_path / "data", **kw)


@pytest.fixture
def spawned(monkeypatch):
    """The child processes the budget starts."""
    made = []
    real = subprocess.Popen

    def recording(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(budget.subprocess, "Popen", recording)
    return made


def test_a_review_in_the_worker_is_the_review_in_process(tmp_path, spawned):
    transcript = read_bytes(VTT.encode(), "talk.vtt")
    options = ReviewOptions(phase="delegation")
    done = budget.budgeted_review(transcript, options, _settings(tmp_path))
    assert done.to_contract() == review_transcript(transcript, options).to_contract()
    assert len(spawned) == 1 and spawned[0].returncode == 0


@pytest.mark.parametrize("lang, words", [("nl", "seconden"), ("en", "seconds")])
def test_over_the_time_budget_the_worker_is_killed_with_one_line_in_the_users_language(tmp_path, spawned, lang, words):
    transcript = read_bytes(make_txt(lang, 200 * 1024), "talk.txt")
    with pytest.raises(CoachError) as info:
        budget.budgeted_review(transcript, ReviewOptions(), _settings(tmp_path, review_timeout_s=0.2))
    message = str(info.value)
    assert "\n" not in message and words in message and "0.2" in message
    assert spawned[0].returncode == -9  # killed and reaped, not left running


@pytest.mark.parametrize("lang, words", [("nl", "geheugen"), ("en", "memory")])
def test_over_the_memory_budget_is_one_line_in_the_users_language(tmp_path, spawned, lang, words):
    transcript = read_bytes(make_txt(lang, 20 * 1024), "talk.txt")
    with pytest.raises(CoachError) as info:
        budget.budgeted_review(transcript, ReviewOptions(), _settings(tmp_path, review_memory_mb=64))
    message = str(info.value)
    assert "\n" not in message and words in message and "64 MB" in message
    assert spawned[0].returncode is not None


def test_the_budget_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("COACH_REVIEW_TIMEOUT_S", "12.5")
    monkeypatch.setenv("COACH_REVIEW_MEMORY_MB", "512")
    monkeypatch.setenv("COACH_REVIEW_WORKERS", "3")
    settings = Settings(data_dir=tmp_path)
    assert (settings.review_timeout_s, settings.review_memory_mb, settings.review_workers) == (12.5, 512, 3)
    for name, value in (("COACH_REVIEW_TIMEOUT_S", "inf"), ("COACH_REVIEW_MEMORY_MB", "10")):
        monkeypatch.setenv(name, value)
        with pytest.raises(ValueError):
            Settings(data_dir=tmp_path)
        monkeypatch.delenv(name)


def test_a_review_over_budget_stores_nothing(tmp_path):
    settings = _settings(tmp_path, review_timeout_s=0.2)
    service = CoachService(settings, Store(settings.resolved_database_url()))
    with pytest.raises(CoachError, match="seconden"):
        service.review_transcript(make_txt("nl", 200 * 1024), "talk.txt")
    assert service.store.list_reviews() == []
    service.store.close()


def test_practice_turns_go_on_while_a_long_review_runs(tmp_path):
    settings = _settings(tmp_path)
    service = CoachService(settings, Store(settings.resolved_database_url()))
    result = {}
    review = threading.Thread(target=lambda: result.update(service.review_transcript(make_txt("nl", 400 * 1024), "t.txt")))
    session = service.start_session(language="nl", engine="offline")["session_id"]
    review.start()
    replies = [service.send_turn(session, f"Wat heb je nodig voor stap {i}?")["reply"] for i in range(5)]
    assert all(r.strip() for r in replies)
    assert review.is_alive()  # five turns answered while the review was still running
    review.join()
    assert result["review_id"] and service.store.load_review(result["review_id"]) is not None
    service.store.close()


# -- uploads -------------------------------------------------------------------------------------


def test_an_uploaded_file_is_removed_with_its_folder_but_nothing_outside_the_upload_folder(tmp_path):
    root = tmp_path / "uploads"
    (root / "abc123").mkdir(parents=True)
    upload = root / "abc123" / "talk.vtt"
    upload.write_text(VTT, encoding="utf-8")
    outside = tmp_path / "mine.vtt"
    outside.write_text(VTT, encoding="utf-8")
    assert remove_upload(upload, root) and not upload.exists() and not upload.parent.exists() and root.exists()
    assert not remove_upload(outside, root) and outside.exists()
    assert not remove_upload(root / ".." / "mine.vtt", root) and outside.exists()


def test_the_app_keeps_uploads_in_coachs_folder_unless_told_otherwise(tmp_path, monkeypatch):
    settings = _settings(tmp_path)
    monkeypatch.delenv("GRADIO_TEMP_DIR", raising=False)
    use_upload_folder(settings)
    import os

    assert os.environ["GRADIO_TEMP_DIR"] == str(upload_folder(settings))
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "elsewhere"))
    use_upload_folder(settings)
    assert os.environ["GRADIO_TEMP_DIR"] == str(tmp_path / "elsewhere")


def test_coach_data_delete_all_empties_the_upload_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    settings = Settings()
    left = upload_folder(settings) / "f00d" / "talk.vtt"
    left.parent.mkdir(parents=True)
    left.write_text(VTT, encoding="utf-8")
    assert run(["data", "delete", "--all", "--yes"]) == 0
    out, _ = capsys.readouterr()
    assert "1 files in the app's upload folder" in out
    assert not left.exists() and upload_folder(settings).exists()
    assert purge_uploads(settings) == 0


def test_the_api_leaves_no_copy_of_an_uploaded_transcript(tmp_path):
    import gradio as gr
    from gradio_client import Client, handle_file

    from web_helpers import start_app

    demo, service, url = start_app(tmp_path / "data")
    try:
        path = tmp_path / "vertrouwelijk-gesprek.vtt"
        path.write_text(VTT, encoding="utf-8")
        client = Client(url, verbose=False, analytics_enabled=False)
        result = client.predict(file=handle_file(str(path)), api_name="/review_transcript")
        assert service.store.load_review(result["review_id"]) is not None
        assert not list(Path(gr.utils.get_upload_folder()).rglob(path.name))
        path.write_text("", encoding="utf-8")  # a failing review leaves no copy either
        with pytest.raises(Exception, match="empty"):
            client.predict(file=handle_file(str(path)), api_name="/review_transcript")
        assert not list(Path(gr.utils.get_upload_folder()).rglob(path.name))
    finally:
        demo.close()
        service.store.close()


def test_the_llm_engine_runs_in_the_worker_within_the_memory_budget():
    try:
        from openai_stub_server import Reply, StubServer
    except ImportError:
        from tests.openai_stub_server import Reply, StubServer

    transcript = read_bytes(VTT.encode(), "talk.vtt")
    with StubServer() as stub:
        for _ in range(3):  # an answer that does not fit: the critic asks again, then keeps the offline findings
            stub.push(Reply.json_content({"acts": [], "findings": [], "monkey": None}))
        settings = Settings(_env_file=None, engine="llm", openai_base_url=stub.base_url, timeout=5.0, max_retries=0)
        review = budget.budgeted_review(transcript, ReviewOptions(), settings)
        assert stub.requests  # the child process reached the loopback server
    assert review.engine == "llm" and review.findings
