"""The web app (Gradio 6): practise, review a transcript, history, settings/about, and the named API.

    app.py        builds the gr.Blocks (tabs) and launches it
    endpoints.py  the named API endpoints (start_session, send_turn, end_session, review_transcript)
    api.py        the plain functions behind the endpoints and the pages (no Gradio)
    scorecard.py  the scorecard HTML (cards.py: overall line, cards, monkey picture, comparison)
    charts.py     chart data with axis names in the user's language
    detection.py  what coach read from a transcript and how sure; friendly review errors
    history_view.py  readable History rows (names, 24-hour dates, no ids) and the per-phase charts
    i18n.py       interface strings, Dutch and English
"""
