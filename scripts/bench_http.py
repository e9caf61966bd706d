"""A light client of coach's named API for the load benchmark (scripts/bench_workshop.py --client http):
Gradio's plain HTTP route, POST /gradio_api/call/<name> and then the answer's event stream, with one
httpx connection per client.  It sends the same calls as gradio_client (through the apps' queues) with
a fraction of its CPU, so the benchmark's own clients take less of the machine they measure."""

from __future__ import annotations

import json

import httpx

PARAMS = {  # the endpoints' parameters in order (coach/web/endpoints.py)
    "start_session": ("scenario", "persona", "phase", "language", "engine"),
    "send_turn": ("session_id", "text", "request_id"),
    "end_session": ("session_id",),
    "join_workshop": ("code", "display_name", "consent"),
}


class CallFailed(RuntimeError):
    """The app answered a call with an error event."""


class HttpClient:
    def __init__(self, url: str, headers: dict | None = None):
        self.http = httpx.Client(base_url=url.rstrip("/") + "/gradio_api", headers=headers or {}, timeout=300)

    def predict(self, api_name: str, **values):
        name = api_name.strip("/")
        data = [values.get(p) for p in PARAMS[name]]
        answer = self.http.post(f"/call/{name}", json={"data": data})
        answer.raise_for_status()
        event_id = answer.json()["event_id"]
        kind = None
        with self.http.stream("GET", f"/call/{name}/{event_id}") as stream:
            for line in stream.iter_lines():
                if line.startswith("event:"):
                    kind = line[len("event:"):].strip()
                elif line.startswith("data:") and kind in ("complete", "error"):
                    if kind == "error":
                        raise CallFailed(name)
                    return json.loads(line[len("data:"):])[0]
        raise CallFailed(f"{name}: the stream ended without an answer")
