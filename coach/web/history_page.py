"""The History page: past sessions and reviews as readable rows (names, local 24-hour dates, no ids),
picked by their label; a chart per phase of the share of guidelines met per attempt; reopen, delete."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from coach.web import identity, scorecard, views
from coach.web.api import CoachService
from coach.web.endpoints import one_line_errors
from coach.web.history_view import attempt_charts, history_rows
from coach.web.i18n import text

WIDTHS = ["26%", "43%", "31%"]  # when, what, result: whole words on a 390 px phone


def build_history_page(me, i18n, ui_lang: gr.State) -> SimpleNamespace:
    """Only the caller's own sessions and reviews: every callback works on me.service(request, value)."""
    who = me.state
    refresh = gr.Button(i18n("refresh"), size="sm", elem_id="coach-history-refresh")
    gr.Markdown(i18n("sessions"))
    sessions = gr.Dataframe(interactive=False, elem_id="coach-sessions", wrap=True, column_widths=WIDTHS)
    gr.Markdown(i18n("reviews"))
    reviews = gr.Dataframe(interactive=False, elem_id="coach-reviews", wrap=True, column_widths=WIDTHS)
    with gr.Row():
        picked = gr.Dropdown(label=i18n("history_pick"), choices=[], value=None, scale=3, elem_id="coach-history-id")
        reopen = gr.Button(i18n("reopen"), scale=1, elem_id="coach-reopen")
        delete = gr.Button(i18n("delete_one"), variant="stop", scale=1, elem_id="coach-delete")
    with gr.Row():
        confirm = gr.Checkbox(label=i18n("confirm_all"), value=False, elem_id="coach-confirm-all")
        delete_all = gr.Button(i18n("delete_all"), variant="stop", elem_id="coach-delete-all")
    notice = gr.Markdown(elem_id="coach-history-notice")
    review_card = gr.HTML(elem_id="coach-history-card")
    with gr.Row(elem_id="coach-history-charts"):
        charts = [gr.LinePlot(visible=False, show_label=True, elem_id=f"coach-history-chart-{p}")
                  for p in ("delegation", "progress", "final")]

    def _tables(service: CoachService, lang):
        rows = history_rows(service.store, lang)
        return rows.sessions, rows.reviews, gr.update(choices=rows.choices, value=None)

    def tables(lang, value, request: gr.Request):
        """(sessions, reviews, picker); the charts follow when the reviews change."""
        return _tables(me.service(request, value), lang)

    @one_line_errors
    def on_charts(lang, value, request: gr.Request):
        return attempt_charts(me.service(request, value).store, lang)

    refresh.click(one_line_errors(tables), [ui_lang, who], [sessions, reviews, picked], api_visibility="private")
    reviews.change(on_charts, [ui_lang, who], charts, api_visibility="private")

    def pick(kind: str):
        @one_line_errors
        def on_pick(lang, value, evt: gr.SelectData, request: gr.Request):
            rows = history_rows(me.service(request, value).store, lang)
            ids = rows.session_ids if kind == "sessions" else rows.review_ids
            row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            return ids[row] if isinstance(row, int) and 0 <= row < len(ids) else None
        return on_pick

    sessions.select(pick("sessions"), [ui_lang, who], picked, api_visibility="private")
    reviews.select(pick("reviews"), [ui_lang, who], picked, api_visibility="private")

    @one_line_errors
    def on_delete(item_id, lang, value, request: gr.Request):
        service = me.service(request, value)
        if not item_id:
            return (text("picked_none", lang), *_tables(service, lang))
        gone = service.delete(item_id)
        return (text("deleted" if gone else "not_found_choice", lang), *_tables(service, lang))

    @one_line_errors
    def on_delete_all(confirmed, lang, value, request: gr.Request):
        service = me.service(request, value)  # only the caller's own sessions and reviews
        if not confirmed:
            return (text("confirm_needed", lang), False, *_tables(service, lang))
        counts = service.delete_all()
        me.owners.purge(identity.client_key(request))  # the caller's uploads only, never another's
        return (text("deleted_all", lang, **counts), False, *_tables(service, lang))

    delete.click(on_delete, [picked, ui_lang, who], [notice, sessions, reviews, picked], api_visibility="private")
    delete_all.click(on_delete_all, [confirm, ui_lang, who], [notice, confirm, sessions, reviews, picked],
                     api_visibility="private")

    # app.py refreshes (sessions, reviews, chart) when the tab opens: `chart` is the picker here, whose
    # choices come with the rows; the per-phase charts follow reviews.change
    return SimpleNamespace(refresh=refresh, reopen=reopen, picked=picked, notice=notice, review_card=review_card,
                           sessions=sessions, reviews=reviews, chart=picked, charts=charts, tables=tables)
