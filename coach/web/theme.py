"""The app's look: a calm, professional Gradio theme (deep blue and slate, system fonts only, nothing
loaded from the internet) and the page CSS (conversation first: a tall chat, the briefing card,
the typing indicator, the counter; a phone layout at 390 px).

    from coach.web.theme import THEME, APP_CSS
"""

from __future__ import annotations

import gradio as gr

SYSTEM_FONTS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]

# text colours on their backgrounds, checked by tests/test_web_theme.py (WCAG contrast >= 4.5:1)
INK = "#1e293b"        # slate-800, body text
MUTED = "#475569"      # slate-600, secondary text
ACCENT = "#1d4e89"     # deep blue: primary buttons, links
ACCENT_HOVER = "#163d6b"
PAGE = "#f6f8fb"       # page background
PANEL = "#ffffff"
STOP = "#9b2c2c"       # a confirmed, destructive action
TEXT_PAIRS = [(INK, PAGE), (INK, PANEL), (MUTED, PANEL), (MUTED, PAGE), ("#ffffff", ACCENT), ("#ffffff", STOP),
              (ACCENT, PANEL), (INK, "#e8eef7")]


def _theme() -> gr.themes.Base:
    theme = gr.themes.Base(
        primary_hue=gr.themes.colors.blue,
        secondary_hue=gr.themes.colors.slate,
        neutral_hue=gr.themes.colors.slate,
        radius_size=gr.themes.sizes.radius_md,
        text_size=gr.themes.sizes.text_md,
        font=SYSTEM_FONTS,
        font_mono=MONO_FONTS,
    )
    return theme.set(
        body_background_fill=PAGE,
        body_text_color=INK,
        body_text_color_subdued=MUTED,
        block_background_fill=PANEL,
        block_border_color="#d8dee8",
        block_label_text_color=MUTED,
        block_title_text_color=INK,
        button_primary_background_fill=ACCENT,
        button_primary_background_fill_hover=ACCENT_HOVER,
        button_primary_text_color="#ffffff",
        button_primary_border_color=ACCENT,
        button_secondary_background_fill="#e8eef7",
        button_secondary_background_fill_hover="#d7e2f1",
        button_secondary_text_color=INK,
        button_cancel_background_fill=STOP,
        button_cancel_background_fill_hover="#7f2323",
        button_cancel_text_color="#ffffff",
        link_text_color=ACCENT,
        link_text_color_visited=ACCENT,
        color_accent=ACCENT,
        color_accent_soft="#e8eef7",
        checkbox_background_color_selected=ACCENT,
        input_border_color_focus=ACCENT,
        loader_color=ACCENT,
        slider_color=ACCENT,
    )


THEME = _theme()

APP_CSS = """
.gradio-container { max-width: 1180px !important; margin: 0 auto; }
#coach-chat { min-height: 320px; }
#coach-chat .message-row .message { font-size: 1rem; line-height: 1.5; }
#coach-chat .top-panel { display: none; }  /* no "clear the conversation": the stored one would stay */
#coach-chat .message-content::before { display: block; font-size: 0.8rem; font-weight: 700; color: #475569;
  margin-bottom: 0.15rem; }
#coach-chat-head { display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; }
.coach-who { display: inline-flex; align-items: center; gap: 0.4rem; font-weight: 600; color: #1e293b; }
.coach-who small { font-weight: 400; color: #475569; }
.coach-initials { display: inline-flex; align-items: center; justify-content: center; width: 2rem; height: 2rem;
  border-radius: 50%; font-size: 0.85rem; font-weight: 700; color: #ffffff; background: #1d4e89; }
.coach-initials.coach-them { background: #475569; }
#coach-briefing .coach-brief { border-left: 4px solid #1d4e89; padding: 0.25rem 1rem; background: #ffffff; }
#coach-briefing h3 { margin: 0.4rem 0; }
#coach-briefing dt { font-weight: 600; color: #1e293b; margin-top: 0.5rem; }
#coach-briefing dd { margin: 0.1rem 0 0 0; color: #1e293b; }
#coach-briefing ul { margin: 0.2rem 0 0 1.2rem; padding: 0; }
#coach-briefing .coach-form-list li { display: inline; }
#coach-briefing .coach-form-list li:not(:last-child)::after { content: " · "; }
#coach-briefing .coach-form-list { margin-left: 0; }
#coach-typing { min-height: 1.5rem; color: #475569; font-style: italic; }
.coach-dots::after { content: ""; display: inline-block; width: 1.5em; text-align: left;
  animation: coach-dots 1.2s steps(4, end) infinite; }
@keyframes coach-dots { 0% { content: ""; } 25% { content: "."; } 50% { content: ".."; } 75% { content: "..."; } }
#coach-counter { color: #475569; font-size: 0.875rem; text-align: right; min-height: 1.2rem; }
#coach-counter.coach-over, #coach-counter .coach-over { color: #9b2c2c; font-weight: 700; }
#coach-notice:not(:empty) { color: #1e293b; }
.coach-notice { background: #fff7e0; border-left: 4px solid #a16207; padding: 0.4rem 0.8rem; color: #1e293b; }
#coach-end-confirm-row { background: #fdf2f2; border-radius: 8px; padding: 0.4rem; }
@media (max-width: 640px) {
  .gradio-container { padding: 0 6px !important; }
  #coach-setup .row, #coach-setup .form { flex-direction: column !important; }
  #coach-setup .row > *, #coach-compose > * { min-width: 100% !important; }
  #coach-compose { flex-direction: column !important; }
  #coach-chat-bar { flex-direction: column !important; align-items: stretch !important; }
  #coach-chat { height: 62vh !important; }
  #coach-end-confirm-row, #coach-settings-row, #coach-settings-confirm-row { flex-direction: column !important; }
  #coach-end-confirm-row > * { min-width: 100% !important; }
  #coach-setup input { font-size: 15px; }
  /* phones: dropdowns get the whole width (their choice is read whole), tables fit the screen */
  .row:has(input[role=combobox]) { flex-direction: column !important; }
  .row > .block:has(input[role=combobox]) { min-width: 100% !important; }
  .form:has(input[role=combobox]) { flex-direction: column !important; }
  .form > .block:has(input[role=combobox]) { min-width: 100% !important; }
  input[role=combobox] { font-size: 13px !important; }
  #coach-setup .block, #coach-setup .wrap-inner { padding-left: 4px !important; padding-right: 4px !important; }
  #coach-setup > div, #coach-setup .column { padding-left: 0 !important; padding-right: 0 !important; }
  .row:has(input[role=combobox]) > * { flex: 1 1 100% !important; }
  #coach-sessions, #coach-reviews { min-width: 0 !important; max-width: 100% !important; overflow-x: auto; }
  #coach-sessions table, #coach-reviews table { table-layout: fixed; width: 100% !important; min-width: 0 !important; }
  #coach-sessions td, #coach-sessions th, #coach-reviews td, #coach-reviews th {
    font-size: 12px !important; padding-left: 5px !important; padding-right: 5px !important;
    word-break: normal !important; overflow-wrap: break-word !important; hyphens: auto; }
  #coach-setup > button, #coach-setup .label-wrap { padding-right: 12px !important; }
}
"""
