"""Domain objects -> what the components show (chat messages, tables, scorecard outputs)."""

from __future__ import annotations

from coach.models import Review
from coach.roleplay.models import Session
from coach.store import Store
from coach.web import charts, domain, scorecard
from coach.web.i18n import text


def chat_messages(session: Session) -> list[dict]:
    """The session as gr.Chatbot messages: the manager is the user, the delegatee the assistant."""
    return [
        {"role": "user" if turn.role == "manager" else "assistant", "content": turn.text}
        for turn in session.turns
    ]


def review_outputs(review: Review, lang: str | None = None, previous: Review | None = None) -> tuple:
    """Scorecard HTML (compared with the previous attempt when given), and the question-type and
    talk-share charts as plot updates whose axes are in the review's language."""
    lang = lang or review.language
    return (
        scorecard.render_scorecard(review, lang, previous),
        charts.bar_update(charts.question_frame(review, lang)),
        charts.bar_update(charts.talk_frame(review, lang), 100),
    )


def previous_attempt(store: Store, session_id: str | None) -> Review | None:
    """The review of the owner's last ended session before this one at the same scenario and phase."""
    current = store.load_session(session_id) if session_id else None
    if current is None:
        return None
    newest_first = sorted(store.list_sessions(), key=lambda s: s.created, reverse=True)  # the owner's own
    for summary in newest_first:
        if (summary.id != session_id and summary.ended and summary.created < current.created
                and summary.scenario_id == current.scenario_id and summary.phase == current.phase):
            stored = store.reviews_for_session(summary.id)
            if stored:
                return stored[-1].review()
    return None


def scenario_choices(lang: str) -> list[tuple[str, str]]:
    return [(s.picker_title(lang), s.id) for s in domain.scenarios()]


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
