"""The HTTP guard in front of Gradio's routes (an ASGI middleware, added when the app is made).

Gradio 6 serves `/gradio_api/file=<path>` for any file in its upload folder and cache
(gradio.route_utils.file_fetch: created_paths=[upload folder, cache folder]) to anyone who knows
the path.  This guard:

- gives every browser or API client a random `coach-client` cookie (HttpOnly), which stands for
  the client until it logs in (then the login name does);
- notes who uploaded each file (POST /gradio_api/upload answers the stored paths): a record
  per path under <data>/upload-owners/, holding hashes of the owners' keys (shared by every app
  instance on this data folder, and by an app restarted);
- answers 404 to `/gradio_api/file=` for an uploaded file that the caller did not upload
  (files coach makes, such as exports, live under hashes of their content and a secret seed);
- notes the client address of a /login request for the login throttle (Gradio 6 passes only
  username and password to an auth callable).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from http.cookies import SimpleCookie
from pathlib import Path

from coach.web.identity import login_address

CLIENT_COOKIE = "coach-client"
_FILE_ROUTES = ("/gradio_api/file=", "/gradio_api/file/")  # the second is Gradio's older spelling
_UPLOAD_ROUTE = "/gradio_api/upload"


class UploadOwners:
    """Who uploaded which file: a record per uploaded path, one hashed owner key a line."""

    def __init__(self, folder: Path, upload_dir: Path):
        self.folder = folder
        self.upload_dir = Path(upload_dir).resolve()

    def _record(self, path: str | Path) -> Path:
        return self.folder / hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()

    @staticmethod
    def _hash(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def is_upload_path(self, path: str | Path) -> bool:
        try:
            return self.upload_dir in Path(path).resolve().parents
        except (OSError, ValueError):
            return False

    def add(self, path: str | Path, key: str) -> None:
        """Note key as an owner; the record's first line is the file's path (for prune)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        record = self._record(path)
        first = "" if record.exists() else f"path\t{Path(path).resolve()}\n"
        with record.open("a", encoding="utf-8") as out:
            out.write(first + self._hash(key) + "\n")

    def owners(self, path: str | Path) -> set[str] | None:
        """The hashed owner keys, or None when coach never saw this file uploaded."""
        try:
            lines = self._record(path).read_text(encoding="utf-8").splitlines()
        except OSError:
            return None
        return {line for line in lines if line and not line.startswith("path\t")}

    def prune(self) -> int:
        """Forget the records of files that are gone (Gradio deletes old uploads); returns how many."""
        gone = 0
        for record in self.folder.glob("*") if self.folder.is_dir() else []:
            try:
                first = record.read_text(encoding="utf-8").split("\n", 1)[0]
                if first.startswith("path\t") and not Path(first[5:]).exists():
                    record.unlink()
                    gone += 1
            except OSError:
                continue
        return gone

    def allows(self, path: str | Path, key: str | None) -> bool:
        """May this caller read the file?  Uploads only by whoever uploaded them; others freely."""
        owners = self.owners(path)
        if owners is None:
            return True
        return key is not None and self._hash(key) in owners

    def forget(self, path: str | Path) -> None:
        self._record(path).unlink(missing_ok=True)

    def purge(self, key: str | None) -> int:
        """Delete the uploads of this caller ("delete everything" on the History page); a file that
        someone else uploaded too (Gradio stores equal content once) stays theirs.  Returns how many
        files went.  Another caller's files are never touched."""
        from coach.uploads import remove_upload

        if not key or not self.folder.is_dir():
            return 0
        mine, gone = self._hash(key), 0
        for record in self.folder.glob("*"):
            try:
                lines = record.read_text(encoding="utf-8").splitlines()
            except OSError:
                continue
            owners = {line for line in lines if line and not line.startswith("path\t")}
            if mine not in owners:
                continue
            path = next((line[5:] for line in lines if line.startswith("path\t")), None)
            if owners == {mine}:
                if path and remove_upload(path, self.upload_dir):
                    gone += 1
                record.unlink(missing_ok=True)
            else:
                record.write_text("".join(f"{line}\n" for line in lines if line != mine), encoding="utf-8")
        return gone



def _cookies(scope) -> dict[str, str]:
    jar = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001 - a malformed cookie header: no cookies
                pass
    return {k: m.value for k, m in jar.items()}


def _caller_key(scope, cookies: dict[str, str]) -> str | None:
    """The login name (Gradio's access-token cookie) or else the coach-client cookie."""
    app = scope.get("app")
    tokens, cookie_id = getattr(app, "tokens", None), getattr(app, "cookie_id", None)
    if tokens and cookie_id:
        token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
        if token and tokens.get(token):
            return f"user:{tokens[token]}"
    client = cookies.get(CLIENT_COOKIE)
    return f"client:{client}" if client else None


class CoachGuard:
    """Pure ASGI middleware; `owners` decides who may fetch an uploaded file."""

    def __init__(self, app, owners: UploadOwners):
        self.app = app
        self.owners = owners

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        cookies = _cookies(scope)
        new_client = None
        if CLIENT_COOKIE not in cookies:  # first visit: hand out a client id, and use it at once
            new_client = secrets.token_hex(16)
            cookies[CLIENT_COOKIE] = new_client
            scope = {**scope, "headers": [*scope.get("headers", []),
                                          (b"cookie", f"{CLIENT_COOKIE}={new_client}".encode("latin-1"))]}
        path = scope.get("path", "")
        root = scope.get("root_path", "") or ""
        route = path[len(root):] if root and path.startswith(root) else path
        if route.startswith(_FILE_ROUTES):
            target = route[len(_FILE_ROUTES[0]):]  # ASGI paths arrive decoded
            if self.owners.is_upload_path(target) and not self.owners.allows(target, _caller_key(scope, cookies)):
                return await _not_found(send)
        if route.rstrip("/") == "/login":
            token = login_address.set((scope.get("client") or ("",))[0] or None)
            try:
                return await self.app(scope, receive, _with_cookie(send, new_client))
            finally:
                login_address.reset(token)
        if route == _UPLOAD_ROUTE and scope.get("method") == "POST":
            return await self._upload(scope, receive, _with_cookie(send, new_client), _caller_key(scope, cookies))
        return await self.app(scope, receive, _with_cookie(send, new_client))

    async def _upload(self, scope, receive, send, key: str | None):
        """Pass the upload through, then note the caller as the owner of every stored path."""
        start, body = None, b""

        async def keep(message):
            nonlocal start, body
            if message["type"] == "http.response.start":
                start = message
                return
            body += message.get("body", b"")
            if message.get("more_body"):
                return
            if start is not None and start["status"] == 200 and key:
                try:
                    for stored in json.loads(body or b"[]"):
                        self.owners.add(stored, key)
                except (ValueError, TypeError, OSError):
                    pass
            await send(start)
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, keep)


def _with_cookie(send, client: str | None):
    if client is None:
        return send

    async def sending(message):
        if message["type"] == "http.response.start":
            cookie = f"{CLIENT_COOKIE}={client}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000"
            message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode("latin-1"))]}
        await send(message)

    return sending


async def _not_found(send) -> None:
    body = b'{"detail":"Not found"}'
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
