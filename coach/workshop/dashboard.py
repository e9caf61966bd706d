"""The trainer's dashboard of one workshop, from the stored sessions and reviews (pure).

    dashboard(store, workshop, participants) -> Dashboard
      .participants  each participant's sessions (with the met / partly / missed of its review)
      .guidelines    per guideline: how often met, partly met, missed (the reviews' scores)
      .progress      per conversation: the group's first attempt against its last (mean score)
      .misses        the most common misses, with anonymised quotes of consenting participants
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timezone

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from coach.store import Store
from coach.store.tables import ReviewRow, ScoreRow, SessionRow, TurnRow
from coach.workshop.anonymise import anonymise
from coach.workshop.models import Participant, Workshop

TOP_MISSES = 5
QUOTES_PER_MISS = 3


class SessionLine(BaseModel):
    id: str
    scenario: str
    persona: str
    phase: str
    turns: int
    ended: bool
    updated: datetime
    met: int = 0
    partly: int = 0
    missed: int = 0


class ParticipantLine(BaseModel):
    id: str
    display_name: str
    consent: bool
    sessions: list[SessionLine] = Field(default_factory=list)


class GuidelineCount(BaseModel):
    guideline: str
    phase: str
    title: str
    met: int = 0
    partly: int = 0
    missed: int = 0


class PhaseProgress(BaseModel):
    phase: str
    participants: int = Field(description="participants with at least one review in this conversation")
    repeated: int = Field(description="of them, with two or more reviews")
    first: float = Field(description="mean score of the first attempts (met 1, partly .5, missed 0)")
    last: float


class CommonMiss(BaseModel):
    guideline: str
    title: str
    missed: int
    quotes: list[str] = Field(default_factory=list)


class Dashboard(BaseModel):
    workshop: Workshop
    language: str = Field("", description="the language it is shown in (nl or en); empty: the workshop's")
    participants: list[ParticipantLine]
    guidelines: list[GuidelineCount]
    progress: list[PhaseProgress]
    misses: list[CommonMiss]


def participant_key(owner_id: str, workshop_id: str) -> str | None:
    """'participant:<workshop>:<id>' -> id (None for any other owner)."""
    prefix = f"participant:{workshop_id}:"
    return owner_id[len(prefix):] if owner_id.startswith(prefix) else None


def _reviews(store: Store, workshop_id: str) -> list[ReviewRow]:
    query = (select(ReviewRow).where(ReviewRow.workshop_id == workshop_id, ReviewRow.kind == "practice")
             .order_by(ReviewRow.created))
    with store._db() as db:
        return list(db.scalars(query).all())


def _session_lines(store: Store, workshop_id: str) -> list[tuple[str, SessionLine]]:
    counts = select(TurnRow.session_id, func.count(TurnRow.id).label("n")).group_by(TurnRow.session_id).subquery()
    query = (select(SessionRow, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.session_id == SessionRow.id)
             .where(SessionRow.workshop_id == workshop_id).order_by(SessionRow.created))
    with store._db() as db:
        return [(r.owner_id, SessionLine(id=r.id, scenario=r.scenario_id, persona=r.persona_id, phase=r.phase,
                                         turns=int(n), ended=r.ended, updated=_utc(r.updated)))
                for r, n in db.execute(query).all()]


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _statuses(review: ReviewRow) -> dict[str, str]:
    return {f["guideline"]: f["status"] for f in review.data.get("findings", [])}


def _participant_lines(store: Store, workshop: Workshop, people: list[Participant],
                       reviews: list[ReviewRow]) -> list[ParticipantLine]:
    lines = {p.id: ParticipantLine(id=p.id, display_name=p.display_name, consent=p.consent) for p in people}
    by_session = {r.session_id: _statuses(r) for r in reviews if r.session_id}
    for owner, line in _session_lines(store, workshop.id):
        pid = participant_key(owner, workshop.id)
        if pid in lines:
            tally = Counter(by_session.get(line.id, {}).values())
            lines[pid].sessions.append(line.model_copy(update={k: tally[k] for k in ("met", "partly", "missed")}))
    return list(lines.values())


def guideline_counts(store: Store, workshop: Workshop, members: set[str], lang: str | None = None) -> list[GuidelineCount]:
    """Per guideline of the catalogue: how often the participants' reviews scored it met, partly, missed."""
    from coach.catalogue import get_catalogue

    query = (select(ScoreRow.guideline, ScoreRow.status, ReviewRow.owner_id)
             .join(ReviewRow, ScoreRow.review_id == ReviewRow.id)
             .where(ReviewRow.workshop_id == workshop.id, ReviewRow.kind == "practice"))
    tally: dict[str, Counter] = defaultdict(Counter)
    with store._db() as db:
        for guideline, status, owner in db.execute(query).all():
            if participant_key(owner, workshop.id) in members:
                tally[guideline][status] += 1
    out = []
    for g in get_catalogue().guidelines:
        if g.phase in workshop.phases:
            t = tally.get(g.id, Counter())
            out.append(GuidelineCount(guideline=g.id, phase=g.phase, title=g.title.get(lang or workshop.language),
                                      met=t["met"], partly=t["partly"], missed=t["missed"]))
    return out


def _mean_score(review: ReviewRow) -> float | None:
    scores = [{"met": 1.0, "partly": 0.5, "missed": 0.0}[s] for s in _statuses(review).values()
              if s in ("met", "partly", "missed")]
    return sum(scores) / len(scores) if scores else None


def progress(reviews: list[ReviewRow], workshop: Workshop, members: set[str]) -> list[PhaseProgress]:
    """Per conversation: each participant's first review against their last (reviews oldest first)."""
    attempts: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for review in reviews:
        pid, score = participant_key(review.owner_id, workshop.id), _mean_score(review)
        if pid in members and score is not None:
            attempts[review.phase][pid].append(score)
    out = []
    for phase in workshop.practise_order():
        people = attempts.get(phase, {})
        if people:
            firsts, lasts = [s[0] for s in people.values()], [s[-1] for s in people.values()]
            out.append(PhaseProgress(phase=phase, participants=len(people),
                                     repeated=sum(1 for s in people.values() if len(s) > 1),
                                     first=round(sum(firsts) / len(firsts), 3), last=round(sum(lasts) / len(lasts), 3)))
    return out


def common_misses(counts: list[GuidelineCount], reviews: list[ReviewRow], workshop: Workshop,
                  people: list[Participant]) -> list[CommonMiss]:
    """The guidelines missed most often, each with quotes (evidence of findings missed or partly
    met) from participants who agreed to anonymised quotes; names are replaced."""
    consenting = {p.id for p in people if p.consent}
    names = [p.display_name for p in people] + _persona_names()
    ranked = sorted((c for c in counts if c.missed), key=lambda c: (-c.missed, c.guideline))[:TOP_MISSES]
    out = []
    for c in ranked:
        quotes: list[str] = []
        for review in reviews:
            if participant_key(review.owner_id, workshop.id) not in consenting:
                continue
            speakers = [t.get("speaker", "") for t in review.data.get("turns", [])] + [review.manager]
            for finding in review.data.get("findings", []):
                if finding["guideline"] == c.guideline and finding["status"] in ("missed", "partly"):
                    quotes += [anonymise(e["quote"], names + speakers, workshop.language)
                               for e in finding.get("evidence", [])]
        out.append(CommonMiss(guideline=c.guideline, title=c.title, missed=c.missed,
                              quotes=list(dict.fromkeys(quotes))[:QUOTES_PER_MISS]))
    return out


def _persona_names() -> list[str]:
    from coach.roleplay import content

    return [p.name for p in content.load_personas().values()]


def dashboard(store: Store, workshop: Workshop, people: list[Participant], lang: str | None = None) -> Dashboard:
    """The workshop's dashboard, in lang (the trainer's; default: the workshop's language)."""
    members = {p.id for p in people}
    reviews = _reviews(store, workshop.id)
    counts = guideline_counts(store, workshop, members, lang)
    return Dashboard(
        workshop=workshop,
        language=lang or "",
        participants=_participant_lines(store, workshop, people, reviews),
        guidelines=counts,
        progress=progress(reviews, workshop, members),
        misses=common_misses(counts, reviews, workshop, people),
    )
