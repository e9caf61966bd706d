"""What a workshop participant may do, checked on the server for every action (pure: no web).

    gate = open_workshop(store, workshop_id)          # Allowed, or InputError "the workshop has ended"
    scenario, persona, phase = fill_choices(gate, scenario, persona, phase)   # defaults the workshop offers
    check_session(gate, session)                      # InputError naming what it does not offer

The practice page hides what a workshop does not offer; these checks make the app refuse it too
(an API call, a page of a closed workshop left open), with one line in the workshop's language.
A closed, deleted or expired workshop stops its participants' identities: nothing more is stored
under them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coach.errors import InputError
from coach.store.workshop_tables import WorkshopRow
from coach.workshop.messages import say
from coach.workshop.models import Allowed


def open_workshop(store, workshop_id: str, today: date | None = None) -> Allowed:
    """The workshop's choices while it is open; else one line saying it has ended (in the
    workshop's language, in both when the workshop is gone)."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:  # one read: no BEGIN
        row = conn.execute(select(WorkshopRow.name, WorkshopRow.language, WorkshopRow.ends, WorkshopRow.closed,
                                  WorkshopRow.settings).where(WorkshopRow.id == workshop_id)).one_or_none()
    check_open(row, today)
    settings = dict(row.settings or {})
    order = [p for p in settings.get("order", []) if p in settings.get("phases", [])]
    return Allowed(workshop_id=workshop_id, name=row.name, language=row.language,
                   scenarios=settings.get("scenarios", []), personas=settings.get("personas", []), phases=order)


def check_open(workshop, today: date | None = None) -> None:
    """One line when the workshop (name, language, ends, closed; None: it is gone) has ended."""
    if workshop is None:
        raise InputError(f"{say('gone', 'nl')} / {say('gone', 'en')}")
    if workshop.closed or (today or date.today()) > date.fromisoformat(workshop.ends):
        raise InputError(say("ended", workshop.language, name=workshop.name))


def fill_choices(allowed: Allowed, scenario: str | None, persona: str | None,
                 phase: str | None) -> tuple[str | None, str | None, str | None]:
    """What the participant left open, filled in with the workshop's first choice (the app's own
    default may be one the workshop does not offer)."""
    if scenario is None and allowed.scenarios:
        scenario = allowed.scenarios[0]
    if persona is None and allowed.personas:
        persona = allowed.personas[0]
    if phase is None and allowed.phases:
        phase = allowed.phases[0]
    return scenario, persona, phase


def check_session(allowed: Allowed, session) -> None:
    """InputError when the session's scenario, persona or conversation is not offered."""
    lang = allowed.language
    for what, value, offered in (("scenario", session.scenario_id, allowed.scenarios),
                                 ("persona", session.persona_id, allowed.personas),
                                 ("phase", session.phase, allowed.phases)):
        if offered and value not in offered:
            names = [say("phase_" + p, lang) for p in offered] if what == "phase" else offered
            raise InputError(say("not_offered", lang, what=say("what_" + what, lang),
                                 value=say("phase_" + value, lang) if what == "phase" else value,
                                 choices=", ".join(names)))
