"""The Review page: upload or paste a transcript, let coach propose manager and phase, correct
them, read the scorecard, export as Markdown, HTML or PDF."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import gradio as gr

from coach.errors import CoachError
from coach.uploads import remove_upload
from coach.web import domain, views
from coach.web.api import review_of
from coach.web.endpoints import one_line_errors

AUTO = ""


def build_review_page(me, i18n) -> SimpleNamespace:
    """Reviews are stored as the caller's own (me.service); an uploaded file is read only by whoever
    uploaded it (me.may_read)."""
    with gr.Row():
        upload = gr.File(label=i18n("upload"), file_types=[".vtt", ".srt", ".docx", ".txt"], type="filepath",
                         elem_id="coach-upload")
        pasted = gr.Textbox(label=i18n("paste"), lines=6, elem_id="coach-paste")
    with gr.Row():
        manager = gr.Dropdown(label=i18n("manager"), choices=[("auto", AUTO)], value=AUTO, allow_custom_value=True,
                              elem_id="coach-manager")
        phase = gr.Dropdown(label=i18n("phase"), choices=[("auto", AUTO)] + views.phase_choices("en"), value=AUTO,
                            elem_id="coach-review-phase")
        language = gr.Dropdown(label=i18n("language"), choices=[("auto", AUTO), ("Nederlands", "nl"), ("English", "en")],
                               value=AUTO, elem_id="coach-review-language")
        kind = gr.Dropdown(label=i18n("delegatee_kind"), value=AUTO, elem_id="coach-review-kind",
                           choices=[("auto", AUTO), ("medewerker / employee", "employee"),
                                    ("netwerkcontact / network contact", "network")])
    run = gr.Button(i18n("analyse"), variant="primary", elem_id="coach-review-run")
    confirm = gr.Markdown(visible=False, elem_id="coach-confirm-phase")
    report = gr.HTML(elem_id="coach-report")
    with gr.Row():
        questions = gr.BarPlot(x="type", y="count", y_lim=[0, None], label=i18n("chart_questions"))
        talk = gr.BarPlot(x="speaker", y="percent", y_lim=[0, 100], label=i18n("chart_talk"))
    with gr.Row():
        md = gr.DownloadButton(i18n("export_md"), visible=False, elem_id="coach-export-md")
        html = gr.DownloadButton(i18n("export_html"), visible=False, elem_id="coach-export-html")
        pdf = gr.DownloadButton(i18n("export_pdf"), visible=False, elem_id="coach-export-pdf")

    kept = gr.State(None)  # the upload's bytes once its file is removed, for a review again with corrections

    @one_line_errors
    def on_review(file_path, pasted_text, manager_in, phase_in, language_in, kind_in, kept_in, value,
                  request: gr.Request, progress=gr.Progress()):
        progress(0.1, desc="…")
        service = me.service(request, value)
        data = name = None
        if file_path:
            if not (kept_in and kept_in.get("path") == file_path) and not me.may_read(request, file_path):
                raise CoachError("the uploaded file was not found; upload it again")
            data, name = _upload(file_path, kept_in)
        payload = service.review_transcript(data, name, manager_in or None, phase_in or None, language_in or None,
                                            pasted=pasted_text, delegatee_kind=kind_in or None)
        if file_path:  # the review is stored: no copy of the upload stays on disk
            remove_upload(file_path, gr.utils.get_upload_folder())
            kept_in = {"path": file_path, "name": name, "data": data}
        progress(0.7, desc="…")
        review = review_of(payload)
        card, q_frame, t_frame = views.review_outputs(review)
        files = domain.export_files(review, domain.fresh_export_folder(), "coach-review")
        progress(1.0)
        speakers = list(dict.fromkeys(t.speaker for t in review.turns))
        lang = review.language
        return (
            _confirm_phase(review, i18n),
            gr.update(choices=[("auto", AUTO)] + [(s, s) for s in speakers], value=review.manager),
            gr.update(choices=[("auto", AUTO)] + views.phase_choices(lang), value=review.phase),
            card, q_frame, t_frame,
            gr.update(value=str(files["md"]), visible=True),
            gr.update(value=str(files["html"]), visible=True),
            gr.update(value=str(files["pdf"]), visible=True),
            kept_in,
        )

    run.click(on_review, [upload, pasted, manager, phase, language, kind, kept, me.state],
              [confirm, manager, phase, report, questions, talk, md, html, pdf, kept], api_visibility="private")

    def on_new_input():
        """A new transcript: coach proposes manager and phase again."""
        return gr.update(choices=[("auto", AUTO)], value=AUTO), AUTO, None

    upload.change(on_new_input, None, [manager, phase, kept], api_visibility="private")
    return SimpleNamespace(report=report, manager=manager, phase=phase)


def _upload(file_path: str, kept: dict | None) -> tuple[bytes, str]:
    """The uploaded file's bytes and name: from the file, or from memory when it was reviewed (and removed) before."""
    if kept and kept.get("path") == file_path:
        return kept["data"], kept["name"]
    try:
        return Path(file_path).read_bytes(), Path(file_path).name
    except OSError as exc:
        raise CoachError(f"the uploaded file cannot be read ({exc.strerror}); upload it again") from exc


def _confirm_phase(review, i18n):
    """When coach chose the phase itself and is not sure of it, ask the user to confirm it."""
    from coach.confidence import PHASE_SURE

    unsure = review.phase_detected and review.phase_confidence is not None and review.phase_confidence < PHASE_SURE
    if not unsure:
        return gr.update(value="", visible=False)
    label = {v: k for k, v in views.phase_choices(review.language)}.get(review.phase, review.phase)
    text = (f"**Niet zeker van het gesprek:** coach denkt aan *{label}* (zekerheid {review.phase_confidence:.0%}). "
            "Kies hierboven het juiste gesprek en analyseer opnieuw." if review.language == "nl" else
            f"**Not sure of the conversation:** coach thinks it is *{label}* (confidence {review.phase_confidence:.0%}). "
            "Choose the right conversation above and analyse again.")
    return gr.update(value=text, visible=True)
