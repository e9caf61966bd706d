"""Who is asking, for every page callback and API endpoint of the web app.

    principal = resolve(request, browser_value)      # -> coach.identity.Principal
    svc = scoped(service, request, browser_value)    # the service as that principal sees it

The order: a Gradio login (`coach app --auth/--auth-file`) -> Principal.user(name); else the
identity kept in the browser (`gr.BrowserState`, storage key "coach-identity") -> anonymous or
participant; else (an API call without login) -> Principal.local(), the single-user app of today.

The browser's value is `{"kind", "key", "workshop_id", "display_name"}`.  Gradio encrypts it in
localStorage, but the page knows the key, so the server treats the value as a bearer token: an
anonymous key is 128 random bits (a made-up key only opens an empty space of its own), and a
participant value must carry `sig`, an HMAC made here (participant_value) with a key that never
leaves the server (`identity-key` in the data folder; the BrowserState's own secret is sent to the
page), so nobody can make themselves a participant of a workshop without joining it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from contextvars import ContextVar

import anyio
import gradio as gr

from coach.auth import Accounts, Throttle
from coach.errors import CoachError
from coach.identity import Principal

IDENTITY_KEY = "coach-identity"
# the client address of the login request being checked (set by coach.web.guard for /login)
login_address: ContextVar[str | None] = ContextVar("coach_login_address", default=None)


def identity_state(secret: str) -> gr.BrowserState:
    """The component that keeps the browser's identity (create it inside the gr.Blocks)."""
    return gr.BrowserState(None, storage_key=IDENTITY_KEY, secret=secret)


def anonymous_value() -> dict:
    return {"kind": "anonymous", "key": secrets.token_hex(16), "workshop_id": None, "display_name": None}


def participant_value(secret: str, workshop_id: str, key: str, display_name: str) -> dict:
    """The browser value for a workshop participant (the join page stores it in the BrowserState)."""
    value = {"kind": "participant", "key": key, "workshop_id": workshop_id, "display_name": display_name}
    return {**value, "sig": _sign(secret, value)}


def _sign(secret: str, value: dict) -> str:
    message = f"{value.get('kind')}|{value.get('workshop_id')}|{value.get('key')}".encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def from_browser(value, secret: str | None = None) -> Principal | None:
    """The principal a browser value stands for, or None when it is missing or not valid."""
    if not isinstance(value, dict):
        return None
    try:
        if value.get("kind") == "anonymous":
            return Principal.anonymous(str(value.get("key")))
        if value.get("kind") == "participant" and secret is not None and value.get("workshop_id"):
            if not hmac.compare_digest(str(value.get("sig", "")), _sign(secret, value)):
                return None
            return Principal.participant(str(value["workshop_id"]), str(value.get("key")),
                                         str(value.get("display_name") or "")[:60] or None)
    except ValueError:
        return None
    return None


PARTICIPANT_HEADER = "x-coach-participant"


def participant_token(value: dict) -> str:
    """The participant value as one string for API clients (the X-Coach-Participant header)."""
    return f"{value['workshop_id']}.{value['key']}.{value['sig']}"


def from_token(token: str, secret: str | None) -> Principal:
    """The participant an API client's X-Coach-Participant header stands for (one line when not valid)."""
    workshop_id, _, rest = (token or "").strip().partition(".")
    key, _, sig = rest.partition(".")
    value = {"kind": "participant", "workshop_id": workshop_id, "key": key, "sig": sig}
    principal = from_browser(value, secret) if workshop_id and key and sig else None
    if principal is None:
        raise CoachError("the X-Coach-Participant header is not a valid participant token; join the workshop "
                         "again with /join_workshop and send the token it returns")
    return principal


def valid_or_new(value, secret: str | None = None) -> dict:
    """The browser's value when it is valid, else a fresh anonymous one (first visit)."""
    return value if from_browser(value, secret) is not None else anonymous_value()


def resolve(request: gr.Request | None, browser_value, secret: str | None = None) -> Principal:
    """Login first, then the browser's identity; an API call without either is the local user."""
    name = getattr(request, "username", None) if request is not None else None
    if name:
        return Principal.user(name)
    principal = from_browser(browser_value, secret)
    if principal is None and browser_value is None and request is not None:  # an API client of a workshop
        token = (getattr(request, "headers", None) or {}).get(PARTICIPANT_HEADER)
        if token:
            return from_token(token, secret)
    return principal or Principal.local()


def page_principal(request: gr.Request | None, browser_value, secret: str | None = None) -> Principal:
    """resolve() for the pages: a page never falls back to the local user (that is the API's)."""
    principal = resolve(request, browser_value, secret)
    if principal.kind == "local":
        raise CoachError("this page has no identity yet; reload the page / deze pagina heeft nog geen identiteit; "
                         "laad de pagina opnieuw")
    return principal


def scoped(service, request: gr.Request | None, browser_value, secret: str | None = None, page: bool = True):
    """The service as the caller sees it: only the caller's own sessions, reviews and history."""
    principal = (page_principal if page else resolve)(request, browser_value, secret)
    return service.scoped(principal.id, principal.workshop_id)


def client_key(request: gr.Request | None) -> str | None:
    """Who owns the files this caller uploads: the login, else the browser's coach-client cookie."""
    from coach.web.guard import CLIENT_COOKIE

    if request is None:
        return None
    name = getattr(request, "username", None)
    if name:
        return f"user:{name}"
    try:
        cookie = dict(request.cookies or {}).get(CLIENT_COOKIE)
    except AttributeError:
        cookie = None
    return f"client:{cookie}" if cookie else None


def login_checker(accounts: Accounts, throttle: Throttle | None = None):
    """Gradio's auth callable: Accounts.verify behind a throttle on the name and the client address.

    Gradio 6 calls it with (username, password) only; the address comes from coach.web.guard,
    which notes it for every /login request.  After `limit` failures in the window even the right
    password is refused until the window has passed."""
    throttle = throttle or Throttle()

    async def check(username: str, password: str) -> bool:
        address = login_address.get()
        keys = (f"name:{username}", f"address:{address}" if address else "")
        if throttle.blocked(*keys):
            throttle.failed(*keys)
            return False
        role = await anyio.to_thread.run_sync(accounts.verify, username, password)
        if role is None:
            throttle.failed(*keys)
            return False
        throttle.succeeded(keys[0])
        return True

    return check
