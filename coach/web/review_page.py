"""The Review page: upload or paste a transcript; coach reads manager, phase and language afresh for
every new transcript and says how sure it is; correct them and review again; read the scorecard;
export as Markdown, HTML or PDF.  Errors are sentences in the user's language; the text stays."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from types import SimpleNamespace

import gradio as gr

from coach.errors import CoachError
from coach.report.markdown_report import md_escape
from coach.uploads import remove_upload
from coach.web import domain, views
from coach.web.api import review_of
from coach.web.detection import detection_note, friendly_error
from coach.web.i18n import browser_language, text

AUTO = ""
LOG = logging.getLogger(__name__)
LANGUAGES = [("Nederlands", "nl"), ("English", "en")]


def _auto(i18n):
    return [(i18n("auto"), AUTO)]


def build_review_page(me, i18n) -> SimpleNamespace:
    """Reviews are stored as the caller's own (me.service); an uploaded file is read only by whoever
    uploaded it (me.may_read)."""
    with gr.Row():
        upload = gr.File(label=i18n("upload"), file_types=[".vtt", ".srt", ".docx", ".txt"], type="filepath",
                         elem_id="coach-upload")
        pasted = gr.Textbox(label=i18n("paste"), lines=6, elem_id="coach-paste")
    run = gr.Button(i18n("analyse"), variant="primary", elem_id="coach-review-run")
    problem = gr.Markdown(visible=False, elem_id="coach-review-note")
    detected = gr.Markdown(visible=False, elem_id="coach-detected")
    with gr.Row():
        manager = gr.Dropdown(label=i18n("manager"), choices=_auto(i18n), value=AUTO, allow_custom_value=True,
                              elem_id="coach-manager")
        phase = gr.Dropdown(label=i18n("phase"), choices=_auto(i18n) + views.phase_choices("en"), value=AUTO,
                            elem_id="coach-review-phase")
        language = gr.Dropdown(label=i18n("language"), choices=_auto(i18n) + LANGUAGES, value=AUTO,
                               elem_id="coach-review-language")
        kind = gr.Dropdown(label=i18n("delegatee_kind"), value=AUTO, elem_id="coach-review-kind",
                           choices=_auto(i18n) + [(i18n("kind_employee"), "employee"), (i18n("kind_network"), "network")])
    rerun = gr.Button(i18n("rerun"), visible=False, elem_id="coach-review-rerun")
    confirm = gr.Markdown(visible=False, elem_id="coach-confirm-phase")
    report = gr.HTML(elem_id="coach-report")
    with gr.Row():
        questions = gr.BarPlot(y_lim=[0, None], label=i18n("chart_questions"), elem_id="coach-review-questions")
        talk = gr.BarPlot(y_lim=[0, 100], label=i18n("chart_talk"), elem_id="coach-review-talk")
    with gr.Row():
        md = gr.DownloadButton(i18n("export_md"), visible=False, elem_id="coach-export-md")
        html = gr.DownloadButton(i18n("export_html"), visible=False, elem_id="coach-export-html")
        pdf = gr.DownloadButton(i18n("export_pdf"), visible=False, elem_id="coach-export-pdf")

    kept = gr.State(None)  # the upload's bytes once its file is removed, for a review again with corrections
    shown = gr.State(None)  # what the last review read: {"source", "manager", "phase", "language"}
    outputs = [problem, detected, confirm, manager, phase, language, rerun, report, questions, talk, md, html, pdf,
               kept, shown]

    def on_review(file_path, pasted_text, manager_in, phase_in, language_in, kind_in, kept_in, shown_in, value,
                  request: gr.Request, progress=gr.Progress()):
        lang = browser_language(request.headers.get("accept-language") if request else None)
        try:
            return _review(me, request, value, lang, file_path, pasted_text, (manager_in, phase_in, language_in),
                           kind_in, kept_in, shown_in, progress)
        except Exception as exc:  # noqa: BLE001 - a sentence for the user; the text stays in its box
            LOG.info("review failed: %s", type(exc).__name__)  # no content in the logs
            return (gr.update(value=friendly_error(exc, lang), visible=True), *[gr.update()] * (len(outputs) - 1))

    inputs = [upload, pasted, manager, phase, language, kind, kept, shown, me.state]
    run.click(on_review, inputs, outputs, api_visibility="private")
    rerun.click(on_review, inputs, outputs, api_visibility="private")

    def on_new_input():
        """A new transcript: coach reads manager, phase and language again (nothing of the last one stays)."""
        return (gr.update(choices=_auto(i18n), value=AUTO), AUTO, AUTO, gr.update(visible=False),
                gr.update(visible=False), gr.update(visible=False), None)

    fresh = [manager, phase, language, detected, rerun, problem, kept]
    upload.change(on_new_input, None, fresh, api_visibility="private")
    pasted.change(on_new_input, None, fresh, api_visibility="private", trigger_mode="always_last")
    return SimpleNamespace(report=report, manager=manager, phase=phase, language=language, detected=detected,
                           rerun=rerun, problem=problem)


def _source(file_path, pasted_text) -> str:
    """A fingerprint of the transcript given (the file's path, else the pasted text)."""
    return hashlib.sha1((file_path or pasted_text or "").encode("utf-8")).hexdigest()


def _corrections(chosen: tuple, shown: dict | None, source: str) -> tuple:
    """The user's manager, phase and language; on a new transcript, values the last review put in the
    boxes are not carried over (coach reads them afresh)."""
    if not shown or shown.get("source") == source:
        return tuple(v or None for v in chosen)
    return tuple(None if (not v or v == shown.get(k)) else v for v, k in zip(chosen, ("manager", "phase", "language")))


def _review(me, request, value, lang, file_path, pasted_text, chosen, kind_in, kept_in, shown_in, progress):
    progress(0.1, desc="…")
    service = me.service(request, value)
    data = name = None
    if file_path:
        if not (kept_in and kept_in.get("path") == file_path) and not me.may_read(request, file_path):
            raise CoachError("the uploaded file was not found; upload it again")
        data, name = _upload(file_path, kept_in)
    source = _source(file_path, None if file_path else pasted_text)
    manager_in, phase_in, language_in = _corrections(chosen, shown_in, source)
    payload = service.review_transcript(data, name, manager_in, phase_in, language_in, pasted=pasted_text,
                                        delegatee_kind=kind_in or None)
    transcript = service.read_transcript(data, name, pasted_text)
    if file_path:  # the review is stored: no copy of the upload stays on disk
        remove_upload(file_path, gr.utils.get_upload_folder())
        kept_in = {"path": file_path, "name": name, "data": data}
    progress(0.7, desc="…")
    review = review_of(payload)
    card, q_plot, t_plot = views.review_outputs(review)
    files = domain.export_files(review, domain.fresh_export_folder(), "coach-review")
    progress(1.0)
    speakers = list(dict.fromkeys(t.speaker for t in review.turns))
    both = file_path and (pasted_text or "").strip()
    note = text("both_inputs", lang, name=md_escape(name or "")) if both else ""
    auto = [(text("auto", lang), AUTO)]
    return (
        gr.update(value=note, visible=bool(note)),
        gr.update(value=detection_note(review, transcript, lang), visible=True),
        _confirm_phase(review),
        gr.update(choices=auto + [(s, s) for s in speakers], value=review.manager),
        gr.update(choices=auto + views.phase_choices(lang), value=review.phase),
        gr.update(choices=auto + LANGUAGES, value=review.language),
        gr.update(visible=True),
        card, q_plot, t_plot,
        gr.update(value=str(files["md"]), visible=True),
        gr.update(value=str(files["html"]), visible=True),
        gr.update(value=str(files["pdf"]), visible=True),
        kept_in,
        {"source": source, "manager": review.manager, "phase": review.phase, "language": review.language},
    )


def _upload(file_path: str, kept: dict | None) -> tuple[bytes, str]:
    """The uploaded file's bytes and name: from the file, or from memory when it was reviewed (and removed) before."""
    if kept and kept.get("path") == file_path:
        return kept["data"], kept["name"]
    try:
        return Path(file_path).read_bytes(), Path(file_path).name
    except OSError as exc:
        raise CoachError(f"the uploaded file cannot be read ({exc.strerror}); upload it again") from exc


def _confirm_phase(review):
    """When coach chose the phase itself and is not sure of it, ask the user to confirm it."""
    from coach.confidence import PHASE_SURE

    unsure = review.phase_detected and review.phase_confidence is not None and review.phase_confidence < PHASE_SURE
    if not unsure:
        return gr.update(value="", visible=False)
    label = {v: k for k, v in views.phase_choices(review.language)}.get(review.phase, review.phase)
    message = (f"**Niet zeker van het gesprek:** coach denkt aan *{label}* (zekerheid {review.phase_confidence:.0%}). "
            "Kies hierboven het juiste gesprek en klik op *Opnieuw nakijken met mijn correcties*."
            if review.language == "nl" else
            f"**Not sure of the conversation:** coach thinks it is *{label}* (confidence {review.phase_confidence:.0%}). "
            "Choose the right conversation above and click *Review again with my corrections*.")
    return gr.update(value=message, visible=True)
