"""The plain functions behind the web pages and the named API endpoints (no Gradio here).

    service = CoachService(settings)           # one per app; sessions are stored as they happen
    service.start_session(scenario, persona, phase, language, engine)  -> {"session_id", "opening", ...}
    service.send_turn(session_id, text)         -> {"reply", "hint"?}
    service.quick_turn(session_id, text)        -> the same, or None when it could wait (see there)
    service.end_session(session_id)             -> the review JSON (review-json.md) + "review_id"
    service.review_transcript(data, name, manager, phase, language) -> the review JSON + "review_id"

Errors are CoachError / InputError with one line; no conversation content is logged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from coach.errors import CoachError, InputError
from coach.models import LANGUAGES, PHASES, PreparationCard, Review, ReviewOptions
from coach.roleplay.models import Session
from coach.settings import Settings, get_settings
from coach.store import Store, open_store
from coach.web import domain

ENGINES = ("auto", "offline", "llm")
_LIVE_SESSIONS = 512  # sessions kept in memory; older ones are reloaded from the database


def _choice(value: str | None, allowed: tuple[str, ...], what: str) -> str | None:
    value = (value or "").strip() or None
    if value is not None and value not in allowed:
        raise InputError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    return value


class CoachService:
    def __init__(self, settings: Settings | None = None, store: Store | None = None):
        self.settings = settings or get_settings()
        self.store = store or open_store(self.settings)
        self._live: OrderedDict[str, Session] = OrderedDict()
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    # -- engines ------------------------------------------------------------------------------
    def settings_for(self, engine: str | None) -> Settings:
        engine = _choice(engine, ENGINES, "engine")
        if engine is None:
            return self.settings
        return self.settings.model_copy(update={"engine": engine})

    # -- sessions in memory and in the database -----------------------------------------------
    def _remember(self, session: Session) -> None:
        with self._guard:
            self._live[session.id] = session
            self._live.move_to_end(session.id)
            while len(self._live) > _LIVE_SESSIONS:
                old, _ = self._live.popitem(last=False)
                self._locks.pop(old, None)

    @contextmanager
    def _locked(self, session_id: str, wait: bool = True) -> Iterator[bool]:
        """Hold the session's lock; with wait=False, yields False at once when someone else has it."""
        with self._guard:
            lock = self._locks.setdefault(session_id, threading.Lock())
        if not lock.acquire(blocking=wait):
            yield False
            return
        try:
            yield True
        finally:
            lock.release()

    def get_session(self, session_id: str | None) -> Session:
        session_id = (session_id or "").strip()
        if not session_id:
            raise InputError("no session_id given; call start_session first and pass its session_id")
        with self._guard:
            live = self._live.get(session_id)
        if live is not None:
            return live
        stored = self.store.load_session(session_id)
        if stored is None:
            raise InputError(f"unknown session {session_id!r}; start a new one with start_session")
        self._remember(stored)
        return stored

    def forget(self, session_id: str) -> None:
        with self._guard:
            self._live.pop(session_id, None)
            self._locks.pop(session_id, None)

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
                scenario=(scenario or "").strip() or None,
                persona=(persona or "").strip() or None,
                phase=phase or "delegation",
                language=language,
                engine=settings.resolved_engine(),
                hints=hints,
                preparation=preparation if preparation is not None and not preparation.is_empty() else None,
                settings=settings,
                manager_name=manager_name,
            )
        self._remember(session)
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

    def stream_turn(self, session_id: str, text: str, store_early: bool = True) -> Iterator[str]:
        """The delegatee's reply, growing chunk by chunk.  The session is stored when the turn is
        done and, with store_early, also as soon as the manager's words are in (a reload during
        a long reply keeps them)."""
        session = self._open_session(session_id)
        with self._locked(session.id):
            try:
                chunks = domain.practice().send_turn(session, text, settings=self.settings)
                if store_early:  # the manager's words are in the session now
                    self.store.save_session(session)
                reply = ""
                for chunk in chunks:
                    reply += chunk
                    yield reply
            finally:
                self.store.save_session(session)

    def send_turn(self, session_id: str, text: str) -> dict:
        """One turn, whole: {"reply", "hint"?}; the session is stored when it is done."""
        session = self._open_session(session_id)
        with self._locked(session.id):
            return self._turn(session, text)

    def quick_turn(self, session_id: str, text: str) -> dict | None:
        """send_turn, but only when it is quick and cannot wait on anyone: an offline-engine
        session that no other request is using.  None otherwise: then call send_turn (in a
        worker thread).  The web app runs quick turns on its event loop, which saves the hand-over
        to a worker thread and back: the larger part of a turn's cost with many sessions."""
        session = self._open_session(session_id)
        if session.engine != "offline":
            return None
        with self._locked(session.id, wait=False) as mine:
            return self._turn(session, text) if mine else None

    def _open_session(self, session_id: str) -> Session:
        session = self.get_session(session_id)
        if session.ended:
            raise InputError("this session has ended; start a new one with start_session")
        return session

    def _turn(self, session: Session, text: str) -> dict:
        try:
            reply = "".join(domain.practice().send_turn(session, text, settings=self.settings))
        finally:
            self.store.save_session(session)  # every turn is stored as it happens
        out: dict = {"reply": reply}
        if session.hints:
            out["hint"] = self.last_hint(session)
        return out

    @staticmethod
    def last_hint(session: Session) -> str | None:
        for turn in reversed(session.turns):
            if turn.role == "manager":
                return turn.hint
        return None

    def end_session(self, session_id: str) -> dict:
        session = self.get_session(session_id)
        with self._locked(session.id):
            if session.ended:
                done = self.store.reviews_for_session(session.id)
                if done:
                    return {**done[-1].data, "review_id": done[-1].id, "session_id": session.id}
            if not any(t.role == "manager" for t in session.turns):
                raise InputError("nothing to review yet; say at least one thing with send_turn first")
            review = domain.practice().end_session(session, settings=self.settings)
            session.ended = True
            self.store.save_session(session)
            review_id = self.store.save_review(review, kind="practice", session_id=session.id)
        return {**review.to_contract(), "review_id": review_id, "session_id": session.id}

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
        from coach.engines.factory import make_critic

        review = make_critic(self.settings_for(engine)).review(transcript, options)
        review_id = self.store.save_review(review, kind="transcript", source_name=name or None)
        return {**review.to_contract(), "review_id": review_id}

    # -- history ------------------------------------------------------------------------------
    def delete(self, item_id: str) -> bool:
        """Delete a session (with its reviews) or a review; False when neither exists."""
        item_id = (item_id or "").strip()
        if not item_id:
            raise InputError("no id given; pick a session or review in the list first")
        self.forget(item_id)
        return self.store.delete_session(item_id) or self.store.delete_review(item_id)

    def delete_all(self) -> dict[str, int]:
        with self._guard:
            self._live.clear()
            self._locks.clear()
        return self.store.delete_all()


def review_of(payload: dict) -> Review:
    """The Review inside an endpoint's answer (extra keys such as review_id are ignored)."""
    try:
        return Review.model_validate(payload)
    except ValueError as exc:
        raise CoachError("the stored review does not match the review contract; review the conversation again") from exc
