"""The Gradio app: four pages (Practise, Review a transcript, History, Settings/about) and the
named API endpoints.  Callbacks stay short and call coach.web.api (the domain's front door), always
through the service as the caller sees it (coach.web.identity: login, browser identity or local).

    demo, service = build_app(settings)
    launch(demo, host="127.0.0.1", port=7860, auth=Accounts.from_pairs(["anna:geheim12"]))
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from the app
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
# Gradio recomputes a pandas summary of every past event after each event unless told otherwise;
# that cost grows with the number of events and is only used by its monitoring page
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000000")
# ...and copies its record of the last 10,000 events after each event; keep that record short
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "200")

import gradio as gr  # noqa: E402

from coach.auth import Accounts, Throttle  # noqa: E402
from coach.settings import Settings, get_settings  # noqa: E402
from coach.web import identity, join_page, practice_page, settings_page, views  # noqa: E402
from coach.web.api import CoachService  # noqa: E402
from coach.web.endpoints import one_line_errors, register_endpoints  # noqa: E402
from coach.web.guard import CoachGuard, UploadOwners  # noqa: E402
from coach.web.history_page import build_history_page  # noqa: E402
from coach.web.page_lang import PageLanguage  # noqa: E402
from coach.web.practice_flow import COUNTER_SCRIPT  # noqa: E402
from coach.web.i18n import browser_language, make_i18n, text  # noqa: E402
from coach.web.page_script import HEAD as PAGE_SCRIPT  # noqa: E402
from coach.web.review_page import build_review_page  # noqa: E402
from coach.web.scorecard import SCORECARD_CSS  # noqa: E402
from coach.web.theme import APP_CSS, THEME  # noqa: E402

SESSION_KEY = "coach-session-id"


def build_app(settings: Settings | None = None, service: CoachService | None = None) -> tuple[gr.Blocks, CoachService]:
    settings = settings or get_settings()
    service = service or CoachService(settings)
    i18n = make_i18n()
    secret = browser_secret(settings)  # encrypts the browser's values; the page knows it
    signing_key = browser_secret(settings, "identity-key")  # signs participant values; only the server knows it
    owners = UploadOwners(settings.data_dir / "upload-owners", Path(gr.utils.get_upload_folder()))
    owners.prune()
    with gr.Blocks(title="Coach", delete_cache=(3600, 3600)) as demo:
        session_id = gr.BrowserState(None, storage_key=SESSION_KEY, secret=secret)
        who = identity.identity_state(secret)
        ui_lang = gr.State("en")
        stored_name = settings_page.name_state(secret)
        gr.Markdown(i18n("title"))
        gr.Markdown(i18n("intro"))
        me = Me(service, who, signing_key, owners)
        with gr.Tabs(overflow_behavior="wrap") as tabs:  # a phone shows every tab, no "..." menu
            with gr.Tab(i18n("tab_practise"), id="practise", elem_id="coach-tab-practise"):
                practice = practice_page.build_practice_page(me, i18n, session_id, ui_lang)
            with gr.Tab(i18n("tab_review"), id="review", elem_id="coach-tab-review"):
                build_review_page(me, i18n)
            with gr.Tab(i18n("tab_history"), id="history", elem_id="coach-tab-history") as history_tab:
                history = build_history_page(me, i18n, ui_lang)
            with gr.Tab(i18n("tab_join"), id="join", elem_id="coach-tab-join"):
                join_page.build_join_page(me, i18n, tabs, practice)
            with gr.Tab(i18n("tab_settings"), id="about", elem_id="coach-tab-about"):
                settings_tab = settings_page.build_settings_page(me, i18n, practice, ui_lang, stored_name)
                about = settings_tab.about
        register_endpoints(service, owners, signing_key)

        restore_targets = practice_page.restore_targets(practice, session_id)

        def on_load(stored_id, value, chosen_lang, stored_name, request: gr.Request):
            lang = chosen_lang if chosen_lang in ("nl", "en") else browser_language(
                request.headers.get("accept-language") if request else None)
            value = identity.valid_or_new(value, signing_key)
            svc = identity.scoped(service, request, value, signing_key)
            restored = practice_page.restore_outputs(svc, stored_id, lang)
            sid, scen, pers, phase, sess_lang = restored[0], restored[5], restored[6], restored[7], restored[8]
            scenario_choices = views.scenario_choices(sess_lang if sid else lang)
            first = lambda choices: choices[0][1] if choices else None  # noqa: E731
            persona_choices = views.persona_choices(sess_lang if sid else lang, scen if sid else first(scenario_choices))
            picks = [
                gr.update(choices=scenario_choices, value=scen if sid else first(scenario_choices)),
                gr.update(choices=persona_choices, value=pers if sid else first(persona_choices)),
                gr.update(choices=views.phase_choices(lang), value=phase if sid else "delegation"),
                sess_lang,
            ]
            picks = join_page.restrict(picks, identity.from_browser(value, signing_key), lang, service.store)  # workshop
            about_text = text("privacy", lang, location=service.store.location())
            name = restored[12] if sid and restored[12] else (stored_name or "")
            return (value, lang, about_text, settings_page.engine_text(settings, lang), lang, name,
                    *restored[:5], *picks, *restored[9:12], name, *restored[13:])

        charts = [practice.questions, practice.talk]
        settings_outputs = [settings_tab.engine, settings_tab.language, settings_tab.name]
        demo.load(one_line_errors(on_load), [session_id, who, settings_tab.stored_lang, settings_tab.stored_name],
                  [who, ui_lang, about, *settings_outputs, *restore_targets], js=settings_page.load_js(2, 4),
                  api_visibility="private").success(practice.charts, [session_id, who], charts,
                                                    api_visibility="private")

        @one_line_errors
        def on_reopen(item_id, lang, value, request: gr.Request):
            svc = me.service(request, value)
            item_id = (item_id or "").strip()
            if item_id and svc.store.load_session(item_id) is not None:
                return (gr.Tabs(selected="practise"), "", "",
                        *practice_page.restore_outputs(svc, item_id, lang))
            record = svc.store.load_review(item_id) if item_id else None
            unchanged = [gr.update()] * len(restore_targets)
            if record is None:  # a friendly line on the History page, which stays as it was
                notice = text("not_found_choice" if item_id else "picked_none", lang)
                return (gr.update(), gr.update(), notice, *unchanged)
            card, _, _ = views.review_outputs(record.review())
            return (gr.Tabs(selected="history"), card, "", *unchanged)

        history.reopen.click(on_reopen, [history.picked, ui_lang, who],
                             [tabs, history.review_card, history.notice, *restore_targets],
                             api_visibility="private").success(practice.charts, [session_id, who], charts,
                                                               api_visibility="private")
        history_tab.select(one_line_errors(history.tables), [ui_lang, who],
                           [history.sessions, history.reviews, history.chart], api_visibility="private")
    demo.coach_upload_owners = owners  # the HTTP guard in launch() needs it
    return demo, service


class Me:
    """What a page callback needs to know who is asking: `me.service(request, value)` is the app's
    service as the caller sees it; `me.state` is the identity component to pass as an input;
    `me.secret` signs participant values (identity.participant_value(me.secret, ...))."""

    def __init__(self, service: CoachService, state: gr.BrowserState, secret: str, owners: UploadOwners):
        self.app_service, self.state, self.secret, self.owners = service, state, secret, owners

    def service(self, request: gr.Request | None, value) -> CoachService:
        return identity.scoped(self.app_service, request, value, self.secret)

    def may_read(self, request: gr.Request | None, path) -> bool:
        """May this caller read the uploaded file at path (only whoever uploaded it may)?"""
        return self.owners.allows(path, identity.client_key(request))


def browser_secret(settings: Settings, name: str = "browser-secret") -> str:
    """A key kept in the data folder so that a restarted app (or a second instance) still has it:
    "browser-secret" encrypts what the browser keeps (Gradio gives it to the page), "identity-key"
    signs participant identities (never leaves the server)."""
    import secrets

    path = settings.data_dir / name
    try:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(32)
        path.write_text(value, encoding="utf-8")
        path.chmod(0o600)
        return value
    except OSError as exc:
        from coach.errors import CoachError

        raise CoachError(f"cannot keep the app's key in {settings.data_dir} ({exc.strerror}); set COACH_DATA_DIR") from exc


def launch(
    demo: gr.Blocks,
    host: str = "127.0.0.1",
    port: int | None = 7860,
    auth: Accounts | None = None,
    block: bool = True,
    concurrency: int = 32,
    throttle: Throttle | None = None,
    on_start=None,
):
    """Start the server; with block=False it returns the local url and keeps running in a thread.
    With accounts (auth), every page and endpoint needs a login, checked by Accounts.verify behind
    the login throttle."""
    from starlette.middleware import Middleware

    owners = getattr(demo, "coach_upload_owners", None) or UploadOwners(
        get_settings().data_dir / "upload-owners", Path(gr.utils.get_upload_folder()))
    demo.queue(default_concurrency_limit=concurrency, max_size=512)
    _, url, _ = demo.launch(
        server_name=host,
        server_port=port,
        auth=identity.login_checker(auth, throttle) if auth else None,
        app_kwargs={"middleware": [Middleware(CoachGuard, owners=owners),
                                   Middleware(PageLanguage, script=settings_page.HEAD_SCRIPT + COUNTER_SCRIPT)],
                    **({"lifespan": on_start} if on_start else {})},  # on_start: e.g. the trainer pages
        prevent_thread_lock=not block,
        share=False,
        ssr_mode=False,
        quiet=True,
        show_error=True,
        i18n=make_i18n(),
        theme=THEME,
        css=SCORECARD_CSS + APP_CSS,
        footer_links=[],  # no "Use via API" / "Built with Gradio" footer
        head=PAGE_SCRIPT,  # Gradio's English labels in Dutch, charts labelled (coach.web.page_script)
        max_file_size="20mb",
    )
    return url
