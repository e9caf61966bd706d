"""The workshop service (pure: no web): create, list, join, allowed choices, close.

    service = WorkshopService(store)                         # the app's Store (coach.store)
    ws = service.create(WorkshopSpec(name=..., ends=...), owner="trainer:anna")
    workshop, participant = service.join(ws.code, "Anna", consent=True, lang="nl", client="10.0.0.7")
    service.allowed(ws.id)                                   # what a participant may practise
    service.close(ws.id, owner="trainer:anna")               # deletes everything of the workshop

A trainer (owner "trainer:<name>") sees and changes only their own workshops; the command line
(owner None) sees all.  Errors are one line (InputError), in the workshop's language where known.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, timezone

from sqlalchemy import delete, select

from coach.auth import Throttle
from coach.errors import InputError
from coach.store import Store
from coach.store.tables import ReviewRow, ScoreRow, SessionRow, TurnRow
from coach.store.workshop_tables import ParticipantRow, WorkshopRow
from coach.workshop.messages import order_text, say
from coach.workshop.models import (
    CODE_ALPHABET, CODE_LENGTH, Allowed, Participant, Workshop, WorkshopSpec, normalise_code,
)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def workshop_of(row: WorkshopRow) -> Workshop:
    return Workshop(id=row.id, code=row.code, owner=row.owner_id, name=row.name, language=row.language,
                    ends=date.fromisoformat(row.ends), closed=row.closed, created=_utc(row.created), **row.settings)


def participant_of(row: ParticipantRow) -> Participant:
    return Participant(id=row.id, workshop_id=row.workshop_id, display_name=row.display_name,
                       consent=row.consent, joined=_utc(row.joined))


def check_content(spec: WorkshopSpec) -> None:
    """Every scenario and persona the workshop names exists (packaged or authored)."""
    from coach.roleplay import content

    for kind, ids, known in (("scenario", spec.scenarios, content.load_scenarios()),
                             ("persona", spec.personas, content.load_personas())):
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise InputError(f"unknown {kind} {unknown[0]!r}; use one of: {', '.join(sorted(known))}")


class WorkshopService:
    def __init__(self, store: Store, throttle: Throttle | None = None):
        self.store = store
        self.throttle = throttle or Throttle(limit=10, window=60.0)

    # -- trainer ------------------------------------------------------------------------------
    def create(self, spec: WorkshopSpec, owner: str) -> Workshop:
        check_content(spec)
        with self.store._db() as db:
            code = new_code()
            while db.scalar(select(WorkshopRow.id).where(WorkshopRow.code == code)) is not None:
                code = new_code()
            workshop = Workshop(code=code, owner=owner, **spec.model_dump())
            db.add(WorkshopRow(
                id=workshop.id, code=code, owner_id=owner, name=workshop.name, language=workshop.language,
                ends=workshop.ends.isoformat(), closed=False, created=workshop.created,
                settings=workshop.model_dump(mode="json", include={"scenarios", "personas", "phases", "order"}),
            ))
        return workshop

    def list(self, owner: str | None = None) -> list[Workshop]:
        """The owner's workshops (every workshop when owner is None), newest first."""
        query = select(WorkshopRow).order_by(WorkshopRow.created.desc())
        if owner is not None:
            query = query.where(WorkshopRow.owner_id == owner)
        with self.store._db() as db:
            return [workshop_of(r) for r in db.scalars(query).all()]

    def get(self, workshop_id: str, owner: str | None = None) -> Workshop:
        with self.store._db() as db:
            row = db.get(WorkshopRow, (workshop_id or "").strip())
            if row is None or (owner is not None and row.owner_id != owner):
                raise InputError(f"unknown workshop {workshop_id!r}; see the list with 'coach workshop list'")
            return workshop_of(row)

    def participants(self, workshop_id: str) -> list[Participant]:
        query = select(ParticipantRow).where(ParticipantRow.workshop_id == workshop_id).order_by(ParticipantRow.joined)
        with self.store._db() as db:
            return [participant_of(r) for r in db.scalars(query).all()]

    def close(self, workshop_id: str, owner: str | None = None) -> dict[str, int]:
        """Delete every session, turn, review, score and participant of the workshop and mark it
        closed (its code no longer works); returns how many of each went."""
        workshop = self.get(workshop_id, owner)
        with self.store._db() as db:
            sessions = select(SessionRow.id).where(SessionRow.workshop_id == workshop.id)
            reviews = select(ReviewRow.id).where(ReviewRow.workshop_id == workshop.id)
            counts = {
                "sessions": len(db.scalars(sessions).all()),
                "reviews": len(db.scalars(reviews).all()),
                "participants": len(db.scalars(select(ParticipantRow.id)
                                               .where(ParticipantRow.workshop_id == workshop.id)).all()),
            }
            db.execute(delete(ScoreRow).where(ScoreRow.review_id.in_(reviews)))
            db.execute(delete(ReviewRow).where(ReviewRow.workshop_id == workshop.id))
            db.execute(delete(TurnRow).where(TurnRow.session_id.in_(sessions)))
            db.execute(delete(SessionRow).where(SessionRow.workshop_id == workshop.id))
            db.execute(delete(ParticipantRow).where(ParticipantRow.workshop_id == workshop.id))
            db.get(WorkshopRow, workshop.id).closed = True
        return counts

    # -- participants -------------------------------------------------------------------------
    def join(self, code: str, display_name: str, consent: bool, lang: str = "en", client: str | None = None,
             today: date | None = None) -> tuple[Workshop, Participant]:
        """A participant joins with the code; a wrong code counts against the client's address."""
        key = f"join:{client or 'local'}"
        if self.throttle.blocked(key):
            raise InputError(say("throttled", lang))
        with self.store._db() as db:
            row = db.scalar(select(WorkshopRow).where(WorkshopRow.code == normalise_code(code)))
            workshop = workshop_of(row) if row is not None else None
        if workshop is None:
            self.throttle.failed(key)
            raise InputError(say("wrong_code", lang))
        lang = workshop.language
        if workshop.closed:
            raise InputError(say("closed", lang, name=workshop.name))
        if workshop.expired(today):
            raise InputError(say("expired", lang, name=workshop.name, ends=workshop.ends.isoformat()))
        try:
            participant = Participant(workshop_id=workshop.id, display_name=display_name or "", consent=bool(consent))
        except ValueError:
            raise InputError(say("no_name", lang)) from None
        with self.store._db() as db:
            db.add(ParticipantRow(id=participant.id, workshop_id=workshop.id, display_name=participant.display_name,
                                  consent=participant.consent, joined=participant.joined))
        return workshop, participant

    def welcome(self, workshop: Workshop, participant: Participant) -> str:
        lang = workshop.language
        return say("joined", lang, name=workshop.name, who=participant.display_name,
                   order=order_text(workshop.practise_order(), lang))

    def participant(self, workshop_id: str, participant_id: str) -> Participant | None:
        with self.store._db() as db:
            row = db.get(ParticipantRow, participant_id)
            return participant_of(row) if row is not None and row.workshop_id == workshop_id else None

    def allowed(self, workshop_id: str) -> Allowed:
        """What the participants of this workshop may practise (the practice page offers only these)."""
        workshop = self.get(workshop_id)
        return Allowed(workshop_id=workshop.id, name=workshop.name, language=workshop.language,
                       scenarios=workshop.scenarios, personas=workshop.personas, phases=workshop.practise_order())
