"""The Settings page: interface language (kept in this browser), your name (the one practice uses),
the engine and exactly what leaves the machine, and deleting your own sessions and reviews (with a
confirmation; only the caller's data and the caller's own uploads, through the scoped service)."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.settings import Settings
from coach.web import identity, views
from coach.web.i18n import text

UI_LANG_PLAIN = "coach-ui-lang-plain"  # localStorage: the interface language, for HEAD_SCRIPT and load_js
NAME_KEY = "coach-name"

# Gradio picks the labels' language from navigator.language when it starts; this makes it the
# language chosen on the Settings page (kept in plain text under UI_LANG_PLAIN)
HEAD_SCRIPT = """<script>
(function () {
  try {
    var lang = window.localStorage.getItem("%s");
    if (lang === "nl" || lang === "en") {
      Object.defineProperty(Navigator.prototype, "language", {get: function () { return lang; }, configurable: true});
      Object.defineProperty(Navigator.prototype, "languages", {get: function () { return [lang]; }, configurable: true});
      document.documentElement.lang = lang;
    }
  } catch (e) { /* no storage: the browser's own language */ }
})();
</script>""" % UI_LANG_PLAIN


def load_js(position: int, count: int) -> str:
    """The app's load event's js: puts this browser's interface language into input `position`."""
    return (f"(...args) => {{ args.length = {count}; args[{position}] = localStorage.getItem('{UI_LANG_PLAIN}') || ''; "
            "return args; }")


def engine_text(settings: Settings, lang: str) -> str:
    """The engine in use, the consent setting and what is sent where (nothing, offline)."""
    from coach.errors import CoachError

    lines = [text("settings_engine", lang), views.engine_status(settings, lang)]
    try:
        engine = settings.resolved_engine()
    except CoachError:
        engine = "offline"
    url = settings.openai_base_url or "https://api.openai.com/v1"
    remote = engine == "llm" and not settings.endpoint_is_local()
    lines.append(text("settings_sent_to", lang, url=url) if remote else text("settings_sent_nothing", lang))
    lines.append(text("settings_consent_on" if settings.remote_consent else "settings_consent_off", lang))
    return "\n\n".join(lines)


def name_state(secret: str) -> gr.BrowserState:
    """The practice name kept in this browser; make it outside the tabs (Gradio mounts a tab's
    components only once the tab is opened, and an unmounted BrowserState stores nothing)."""
    return gr.BrowserState("", storage_key=NAME_KEY, secret=secret)


def build_settings_page(me, i18n, practice, ui_lang: gr.State, stored_name: gr.BrowserState) -> SimpleNamespace:
    """Lay out the Settings tab; `practice` is the practice page (its name field follows this one);
    stored_name is name_state(...)."""
    stored_lang = gr.Textbox(visible=False, elem_id="coach-ui-lang-choice")  # filled in the browser on load
    gr.Markdown(i18n("settings_intro"))
    with gr.Row(elem_id="coach-settings-row"):
        language = gr.Radio([("Nederlands", "nl"), ("English", "en")], label=i18n("ui_language"),
                            info=i18n("ui_language_note"), elem_id="coach-ui-language")
        name = gr.Textbox(label=i18n("settings_name"), max_lines=1, max_length=60, elem_id="coach-settings-name")
    engine = gr.Markdown(elem_id="coach-settings-engine")
    about = gr.Markdown(elem_id="coach-about")
    gr.Markdown(i18n("settings_data"))
    delete = gr.Button(i18n("settings_delete"), variant="secondary", elem_id="coach-settings-delete")
    with gr.Row(visible=False, elem_id="coach-settings-confirm-row") as confirm_row:
        gr.Markdown(i18n("settings_delete_question"))
        yes = gr.Button(i18n("settings_delete_yes"), variant="stop", scale=0, min_width=200,
                        elem_id="coach-settings-delete-confirm")
        no = gr.Button(i18n("settings_delete_no"), scale=0, min_width=160, elem_id="coach-settings-delete-cancel")
    notice = gr.Markdown(elem_id="coach-settings-notice")

    language.input(lambda chosen: chosen, language, ui_lang, api_visibility="private").then(
        None, language, None,
        js=f"(lang) => {{ localStorage.setItem('{UI_LANG_PLAIN}', lang); setTimeout(() => window.location.reload(), 400); }}")

    def on_name(typed):
        return typed, typed

    name.input(on_name, name, [stored_name, practice.name], api_visibility="private")
    # "change": also a name filled in by the load event (a restored conversation) or by a test's fill
    practice.name.change(lambda typed: (typed, typed), practice.name, [stored_name, name], api_visibility="private")

    show = lambda: (gr.update(visible=False), gr.update(visible=True))  # noqa: E731
    hide = lambda: (gr.update(visible=True), gr.update(visible=False))  # noqa: E731
    delete.click(show, None, [delete, confirm_row], api_visibility="private")
    no.click(lambda lang: (*hide(), text("settings_kept", lang)), ui_lang, [delete, confirm_row, notice],
             api_visibility="private")

    def on_delete(lang, value, request: gr.Request):
        service = me.service(request, value)  # the caller's own sessions and reviews, nobody else's
        counts = service.delete_all()
        me.owners.purge(identity.client_key(request))  # only files this caller uploaded
        return (*hide(), text("settings_deleted", lang, **counts), None)

    yes.click(on_delete, [ui_lang, me.state], [delete, confirm_row, notice, practice.session_id],
              api_visibility="private")
    return SimpleNamespace(stored_lang=stored_lang, stored_name=stored_name, language=language, name=name,
                           engine=engine, about=about, notice=notice)
