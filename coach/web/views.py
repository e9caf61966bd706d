"""Domain objects -> what the components show (chat messages, tables, scorecard outputs)."""

from __future__ import annotations

import pandas as pd

from coach.models import Review
from coach.roleplay.models import Session
from coach.store import Store
from coach.web import domain, scorecard
from coach.web.i18n import text


def chat_messages(session: Session) -> list[dict]:
    """The session as gr.Chatbot messages: the manager is the user, the delegatee the assistant."""
    return [
        {"role": "user" if turn.role == "manager" else "assistant", "content": turn.text}
        for turn in session.turns
    ]


def review_outputs(review: Review, lang: str | None = None) -> tuple[str, pd.DataFrame, pd.DataFrame]:
    """Scorecard HTML, question-type counts and talk share, in the review's language."""
    lang = lang or review.language
    return (
        scorecard.render_scorecard(review, lang),
        scorecard.question_frame(review, lang),
        scorecard.talk_frame(review, lang),
    )


def scenario_choices(lang: str) -> list[tuple[str, str]]:
    return [(s.title.get(lang), s.id) for s in domain.scenarios()]


def persona_choices(lang: str, scenario_id: str | None = None) -> list[tuple[str, str]]:
    """Every persona, or the ones that fit the scenario (when it names any)."""
    fitting: list[str] = []
    for scenario in domain.scenarios():
        if scenario.id == scenario_id:
            fitting = list(scenario.personas)
    # "Daan (medewerker)": short enough to read whole in a dropdown on a phone; the briefing says more
    return [(f"{p.name} ({p.role.get(lang).split(',')[0].strip()})", p.id) for p in domain.personas()
            if not fitting or p.id in fitting]


def phase_choices(lang: str) -> list[tuple[str, str]]:
    return [(text(f"phase_{p}", lang), p) for p in ("delegation", "progress", "final")]


def sessions_table(store: Store) -> pd.DataFrame:
    rows = [
        [s.id, s.updated.strftime("%Y-%m-%d %H:%M"), s.scenario_id, s.persona_id, s.phase, s.language, s.turn_count,
         "✓" if s.ended else ""]
        for s in store.list_sessions()
    ]
    return pd.DataFrame(rows, columns=["id", "date", "scenario", "persona", "phase", "lang", "turns", "ended"])


def reviews_table(store: Store) -> pd.DataFrame:
    rows = [
        [r.id, r.created.strftime("%Y-%m-%d %H:%M"), r.kind, r.source_name or r.session_id or "", r.phase,
         r.manager, sum(1 for f in r.data.get("findings", []) if f.get("status") == "met"),
         len(r.data.get("findings", []))]
        for r in store.list_reviews()
    ]
    return pd.DataFrame(rows, columns=["id", "date", "kind", "source", "phase", "manager", "met", "guidelines"])


def engine_status(settings, lang: str) -> str:
    from coach.errors import CoachError

    try:
        engine = settings.resolved_engine()
    except CoachError as exc:
        return str(exc)
    url = settings.openai_base_url or "https://api.openai.com/v1"
    if engine == "offline":
        if settings.llm_configured() and not (settings.endpoint_is_local() or settings.remote_consent):
            return text("engine_blocked", lang, url=url)
        return text("engine_offline", lang)
    key = "engine_local" if settings.endpoint_is_local() else "engine_remote"
    return text(key, lang, url=url, model=settings.model)
