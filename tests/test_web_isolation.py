"""Isolation through the API (gradio_client and plain HTTP, offline engine, loopback): two logins
from an auth file never see, change or fetch each other's sessions, reviews or uploads; without a
login the API is the local user's and never sees a browser's space; logins are throttled."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

pytest.importorskip("gradio_client")

from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from coach.auth import Accounts  # noqa: E402

from web_helpers import VTT, start_app  # noqa: E402

PASSWORDS = {"anna": "geheim-anna", "bram": "geheim-bram"}
SAID = "Ik wil jou vragen de begroting voor 2026 te maken."


def connect(url: str, name: str | None = None) -> Client:
    auth = (name, PASSWORDS[name]) if name else None
    return Client(url, auth=auth, verbose=False, analytics_enabled=False)


def http(url: str, name: str | None = None) -> httpx.Client:
    """A plain HTTP client with its own cookies (logged in as name)."""
    client = httpx.Client(base_url=url, timeout=30)
    client.get("/")
    if name:
        assert client.post("/login", data={"username": name, "password": PASSWORDS[name]}).status_code == 200
    return client


def call(client: httpx.Client, endpoint: str, data: list) -> str:
    """Call a named endpoint over HTTP; returns the event stream's text (complete or error)."""
    event = client.post(f"/gradio_api/call/{endpoint}", json={"data": data}).json()["event_id"]
    return client.get(f"/gradio_api/call/{endpoint}/{event}").text


@pytest.fixture(scope="module")
def logins(tmp_path_factory):
    data = tmp_path_factory.mktemp("coach-logins")
    path = data / "auth"
    Accounts.from_pairs([f"{n}:{p}" for n, p in PASSWORDS.items()]).write(path)
    demo, service, url = start_app(data, accounts=Accounts.read(path))
    yield service, url
    demo.close()
    service.store.close()


def test_two_logins_never_see_or_touch_each_others_sessions(logins):
    service, url = logins
    anna, bram = connect(url, "anna"), connect(url, "bram")
    sid = anna.predict(language="nl", api_name="/start_session")["session_id"]
    anna.predict(session_id=sid, text=SAID, api_name="/send_turn")
    mine = anna.predict(api_name="/list_sessions")
    assert [s["id"] for s in mine] == [sid]
    assert mine[0]["turns"] >= 1 and mine[0]["ended"] is False and mine[0]["language"] == "nl"
    assert set(mine[0]) == {"id", "scenario", "persona", "phase", "language", "turns", "ended", "updated"}
    assert sid not in [s["id"] for s in bram.predict(api_name="/list_sessions")]
    for endpoint, kwargs in (("/send_turn", {"session_id": sid, "text": "Hallo"}), ("/end_session", {"session_id": sid})):
        with pytest.raises(AppError, match="unknown session"):
            bram.predict(**kwargs, api_name=endpoint)
    review = anna.predict(session_id=sid, api_name="/end_session")
    assert review["session_id"] == sid
    assert service.store.scoped("user:bram").load_review(review["review_id"]) is None
    assert service.store.scoped("user:anna").load_review(review["review_id"]) is not None


def test_an_upload_is_fetched_and_reviewed_only_by_whoever_uploaded_it(logins):
    service, url = logins
    anna, bram = http(url, "anna"), http(url, "bram")
    uploaded = anna.post("/gradio_api/upload", files={"files": ("gesprek.vtt", VTT.encode("utf-8"))})
    path = uploaded.json()[0]
    assert "begroting" in anna.get(f"/gradio_api/file={path}").text
    for route in (f"/gradio_api/file={path}", f"/gradio_api/file/{path}"):
        assert bram.get(route).status_code in (403, 404)
        assert "begroting" not in bram.get(route).text
    file = {"path": path, "meta": {"_type": "gradio.FileData"}, "orig_name": "gesprek.vtt"}
    refused = call(bram, "review_transcript", [file, None, None, None])
    assert "event: error" in refused and "not found" in refused and "begroting" not in refused
    done = call(anna, "review_transcript", [file, None, None, None])
    assert "event: complete" in done and "begroting" in done
    assert [r.kind for r in service.store.scoped("user:anna").list_reviews()].count("transcript") == 1
    assert service.store.scoped("user:bram").list_reviews() == []


def test_the_api_needs_a_login_when_the_app_has_logins(logins):
    _, url = logins
    assert httpx.get(f"{url.rstrip('/')}/config").status_code == 401
    with pytest.raises(Exception):  # noqa: B017 - gradio_client raises its own error type for 401
        connect(url)


def test_without_login_the_api_is_the_local_user_and_never_sees_a_browsers_space(tmp_path):
    demo, service, url = start_app(tmp_path)
    try:
        browser = service.scoped("anonymous:0123456789abcdef0123456789abcdef")
        theirs = browser.start_session(language="en")["session_id"]
        client = connect(url)
        sid = client.predict(language="en", api_name="/start_session")["session_id"]
        assert [s["id"] for s in client.predict(api_name="/list_sessions")] == [sid]
        with pytest.raises(AppError, match="unknown session"):
            client.predict(session_id=theirs, text="Hello?", api_name="/send_turn")
        assert service.store.scoped("local").load_session(sid) is not None  # as today, for a local app
        talk = tmp_path / "talk.vtt"
        talk.write_text(VTT, encoding="utf-8")
        assert client.predict(file=handle_file(str(talk)), api_name="/review_transcript")["review_id"]
        assert browser.store.list_reviews() == []
        page_config = httpx.get(f"{url.rstrip('/')}/config").text
        assert (tmp_path / "identity-key").read_text().strip() not in page_config  # participant values stay unforgeable
    finally:
        demo.close()
        service.store.close()


def test_thirty_wrong_passwords_are_throttled(tmp_path):
    demo, service, url = start_app(tmp_path, accounts=Accounts.from_pairs([f"anna:{PASSWORDS['anna']}"]))
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            assert client.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]}).status_code == 200
            wrong = [client.post("/login", data={"username": "anna", "password": f"wrong-{i}"}).status_code
                     for i in range(30)]
            assert set(wrong) == {400}
            right = client.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
            assert right.status_code == 400  # refused within the window, although the password is right
        with httpx.Client(base_url=url, timeout=30) as fresh:  # a new client from the same address
            assert fresh.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]}).status_code == 400
            assert fresh.get("/config").status_code == 401
    finally:
        demo.close()
        service.store.close()


def test_wrong_passwords_from_one_address_block_every_name_from_it(tmp_path):
    demo, service, url = start_app(tmp_path, accounts=Accounts.from_pairs([f"bram:{PASSWORDS['bram']}"]))
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            for i in range(5):  # five different names, one wrong password each
                assert client.post("/login", data={"username": f"guess{i}", "password": "x" * 9}).status_code == 400
            right = client.post("/login", data={"username": "bram", "password": PASSWORDS["bram"]})
            assert right.status_code == 400  # Gradio 6 gives the auth callable no request: coach.web.guard notes it
    finally:
        demo.close()
        service.store.close()
