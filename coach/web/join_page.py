"""The join page: a workshop participant types the join code (or opens a link ?join=CODE), a
display name and agrees (or not) to anonymised quotes; no account.  On success the browser's
identity (the `coach-identity` BrowserState) becomes the participant's, so everything they
practise is theirs and the workshop's; the page shows the workshop and what to practise in order."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.errors import InputError
from coach.web import identity, views
from coach.web.endpoints import one_line_errors
from coach.web.i18n import browser_language, text
from coach.workshop import Allowed, WorkshopService
from coach.workshop.messages import order_text


def _client(request: gr.Request | None) -> str | None:
    client = getattr(request, "client", None)
    return getattr(client, "host", None)


def _lang(request: gr.Request | None) -> str:
    return browser_language(request.headers.get("accept-language") if request is not None else None)


def workshop_picks(allowed: Allowed, lang: str, current: tuple = (None, None, None)) -> list:
    """Updates of the practice page's scenario, persona and conversation lists and language: only
    what the workshop allows (the current choice stays when it is allowed)."""
    scenarios = [c for c in views.scenario_choices(lang) if not allowed.scenarios or c[1] in allowed.scenarios]
    keep = lambda value, choices: value if value in [c[1] for c in choices] else (choices[0][1] if choices else None)  # noqa: E731
    scenario = keep(current[0], scenarios)
    personas = [c for c in views.persona_choices(lang, scenario) if not allowed.personas or c[1] in allowed.personas]
    personas = personas or [c for c in views.persona_choices(lang) if c[1] in allowed.personas]
    phases = [c for c in views.phase_choices(lang) if c[1] in allowed.phases]
    return [gr.update(choices=scenarios, value=scenario), gr.update(choices=personas, value=keep(current[1], personas)),
            gr.update(choices=phases, value=keep(current[2], phases))]


def restrict(picks: list, principal, lang: str, store) -> list:
    """The app's load-time picks, limited to the workshop's choices for a participant (else as given)."""
    if principal is None or principal.kind != "participant":
        return picks
    try:
        allowed = WorkshopService(store).allowed(principal.workshop_id)
    except InputError:  # the workshop is gone: nothing to limit
        return picks
    current = tuple(p.get("value") if isinstance(p, dict) else None for p in picks[:3])
    return [*workshop_picks(allowed, lang, current), *picks[3:]]


def build_join_page(me, i18n, tabs: gr.Tabs, practice=None, workshops: WorkshopService | None = None) -> SimpleNamespace:
    """Lay out the join tab (inside the app's gr.Tabs) and wire it; `me` is coach.web.app.Me and
    `practice` the practice page (its lists are limited to the workshop's choices on joining)."""
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
        shown = _lang(request)  # the page speaks the browser's language; the conversations the workshop's
        order = order_text(workshop.practise_order(), shown)
        picks = workshop_picks(workshops.allowed(workshop.id), shown) + [workshop.language] if practice is not None else []
        return value, text("join_done", shown, name=workshop.name, order=order), *picks

    lists = [practice.scenario, practice.persona, practice.phase, practice.language] if practice is not None else []
    join.click(on_join, [code, name, consent], [me.state, status, *lists], api_visibility="private")

    def on_load(request: gr.Request):
        """A link ?join=CODE fills in the code and opens this tab."""
        linked = (request.query_params.get("join") if request is not None else None) or ""
        if not linked:
            return gr.update(), gr.update()
        return linked[:20], gr.Tabs(selected="join")

    gr.context.Context.root_block.load(on_load, None, [code, tabs], api_visibility="private")
    return SimpleNamespace(code=code, name=name, consent=consent, join=join, status=status)
