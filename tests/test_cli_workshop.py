"""`coach workshop`: create, list, show (text and JSON), export CSV and HTML, close; one-line errors."""

from __future__ import annotations

import json

import pytest

from coach.cli import run
from coach.settings import get_settings
from coach.store import open_store
from coach.workshop import WorkshopService

from test_workshop import practise, review_with


def _ok(capsys, argv) -> str:
    code = run(argv)
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _error(capsys, argv) -> str:
    assert run(argv) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("coach: error:")
    return err[0]


def test_a_workshop_from_create_to_close_on_the_command_line(capsys, tmp_path):
    out = _ok(capsys, ["workshop", "create", "--name", "Dag 1", "--language", "en", "--scenario", "it-laptop-rollout",
                       "--phase", "delegation", "--ends", "2999-12-31", "--trainer", "anna"])
    workshop_id, _, _, code = out.split()[:4]
    listed = json.loads(_ok(capsys, ["workshop", "list", "--json"]))
    assert [(w["id"], w["code"], w["owner"], w["phases"]) for w in listed] == [
        (workshop_id, code, "trainer:anna", ["delegation"])]

    store = open_store(get_settings())
    service = WorkshopService(store)
    _, eva = service.join(code, "Eva", consent=True)
    session_id = practise(store, workshop_id, eva, review_with("delegation", {}))

    board = json.loads(_ok(capsys, ["workshop", "show", workshop_id, "--json"]))
    assert board["participants"][0]["display_name"] == "Eva"
    assert [s["id"] for s in board["participants"][0]["sessions"]] == [session_id]
    assert "Eva: 1 sessions" in _ok(capsys, ["workshop", "show", workshop_id])

    csv_file, html_file = tmp_path / "ws.csv", tmp_path / "ws.html"
    _ok(capsys, ["workshop", "export", workshop_id, "--csv", str(csv_file), "--html", str(html_file)])
    assert session_id in csv_file.read_text(encoding="utf-8")
    assert "<svg" in html_file.read_text(encoding="utf-8")

    assert "--yes" in _error(capsys, ["workshop", "close", workshop_id])
    assert store.load_session(session_id) is not None
    assert "deleted 1 sessions, 1 reviews, 1 participants" in _ok(capsys, ["workshop", "close", workshop_id, "--yes"])
    assert store.load_session(session_id) is None


@pytest.mark.parametrize("argv, needle", [
    (["workshop", "create", "--name", "x", "--ends", "31-12-2026"], "YYYY-MM-DD"),
    (["workshop", "create", "--name", "x", "--ends", "2026-12-31", "--scenario", "nope"], "unknown scenario"),
    (["workshop", "create", "--name", "x", "--ends", "2026-12-31", "--order", "final,final,progress"], "order"),
    (["workshop", "create", "--name", "x", "--ends", "2026-12-31", "--language", "de"], "language"),
    (["workshop", "create", "--name", "x", "--ends", "2026-12-31", "--trainer", "a b"], "--trainer"),
    (["workshop", "show", "nope"], "unknown workshop"),
    (["workshop", "export", "nope"], "--csv"),
])
def test_workshop_usage_errors_are_one_line(capsys, argv, needle):
    assert needle in _error(capsys, argv)


def test_own_content_on_the_command_line(capsys, tmp_path):
    yaml_text = _ok(capsys, ["content", "show", "persona", "anouk"])
    source = tmp_path / "mila.yaml"
    source.write_text(yaml_text.replace("name: Anouk", "name: Mila"), encoding="utf-8")
    assert "comes with coach" in _error(capsys, ["content", "add", "persona", str(source)])
    assert "published persona mila" in _ok(capsys, ["content", "add", "persona", str(source), "--id", "mila"])
    assert _ok(capsys, ["content", "list"]).split() == ["persona", "mila"]
    assert "name: Mila" in _ok(capsys, ["content", "show", "persona", "mila"])
    source.write_text(yaml_text.replace("kind: network", "kind: robot"), encoding="utf-8")
    assert "persona field 'kind'" in _error(capsys, ["content", "add", "persona", str(source), "--id", "rob"])
    assert "removed persona mila" in _ok(capsys, ["content", "remove", "persona", "mila"])
    assert "not one of your own" in _error(capsys, ["content", "remove", "persona", "mila"])
