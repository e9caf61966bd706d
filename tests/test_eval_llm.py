"""`coach eval --engine llm` runs the corpus against the configured endpoint and reports the tokens used
(here a local OpenAI-compatible stub on 127.0.0.1: the real openai client, no key, no internet)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from coach.cli import run
from openai_stub_server import Reply, StubServer

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"


def test_llm_engine_eval_reports_tokens_and_stays_grounded(tmp_path, monkeypatch, capsys):
    (tmp_path / "dev").mkdir()
    shutil.copy(CORPUS / "dev" / "nl-progress-05.yaml", tmp_path / "dev")
    with StubServer() as stub:
        # a well-formed answer that judges nothing and quotes a sentence that is not in the conversation:
        # the critic retries once with the errors, then the offline judgement fills every guideline
        answer = {"acts": [], "findings": [{"guideline": "progress.positive_start", "status": "met",
                                            "evidence": [{"turn": 0, "quote": "Dit heeft niemand gezegd."}],
                                            "advice": "Goed begin."}],
                  "monkey": {"owner": "delegatee", "turn": 0}}
        stub.push(*[Reply.json_content(answer, usage=(120, 30)) for _ in range(8)])
        monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
        code = run(["eval", "--suite", "corpus", "--split", "dev", "--engine", "llm", "--corpus-dir", str(tmp_path),
                    "--format", "json", "--no-detection"])
        out = json.loads(capsys.readouterr().out)
        calls = len(stub.requests)
    assert code == 0
    assert out["engine"] == "llm" and out["n_conversations"] == 1
    assert calls == 2  # one answer and one retry
    assert out["tokens"]["total_tokens"] == 150 * calls
    assert out["grounding"] == 1.0  # the made-up quote never reaches the review
