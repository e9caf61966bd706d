"""The named API endpoints for training platforms (gr.api), with exactly these parameters:

    /start_session(scenario, persona, phase, language, engine)  -> {"session_id", "opening", ...}
    /send_turn(session_id, text, request_id=None)               -> {"reply", "hint"}
    /end_session(session_id)                                    -> the review JSON
    /review_transcript(file, manager, phase, language)          -> the review JSON
    /list_sessions()                                            -> the caller's own sessions

Every error reaches the client as a gr.Error with one line.
"""


import functools
import inspect
import logging
import os
from pathlib import Path

import anyio
import gradio as gr
from gradio.data_classes import FileData
from pydantic import BaseModel, Field

from coach.errors import CoachError
from coach.uploads import remove_upload
from coach.web import identity
from coach.web.api import CoachService
from coach.web.timings import in_worker, instrument, on_loop, timed

log = logging.getLogger(__name__)


def one_line_errors(fn):
    """CoachError -> gr.Error with its line; anything else -> a generic line (no content, no
    traceback).  In a browser (a gr.Request with Accept-Language among the arguments) the error's
    title and the generic line are in the browser's language."""

    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def waiting(*args, **kwargs):
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise _as_gr_error(fn, exc, _language(args, kwargs)) from None

        return waiting

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def streaming(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise _as_gr_error(fn, exc, _language(args, kwargs)) from None

        return streaming

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            raise _as_gr_error(fn, exc, _language(args, kwargs)) from None

    return wrapper


def _language(args, kwargs) -> str | None:
    """nl or en from the browser's Accept-Language, when a gr.Request with one is among the arguments."""
    from coach.web.i18n import browser_language

    for value in (*args, *kwargs.values()):
        if isinstance(value, gr.Request):
            header = value.headers.get("accept-language") if value.headers is not None else None
            return browser_language(header) if header else None
    return None


def _as_gr_error(fn, exc: Exception, lang: str | None = None) -> gr.Error:
    from coach.web.i18n import text

    title = text("error_title", lang) if lang else "Error"
    if isinstance(exc, gr.Error):
        if lang and exc.title == "Error":  # Gradio's default title, in English
            exc.title = title
        return exc
    if isinstance(exc, CoachError):
        return gr.Error(str(exc), title=title, print_exception=False)
    # the user sees one line, never a traceback; the log names the type only (no content),
    # unless COACH_DEBUG is set on a developer's machine
    log.error("%s failed: %s", getattr(fn, "__name__", "callback"), type(exc).__name__,
              exc_info=exc if os.environ.get("COACH_DEBUG") else None)
    if lang:
        return gr.Error(text("internal_error", lang, kind=type(exc).__name__), title=title, print_exception=False)
    return gr.Error(f"internal error ({type(exc).__name__}); please report it and try again", print_exception=False)


def uploaded_bytes(file, owners=None, caller: str | None = None) -> tuple[bytes, str]:
    """The bytes and original name of a file the client uploaded (only Gradio's upload folder is
    read, and with owners (coach.web.guard.UploadOwners) only a file this caller uploaded)."""
    if file is None:
        raise CoachError("no file given; pass a transcript with handle_file('talk.vtt')")
    if isinstance(file, dict):
        path, name = file.get("path"), file.get("orig_name")
    else:
        path, name = getattr(file, "path", None), getattr(file, "orig_name", None)
    if not path:
        raise CoachError("the file did not arrive; pass it with gradio_client.handle_file(path)")
    resolved = Path(path).resolve()
    allowed = Path(gr.utils.get_upload_folder()).resolve()
    if allowed not in resolved.parents:
        raise CoachError("only uploaded files can be reviewed; pass the file with gradio_client.handle_file(path)")
    if owners is not None and not owners.allows(resolved, caller):
        raise CoachError("the uploaded file was not found; upload it again with gradio_client.handle_file(path)")
    try:
        return resolved.read_bytes(), name or resolved.name
    except OSError as exc:
        raise CoachError(f"the uploaded file cannot be read ({exc.strerror}); upload it again") from exc


def register_endpoints(service: CoachService, owners=None, signing_key: str | None = None) -> None:
    """Add the named endpoints to the gr.Blocks being built.  Each works on the service as the
    caller sees it: a login's own space, or (no login) the local user's; someone else's session
    or upload is "not found".  `request` is injected by Gradio and is no API parameter."""

    instrument(service.store.engine)  # only with COACH_TIMINGS_FILE (the load benchmark)

    def mine(request: gr.Request | None) -> CoachService:
        return identity.scoped(service, request, None, signing_key, page=False)

    @one_line_errors
    def start_session(
        scenario: str | None = None,
        persona: str | None = None,
        phase: str | None = None,
        language: str | None = None,
        engine: str | None = None,
        request: gr.Request = None,
    ) -> dict:
        """Start a practice session; returns session_id and the delegatee's opening line (or null)."""
        return mine(request).start_session(scenario, persona, phase, language, engine, hints=True)

    @one_line_errors
    async def send_turn(session_id: str, text: str, request_id: str | None = None,
                        request: gr.Request = None) -> dict:
        """Say one turn as the manager; returns the delegatee's reply and the live hint.  A retry
        with the same request_id (any unique string per turn) returns the stored reply."""
        # an offline turn takes a few milliseconds: run it here, on the event loop; anything
        # that may wait (a language model) goes to a worker thread
        svc = mine(request)
        with timed("send_turn") as spans:  # only with COACH_TIMINGS_FILE (the load benchmark)
            quick = on_loop(svc.quick_turn, spans)(session_id, text, request_id)
            if quick is not None:
                return quick
            return await anyio.to_thread.run_sync(in_worker(svc.send_turn, spans), session_id, text, request_id)

    @one_line_errors
    def end_session(session_id: str, request: gr.Request = None) -> dict:
        """End the session; returns the review JSON (review-json.md) with review_id."""
        return mine(request).end_session(session_id)

    @one_line_errors
    def review_transcript(
        file: FileData,
        manager: str | None = None,
        phase: str | None = None,
        language: str | None = None,
        request: gr.Request = None,
    ) -> dict:
        """Review an uploaded transcript (VTT, SRT, DOCX, TXT); returns the review JSON with review_id."""
        data, name = uploaded_bytes(file, owners, identity.client_key(request))
        try:
            return mine(request).review_transcript(data, os.path.basename(name), manager, phase, language)
        finally:  # an API client uploads the file again with every call: no copy stays behind
            remove_upload(file.get("path") if isinstance(file, dict) else getattr(file, "path", None),
                          gr.utils.get_upload_folder())

    @one_line_errors
    def list_sessions(request: gr.Request = None) -> list[dict]:
        """The caller's own sessions, newest first: id, scenario, persona, phase, language, turns,
        ended, updated (ISO 8601)."""
        return [session_row(s) for s in mine(request).store.list_sessions()]

    endpoints = [start_session, send_turn, end_session, review_transcript, list_sessions]
    if signing_key is not None:
        endpoints.append(workshop_join_endpoint(service, signing_key))
    for fn in endpoints:
        gr.api(fn, api_name=fn.__name__)


def workshop_join_endpoint(service: CoachService, signing_key: str):
    """/join_workshop(code, display_name, consent): a participant without a browser (a training
    platform, the load benchmark) joins like on the join page and gets a token; sent as the
    X-Coach-Participant header, it makes every other endpoint work in that participant's space."""
    from coach.workshop import WorkshopService

    workshops = WorkshopService(service.store)

    @one_line_errors
    def join_workshop(code: str, display_name: str, consent: bool = False, request: gr.Request = None) -> dict:
        """Join a workshop with its join code; returns {"participant": token, "workshop", "language",
        "order"}: send the token as the X-Coach-Participant header (Client(url, headers={...}))."""
        client = getattr(getattr(request, "client", None), "host", None)
        workshop, person = workshops.join(code, display_name, bool(consent), lang="en", client=client)
        value = identity.participant_value(signing_key, workshop.id, person.id, person.display_name)
        return {"participant": identity.participant_token(value), "workshop": workshop.name,
                "language": workshop.language, "order": workshop.practise_order()}

    return join_workshop


class SessionItem(BaseModel):
    """One entry of /list_sessions (the contract of that endpoint)."""

    id: str
    scenario: str
    persona: str
    phase: str
    language: str
    turns: int
    ended: bool
    updated: str = Field(description="when the session last changed, ISO 8601")


def session_row(summary) -> dict:
    return SessionItem(id=summary.id, scenario=summary.scenario_id, persona=summary.persona_id, phase=summary.phase,
                       language=summary.language, turns=summary.turn_count, ended=bool(summary.ended),
                       updated=summary.updated.isoformat()).model_dump()
