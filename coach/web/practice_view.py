"""What the Practise page shows for a session: the set-up folded or open, the briefing, the chat
with its names, the input enabled or not (after a start, a reload, a restart or 'reopen')."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.roleplay.models import Session
from coach.web import briefing, views
from coach.web.api import CoachService
from coach.web.i18n import text


def chat_update(session: Session | None, lang: str, messages: list | None = None):
    """The chat's messages and its label ("Gesprek met Daan")."""
    value = messages if messages is not None else (views.chat_messages(session) if session else [])
    return gr.update(value=value, label=briefing.chat_label(session, lang))


def session_extras(session: Session | None, lang: str) -> list:
    """The updates of extra_targets(page) for a session (None: no conversation yet)."""
    if session is None:
        return [gr.update(open=True), gr.update(visible=False), "", "", gr.update(interactive=True),
                gr.update(interactive=True), gr.update(visible=False), gr.update(visible=False), "", ""]
    ended = session.ended
    talked = any(t.role == "manager" for t in session.turns)
    placeholder = text("ended_input", session.language) if ended else ""
    return [
        gr.update(open=False),                       # the set-up folds away
        gr.update(visible=True, open=not ended and not talked),  # the briefing, open until the first turn
        briefing.briefing_html(session),
        briefing.chat_head(session, lang),
        gr.update(interactive=not ended, placeholder=placeholder, value=""),  # the input
        gr.update(interactive=not ended),            # send
        gr.update(visible=not ended),                # end
        gr.update(visible=False),                    # the confirmation row
        "",                                          # the notice line
        "",                                          # typing
    ]


def extra_targets(page: SimpleNamespace) -> list:
    return [page.setup, page.brief_box, page.briefing, page.chat_head, page.message, page.send, page.end,
            page.confirm_row, page.notice, page.typing]


def restore_outputs(service: CoachService, session_id: str | None, lang: str):
    """What the page shows for a stored session (after a reload, a restart or 'reopen'); service is
    the caller's own (scoped), so someone else's session id shows an empty page."""
    session = None
    if session_id:
        try:
            session = service.get_session(session_id)
        except Exception:  # noqa: BLE001 - a deleted or unknown session: start afresh
            session = None
    if session is None:
        return (None, chat_update(None, lang), "", "", gr.update(visible=False), gr.update(), gr.update(), gr.update(),
                lang, "", gr.update(), gr.update(), gr.update(), gr.update(), *session_extras(None, lang))
    card = None
    visible = False
    if session.ended:
        stored = service.store.reviews_for_session(session.id)
        if stored:
            card = views.review_outputs(stored[-1].review(), previous=views.previous_attempt(service.store, session.id))[0]
            visible = True
    note = text("ended_note" if session.ended else "restored", session.language)
    agreed = gr.update()
    if session.ended:
        from coach.roleplay.agreements_view import agreements_text

        agreed = agreements_text(session.agreements.record, session.language)
    tip = service.last_hint(session) if session.hints and not session.ended else None
    return (session.id, chat_update(session, lang), note,
            f"**{text('hint', session.language)}:** {tip}" if tip else "", gr.update(visible=visible),
            session.scenario_id, session.persona_id, session.phase, session.language, card, gr.update(), gr.update(),
            briefing.manager_name(session), agreed, *session_extras(session, lang))


def restore_targets(page: SimpleNamespace, session_id) -> list:
    return [session_id, page.chat, page.status, page.hint, page.result, page.scenario, page.persona, page.phase,
            page.language, page.card, page.questions, page.talk, page.name, page.agreed, *extra_targets(page)]


def agreements(service: CoachService, session_id: str) -> str:
    """The agreements of the ended conversation, as editable text."""
    from coach.roleplay.agreements_view import agreements_text
    from coach.roleplay.practice import settle_agreements

    session = settle_agreements(service.get_session(session_id))
    service.store.save_session(session)
    return agreements_text(session.agreements.record, session.language)


def keep_edits(service: CoachService, session, edited: str | None) -> None:
    """The user's corrections of the agreements go into the next conversation."""
    from coach.roleplay.agreements_view import agreements_text, parse_agreements_text

    if edited and edited.strip() != agreements_text(session.agreements.record, session.language).strip():
        session.agreements.record = parse_agreements_text(edited, session.language)
        service.store.save_session(session)
