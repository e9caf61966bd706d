"""A small OpenAI-compatible chat-completions server for tests, on 127.0.0.1 only.

The tests start it in a thread and script its answers, one per request, in order:

    with StubServer() as stub:
        stub.push(Reply.stream(["Hoi", ", ik ", "ben Sanne."], usage=(50, 7)))
        stub.push(Reply.error(429))             # then the client retries
        stub.push(Reply.json_content({...}))    # structured output: the content is JSON text
        settings = Settings(openai_base_url=stub.base_url, ...)

Every request body is kept in `stub.requests` (parsed JSON) so a test can
assert what the real openai client really sent.  When the script runs out the
server answers 500 with a message saying so (a test bug, visible at once).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer."""

    kind: str  # "content" | "stream" | "error" | "raw"
    content: str = ""
    chunks: list[str] = field(default_factory=list)
    usage: tuple[int, int] | None = None
    status: int = 200
    body: str = ""
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, content: str, usage: tuple[int, int] | None = (10, 5), delay: float = 0.0) -> "Reply":
        """A non-streaming chat completion whose message content is `content`."""
        return cls(kind="content", content=content, usage=usage, delay=delay)

    @classmethod
    def json_content(cls, obj: Any, usage: tuple[int, int] | None = (100, 50)) -> "Reply":
        """Structured output: the message content is the JSON text of `obj`."""
        return cls(kind="content", content=json.dumps(obj, ensure_ascii=False), usage=usage)

    @classmethod
    def stream(cls, chunks: list[str], usage: tuple[int, int] | None = (40, 8), delay: float = 0.0) -> "Reply":
        """A streaming (SSE) chat completion, one delta per chunk, usage in the last event."""
        return cls(kind="stream", chunks=list(chunks), usage=usage, delay=delay)

    @classmethod
    def error(cls, status: int, message: str = "scripted error", retry_after_ms: int | None = 1) -> "Reply":
        headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
        body = json.dumps({"error": {"message": message, "type": "stub_error", "code": status}})
        return cls(kind="error", status=status, body=body, headers=headers)

    @classmethod
    def slow(cls, seconds: float, content: str = "too late") -> "Reply":
        return cls(kind="content", content=content, delay=seconds)


def _completion(model: str, content: str, usage: tuple[int, int] | None) -> dict:
    out: dict[str, Any] = {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
    }
    if usage is not None:
        out["usage"] = {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}
    return out


def _chunk(model: str, delta: dict, finish: str | None = None, usage: dict | None = None, choices: bool = True) -> str:
    event: dict[str, Any] = {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}] if choices else [],
    }
    if usage is not None:
        event["usage"] = usage
    return "data: " + json.dumps(event, ensure_ascii=False) + "\n\n"


class StubServer:
    """ThreadingHTTPServer on 127.0.0.1:<free port> serving POST /v1/chat/completions."""

    def __init__(self) -> None:
        self.script: deque[Reply] = deque()
        self.requests: list[dict] = []
        self.request_headers: list[dict[str, str]] = []
        self.paths: list[str] = []  # every POST path, including any that is not a chat completion
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError:
                    body = {"_unparsed": raw}
                with stub._lock:
                    stub.paths.append(self.path)
                    if not self.path.rstrip("/").endswith("/chat/completions"):
                        reply = None
                        return self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}))
                    stub.requests.append(body)
                    stub.request_headers.append({k.lower(): v for k, v in self.headers.items()})
                    reply = stub.script.popleft() if stub.script else None
                if reply is None:
                    return self._send(500, json.dumps({"error": {"message": "stub script exhausted"}}))
                if reply.delay:
                    time.sleep(reply.delay)
                model = body.get("model", "stub-model")
                try:
                    if reply.kind == "error":
                        self._send(reply.status, reply.body, reply.headers)
                    elif reply.kind == "raw":
                        self._send(reply.status, reply.body, reply.headers)
                    elif reply.kind == "stream" and not body.get("stream"):
                        self._send(400, json.dumps({"error": {"message": "stub expected a streaming request"}}))
                    elif reply.kind == "stream" or (body.get("stream") and reply.kind == "content"):
                        chunks = reply.chunks if reply.kind == "stream" else [reply.content]
                        self._send_stream(model, chunks, reply.usage, body)
                    else:
                        self._send(200, json.dumps(_completion(model, reply.content, reply.usage), ensure_ascii=False))
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

            def _send(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
                data = text.encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _send_stream(self, model: str, chunks: list[str], usage: tuple[int, int] | None, body: dict) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("connection", "close")
                self.end_headers()
                events = [_chunk(model, {"role": "assistant", "content": ""})]
                events += [_chunk(model, {"content": c}) for c in chunks]
                events.append(_chunk(model, {}, finish="stop"))
                wants_usage = (body.get("stream_options") or {}).get("include_usage")
                if usage is not None and wants_usage:
                    u = {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}
                    events.append(_chunk(model, {}, usage=u, choices=False))
                events.append("data: [DONE]\n\n")
                for e in events:
                    self.wfile.write(e.encode("utf-8"))
                    self.wfile.flush()
                self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def start(self) -> "StubServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "StubServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
