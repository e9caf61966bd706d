"""Who is asking (coach.web.identity), who may fetch an upload (coach.web.guard), the login
checker with its throttle, and `coach auth add | list | remove`."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from coach.auth import Accounts, Throttle
from coach.errors import CoachError
from coach.web import identity
from coach.web.guard import UploadOwners

SECRET = "s3cret-of-this-app"


def request(username=None, cookies=None):
    return SimpleNamespace(username=username, cookies=cookies or {})


def test_a_login_comes_first_then_the_browser_then_the_local_user():
    browser = identity.anonymous_value()
    assert identity.resolve(request("anna"), browser).id == "user:anna"
    assert identity.resolve(request(), browser).id == f"anonymous:{browser['key']}"
    assert identity.resolve(request(), None).id == "local"  # an API call without login
    assert identity.resolve(None, None).id == "local"
    other = identity.anonymous_value()
    assert other["key"] != browser["key"] and len(other["key"]) == 32


def test_a_page_never_falls_back_to_the_local_user():
    with pytest.raises(CoachError, match="reload"):
        identity.page_principal(request(), None)
    with pytest.raises(CoachError, match="reload"):
        identity.page_principal(request(), {"kind": "anonymous", "key": "../../etc"})
    assert identity.page_principal(request("bram"), None).id == "user:bram"


def test_a_signed_participant_value_resolves_to_the_participant():
    value = identity.participant_value(SECRET, "ws1", "p0123", "Anna")
    principal = identity.resolve(request(), value, SECRET)
    assert principal.kind == "participant" and principal.workshop_id == "ws1"
    assert principal.id == "participant:ws1:p0123" and principal.display_name == "Anna"
    assert identity.valid_or_new(value, SECRET) is value


@pytest.mark.parametrize("change", [{"workshop_id": "ws2"}, {"key": "p9999"}, {"sig": "0" * 64}, {"sig": None}])
def test_a_made_up_or_altered_participant_value_is_no_participant(change):
    value = {**identity.participant_value(SECRET, "ws1", "p0123", "Anna"), **change}
    assert identity.resolve(request(), value, SECRET).kind == "local"
    assert identity.valid_or_new(value, SECRET)["kind"] == "anonymous"  # the page starts a fresh space
    with pytest.raises(CoachError):
        identity.page_principal(request(), value, SECRET)


def test_scoped_gives_each_caller_only_their_own_sessions(tmp_path):
    from coach.settings import get_settings
    from coach.web.api import CoachService

    service = CoachService(get_settings(data_dir=tmp_path, engine="offline"))
    one, two = identity.anonymous_value(), identity.anonymous_value()
    sid = identity.scoped(service, request(), one).start_session(language="nl")["session_id"]
    assert [s.id for s in identity.scoped(service, request(), one).store.list_sessions()] == [sid]
    assert identity.scoped(service, request(), two).store.list_sessions() == []
    assert identity.scoped(service, request("anna"), one).store.list_sessions() == []  # a login is its own space
    assert identity.scoped(service, request(), None, page=False).store.list_sessions() == []  # the local user


def test_client_key_is_the_login_or_the_cookie():
    assert identity.client_key(request("anna", {"coach-client": "abc"})) == "user:anna"
    assert identity.client_key(request(None, {"coach-client": "abc"})) == "client:abc"
    assert identity.client_key(request()) is None and identity.client_key(None) is None


def test_upload_owners_let_only_the_uploader_read_a_file(tmp_path):
    uploads = tmp_path / "uploads"
    (uploads / "h1").mkdir(parents=True)
    mine = uploads / "h1" / "talk.vtt"
    mine.write_text("x")
    owners = UploadOwners(tmp_path / "owners", uploads)
    assert owners.allows(mine, "client:b")  # never seen uploaded (a file coach made): not guarded
    owners.add(mine, "client:a")
    assert owners.allows(mine, "client:a")
    assert not owners.allows(mine, "client:b") and not owners.allows(mine, None)
    assert not owners.allows(uploads / "h1" / ".." / "h1" / "talk.vtt", "client:b")  # same file, other spelling
    assert owners.is_upload_path(mine) and not owners.is_upload_path(tmp_path / "elsewhere.txt")
    assert "client:a" not in "".join(p.read_text() for p in (tmp_path / "owners").iterdir())  # keys are hashed
    owners.add(mine, "user:bram")  # the same content uploaded by someone else: both may read it
    assert owners.allows(mine, "user:bram") and owners.allows(mine, "client:a")
    assert owners.prune() == 0  # the file is still there: its record stays
    mine.unlink()
    assert owners.prune() == 1 and owners.owners(mine) is None


def test_the_login_checker_throttles_by_name_and_by_address():
    accounts = Accounts.from_pairs(["anna:geheim-anna", "bram:geheim-bram"])
    now = [0.0]
    check = identity.login_checker(accounts, Throttle(limit=5, window=60, clock=lambda: now[0]))

    def login(name, password, address="10.0.0.1"):
        token = identity.login_address.set(address)
        try:
            return asyncio.run(check(name, password))
        finally:
            identity.login_address.reset(token)

    assert login("anna", "geheim-anna")
    assert not any(login("anna", f"wrong-{i}", address=f"10.0.1.{i}") for i in range(30))
    assert not login("anna", "geheim-anna", address="10.0.9.9")  # the right password, inside the window
    assert login("bram", "geheim-bram", address="10.0.9.9")  # another name from a clean address
    for i in range(5):
        login(f"guess{i}", "wrong-password", address="10.0.0.66")
    assert not login("bram", "geheim-bram", address="10.0.0.66")  # that address is blocked for every name
    now[0] += 3600  # after the window the right password works again
    assert login("anna", "geheim-anna", address="10.0.9.9")


def test_coach_auth_add_list_remove(tmp_path, capsys, monkeypatch):
    import io

    from coach.cli import run

    path = tmp_path / "auth"
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-anna\n"))
    assert run(["auth", "add", "anna", "--trainer", "--file", str(path), "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-bram\n"))
    assert run(["auth", "add", "bram", "--file", str(path), "--password-stdin"]) == 0
    assert "geheim" not in path.read_text()
    assert Accounts.read(path).verify("anna", "geheim-anna") == "trainer"
    capsys.readouterr()
    assert run(["auth", "list", "--file", str(path)]) == 0
    assert capsys.readouterr().out.split() == ["anna", "trainer", "bram", "user"]
    assert run(["auth", "remove", "bram", "--file", str(path)]) == 0
    assert Accounts.read(path).verify("bram", "geheim-bram") is None
    assert run(["auth", "remove", "bram", "--file", str(path)]) == 2
    assert "auth list" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert run(["auth", "add", "cas", "--file", str(path), "--password-stdin"]) == 2
    assert "shorter than 8" in capsys.readouterr().err


def test_coach_app_reads_logins_from_pairs_env_and_file(tmp_path, monkeypatch):
    from coach.cli_app import load_accounts

    monkeypatch.delenv("COACH_AUTH", raising=False)
    monkeypatch.setenv("COACH_AUTH_FILE", str(tmp_path / "none"))
    path = tmp_path / "auth"
    Accounts.from_pairs(["cas:geheim-cas"]).write(path)
    accounts = load_accounts(["anna:geheim-anna", "bram:geheim-bram"], path)
    assert accounts.names() == ["anna", "bram", "cas"]
    monkeypatch.setenv("COACH_AUTH", "dirk:geheim-dirk eva:geheim-eva")
    monkeypatch.setenv("COACH_AUTH_FILE", str(path))
    assert load_accounts(None, None).names() == ["cas", "dirk", "eva"]
    with pytest.raises(CoachError, match="cannot read the auth file"):
        load_accounts(None, tmp_path / "missing")
