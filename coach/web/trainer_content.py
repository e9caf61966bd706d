"""The trainer's page for their own scenarios and personas: a YAML editor plus a few fields,
validated by the content models (coach.workshop.authoring), a preview conversation against the
offline delegatee, publish to the data folder, upload and download as YAML."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from coach.errors import InputError
from coach.web import domain, views
from coach.web.endpoints import one_line_errors
from coach.web.i18n import text
from coach.web.trainer_app import _lang
from coach.workshop import authoring

MAX_UPLOAD = authoring.MAX_YAML
KINDS = ["scenario", "persona"]  # the same word in Dutch and English


def _existing(kind: str) -> list[str]:
    items = domain.scenarios() if kind == "scenario" else domain.personas()
    return sorted(i.id for i in items)


def build_content_page(i18n) -> None:
    with gr.Row():
        kind = gr.Radio(label=i18n("ct_kind"), choices=KINDS, value="scenario", elem_id="coach-ct-kind")
        # value=None: nothing picked until the trainer picks (Gradio would otherwise take the first choice
        # on the server while the page shows an empty field, and Load would load a file nobody chose)
        start_from = gr.Dropdown(label=i18n("ct_start_from"), choices=_existing("scenario"), value=None,
                                 elem_id="coach-ct-from")
        load = gr.Button(i18n("ct_load"), elem_id="coach-ct-load")
    content_id = gr.Textbox(label=i18n("ct_id"), max_length=100, elem_id="coach-ct-id")
    source = gr.Code(label=i18n("ct_yaml"), language="yaml", lines=18, elem_id="coach-ct-yaml")
    with gr.Row():
        validate = gr.Button(i18n("ct_validate"), elem_id="coach-ct-validate")
        publish = gr.Button(i18n("ct_publish"), variant="primary", elem_id="coach-ct-publish")
        upload = gr.UploadButton(i18n("ct_upload"), file_types=[".yaml", ".yml"], elem_id="coach-ct-upload")
        download = gr.DownloadButton(i18n("ct_download"), visible=False, elem_id="coach-ct-download")
    status = gr.Markdown(elem_id="coach-ct-status")
    with gr.Accordion(i18n("ct_preview_chat"), open=False):
        preview = gr.Button(i18n("ct_preview"), elem_id="coach-ct-preview")
        chat = gr.Chatbot(height=300, elem_id="coach-ct-chat", feedback_options=None)
        with gr.Row():
            say = gr.Textbox(label=i18n("ct_say"), scale=5, elem_id="coach-ct-say")
            send = gr.Button(i18n("ct_send"), scale=1, elem_id="coach-ct-send")
    session = gr.State(None)

    def draft(kind_in, id_in, text_in):
        return authoring.parse(kind_in, text_in or "", {"id": (id_in or "").strip()})

    kind.change(lambda k: gr.update(choices=_existing(k), value=None), [kind], [start_from], api_visibility="private")

    @one_line_errors
    def on_load(kind_in, picked, request: gr.Request):
        if not picked:
            raise InputError(text("ct_pick_first", _lang(request)))
        return authoring.load(kind_in, picked), ""

    load.click(on_load, [kind, start_from], [source, content_id], api_visibility="private")

    @one_line_errors
    def on_validate(kind_in, id_in, text_in, request: gr.Request):
        obj = draft(kind_in, id_in, text_in)
        return text("ct_valid", _lang(request), kind=kind_in, id=obj.id), \
            _download(obj)

    validate.click(on_validate, [kind, content_id, source], [status, download], api_visibility="private")

    @one_line_errors
    def on_publish(kind_in, id_in, text_in, request: gr.Request):
        obj = draft(kind_in, id_in, text_in)
        authoring.publish(obj)
        lang = _lang(request)
        return text("ct_published", lang, kind=kind_in, id=obj.id), _download(obj)

    publish.click(on_publish, [kind, content_id, source], [status, download], api_visibility="private")

    @one_line_errors
    def on_upload(file, request: gr.Request):
        path = Path(getattr(file, "name", None) or str(file))
        if path.stat().st_size > MAX_UPLOAD:
            raise InputError(text("ct_too_large", _lang(request)))
        try:
            return path.read_text(encoding="utf-8"), ""
        except (OSError, UnicodeDecodeError):
            raise InputError(text("ct_not_text", _lang(request))) from None

    upload.upload(on_upload, [upload], [source, content_id], api_visibility="private")

    @one_line_errors
    def on_preview(kind_in, id_in, text_in, request: gr.Request):
        obj = draft(kind_in, id_in, text_in)
        started = authoring.start_preview(obj, lang=_lang(request))
        return started, views.chat_messages(started)

    preview.click(on_preview, [kind, content_id, source], [session, chat], api_visibility="private")

    @one_line_errors
    def on_say(current, said, kind_in, id_in, text_in, request: gr.Request):
        if current is None:
            raise InputError(text("ct_preview_first", _lang(request)))
        authoring.preview_turn(current, (said or "").strip(), draft(kind_in, id_in, text_in))
        return current, views.chat_messages(current), ""

    for trigger in (send.click, say.submit):
        trigger(on_say, [session, say, kind, content_id, source], [session, chat, say], api_visibility="private")


def _download(obj):
    folder = domain.fresh_export_folder()
    path = folder / f"{obj.id}.yaml"
    path.write_text(authoring.to_yaml(obj), encoding="utf-8")
    return gr.update(value=str(path), visible=True)
