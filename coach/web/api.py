"""The plain functions behind the web pages and the named API endpoints (no Gradio here).

    service = CoachService(settings)           # one per app; sessions live in the database only
    service.start_session(scenario, persona, phase, language, engine)  -> {"session_id", "opening", ...}
    service.send_turn(session_id, text, request_id=None)  -> {"reply", "hint"?} (a retry with the
                                                   same request_id returns the stored reply)
    service.quick_turn(session_id, text)        -> the same, or None when it could wait (see there)
    service.end_session(session_id)             -> the review JSON (review-json.md) + "review_id"
    service.review_transcript(data, name, manager, phase, language) -> the review JSON + "review_id"

Errors are CoachError / InputError with one line; no conversation content is logged.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator

from coach.errors import CoachError, InputError
from coach.models import LANGUAGES, PHASES, PreparationCard, Review, ReviewOptions
from coach.roleplay.models import Session
from coach.settings import Settings, get_settings
from coach.store import LoadedSession, StaleSession, Store, open_store
from coach.store.writes import BUSY
from coach.web import domain

ENGINES = ("auto", "offline", "llm")
_ATTEMPTS = 8  # a turn whose save finds the session moved on is done again on the stored session
MAX_REQUEST_ID = 64
_WAIT_STEP = 0.05  # seconds between looks at a session whose reply is under way elsewhere


def _choice(value: str | None, allowed: tuple[str, ...], what: str) -> str | None:
    value = (value or "").strip() or None
    if value is not None and value not in allowed:
        raise InputError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    return value


def _request_id(value: str | None) -> str | None:
    value = (value or "").strip() or None
    if value is not None and (len(value) > MAX_REQUEST_ID or not value.isprintable()):
        raise InputError(f"request_id must be at most {MAX_REQUEST_ID} printable characters; use e.g. a UUID")
    return value


class CoachService:
    """The app's functions.  Nothing lives only in this process: every call reads the session
    from the database and saves it back on the version it read (coach.store.writes), so any
    instance can serve any request, and two turns on one session serialise."""

    def __init__(self, settings: Settings | None = None, store: Store | None = None):
        self.settings = settings or get_settings()
        self.store = store or open_store(self.settings)

    def scoped(self, owner: str, workshop_id: str | None = None) -> "CoachService":
        """This service as one owner sees it (coach.identity): every session, review and history
        item of someone else is "not found"."""
        view = copy.copy(self)
        view.store = self.store.scoped(owner, workshop_id)
        return view

    # -- engines ------------------------------------------------------------------------------
    def settings_for(self, engine: str | None) -> Settings:
        engine = _choice(engine, ENGINES, "engine")
        if engine is None:
            return self.settings
        return self.settings.model_copy(update={"engine": engine})

    def _workshop(self):
        """A participant's workshop choices while it is open (None outside a workshop); one line
        saying it has ended once it is closed, deleted or past its end date (nothing is stored)."""
        if not self.store.workshop_id:
            return None
        from coach.workshop.gate import open_workshop

        return open_workshop(self.store, self.store.workshop_id)

    # -- sessions in the database -------------------------------------------------------------
    def _load(self, session_id: str | None) -> LoadedSession:
        session_id = (session_id or "").strip()
        if not session_id:
            raise InputError("no session_id given; call start_session first and pass its session_id")
        loaded = self.store.load_session_at(session_id)
        if loaded is None:
            self._workshop()  # a participant whose workshop has ended hears that, not "unknown session"
            raise InputError(f"unknown session {session_id!r}; start a new one with start_session")
        if self.store.workshop_id:  # a participant: only while the workshop is open (read with the session)
            from coach.workshop.gate import check_open

            check_open(loaded.workshop)
        return loaded

    def get_session(self, session_id: str | None) -> Session:
        return self._load(session_id).session

    def _settled(self, session_id: str, wait: bool = True) -> LoadedSession | None:
        """The session once no streamed reply is under way on it (in this or another instance):
        a turn waits for the one before it.  With wait=False, None at once while one is."""
        deadline = time.monotonic() + BUSY.total_seconds()
        while True:
            loaded = self._load(session_id)
            if not loaded.busy or time.monotonic() > deadline:
                return loaded
            if not wait:
                return None
            time.sleep(_WAIT_STEP)

    def _open(self, session_id: str, wait: bool = True) -> LoadedSession | None:
        loaded = self._settled(session_id, wait)
        if loaded is None:
            return None
        if loaded.session.ended:
            raise InputError("this session has ended; start a new one with start_session")
        return loaded

    # -- practice -----------------------------------------------------------------------------
    def start_session(
        self,
        scenario: str | None = None,
        persona: str | None = None,
        phase: str | None = None,
        language: str | None = None,
        engine: str | None = None,
        hints: bool = True,
        preparation: PreparationCard | None = None,
        previous: str | None = None,
        manager_name: str | None = None,
    ) -> dict:
        phase = _choice(phase, PHASES, "phase")
        scenario, persona = (scenario or "").strip() or None, (persona or "").strip() or None
        allowed = self._workshop()
        if allowed is not None:  # a participant: only what the workshop offers
            from coach.workshop.gate import fill_choices

            scenario, persona, phase = fill_choices(allowed, scenario, persona, phase)
        if manager_name is not None and manager_name.strip():
            from coach.roleplay.user import clean_name

            manager_name = clean_name(manager_name)
        else:
            manager_name = None
        language = _choice(language, LANGUAGES, "language") or "nl"
        settings = self.settings_for(engine)
        practice = domain.practice()
        if previous:
            session = practice.next_phase(self.get_session(previous), settings=self.settings)
            session.hints = hints
            if preparation is not None and not preparation.is_empty():
                session.preparation = preparation
        else:
            session = practice.start_session(
                scenario=scenario,
                persona=persona,
                phase=phase or "delegation",
                language=language,
                engine=settings.resolved_engine(),
                hints=hints,
                preparation=preparation if preparation is not None and not preparation.is_empty() else None,
                settings=settings,
                manager_name=manager_name,
            )
        if allowed is not None:
            from coach.workshop.gate import check_session

            check_session(allowed, session)
        self.store.save_session(session)
        return self.describe(session)

    def describe(self, session: Session) -> dict:
        opening = None
        if session.turns and session.turns[0].role == "delegatee":
            opening = session.turns[0].text
        return {
            "session_id": session.id,
            "opening": opening,
            "scenario": session.scenario_id,
            "persona": session.persona_id,
            "phase": session.phase,
            "language": session.language,
            "engine": session.engine,
            "hints": session.hints,
        }

    def stream_turn(self, session_id: str, text: str, store_early: bool = True,
                    request_id: str | None = None) -> Iterator[str]:
        """The delegatee's reply, growing chunk by chunk.  The session is stored when the turn is
        done and, with store_early, also as soon as the manager's words are in (a reload during
        a long reply keeps them)."""
        request_id = _request_id(request_id)
        loaded, chunks, version = self._stream_start(session_id, text, store_early, request_id)
        if chunks is None:  # a retried request: its stored reply
            yield self._replayed(loaded, request_id)["reply"]
            return
        reply = ""
        try:
            for chunk in chunks:
                reply += chunk
                yield reply
        finally:
            self.store.save_session(loaded.session, expected=version, request_id=request_id)

    def _stream_start(self, session_id: str, text: str, store_early: bool, request_id: str | None):
        """The loaded session, its reply's chunks (None for a retried request) and the version
        the reply will be saved on; the manager's words are stored first with store_early."""
        for _ in range(_ATTEMPTS):
            loaded = self._open(session_id)
            if request_id in loaded.requests:
                return loaded, None, loaded.version
            chunks = domain.practice().send_turn(loaded.session, text, settings=self.settings)
            if not store_early:
                return loaded, chunks, loaded.version
            try:
                return loaded, chunks, self.store.save_session(loaded.session, loaded.version, request_id, busy=True,
                                                               stored=loaded.stored)
            except StaleSession:
                continue
        raise StaleSession(session_id)

    def send_turn(self, session_id: str, text: str, request_id: str | None = None) -> dict:
        """One turn, whole: {"reply", "hint"?}; the session is stored when it is done.  A turn sent
        again with the same request_id (a client's retry) is not done twice: the stored reply comes back."""
        return self._turn(session_id, text, _request_id(request_id), quick=False)

    def quick_turn(self, session_id: str, text: str, request_id: str | None = None) -> dict | None:
        """send_turn, but only when it is quick and cannot wait: an offline-engine session on
        SQLite with no reply under way.  None otherwise: then call send_turn (in a worker thread).
        The web app runs quick turns on its event loop, which saves the hand-over to a worker
        thread and back: the larger part of a turn's cost with many sessions."""
        if not self.store.in_process:  # every query would wait on the database server, on the event loop
            return None
        return self._turn(session_id, text, _request_id(request_id), quick=True)

    def _turn(self, session_id: str, text: str, request_id: str | None, quick: bool) -> dict | None:
        for _ in range(_ATTEMPTS):
            loaded = self._open(session_id, wait=not quick)
            if loaded is None:  # a reply under way: wait for it in a worker thread
                return None
            if request_id in loaded.requests:
                return self._replayed(loaded, request_id)
            if quick and loaded.session.engine != "offline":
                return None
            try:
                return self._attempt(loaded, text, request_id)
            except StaleSession:  # saved elsewhere meanwhile: do the turn again on what is stored
                continue
        raise StaleSession(session_id)

    def _attempt(self, loaded: LoadedSession, text: str, request_id: str | None) -> dict:
        session = loaded.session
        before = len(session.turns)
        try:
            reply = "".join(domain.practice().send_turn(session, text, settings=self.settings))
        finally:
            if len(session.turns) > before:  # stored as it happens, even when the reply failed midway
                self.store.save_session(session, expected=loaded.version, request_id=request_id, stored=loaded.stored)
        out: dict = {"reply": reply}
        if session.hints:
            out["hint"] = self.last_hint(session)
        return out

    def _replayed(self, loaded: LoadedSession, request_id: str) -> dict:
        """The stored answer to a turn already done under this request id."""
        turns = loaded.session.turns
        position = loaded.requests[request_id]
        after = turns[position + 1] if position + 1 < len(turns) else None
        out: dict = {"reply": after.text if after is not None and after.role == "delegatee" else ""}
        if loaded.session.hints:
            out["hint"] = turns[position].hint
        return out

    @staticmethod
    def last_hint(session: Session) -> str | None:
        for turn in reversed(session.turns):
            if turn.role == "manager":
                return turn.hint
        return None

    def end_session(self, session_id: str) -> dict:
        for _ in range(_ATTEMPTS):
            loaded = self._settled(session_id)
            session = loaded.session
            if session.ended:
                done = self.store.reviews_for_session(session.id)
                if done:
                    return {**done[-1].data, "review_id": done[-1].id, "session_id": session.id}
            if not any(t.role == "manager" for t in session.turns):
                raise InputError("nothing to review yet; say at least one thing with send_turn first")
            review = domain.practice().end_session(session, settings=self.settings)
            session.ended = True
            try:
                review_id = self.store.end_session(session, loaded.version, review)
            except StaleSession:  # a turn or another end came in meanwhile: review what is stored
                continue
            return {**review.to_contract(), "review_id": review_id, "session_id": session.id}
        raise StaleSession(session_id)

    # -- transcripts --------------------------------------------------------------------------
    def read_transcript(self, data: bytes | None = None, name: str | None = None, pasted: str | None = None):
        if data is not None:
            return domain.read_upload(data, name or "transcript.txt", self.settings.max_upload_bytes)
        if pasted and pasted.strip():
            if len(pasted.encode("utf-8")) > self.settings.max_upload_bytes:
                raise InputError("the pasted text is larger than the upload limit; shorten it or raise COACH_MAX_UPLOAD_MB")
            return domain.read_pasted(pasted)
        raise InputError("no transcript given; upload a VTT, SRT, DOCX or TXT file, or paste the text")

    def review_transcript(
        self,
        data: bytes | None = None,
        name: str | None = None,
        manager: str | None = None,
        phase: str | None = None,
        language: str | None = None,
        engine: str | None = None,
        pasted: str | None = None,
        delegatee_kind: str | None = None,
    ) -> dict:
        self._workshop()
        transcript = self.read_transcript(data, name, pasted)
        manager = (manager or "").strip() or None
        if manager is not None and manager not in transcript.speakers:
            raise InputError(f"{manager!r} does not speak in this transcript; choose one of {', '.join(transcript.speakers)}")
        options = ReviewOptions(
            manager=manager,
            phase=_choice(phase, PHASES, "phase"),
            language=_choice(language, LANGUAGES, "language"),
            delegatee_kind=_choice(delegatee_kind, ("employee", "network"), "delegatee kind"),
        )
        from coach.budget import budgeted_review

        review = budgeted_review(transcript, options, self.settings_for(engine))  # a worker with a time and memory budget
        review_id = self.store.save_review(review, kind="transcript", source_name=name or None)
        return {**review.to_contract(), "review_id": review_id}

    # -- history ------------------------------------------------------------------------------
    def delete(self, item_id: str) -> bool:
        """Delete a session (with its reviews) or a review; False when neither exists."""
        item_id = (item_id or "").strip()
        if not item_id:
            raise InputError("no id given; pick a session or review in the list first")
        return self.store.delete_session(item_id) or self.store.delete_review(item_id)

    def delete_all(self) -> dict[str, int]:
        """Delete everything of this owner (of everyone when the service is not scoped)."""
        return self.store.delete_all()


def review_of(payload: dict) -> Review:
    """The Review inside an endpoint's answer (extra keys such as review_id are ignored)."""
    try:
        return Review.model_validate(payload)
    except ValueError as exc:
        raise CoachError("the stored review does not match the review contract; review the conversation again") from exc
