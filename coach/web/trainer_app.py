"""The trainer pages: a separate gr.Blocks at /trainer behind a trainer login (coach.auth:
Accounts with role "trainer", behind the login throttle).  Participants and users never reach it.

    trainer = build_trainer_app(service, accounts)
    launch(demo, ..., on_start=trainer_lifespan(trainer, accounts))   # mounts it at /trainer

Workshops: create, share the code and link, a live dashboard (refreshed by a gr.Timer), CSV and
HTML downloads, close with confirmation.  Scenarios and personas: coach.web.trainer_content.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from itertools import permutations
from types import SimpleNamespace

import gradio as gr

from coach.auth import Accounts, Throttle
from coach.errors import InputError
from coach.identity import Principal
from coach.models import PHASES
from coach.web import domain
from coach.web.endpoints import one_line_errors
from coach.web.i18n import browser_language, make_i18n, text
from coach.workshop import WorkshopService, WorkshopSpec
from coach.workshop.dashboard import dashboard
from coach.workshop.export import body_html, to_csv, to_html

PATH = "/trainer"
REFRESH_SECONDS = 5.0


def owner_of(request: gr.Request | None) -> str:
    """The trainer's owner id; the mount's login guarantees a name (no name: refuse)."""
    name = getattr(request, "username", None) if request is not None else None
    if not name:
        raise InputError("log in as a trainer at /trainer first")
    return Principal.trainer(name).id


def _lang(request: gr.Request | None) -> str:
    return browser_language(request.headers.get("accept-language") if request is not None else None)


def join_link(request: gr.Request | None, code: str) -> str:
    headers = request.headers if request is not None else {}
    host = headers.get("x-forwarded-host") or headers.get("host") or "127.0.0.1:7860"
    proto = headers.get("x-forwarded-proto") or "http"
    return f"{proto}://{host}/?join={code}"


def order_choices(lang: str = "en") -> list[tuple[str, str]]:
    names = dict((value, label) for label, value in phase_choices(lang))
    return [(" → ".join(names[x] for x in p), ",".join(p)) for p in permutations(PHASES)]


def phase_choices(lang: str) -> list[tuple[str, str]]:
    from coach.web.views import phase_choices as named

    return named(lang)


def content_choices() -> tuple[list[str], list[str]]:
    return [s.id for s in domain.scenarios()], [p.id for p in domain.personas()]


def build_trainer_app(service, accounts: Accounts | None = None) -> gr.Blocks:
    """The trainer's gr.Blocks (mount it with trainer_lifespan / mount_trainer)."""
    from coach.web import trainer_content

    workshops = WorkshopService(service.store)
    i18n = make_i18n()
    with gr.Blocks(title="Coach: trainer", delete_cache=(3600, 3600)) as demo:
        gr.Markdown(i18n("trainer_title"))
        with gr.Tabs():
            with gr.Tab(i18n("trainer_tab_workshops"), id="workshops", elem_id="coach-trainer-workshops"):
                page = _workshop_page(workshops, i18n)
            with gr.Tab(i18n("trainer_tab_content"), id="content", elem_id="coach-trainer-content"):
                trainer_content.build_content_page(i18n)
        demo.load(page.on_load, [page.pick], [page.pick, page.scenarios, page.personas, page.board, page.share,
                                              page.language, page.phases, page.order], api_visibility="private")
    return demo


def _workshop_page(workshops: WorkshopService, i18n) -> SimpleNamespace:
    with gr.Accordion(i18n("ws_create"), open=True):
        with gr.Row():
            name = gr.Textbox(label=i18n("ws_name"), max_length=120, elem_id="coach-ws-name")
            language = gr.Dropdown(label=i18n("ws_language"), choices=[("Nederlands", "nl"), ("English", "en")],
                                   value="nl", elem_id="coach-ws-language")
            ends = gr.Textbox(label=i18n("ws_ends"), value=(date.today() + timedelta(days=7)).isoformat(),
                              elem_id="coach-ws-ends")
        with gr.Row():
            scenarios = gr.Dropdown(label=i18n("ws_scenarios"), multiselect=True, choices=[], elem_id="coach-ws-scenarios")
            personas = gr.Dropdown(label=i18n("ws_personas"), multiselect=True, choices=[], elem_id="coach-ws-personas")
        with gr.Row():
            phases = gr.CheckboxGroup(label=i18n("ws_phases"), choices=phase_choices("en"), value=list(PHASES),
                                      elem_id="coach-ws-phases")
            order = gr.Dropdown(label=i18n("ws_order"), choices=order_choices(), value=",".join(PHASES),
                                elem_id="coach-ws-order")
        create = gr.Button(i18n("ws_create"), variant="primary", elem_id="coach-ws-create")
        created = gr.Markdown(elem_id="coach-ws-created")
    with gr.Row():
        pick = gr.Dropdown(label=i18n("ws_pick"), choices=[], elem_id="coach-ws-pick", scale=4)
        refresh = gr.Button(i18n("ws_refresh"), scale=1, elem_id="coach-ws-refresh")
    share = gr.Markdown(elem_id="coach-ws-share")
    board = gr.HTML(elem_id="coach-dashboard")
    timer = gr.Timer(REFRESH_SECONDS)
    with gr.Row():
        export = gr.Button(i18n("ws_export"), elem_id="coach-ws-export")
        csv_file = gr.DownloadButton(i18n("ws_csv"), visible=False, elem_id="coach-ws-csv")
        html_file = gr.DownloadButton(i18n("ws_html"), visible=False, elem_id="coach-ws-html")
    with gr.Row():
        confirm = gr.Checkbox(label=i18n("ws_confirm_close"), value=False, elem_id="coach-ws-confirm")
        close = gr.Button(i18n("ws_close"), variant="stop", elem_id="coach-ws-close")
    closed = gr.Markdown(elem_id="coach-ws-closed")

    def mine(request: gr.Request, workshop_id: str | None):
        if not workshop_id:
            raise InputError(text("ws_none", _lang(request)))
        return workshops.get(workshop_id, owner=owner_of(request))

    def shown(request: gr.Request, workshop_id: str | None):
        """(dashboard HTML, share line) of the picked workshop."""
        if not workshop_id:
            return "", text("ws_none", _lang(request))
        ws = mine(request, workshop_id)
        lang = _lang(request)
        mark = text("ws_closed_mark", lang) if ws.closed else ""
        line = text("ws_share", lang, code=ws.code, link=join_link(request, ws.code), ends=ws.ends, closed=mark)
        return body_html(dashboard(workshops.store, ws, workshops.participants(ws.id), lang)), line

    def pick_update(request: gr.Request, value: str | None):
        listed = workshops.list(owner_of(request))
        choices = [(f"{w.name} ({w.code})", w.id) for w in listed]
        ids = [w.id for w in listed]
        return gr.update(choices=choices, value=value if value in ids else (ids[0] if ids else None))

    @one_line_errors
    def on_load(current, request: gr.Request):
        """The lists, in the trainer's language (which is also the new workshop's first choice)."""
        scenario_ids, persona_ids = content_choices()
        update = pick_update(request, current)
        lang = _lang(request)
        return (update, gr.update(choices=scenario_ids), gr.update(choices=persona_ids),
                *shown(request, update.get("value")), gr.update(value=lang),
                gr.update(choices=phase_choices(lang)), gr.update(choices=order_choices(lang)))

    @one_line_errors
    def on_create(name_in, lang_in, ends_in, scenario_ids, persona_ids, phase_ids, order_in, request: gr.Request):
        try:
            day = date.fromisoformat((ends_in or "").strip())
        except ValueError:
            raise InputError(text("ws_bad_date", _lang(request), value=ends_in)) from None
        try:
            spec = WorkshopSpec(name=name_in or "", language=lang_in, scenarios=scenario_ids or [],
                                personas=persona_ids or [], phases=phase_ids or [], order=(order_in or "").split(","),
                                ends=day)
        except ValueError as exc:
            raise InputError(" ".join(str(exc.errors()[0]["msg"]).split())) from None
        ws = workshops.create(spec, owner=owner_of(request))
        note = text("ws_created", _lang(request), name=ws.name, code=ws.code, link=join_link(request, ws.code))
        return note, pick_update(request, ws.id), *shown(request, ws.id)

    create.click(on_create, [name, language, ends, scenarios, personas, phases, order],
                 [created, pick, board, share], api_visibility="private")
    @one_line_errors
    def on_show(workshop_id, request: gr.Request):
        return shown(request, workshop_id)

    for trigger in (pick.change, refresh.click, timer.tick):
        trigger(on_show, [pick], [board, share], api_visibility="private", show_progress="hidden")

    @one_line_errors
    def on_export(workshop_id, request: gr.Request):
        ws = mine(request, workshop_id)
        board_data = dashboard(workshops.store, ws, workshops.participants(ws.id), _lang(request))
        folder = domain.fresh_export_folder()
        paths = folder / f"workshop-{ws.code}.csv", folder / f"workshop-{ws.code}.html"
        paths[0].write_text(to_csv(board_data), encoding="utf-8")
        paths[1].write_text(to_html(board_data), encoding="utf-8")
        return gr.update(value=str(paths[0]), visible=True), gr.update(value=str(paths[1]), visible=True)

    export.click(on_export, [pick], [csv_file, html_file], api_visibility="private")

    @one_line_errors
    def on_close(workshop_id, agreed, request: gr.Request):
        ws = mine(request, workshop_id)
        if not agreed:
            raise InputError(text("confirm_needed", _lang(request)))
        counts = workshops.close(ws.id, owner=owner_of(request))
        return text("ws_closed", _lang(request), **counts), *shown(request, ws.id)

    close.click(on_close, [pick, confirm], [closed, board, share], api_visibility="private").success(
        lambda: False, None, confirm, api_visibility="private")
    return SimpleNamespace(pick=pick, scenarios=scenarios, personas=personas, board=board, share=share,
                           language=language, phases=phases, order=order, on_load=on_load)


def trainer_checker(accounts: Accounts, throttle: Throttle | None = None):
    """Gradio's auth callable for /trainer: a right password of an account whose role is trainer."""
    from coach.web.identity import login_checker

    check = login_checker(accounts, throttle)
    trainers = set(accounts.names(role="trainer"))

    async def trainer_only(username: str, password: str) -> bool:
        return await check(username, password) and username in trainers

    return trainer_only


def _noting_address(asgi_app):
    """The mounted app, noting the client address of /login requests for the login throttle."""
    from coach.web.identity import login_address

    async def wrapped(scope, receive, send):
        if scope.get("type") == "http" and scope.get("path", "").rstrip("/").endswith(f"{PATH}/login"):
            token = login_address.set((scope.get("client") or ("",))[0] or None)
            try:
                return await asgi_app(scope, receive, send)
            finally:
                login_address.reset(token)
        return await asgi_app(scope, receive, send)

    return wrapped


def mount_trainer(app, trainer: gr.Blocks, accounts: Accounts, throttle: Throttle | None = None) -> None:
    """Mount the trainer pages at /trainer on the app's FastAPI app, behind the trainer login."""
    from coach.web.app import THEME
    from coach.web.page_script import HEAD

    gr.mount_gradio_app(app, trainer, PATH, auth=trainer_checker(accounts, throttle), theme=THEME,
                        i18n=make_i18n(), ssr_mode=False, footer_links=[], show_error=True, head=HEAD)
    for route in app.routes:
        if getattr(route, "path", None) == PATH:
            route.app = _noting_address(route.app)


def main_logins(accounts: Accounts | None) -> Accounts | None:
    """The logins the main app asks for: none when every account is a trainer's, so that workshop
    participants (who have no account) can join; else all of them (a trainer may practise too)."""
    return accounts if accounts and accounts.names(role="user") else None


def on_start(service, accounts: Accounts | None, throttle: Throttle | None = None):
    """The lifespan that mounts the trainer pages, or None when no account is a trainer."""
    if not accounts or not accounts.names(role="trainer"):
        return None
    return trainer_lifespan(build_trainer_app(service, accounts), accounts, throttle)


def trainer_lifespan(trainer: gr.Blocks, accounts: Accounts, throttle: Throttle | None = None):
    """A lifespan for `launch(on_start=...)`: mounts the trainer pages when the server starts."""

    @contextlib.asynccontextmanager
    async def lifespan(app):
        mount_trainer(app, trainer, accounts, throttle)
        trainer.run_startup_events()
        await trainer.run_extra_startup_events()
        yield

    return lifespan
