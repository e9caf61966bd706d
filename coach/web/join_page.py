"""The join page: a workshop participant types the join code (or opens a link ?join=CODE), a
display name and agrees (or not) to anonymised quotes; no account.  On success the browser's
identity (the `coach-identity` BrowserState) becomes the participant's, so everything they
practise is theirs and the workshop's; the page shows the workshop and what to practise in order."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.web import identity
from coach.web.endpoints import one_line_errors
from coach.web.i18n import browser_language, text
from coach.workshop import WorkshopService
from coach.workshop.messages import say


def _client(request: gr.Request | None) -> str | None:
    client = getattr(request, "client", None)
    return getattr(client, "host", None)


def _lang(request: gr.Request | None) -> str:
    return browser_language(request.headers.get("accept-language") if request is not None else None)


def build_join_page(me, i18n, tabs: gr.Tabs, workshops: WorkshopService | None = None) -> SimpleNamespace:
    """Lay out the join tab (inside the app's gr.Tabs) and wire it; `me` is coach.web.app.Me."""
    workshops = workshops or WorkshopService(me.app_service.store)
    gr.Markdown(i18n("join_intro"))
    with gr.Row():
        code = gr.Textbox(label=i18n("join_code"), max_length=20, elem_id="coach-join-code")
        name = gr.Textbox(label=i18n("join_name"), max_length=60, elem_id="coach-join-name")
    consent = gr.Checkbox(label=i18n("join_consent"), value=False, elem_id="coach-join-consent")
    join = gr.Button(i18n("join_button"), variant="primary", elem_id="coach-join")
    status = gr.Markdown(elem_id="coach-join-status")

    @one_line_errors
    def on_join(code_in, name_in, agreed, request: gr.Request):
        workshop, person = workshops.join(code_in, name_in, bool(agreed), lang=_lang(request), client=_client(request))
        value = identity.participant_value(me.secret, workshop.id, person.id, person.display_name)
        lang = workshop.language
        order = ", ".join(f"{i}. {say('phase_' + p, lang)}" for i, p in enumerate(workshop.practise_order(), 1))
        return value, text("join_done", lang, name=workshop.name, order=order)

    join.click(on_join, [code, name, consent], [me.state, status], api_visibility="private")

    def on_load(request: gr.Request):
        """A link ?join=CODE fills in the code and opens this tab."""
        linked = (request.query_params.get("join") if request is not None else None) or ""
        if not linked:
            return gr.update(), gr.update()
        return linked[:20], gr.Tabs(selected="join")

    gr.context.Context.root_block.load(on_load, None, [code, tabs], api_visibility="private")
    return SimpleNamespace(code=code, name=name, consent=consent, join=join, status=status)
