""""Delete everything" on the History page deletes the caller's own uploads only
(coach.web.guard.UploadOwners.purge): another owner's file stays, and a file both uploaded stays
for the other one."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

pytest.importorskip("gradio_client")

from coach.web.guard import CLIENT_COOKIE, UploadOwners  # noqa: E402

from web_helpers import VTT, start_app  # noqa: E402


def upload(owners: UploadOwners, folder, name: str, text: str, *keys: str):
    (owners.upload_dir / folder).mkdir(parents=True, exist_ok=True)
    path = owners.upload_dir / folder / name
    path.write_text(text, encoding="utf-8")
    for key in keys:
        owners.add(path, key)
    return path


def test_purge_deletes_only_the_callers_own_uploads(tmp_path):
    owners = UploadOwners(tmp_path / "owners", tmp_path / "uploads")
    anna = upload(owners, "h1", "anna.vtt", "a", "client:anna")
    bram = upload(owners, "h2", "bram.vtt", "b", "user:bram")
    both = upload(owners, "h3", "same.vtt", "s", "client:anna", "user:bram")
    made = upload(owners, "h4", "export.html", "e")  # a file coach made: nobody's upload

    assert owners.purge("client:anna") == 1
    assert not anna.exists() and not anna.parent.exists()
    assert bram.exists() and both.exists() and made.exists()
    assert owners.allows(both, "user:bram") and not owners.allows(both, "client:anna")
    assert owners.allows(bram, "user:bram") and not owners.allows(bram, "client:anna")
    assert owners.purge("client:anna") == 0 and owners.purge(None) == 0
    assert owners.purge("user:bram") == 2 and not bram.exists() and not both.exists() and made.exists()


def test_uploads_through_the_app_are_purged_per_client(tmp_path):
    demo, service, url = start_app(tmp_path)
    try:
        owners = demo.coach_upload_owners
        clients = [httpx.Client(base_url=url, timeout=30) for _ in range(2)]
        stored = []
        for i, client in enumerate(clients):
            client.get("/")
            files = {"files": (f"talk{i}.vtt", VTT.replace("budget", f"budget {i}").encode(), "text/vtt")}
            stored.append(client.post("/gradio_api/upload", files=files).json()[0])
        keys = [f"client:{c.cookies[CLIENT_COOKIE]}" for c in clients]
        assert owners.purge(keys[0]) == 1
        assert not Path(stored[0]).exists() and Path(stored[1]).exists()
        assert clients[0].get(f"/gradio_api/file={stored[0]}").status_code in (403, 404)
        assert clients[1].get(f"/gradio_api/file={stored[1]}").status_code == 200
        for client in clients:
            client.close()
    finally:
        demo.close()
        service.store.close()
