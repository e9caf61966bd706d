"""Texts every page shares, merged into coach.web.i18n's tables: the error messages' title and the
generic error line (coach.web.endpoints.one_line_errors), and Gradio's own interface texts that
its Dutch translation lacks (or that no language has, like the screen-reader status
"common.complete"): gr.I18n hands those to the page, where they complete Gradio's translations
under the same keys."""

from __future__ import annotations

EN: dict[str, str] = {
    "error_title": "Something went wrong",
    "internal_error": "Something went wrong on our side ({kind}). Try again; if it keeps happening, please report it.",
    "common.complete": "Done",
    # Gradio's own English (the tables must have the same keys)
    "common.download_all": "Download All",
    "common.progress": "Progress",
    "common.record": "Record",
    "common.stop_recording": "Stop Recording",
    "common.run": "Run",
    "common.runs": "Runs",
    "chatbot.complete": "Complete",
    "chatbot.copy_message": "Copy message",
    "chatbot.copied_message": "Copied message",
    "dataframe.filter": "Filter",
    "dataframe.clear_filter": "Clear filters",
}

NL: dict[str, str] = {
    "error_title": "Er ging iets mis",
    "internal_error": "Er ging bij ons iets mis ({kind}). Probeer het opnieuw; meld het als het blijft gebeuren.",
    "common.complete": "Klaar",
    "common.download_all": "Alles downloaden",
    "common.progress": "Voortgang",
    "common.record": "Opnemen",
    "common.stop_recording": "Opname stoppen",
    "common.run": "Uitvoeren",
    "common.runs": "Uitvoeringen",
    "chatbot.complete": "Klaar",
    "chatbot.copy_message": "Kopieer bericht",
    "chatbot.copied_message": "Bericht gekopieerd",
    "dataframe.filter": "Filteren",
    "dataframe.clear_filter": "Filters wissen",
}
