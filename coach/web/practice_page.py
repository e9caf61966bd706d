"""The Practise page: choose, prepare, chat (streaming, live hint), end, scorecard, try again / next."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.models import PreparationCard
from coach.web import views
from coach.web.api import CoachService
from coach.web.endpoints import one_line_errors
from coach.web.i18n import text


def build_practice_page(me, i18n, session_id: gr.BrowserState) -> SimpleNamespace:
    """Lay out the page and wire its events; returns the components the app needs elsewhere.
    `me` (coach.web.app.Me) gives each callback the service as the caller sees it."""
    who = me.state
    with gr.Row():
        scenario = gr.Dropdown(label=i18n("scenario"), choices=[], elem_id="coach-scenario")
        persona = gr.Dropdown(label=i18n("persona"), choices=[], elem_id="coach-persona")
        phase = gr.Dropdown(label=i18n("phase"), choices=views.phase_choices("en"), value="delegation", elem_id="coach-phase")
        language = gr.Dropdown(label=i18n("language"), choices=[("Nederlands", "nl"), ("English", "en")], value="nl",
                               elem_id="coach-language")
    with gr.Row():
        name = gr.Textbox(label=i18n("your_name"), max_lines=1, max_length=60, elem_id="coach-name")
        hints = gr.Checkbox(label=i18n("hints"), value=True, elem_id="coach-hints")
        storyline = gr.Checkbox(label=i18n("continue_story"), value=False, elem_id="coach-storyline")
    with gr.Accordion(i18n("preparation"), open=False):
        prep_result = gr.Textbox(label=i18n("prep_result"), lines=2)
        prep_instruction = gr.Textbox(label=i18n("prep_instruction"), lines=2)
        prep_steps = gr.Textbox(label=i18n("prep_steps"), lines=2)
    start = gr.Button(i18n("start"), variant="primary", elem_id="coach-start")
    status = gr.Markdown(elem_id="coach-status")
    chat = gr.Chatbot(label=i18n("chat"), height=380, elem_id="coach-chat", feedback_options=None)
    hint = gr.Markdown(elem_id="coach-hint")
    with gr.Row():
        message = gr.Textbox(label=i18n("your_turn"), scale=5, elem_id="coach-input", submit_btn=False)
        send = gr.Button(i18n("send"), scale=1, elem_id="coach-send")
    end = gr.Button(i18n("end"), variant="stop", elem_id="coach-end")
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

    @one_line_errors
    def on_start(scenario_id, persona_id, phase_id, lang, with_hints, continue_story, p_result, p_instruction, p_steps,
                 current, your_name, value, request: gr.Request):
        service = me.service(request, value)
        card_in = PreparationCard(result=p_result or "", instruction=p_instruction or "", steps=p_steps or "")
        if continue_story and not current:
            raise gr.Error(text("no_session", lang), print_exception=False)
        info = service.start_session(
            scenario_id, persona_id, phase_id, lang, hints=with_hints, preparation=card_in,
            previous=current if continue_story else None, manager_name=your_name,
        )
        return _fresh(service, info)

    def _fresh(service: CoachService, info: dict):
        session = service.get_session(info["session_id"])
        return (info["session_id"], views.chat_messages(session), text("started", session.language), "",
                gr.update(visible=False), session.scenario_id, session.persona_id, session.phase, session.language)

    def on_scenario(scenario_id, persona_id, lang):
        choices = views.persona_choices(lang, scenario_id)
        ids = [c[1] for c in choices]
        return gr.update(choices=choices, value=persona_id if persona_id in ids else (ids[0] if ids else None))

    scenario.input(on_scenario, [scenario, persona, language], persona, api_visibility="private")

    fresh_outputs = [session_id, chat, status, hint, result, scenario, persona, phase, language]
    start.click(
        on_start,
        [scenario, persona, phase, language, hints, storyline, prep_result, prep_instruction, prep_steps, session_id, name,
         who],
        fresh_outputs,
        api_visibility="private",
    )

    @one_line_errors
    def on_send(text_in, current, value, request: gr.Request):
        if not current:
            raise gr.Error(text("no_session", "en"), print_exception=False)
        service = me.service(request, value)
        session = service.get_session(current)
        before = views.chat_messages(session)
        said = (text_in or "").strip()
        notices = len(session.notices)
        for partial in service.stream_turn(current, said):
            yield before + [{"role": "user", "content": said}, {"role": "assistant", "content": partial}], "", gr.update()
        session = service.get_session(current)  # as stored after the turn
        tip = service.last_hint(session) if session.hints else None
        shown = [f"**{text('hint', session.language)}:** {tip}"] if tip else []
        shown += [f"*{n}*" for n in session.notices[notices:]]  # e.g. the LLM failed: the offline partner answered
        yield views.chat_messages(session), "", "\n\n".join(shown)

    for trigger in (send.click, message.submit):
        # "multiple": a message sent while a reply still streams is not dropped (Gradio's default
        # "once" would); the service makes it wait for that reply (coach.web.api, _settled)
        trigger(on_send, [message, session_id, who], [chat, message, hint], api_visibility="private",
                trigger_mode="multiple")

    @one_line_errors
    def on_end(current, value, request: gr.Request):
        if not current:
            raise gr.Error(text("no_session", "en"), print_exception=False)
        service = me.service(request, value)
        payload = service.end_session(current)
        html, _, _ = views.review_outputs(views_review(payload), previous=views.previous_attempt(service.store, current))
        return html, gr.update(visible=True), text("ended_note", payload["language"]), _agreements(service, current)

    @one_line_errors
    def on_charts(current, value, request: gr.Request):
        """The charts, drawn once their column is visible (a hidden plot would stay blank)."""
        stored = me.service(request, value).store.reviews_for_session(current) if current else []
        if not stored:
            return gr.update(), gr.update()
        _, q_frame, t_frame = views.review_outputs(stored[-1].review())
        return q_frame, t_frame

    end.click(on_end, [session_id, who], [card, result, status, agreed], api_visibility="private").success(
        on_charts, [session_id, who], [questions, talk], api_visibility="private"
    )

    @one_line_errors
    def on_again(current, value, request: gr.Request):
        service = me.service(request, value)
        old = service.get_session(current)
        info = service.start_session(old.scenario_id, old.persona_id, old.phase, old.language, old.engine,
                                     hints=old.hints, preparation=old.preparation)
        return _fresh(service, info)

    @one_line_errors
    def on_next(current, edited, value, request: gr.Request):
        service = me.service(request, value)
        old = service.get_session(current)
        _keep_edits(service, old, edited)
        info = service.start_session(language=old.language, hints=old.hints, previous=current)
        return _fresh(service, info)

    again.click(on_again, [session_id, who], fresh_outputs, api_visibility="private")
    following.click(on_next, [session_id, agreed, who], fresh_outputs, api_visibility="private")

    return SimpleNamespace(
        scenario=scenario, persona=persona, phase=phase, language=language, chat=chat, hint=hint, status=status,
        result=result, card=card, questions=questions, talk=talk, charts=on_charts, name=name, agreed=agreed,
    )


def _agreements(service: CoachService, session_id: str) -> str:
    """The agreements of the ended conversation, as editable text."""
    from coach.roleplay.agreements_view import agreements_text
    from coach.roleplay.practice import settle_agreements

    session = settle_agreements(service.get_session(session_id))
    service.store.save_session(session)
    return agreements_text(session.agreements.record, session.language)


def _keep_edits(service: CoachService, session, edited: str | None) -> None:
    """The user's corrections of the agreements go into the next conversation."""
    from coach.roleplay.agreements_view import agreements_text, parse_agreements_text

    if edited and edited.strip() != agreements_text(session.agreements.record, session.language).strip():
        session.agreements.record = parse_agreements_text(edited, session.language)
        service.store.save_session(session)


def views_review(payload: dict):
    from coach.web.api import review_of

    return review_of(payload)


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
        return (None, [], "", "", gr.update(visible=False), gr.update(), gr.update(), gr.update(), lang,
                "", gr.update(), gr.update(), gr.update(), gr.update())
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
    return (session.id, views.chat_messages(session), note,
            f"**{text('hint', session.language)}:** {tip}" if tip else "", gr.update(visible=visible),
            session.scenario_id, session.persona_id, session.phase, session.language, card, gr.update(), gr.update(),
            _name_of(session), agreed)


def restore_targets(page: SimpleNamespace, session_id) -> list:
    return [session_id, page.chat, page.status, page.hint, page.result, page.scenario, page.persona, page.phase,
            page.language, page.card, page.questions, page.talk, page.name, page.agreed]


def _name_of(session) -> str:
    from coach.roleplay.render import NO_NAME

    return "" if session.manager_name.lower() == NO_NAME else session.manager_name
