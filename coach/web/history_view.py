"""What the History page shows: readable rows (scenario and persona names, local 24-hour dates, no
ids, no sessions without a manager turn) and a label per row to pick it by; ids stay internal.

    history_rows(store, lang) -> HistoryRows(sessions, reviews, choices)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from coach.report.content import shown_statuses
from coach.web import charts, domain
from coach.web.i18n import text

MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def local_when(moment: datetime, lang: str) -> str:
    """'4 dec 2026 14:05' in the machine's local time zone, 24-hour clock."""
    local = moment.astimezone()
    month = MONTHS.get(lang, MONTHS["en"])[local.month - 1]
    return f"{local.day} {month} {local.year} {local:%H:%M}"


@dataclass(frozen=True)
class HistoryRows:
    sessions: pd.DataFrame
    reviews: pd.DataFrame
    choices: list[tuple[str, str]]  # (visible label, internal id), sessions first
    session_ids: list[str]  # the id of each sessions row, in order
    review_ids: list[str]


def _names(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    scenarios = {s.id: s.title.get(lang) for s in domain.scenarios()}
    personas = {p.id: p.name for p in domain.personas()}
    return scenarios, personas


def _result(data: dict, lang: str) -> str:
    shown = shown_statuses(data)
    total = sum(1 for s in shown if s != "not_applicable")
    return text("overall", lang, met=shown.count("met"), total=total) if total else "–"


def history_rows(store, lang: str) -> HistoryRows:
    """Three columns (when, what, result) so that a phone shows them whole."""
    scenarios, personas = _names(lang)
    heads = [text(k, lang) for k in ("history_when", "history_what", "history_result")]
    turns_word = text("history_turns", lang)
    s_rows, s_ids, choices = [], [], []
    for s in store.list_sessions():
        if s.manager_turns < 1:
            continue
        when = local_when(s.updated, lang)
        what = (f"{scenarios.get(s.scenario_id, s.scenario_id)} · {personas.get(s.persona_id, s.persona_id)} · "
                f"{text('phase_' + s.phase, lang)}")
        state = f"{text('history_ended' if s.ended else 'history_open', lang)}, {turns_word.lower()}: {s.manager_turns}"
        s_rows.append([when, what, state])
        s_ids.append(s.id)
        choices.append((f"{when} · {what}", s.id))
    r_rows, r_ids = [], []
    for r in store.list_reviews():
        when = local_when(r.created, lang)
        kind = text("history_practice" if r.kind == "practice" else "history_transcript", lang)
        source = r.source_name or (kind if r.kind != "practice" else scenarios.get(_scenario_of(store, r), kind))
        what = f"{source} · {r.manager} · {text('phase_' + r.phase, lang)}"
        r_rows.append([when, what, _result(r.data, lang)])
        r_ids.append(r.id)
        choices.append((f"{when} · {what} ({text('reviews', lang).lower()})", r.id))
    return HistoryRows(pd.DataFrame(s_rows, columns=heads), pd.DataFrame(r_rows, columns=heads), choices, s_ids, r_ids)


def _scenario_of(store, record) -> str:
    session = store.load_session(record.session_id) if record.session_id else None
    return session.scenario_id if session is not None else ""


def attempt_charts(store, lang: str) -> list:
    """One line chart per phase: share of guidelines met per attempt."""
    records = store.list_reviews()
    return [charts.attempts_update(records, phase, lang) for phase in charts.PHASES]
