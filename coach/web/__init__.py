"""The web app (Gradio 6): practise, review a transcript, history, settings/about, and the named API.

    app.py        builds the gr.Blocks (tabs) and launches it
    endpoints.py  the named API endpoints (start_session, send_turn, end_session, review_transcript)
    api.py        the plain functions behind the endpoints and the pages (no Gradio)
    scorecard.py  the scorecard HTML and the chart data
    i18n.py       interface strings, Dutch and English
"""
