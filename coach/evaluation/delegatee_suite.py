"""`coach eval --suite delegatee`: the delegatee probes (eval/delegatee/probes/*.yaml, format in
eval/delegatee/PROBES.md) and the repeat check (simulated storylines, no reply said twice).

    run_delegatee(probes_dir=None, storylines=200) -> report dict
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import InputError
from coach.evaluation.runner import PROJECT_ROOT

MAX_REPLY = 600


class Probe(BaseModel):
    id: str
    writer: str
    language: str
    scenario: str
    persona: str
    phase: str
    prefix: list[str] = []
    turn: str
    expect: str
    topic: str | None = None
    note: str = ""


def eval_dir() -> Path:
    return PROJECT_ROOT / "eval" / "delegatee"


def load_probes(folder: Path | None = None) -> list[Probe]:
    folder = folder or eval_dir() / "probes"
    if not folder.is_dir():
        raise InputError(f"probe folder {folder} not found; give --probes DIR with the probe YAML files")
    probes: list[Probe] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for i, item in enumerate(data):
            try:
                probes.append(Probe.model_validate(item))
            except ValidationError as exc:
                err = exc.errors()[0]
                raise InputError(f"{path}: probe {i + 1}, field '{'.'.join(map(str, err['loc']))}': {err['msg']}; fix the file") from exc
    return probes


def _session(scenario: str, persona: str, phase: str, language: str, seed: int = 0):
    from coach.roleplay import practice

    return practice.start_session(scenario=scenario, persona=persona, phase=phase, language=language,
                                  engine="offline", seed=seed)


def content_words(text: str) -> set[str]:
    from coach.roleplay.understand import STOP

    return {w for w in re.findall(r"[0-9a-zà-ÿ]+(?:[.,][0-9]+)?", text.lower()) if (len(w) > 3 or w[0].isdigit()) and w not in STOP}


def run_probe(probe: Probe) -> dict:
    """Replay the prefix, answer the turn; the checks of PROBES.md."""
    from coach.language import detect_language
    from coach.roleplay import practice
    from coach.roleplay.content import get_scenario
    from coach.roleplay.scripted import ScriptedDelegatee

    session = _session(probe.scenario, probe.persona, probe.phase, probe.language)
    for line in probe.prefix:
        "".join(practice.send_turn(session, line))
    earlier = [t.text for t in session.turns if t.role == "delegatee"]
    previous = earlier[-1] if earlier else None
    acts = practice._acts(probe.turn, probe.language, previous, probe.phase)
    session.turns.append(practice.SessionTurn(speaker=session.manager_name, role="manager", text=probe.turn, acts=acts))
    reply = ScriptedDelegatee(seed=session.seed).answer(session, probe.turn)
    problems = []
    text = reply.text
    if not text.strip() or len(text) > MAX_REPLY:
        problems.append("empty or too long")
    elif len(text.split()) >= 4 and detect_language(text) != probe.language:
        problems.append("wrong language")
    if re.search(r"\bManager\b", text):
        problems.append("calls the user Manager")
    if text in earlier:
        problems.append("repeats an earlier reply")
    if reply.move != probe.expect:
        problems.append(f"move {reply.move}, expected {probe.expect}")
    if probe.expect == "answer_fact":
        facts = [f for topics, f in get_scenario(probe.scenario).topic_facts(probe.language) if probe.topic in topics]
        if not any(content_words(f) & content_words(text) for f in facts):
            problems.append(f"no fact on {probe.topic}")
    return {"id": probe.id, "expect": probe.expect, "move": reply.move, "language": probe.language,
            "passed": not problems, "problems": problems, "turn": probe.turn, "reply": text}


def _rates(results: list[dict], key: str) -> dict:
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        groups[r[key]].append(r["passed"])
    return {k: {"n": len(v), "passed": sum(v), "rate": sum(v) / len(v)} for k, v in sorted(groups.items())}


def _manager_lines(lang: str) -> dict[str, list[str]]:
    """Manager utterances per phase from the development banks (eval/utterances/dev)."""
    path = PROJECT_ROOT / "eval" / "utterances" / "dev" / f"{lang}.yaml"
    out: dict[str, list[str]] = defaultdict(list)
    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        text = str(item.get("text", "")).strip()
        if text and len(text) <= 400:
            out[str(item.get("phase", "delegation"))].append(text)
    return out


def repeat_check(storylines: int = 200, turns: int = 7, seed: int = 0) -> dict:
    """Simulated storylines (random manager lines, all scenarios and personas, both languages, three
    phases): how many delegatee replies repeat an earlier one of the same storyline verbatim."""
    from coach.roleplay import practice
    from coach.roleplay.content import load_personas, load_scenarios

    rng = random.Random(seed)
    scenarios, personas = sorted(load_scenarios()), sorted(load_personas())
    banks = {lang: _manager_lines(lang) for lang in ("nl", "en")}
    repeats, replies, examples = 0, 0, []
    for i in range(storylines):
        lang = ("nl", "en")[i % 2]
        session = _session(scenarios[i % len(scenarios)], personas[(i // 2) % len(personas)], "delegation", lang, seed=i)
        said: list[str] = [t.text for t in session.turns if t.role == "delegatee"]
        while True:
            bank = banks[lang].get(session.phase) or [x for v in banks[lang].values() for x in v]
            for _ in range(turns):
                "".join(practice.send_turn(session, rng.choice(bank)))
            new = [t.text for t in session.turns if t.role == "delegatee"][-turns - (1 if session.phase != "delegation" else 0):]
            for text in new:
                replies += 1
                if text in said:
                    repeats += 1
                    examples.append(text)
                said.append(text)
            if session.phase == "final":
                break
            session = practice.next_phase(session)
    return {"storylines": storylines, "replies": replies, "repeats": repeats, "examples": examples[:5]}


def run_delegatee(probes_dir: Path | None = None, storylines: int = 200) -> dict:
    probes = load_probes(probes_dir)
    results = [run_probe(p) for p in probes]
    passed = sum(r["passed"] for r in results)
    return {
        "suite": "delegatee",
        "engine": "offline",
        "probes": len(results),
        "passed": passed,
        "pass_rate": passed / len(results) if results else None,
        "by_move": _rates(results, "expect"),
        "by_language": _rates(results, "language"),
        "failures": [r for r in results if not r["passed"]],
        "repeat_check": repeat_check(storylines) if storylines else None,
    }


def delegatee_table(report: dict) -> str:
    from coach.evaluation.format import table

    lines = [f"Delegatee probes ({report['engine']}): {report['passed']}/{report['probes']} passed"
             + (f" ({report['pass_rate']:.3f})" if report["pass_rate"] is not None else "")]
    rows = [[k, v["n"], v["passed"], v["rate"]] for k, v in report["by_move"].items()]
    lines.append(table(["move", "n", "passed", "rate"], rows))
    rows = [[k, v["n"], v["passed"], v["rate"]] for k, v in report["by_language"].items()]
    lines.append(table(["language", "n", "passed", "rate"], rows))
    rc = report.get("repeat_check")
    if rc:
        lines.append(f"Repeat check: {rc['storylines']} storylines, {rc['replies']} replies, {rc['repeats']} verbatim repeats")
    for f in report["failures"][:40]:
        lines.append(f"  FAIL {f['id']}: {'; '.join(f['problems'])} | {f['turn'][:60]!r} -> {f['reply'][:80]!r}")
    return "\n".join(lines)


__all__ = ["Probe", "load_probes", "run_probe", "repeat_check", "run_delegatee", "delegatee_table", "Counter"]
