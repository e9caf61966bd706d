"""The History page: past sessions and reviews, scores per guideline over time, reopen, delete."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.web import identity, scorecard, views
from coach.web.api import CoachService
from coach.web.endpoints import one_line_errors
from coach.web.i18n import text


def build_history_page(me, i18n, ui_lang: gr.State) -> SimpleNamespace:
    """Only the caller's own sessions and reviews: every callback works on me.service(request, value)."""
    who = me.state
    refresh = gr.Button(i18n("refresh"), size="sm", elem_id="coach-history-refresh")
    chart = gr.LinePlot(x="time", y="score", color="guideline", y_lim=[0, 1], label=i18n("history_chart"),
                        elem_id="coach-history-chart")
    gr.Markdown(i18n("sessions"))
    sessions = gr.Dataframe(interactive=False, elem_id="coach-sessions", wrap=True)
    gr.Markdown(i18n("reviews"))
    reviews = gr.Dataframe(interactive=False, elem_id="coach-reviews", wrap=True)
    with gr.Row():
        picked = gr.Textbox(label=i18n("pick_session"), scale=3, elem_id="coach-history-id")
        reopen = gr.Button(i18n("reopen"), scale=1, elem_id="coach-reopen")
        delete = gr.Button(i18n("delete_one"), variant="stop", scale=1, elem_id="coach-delete")
    with gr.Row():
        confirm = gr.Checkbox(label=i18n("confirm_all"), value=False, elem_id="coach-confirm-all")
        delete_all = gr.Button(i18n("delete_all"), variant="stop", elem_id="coach-delete-all")
    notice = gr.Markdown(elem_id="coach-history-notice")
    review_card = gr.HTML(elem_id="coach-history-card")

    def tables(lang, value, request: gr.Request):
        return _tables(me.service(request, value), lang)

    def _tables(service: CoachService, lang):
        store = service.store
        return views.sessions_table(store), views.reviews_table(store), scorecard.history_frame(store.score_history(), lang)

    refresh.click(one_line_errors(tables), [ui_lang, who], [sessions, reviews, chart], api_visibility="private")

    def on_pick(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else ""

    sessions.select(on_pick, None, picked, api_visibility="private")
    reviews.select(on_pick, None, picked, api_visibility="private")

    @one_line_errors
    def on_delete(item_id, lang, value, request: gr.Request):
        service = me.service(request, value)
        gone = service.delete(item_id)
        note = text("deleted", lang) if gone else text("not_found", lang, id=item_id)
        return (note, "", *_tables(service, lang))

    @one_line_errors
    def on_delete_all(confirmed, lang, value, request: gr.Request):
        service = me.service(request, value)  # only the caller's own sessions and reviews
        if not confirmed:
            return (text("confirm_needed", lang), False, *_tables(service, lang))
        counts = service.delete_all()
        me.owners.purge(identity.client_key(request))  # the caller's uploads only, never another's
        return (text("deleted_all", lang, **counts), False, *_tables(service, lang))

    delete.click(on_delete, [picked, ui_lang, who], [notice, picked, sessions, reviews, chart], api_visibility="private")
    delete_all.click(on_delete_all, [confirm, ui_lang, who], [notice, confirm, sessions, reviews, chart],
                     api_visibility="private")

    return SimpleNamespace(refresh=refresh, reopen=reopen, picked=picked, notice=notice, review_card=review_card,
                           sessions=sessions, reviews=reviews, chart=chart, tables=tables)
