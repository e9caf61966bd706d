"""The interface language chosen on the Settings page, before Gradio starts in the browser.

Gradio picks the language of its labels (gr.I18n) from navigator.language once, when its script
starts, before it adds the app's own `head`; so this ASGI middleware puts a small script into the
page itself (the HTML of "/"), ahead of Gradio's, that sets navigator.language to the language kept
in this browser (localStorage, coach.web.settings_page.UI_LANG_PLAIN)."""

from __future__ import annotations

MARK = b"<head>"


class PageLanguage:
    def __init__(self, app, script: str):
        self.app = app
        self.script = script.encode("utf-8")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path", "").rstrip("/") != "":
            await self.app(scope, receive, send)
            return
        start: dict = {}
        body: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            await send_page(b"".join(body))

        async def send_page(content: bytes):
            headers = list(start.get("headers", []))
            is_html = any(k.lower() == b"content-type" and b"text/html" in v.lower() for k, v in headers)
            if is_html and MARK in content:
                content = content.replace(MARK, MARK + self.script, 1)
                headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(content)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, capture)
