"""The Practise page, conversation first: the set-up (folds away on start), the briefing, a tall chat
with names, a typing indicator and a reply streamed word by word, a counter under the input, an
end that asks for confirmation, the scorecard, try again / next.  Errors are sentences in the
conversation's language on a line under the input; the chat stays."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.models import PreparationCard
from coach.web import briefing, practice_view, views
from coach.web.api import CoachService
from coach.web.endpoints import one_line_errors
from coach.web.i18n import text
from coach.web.practice_flow import MAX_TURN, friendly, paced
from coach.web.practice_view import chat_update, session_extras

# the names the app and other pages used before the split
restore_outputs = practice_view.restore_outputs
restore_targets = practice_view.restore_targets
_agreements, _keep_edits = practice_view.agreements, practice_view.keep_edits


def _notice(message: str) -> str:
    return f"<p class='coach-notice' role='status'>{message}</p>" if message else ""


def _setup(i18n) -> SimpleNamespace:
    with gr.Accordion(i18n("setup"), open=True, elem_id="coach-setup") as setup:
        with gr.Row():
            scenario = gr.Dropdown(label=i18n("scenario"), choices=[], elem_id="coach-scenario", min_width=240)
            persona = gr.Dropdown(label=i18n("persona"), choices=[], elem_id="coach-persona", min_width=240)
            phase = gr.Dropdown(label=i18n("phase"), choices=views.phase_choices("en"), value="delegation",
                                elem_id="coach-phase", min_width=200)
            language = gr.Dropdown(label=i18n("language"), choices=[("Nederlands", "nl"), ("English", "en")],
                                   value="nl", elem_id="coach-language", min_width=200)
        with gr.Row():
            name = gr.Textbox(label=i18n("your_name"), max_lines=1, max_length=60, elem_id="coach-name")
            hints = gr.Checkbox(label=i18n("hints"), value=True, elem_id="coach-hints")
            storyline = gr.Checkbox(label=i18n("continue_story"), value=False, elem_id="coach-storyline")
        with gr.Accordion(i18n("preparation"), open=False):
            prep_result = gr.Textbox(label=i18n("prep_result"), lines=2)
            prep_instruction = gr.Textbox(label=i18n("prep_instruction"), lines=2)
            prep_steps = gr.Textbox(label=i18n("prep_steps"), lines=2)
        start = gr.Button(i18n("start"), variant="primary", elem_id="coach-start")
    return SimpleNamespace(setup=setup, scenario=scenario, persona=persona, phase=phase, language=language, name=name,
                           hints=hints, storyline=storyline, prep=[prep_result, prep_instruction, prep_steps],
                           start=start)


def _conversation(i18n) -> SimpleNamespace:
    status = gr.Markdown(elem_id="coach-status")
    with gr.Accordion(i18n("brief_title"), open=True, visible=False, elem_id="coach-brief-box") as brief_box:
        brief = gr.HTML(elem_id="coach-briefing")
    with gr.Row(equal_height=True, elem_id="coach-chat-bar"):
        chat_head = gr.HTML(elem_id="coach-chat-head")
        end = gr.Button(i18n("end"), variant="secondary", size="md", scale=0, min_width=200, visible=False,
                        elem_id="coach-end")
    with gr.Row(visible=False, elem_id="coach-end-confirm-row") as confirm_row:
        gr.Markdown(i18n("end_question"), elem_id="coach-end-question")
        end_yes = gr.Button(i18n("end_yes"), variant="stop", scale=0, min_width=200, elem_id="coach-end-confirm")
        end_no = gr.Button(i18n("end_no"), scale=0, min_width=160, elem_id="coach-end-cancel")
    chat = gr.Chatbot(label=i18n("chat"), height="60vh", elem_id="coach-chat", feedback_options=None, buttons=[],
                      placeholder=i18n("chat_empty"), show_label=True)
    typing = gr.HTML(elem_id="coach-typing")
    hint = gr.Markdown(elem_id="coach-hint")
    with gr.Row(equal_height=True, elem_id="coach-compose"):
        message = gr.Textbox(label=i18n("your_turn"), scale=5, lines=2, max_lines=8, elem_id="coach-input",
                             submit_btn=False)
        send = gr.Button(i18n("send"), variant="primary", scale=1, min_width=120, elem_id="coach-send")
    with gr.Row():
        notice = gr.HTML(elem_id="coach-notice")
        counter = gr.HTML(f"0 / {MAX_TURN}", elem_id="coach-counter")
    return SimpleNamespace(status=status, brief_box=brief_box, briefing=brief, chat_head=chat_head, end=end,
                           confirm_row=confirm_row, end_yes=end_yes, end_no=end_no, chat=chat, typing=typing,
                           hint=hint, message=message, send=send, notice=notice, counter=counter)


def _result(i18n) -> SimpleNamespace:
    with gr.Column(visible=False) as result:
        card = gr.HTML(elem_id="coach-scorecard")
        agreed = gr.Textbox(label=i18n("agreements_box"), lines=6, interactive=True, elem_id="coach-agreements")
        with gr.Row():
            questions = gr.BarPlot(x="type", y="count", y_lim=[0, None], label=i18n("chart_questions"),
                                   elem_id="coach-chart-questions")
            talk = gr.BarPlot(x="speaker", y="percent", y_lim=[0, 100], label=i18n("chart_talk"),
                              elem_id="coach-chart-talk")
        with gr.Row():
            again = gr.Button(i18n("try_again"), elem_id="coach-again")
            following = gr.Button(i18n("next"), variant="primary", elem_id="coach-next")
    return SimpleNamespace(result=result, card=card, agreed=agreed, questions=questions, talk=talk, again=again,
                           following=following)


def build_practice_page(me, i18n, session_id: gr.BrowserState, ui_lang: gr.State | None = None) -> SimpleNamespace:
    """Lay out the page and wire its events; returns the components the app needs elsewhere.
    `me` (coach.web.app.Me) gives each callback the service as the caller sees it; ui_lang is the
    interface language (for errors before a conversation exists)."""
    ui_lang = ui_lang if ui_lang is not None else gr.State("en")
    page = SimpleNamespace(**vars(_setup(i18n)), **vars(_conversation(i18n)), **vars(_result(i18n)))
    page.session_id = session_id
    _wire_start(me, page, session_id, ui_lang)
    _wire_turns(me, page, session_id, ui_lang)
    _wire_end(me, page, session_id, ui_lang)
    return page


def _fresh_outputs(page, session_id) -> list:
    return [session_id, page.chat, page.status, page.hint, page.result, page.scenario, page.persona, page.phase,
            page.language, *practice_view.extra_targets(page)]


def _fresh(service: CoachService, info: dict) -> tuple:
    session = service.get_session(info["session_id"])
    lang = session.language
    return (info["session_id"], chat_update(session, lang), text("started", lang), "", gr.update(visible=False),
            session.scenario_id, session.persona_id, session.phase, lang, *session_extras(session, lang))


def _failed(outputs: list, message: str) -> tuple:
    """Every output unchanged but the notice line (the chat stays)."""
    out = [gr.update()] * len(outputs)
    out[-2] = _notice(message)  # extra_targets end with notice, typing
    return tuple(out)


def _wire_start(me, page, session_id, ui_lang) -> None:
    who = me.state
    outputs = _fresh_outputs(page, session_id)

    def on_start(scenario_id, persona_id, phase_id, lang, with_hints, continue_story, p_result, p_instruction, p_steps,
                 current, your_name, value, request: gr.Request):
        try:
            service = me.service(request, value)
            card_in = PreparationCard(result=p_result or "", instruction=p_instruction or "", steps=p_steps or "")
            if continue_story and not current:
                return _failed(outputs, text("err_story", lang))
            info = service.start_session(
                scenario_id, persona_id, phase_id, lang, hints=with_hints, preparation=card_in,
                previous=current if continue_story else None, manager_name=your_name,
            )
            return _fresh(service, info)
        except Exception as exc:  # noqa: BLE001 - a sentence on the page, never a traceback
            return _failed(outputs, friendly(exc, lang or "nl", _persona_name(persona_id)))

    def on_scenario(scenario_id, persona_id, lang):
        choices = views.persona_choices(lang, scenario_id)
        ids = [c[1] for c in choices]
        return gr.update(choices=choices, value=persona_id if persona_id in ids else (ids[0] if ids else None))

    page.scenario.input(on_scenario, [page.scenario, page.persona, page.language], page.persona,
                        api_visibility="private")
    page.start.click(on_start, [page.scenario, page.persona, page.phase, page.language, page.hints, page.storyline,
                                *page.prep, session_id, page.name, who], outputs, api_visibility="private")

    def on_again(current, lang_ui, value, request: gr.Request):
        try:
            service = me.service(request, value)
            old = service.get_session(current)
            info = service.start_session(old.scenario_id, old.persona_id, old.phase, old.language, old.engine,
                                         hints=old.hints, preparation=old.preparation,
                                         manager_name=briefing.manager_name(old) or None)
            return _fresh(service, info)
        except Exception as exc:  # noqa: BLE001
            return _failed(outputs, friendly(exc, lang_ui or "en"))

    def on_next(current, edited, lang_ui, value, request: gr.Request):
        try:
            service = me.service(request, value)
            old = service.get_session(current)
            practice_view.keep_edits(service, old, edited)
            info = service.start_session(language=old.language, hints=old.hints, previous=current)
            return _fresh(service, info)
        except Exception as exc:  # noqa: BLE001
            return _failed(outputs, friendly(exc, lang_ui or "en"))

    page.again.click(on_again, [session_id, ui_lang, who], outputs, api_visibility="private")
    page.following.click(on_next, [session_id, page.agreed, ui_lang, who], outputs, api_visibility="private")
    # "change the set-up" is the set-up's own accordion header: it opens again on a click


def _persona_name(persona_id: str | None) -> str | None:
    from coach.roleplay.content import load_personas

    persona = load_personas().get(persona_id or "")
    return persona.name if persona else None


def _typing(name: str, lang: str) -> str:
    return f"<span class='coach-dots' role='status'>{text('typing', lang, name=name)}</span>"


def _wire_turns(me, page, session_id, ui_lang) -> None:
    who = me.state
    keep = gr.update()

    def on_send(text_in, current, lang_ui, value, request: gr.Request):
        said = " ".join((text_in or "").split())
        try:
            service = me.service(request, value)
            session = service.get_session(current) if current else None
        except Exception as exc:  # noqa: BLE001 - e.g. the session was deleted meanwhile
            session, service = None, None
            if current:
                yield keep, keep, keep, _notice(friendly(exc, lang_ui)), "", keep
                return
        if session is None:
            yield keep, keep, keep, _notice(text("err_no_session", lang_ui or "en")), "", keep
            return
        lang, name = session.language, _persona_name(session.persona_id) or ""
        problem = _check_turn(said, session, lang, name)
        if problem:
            yield keep, keep, keep, _notice(problem), "", keep
            return
        before = views.chat_messages(session)
        notices = len(session.notices)
        mine = before + [{"role": "user", "content": said}]
        yield mine, "", keep, "", _typing(name, lang), gr.update(open=False)  # the briefing folds: talk
        try:
            for partial in paced(service.stream_turn(current, said)):
                # the box is left alone while the reply streams: the next turn may already be typed there
                yield mine + [{"role": "assistant", "content": partial}], keep, keep, "", "", keep
        except Exception as exc:  # noqa: BLE001 - the stored conversation stays, the words go back in the box
            stored = service.get_session(current)
            yield views.chat_messages(stored), text_in, keep, _notice(friendly(exc, lang, name)), "", keep
            return
        session = service.get_session(current)  # as stored after the turn
        tip = service.last_hint(session) if session.hints else None
        shown = [f"**{text('hint', lang)}:** {tip}"] if tip else []
        shown += [f"*{n}*" for n in session.notices[notices:]]  # e.g. the LLM failed: the offline partner answered
        yield views.chat_messages(session), keep, "\n\n".join(shown), "", "", keep

    for trigger in (page.send.click, page.message.submit):
        # "multiple": a message sent while a reply still streams is not dropped (Gradio's default
        # "once" would); the service makes it wait for that reply (coach.web.api, _settled)
        trigger(on_send, [page.message, session_id, ui_lang, who],
                [page.chat, page.message, page.hint, page.notice, page.typing, page.brief_box], api_visibility="private",
                trigger_mode="multiple")
    # the counter runs in the browser only (practice_flow.COUNTER_SCRIPT): no server round trip per key,
    # and no Gradio event on the input (a js event on it made Send read a stale, empty value)


def _check_turn(said: str, session, lang: str, name: str) -> str | None:
    """A sentence when the turn cannot be sent (before anything is shown or stored)."""
    from coach.roleplay.practice import TurnTooLong, notice

    if session.ended:
        return text("err_ended", lang)
    if not said:
        return text("err_empty_turn", lang)
    if len(said) > MAX_TURN:
        return str(TurnTooLong(notice(lang, "too_long", max=MAX_TURN)))
    return None


def _wire_end(me, page, session_id, ui_lang) -> None:
    who = me.state

    def ask():
        return gr.update(visible=False), gr.update(visible=True)

    def cancel():
        return gr.update(visible=True), gr.update(visible=False)

    page.end.click(ask, None, [page.end, page.confirm_row], api_visibility="private")
    page.end_no.click(cancel, None, [page.end, page.confirm_row], api_visibility="private")

    def on_end(current, lang_ui, value, request: gr.Request):
        keep = gr.update()
        lang, name = lang_ui or "en", None
        try:
            service = me.service(request, value)
            session = service.get_session(current) if current else None
            if session is None:
                return (keep, keep, keep, keep, gr.update(visible=False), gr.update(visible=True), keep, keep,
                        _notice(text("err_no_session", lang)))
            lang, name = session.language, _persona_name(session.persona_id)
            payload = service.end_session(current)
            html, _, _ = views.review_outputs(views_review(payload), previous=views.previous_attempt(service.store, current))
            ended = text("ended_input", lang)
            return (html, gr.update(visible=True), text("ended_note", lang), practice_view.agreements(service, current),
                    gr.update(visible=False), gr.update(visible=False),
                    gr.update(interactive=False, value="", placeholder=ended), gr.update(interactive=False), "")
        except Exception as exc:  # noqa: BLE001
            return (keep, keep, keep, keep, gr.update(visible=False), gr.update(visible=True), keep, keep,
                    _notice(friendly(exc, lang, name)))

    @one_line_errors
    def on_charts(current, value, request: gr.Request):
        """The charts, drawn once their column is visible (a hidden plot would stay blank)."""
        stored = me.service(request, value).store.reviews_for_session(current) if current else []
        if not stored:
            return gr.update(), gr.update()
        _, q_frame, t_frame = views.review_outputs(stored[-1].review())
        return q_frame, t_frame

    page.end_yes.click(on_end, [session_id, ui_lang, who],
                       [page.card, page.result, page.status, page.agreed, page.confirm_row, page.end, page.message,
                        page.send, page.notice], api_visibility="private").success(
        on_charts, [session_id, who], [page.questions, page.talk], api_visibility="private")
    page.charts = on_charts


def views_review(payload: dict):
    from coach.web.api import review_of

    return review_of(payload)
