"""The practice service: one role-play session from start to review.  The command line
(`coach practice`) and the web app both call these functions.

    start_session(scenario=None, persona=None, phase="delegation", language="nl", engine=None,
                  seed=0, hints=False, preparation=None, previous=None, settings=None) -> Session
    send_turn(session, text) -> Iterator[str]   # the manager turn (acts, hint) is appended at once;
                                                # the delegatee turn when the reply is complete
    end_session(session) -> Review
    next_phase(session) -> Session              # the storyline: delegation -> progress -> final
    session_transcript(session) -> Transcript
"""

from __future__ import annotations

from collections.abc import Iterator

from coach.errors import CoachError, InputError
from coach.models import LANGUAGES, PHASES, PreparationCard, Review, ReviewOptions, Transcript, Turn
from coach.roleplay import content
from coach.roleplay.agreements import extract_agreements, merge_agreements, scenario_agreements
from coach.roleplay.models import AgreementRecord, Agreements, Session, SessionTurn
from coach.settings import Settings, get_settings

MAX_TURN_CHARS = 2000


class TurnTooLong(InputError):
    """A manager turn over MAX_TURN_CHARS: refused (in the conversation's language); the conversation goes on."""


class Notice(str):
    """A message to the user inside a reply stream (e.g. the LLM failed and the offline partner answers)."""


def notice(language: str, key: str, **values) -> str:
    text = content.load_phrasebook(language).notices.get(key, key)
    return text.format(**values)


def _settings(engine: str | None, settings: Settings | None) -> Settings:
    if engine is not None and engine not in ("auto", "offline", "llm"):
        raise InputError(f"unknown engine {engine!r}; use auto, offline or llm")
    if settings is None:
        return get_settings(engine=engine)
    return settings.model_copy(update={"engine": engine}) if engine else settings


def _delegatee(session: Session, settings: Settings | None = None):
    from coach.engines.factory import make_delegatee

    return make_delegatee(_settings(session.engine, settings), seed=session.seed)


def _next(phase: str) -> str:
    i = PHASES.index(phase)
    if i + 1 >= len(PHASES):
        raise InputError("the storyline ends with the final conversation; start a new session for another task")
    return PHASES[i + 1]


def _standalone_agreements(scenario, language: str, preparation: PreparationCard | None) -> Agreements:
    if preparation is not None and not preparation.is_empty():
        return Agreements(
            result=[preparation.result] if preparation.result.strip() else [],
            instruction=[preparation.instruction] if preparation.instruction.strip() else [],
            checkpoints=[preparation.steps] if preparation.steps.strip() else [],
            record=AgreementRecord(result=preparation.result.strip().rstrip(".")),
        )
    checkpoint = scenario.suggested_checkpoint.get(language) if scenario.suggested_checkpoint else None
    return scenario_agreements(scenario.result.get(language), checkpoint)


def start_session(
    scenario: str | None = None,
    persona: str | None = None,
    phase: str = "delegation",
    language: str = "nl",
    engine: str | None = None,
    seed: int = 0,
    hints: bool = False,
    preparation: PreparationCard | None = None,
    previous: Session | None = None,
    settings: Settings | None = None,
    manager_name: str | None = None,
) -> Session:
    """A new session (with the delegatee's opening line, when it speaks first)."""
    if phase not in PHASES:
        raise InputError(f"unknown phase {phase!r}; use one of: {', '.join(PHASES)}")
    if language not in LANGUAGES:
        raise InputError(f"unknown language {language!r}; use one of: {', '.join(LANGUAGES)}")
    resolved = _settings(engine, settings).resolved_engine()
    if previous is not None:
        if PHASES.index(phase) <= PHASES.index(previous.phase):
            phase = _next(previous.phase)
        sc, pe = content.get_scenario(previous.scenario_id), content.get_persona(previous.persona_id)
        language = previous.language
        agreements = merge_agreements(previous.agreements, extract_agreements(previous))
        if previous.agreements.record.edited:  # the user's corrected record goes on as it is
            agreements.record = previous.agreements.record.model_copy(update={"edited": False})
        manager_name = manager_name or previous.manager_name
    else:
        sc = content.get_scenario(scenario) if scenario else content.pick_scenario(seed)
        pe = content.get_persona(persona) if persona else content.pick_persona(sc, seed)
        agreements = Agreements() if phase == "delegation" else _standalone_agreements(sc, language, preparation)
    manager_name = " ".join((manager_name or "Manager").split())
    if not manager_name:
        raise InputError("the manager name is empty; give a name, e.g. --manager-name Ilse")
    if manager_name.lower() == pe.name.lower():
        raise InputError(f"the manager cannot have the delegatee's name {pe.name!r}; choose another manager name")
    session = Session(
        scenario_id=sc.id,
        persona_id=pe.id,
        phase=phase,
        language=language,
        engine=resolved,
        seed=seed,
        hints=hints,
        manager_name=manager_name,
        preparation=preparation if preparation is not None and not preparation.is_empty() else None,
        agreements=agreements,
    )
    if previous is not None:
        session.storyline_id = previous.storyline_id
        session.earlier_replies = previous.earlier_replies + [t.text for t in previous.turns if t.role == "delegatee"]
    opening = _delegatee(session, settings).opening(session)
    if opening:
        session.turns.append(SessionTurn(speaker=pe.name, role="delegatee", text=opening))
    return session


def _acts(text: str, language: str, previous: str | None, phase: str | None = None) -> list[str]:
    from coach.roleplay.scripted import fallback_acts, act_names
    from coach.tagger import tag_turn

    try:
        return act_names(tag_turn(text, language, previous, phase=phase)) or ["other"]  # the session's phase
    except NotImplementedError:  # the tagger is not built yet
        return fallback_acts(text)


def send_turn(session: Session, text: str, settings: Settings | None = None) -> Iterator[str]:
    """Append the manager's turn (acts, hint), then stream the delegatee's reply and append it."""
    text = " ".join((text or "").split())
    if not text:
        raise InputError("the turn is empty; type what you say to the delegatee")
    if len(text) > MAX_TURN_CHARS:
        raise TurnTooLong(notice(session.language, "too_long", max=MAX_TURN_CHARS))
    if session.ended:
        raise InputError("this session has ended; start a new one")
    previous = next((t.text for t in reversed(session.turns) if t.role == "delegatee"), None)
    acts = _acts(text, session.language, previous, session.phase)
    hint = None
    if session.hints:
        from coach.roleplay.hints import make_hint

        network = content.get_persona(session.persona_id).kind == "network"
        hint = make_hint(session, text, acts, network=network).text()
    session.turns.append(SessionTurn(speaker=session.manager_name, role="manager", text=text, acts=acts, hint=hint))
    delegatee = _delegatee(session, settings)
    return _stream(session, delegatee.reply(session, text), text)


def _stream(session: Session, chunks: Iterator[str], text: str) -> Iterator[str]:
    """The reply as it comes; stored as a turn only when complete.  When the LLM fails (an error, a stall
    cut off by the timeout) the partial reply is dropped, a notice goes out and the offline delegatee
    answers this turn."""
    name = content.get_persona(session.persona_id).name
    parts: list[str] = []
    try:
        for chunk in chunks:
            parts.append(chunk)
            yield chunk
    except CoachError as exc:
        if session.engine != "llm":
            raise
        from coach.roleplay.scripted import ScriptedDelegatee

        message = notice(session.language, "llm_failed", reason=str(exc).split(";")[0][:120])
        session.notices.append(message)
        yield Notice(message)
        parts = [ScriptedDelegatee(seed=session.seed).respond(session, text)]
        yield parts[0]
    reply = " ".join("".join(parts).split())
    if reply:
        session.turns.append(SessionTurn(speaker=name, role="delegatee", text=reply))


def session_transcript(session: Session) -> Transcript:
    return Transcript(
        turns=[Turn(index=i, speaker=t.speaker, text=t.text) for i, t in enumerate(session.turns)],
        source_format="practice",
        source_name=f"practice {session.scenario_id} / {session.persona_id} ({session.phase})",
    )


def review_options(session: Session) -> ReviewOptions:
    return ReviewOptions(
        manager=session.manager_name,
        phase=session.phase,
        language=session.language,
        preparation=session.preparation,
        delegatee_kind=content.get_persona(session.persona_id).kind,
    )


def end_session(session: Session, settings: Settings | None = None) -> Review:
    """End the session and review it (the preparation card goes along to the review)."""
    if not any(t.role == "manager" for t in session.turns):
        raise InputError("nothing to review yet: say at least one thing to the delegatee first")
    from coach.engines.factory import make_critic

    critic = make_critic(_settings(session.engine, settings))
    try:
        review = critic.review(session_transcript(session), review_options(session))
    except NotImplementedError as exc:
        raise CoachError("the review is not available in this build yet; the conversation itself was kept") from exc
    except CoachError as exc:
        if session.engine != "llm":
            raise
        from coach.engines.offline_critic import OfflineCritic

        session.notices.append(notice(session.language, "llm_failed", reason=str(exc).split(";")[0][:120]))
        review = OfflineCritic().review(session_transcript(session), review_options(session))
    session.ended = True
    return review


def settle_agreements(session: Session) -> Session:
    """At the end of a conversation: its agreements (the record shown to the user) join the earlier ones."""
    if not session.agreements.record.edited:
        session.agreements = merge_agreements(session.agreements, extract_agreements(session))
    return session


def next_phase(session: Session, settings: Settings | None = None) -> Session:
    """The next conversation of the storyline, starting from what was agreed so far."""
    return start_session(
        phase=_next(session.phase),
        engine=session.engine,
        seed=session.seed,
        hints=session.hints,
        previous=session,
        settings=settings,
    )
