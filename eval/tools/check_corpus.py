"""Check the labelled evaluation corpus (eval/corpus/<split>/<id>.yaml).

Usage:  .venv/bin/python eval/tools/check_corpus.py [--table] [--turns ID] [CORPUS_DIR]

Checks every file against the fixed corpus format and the labelling rules of
labels.md; prints one line per problem and exits 1 when there is any.
--table prints the composition table (language x phase x style x kind x persona).
--turns ID prints the numbered turns of one conversation (to find monkey turns).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from coach.models import check_act_set

PHASE_GUIDELINES = {
    "delegation": ["result", "instruction", "checkpoints", "motivation", "fit_to_experience", "let_go"],
    "progress": ["positive_start", "ask_obstacles", "ask_not_answer", "listen_summarize", "monkey_back", "respect_return"],
    "final": ["result_vs_agreement", "what_went_well", "lessons", "appreciation"],
}
STATUSES = {"met", "partly", "missed", "not_applicable"}
REQUIRED = ["id", "language", "phase", "split", "manager", "delegatee", "delegatee_kind", "persona",
            "manager_style", "scenario", "turns", "guidelines"]
ID_RE = re.compile(r"^(?:w\d{2}-)?(nl|en)-(delegation|progress|final)-\d{2}$")
SIGNALS = {"obstacle", "hand_up", "hand_back", "commitment", "small_talk", "other"}
WRITER_RE = re.compile(r"^w\d{2}$")
OWNERS = {"delegatee", "manager", "shared", "none"}


def check_file(path: Path, seen_ids: set[str]) -> list[str]:
    """Return the problems of one corpus file (empty when it is fine)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"does not parse: {str(exc).splitlines()[0]}"]
    if not isinstance(doc, dict):
        return ["top level is not a mapping"]
    errs = [f"missing field {k}" for k in REQUIRED if k not in doc]
    if errs:
        return errs
    cid, phase, lang = doc["id"], doc["phase"], doc["language"]
    m = ID_RE.match(str(cid))
    if not m or m.group(1) != lang or m.group(2) != phase:
        errs.append(f"id {cid!r} does not match [wNN-]<language>-<phase>-<nn>")
    writer = doc.get("writer")
    if writer is not None and (not WRITER_RE.match(str(writer)) or (str(cid).startswith("w") and not str(cid).startswith(f"{writer}-"))):
        errs.append(f"writer {writer!r} must be wNN and prefix the id (ids without a prefix: the first three writers)")
    if path.stem != cid:
        errs.append(f"file name {path.name} does not match id {cid}")
    if cid in seen_ids:
        errs.append(f"duplicate id {cid}")
    seen_ids.add(cid)
    if path.parent.name != "conversations" and doc["split"] != path.parent.name:
        errs.append(f"split {doc['split']} but file is in folder {path.parent.name}")
    if lang not in ("nl", "en"):
        errs.append(f"language {lang}")
    if phase not in PHASE_GUIDELINES:
        return errs + [f"unknown phase {phase}"]
    if doc["delegatee_kind"] not in ("employee", "network"):
        errs.append(f"delegatee_kind {doc['delegatee_kind']}")
    if doc["manager_style"] not in ("good", "poor", "mixed"):
        errs.append(f"manager_style {doc['manager_style']}")
    persona = doc["persona"] or {}
    if persona.get("competence") not in ("new", "experienced") or persona.get("motivation") not in ("low", "high"):
        errs.append(f"persona {persona}")
    turns = doc["turns"] or []
    if not 8 <= len(turns) <= 40:
        errs.append(f"{len(turns)} turns (must be 8-40)")
    labelled = any("signals" in t for t in turns if t.get("speaker") != doc["manager"])
    errs += _check_turns(doc, turns, labelled_signals=labelled)  # signals on every other turn, or on none
    expected = {f"{phase}.{g}" for g in PHASE_GUIDELINES[phase]}
    got = doc["guidelines"] or {}
    for g in sorted(expected - set(got)):
        errs.append(f"guideline {g} has no status")
    for g in sorted(set(got) - expected):
        errs.append(f"guideline {g} does not belong to phase {phase}")
    for g, s in got.items():
        if s not in STATUSES:
            errs.append(f"guideline {g}: status {s!r}")
    errs += _check_rules(doc, turns, got)
    return errs


def _check_turns(doc: dict, turns: list, labelled_signals: bool) -> list[str]:
    """Acts on every manager turn, signals (new batches) on everyone else's, known speakers only."""
    errs, speakers = [], set()
    others = set(doc.get("others") or [])
    if others & {doc["manager"], doc["delegatee"]}:
        errs.append("others must not name the manager or the delegatee")
    for i, t in enumerate(turns):
        speakers.add(t.get("speaker"))
        if not str(t.get("text", "")).strip():
            errs.append(f"turn {i}: empty text")
        if t.get("speaker") == doc["manager"]:
            errs += [f"turn {i}: {e}" for e in check_manager_labels(t)]
        elif t.get("speaker") == doc["delegatee"] or t.get("speaker") in others:
            errs += [f"turn {i}: {e}" for e in check_other_labels(t, required=labelled_signals)]
        else:
            errs.append(f"turn {i}: unknown speaker {t.get('speaker')!r}")
    if not {doc["manager"], doc["delegatee"]} <= speakers:
        errs.append(f"speakers {speakers} lack the manager or the delegatee")
    return errs


def check_manager_labels(item: dict) -> list[str]:
    """A manager turn or utterance: a valid act set; small_talk only with acts [other]."""
    if "signals" in item:
        return ["manager turn carries signals"]
    if not item.get("acts"):
        return ["manager turn without acts"]
    try:
        check_act_set(list(item["acts"]))
    except ValueError as exc:
        return [str(exc)]
    if item.get("small_talk") and list(item["acts"]) != ["other"]:
        return ["small_talk: true needs acts [other]"]
    return []


def check_other_labels(item: dict, required: bool) -> list[str]:
    """A delegatee or third-person turn: no acts; signals from labels.md section 4, `other` alone."""
    if "acts" in item or "small_talk" in item:
        return ["a non-manager turn carries acts or small_talk (use signals)"]
    sig = item.get("signals")
    if sig is None:
        return ["non-manager turn without signals"] if required else []
    if not sig or not isinstance(sig, list) or set(sig) - SIGNALS:
        return [f"signals {sig!r}: use a list of {sorted(SIGNALS)}"]
    if len(set(sig)) != len(sig) or ("other" in sig and len(sig) > 1):
        return [f"signals {sig!r}: no duplicates, `other` alone"]
    return []


def _check_rules(doc: dict, turns: list, got: dict) -> list[str]:
    """Cross-field rules of labels.md section 2 and 3."""
    errs = []
    phase, network = doc["phase"], doc["delegatee_kind"] == "network"
    if phase == "delegation":
        fit = got.get("delegation.fit_to_experience")
        if network and fit != "not_applicable":
            errs.append("fit_to_experience must be not_applicable for a network contact")
        if not network and fit == "not_applicable":
            errs.append("fit_to_experience is judged for an employee")
    if phase != "progress":
        if "monkey" in doc and doc["monkey"] is not None:
            errs.append("monkey present outside the progress phase")
        return errs
    monkey = doc.get("monkey")
    if not isinstance(monkey, dict):
        return errs + ["progress conversation without monkey verdict"]
    owner, turn = monkey.get("owner"), monkey.get("turn")
    if owner not in OWNERS:
        errs.append(f"monkey owner {owner!r}")
    if owner == "none":
        if turn is not None:
            errs.append("monkey owner none needs turn null")
        for g in ("progress.ask_not_answer", "progress.monkey_back"):
            if got.get(g) != "not_applicable":
                errs.append(f"no open problem (owner none) but {g} is {got.get(g)}")
    else:
        if not isinstance(turn, int) or not 0 <= turn < len(turns):
            errs.append(f"monkey turn {turn!r} out of range")
        elif turns[turn].get("speaker") != doc["manager"]:
            errs.append(f"monkey turn {turn} is not a manager turn")
    rr = got.get("progress.respect_return")
    if rr != "not_applicable":
        if not network:
            errs.append("respect_return judged but the delegatee is not a network contact")
        if got.get("progress.monkey_back") != "not_applicable":
            errs.append("a network contact handed back: monkey_back must be not_applicable")
    return errs


def composition(docs: list[dict]) -> str:
    """Markdown tables of the corpus composition: margins per split x language, then one row per conversation."""
    cols = [("test", "nl"), ("test", "en"), ("dev", "nl"), ("dev", "en")]
    lines = ["| count | test nl | test en | dev nl | dev en | all |", "|---|---|---|---|---|---|"]
    rows = [("phase", lambda d: d["phase"]), ("style", lambda d: d["manager_style"]),
            ("phase x style", lambda d: f"{d['phase']} {d['manager_style']}"),
            ("kind", lambda d: d["delegatee_kind"]),
            ("persona", lambda d: f"{d['persona']['competence']}/{d['persona']['motivation']}"),
            ("monkey owner", lambda d: (d.get("monkey") or {}).get("owner", "-") if d["phase"] == "progress" else None)]
    for name, key in rows:
        for val in sorted({key(d) for d in docs} - {None}):
            cells = [sum(1 for d in docs if (d["split"], d["language"]) == col and key(d) == val) for col in cols]
            lines.append(f"| {name}: {val} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    total = [sum(1 for d in docs if (d["split"], d["language"]) == col) for col in cols]
    lines.append("| total | " + " | ".join(map(str, total)) + f" | {sum(total)} |")
    lines += ["", "| id | split | style | kind | persona | turns | scenario |", "|---|---|---|---|---|---|---|"]
    for d in sorted(docs, key=lambda d: (d["split"] != "test", d["id"])):
        persona = f"{d['persona']['competence']}/{d['persona']['motivation']}"
        lines.append(f"| {d['id']} | {d['split']} | {d['manager_style']} | {d['delegatee_kind']} | {persona} "
                     f"| {len(d['turns'])} | {d['scenario'].split(':')[0]} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args and "--turns" not in argv else Path(__file__).resolve().parents[1] / "corpus"
    if "--turns" in argv:
        want = argv[argv.index("--turns") + 1]
        for p in root.glob(f"*/{want}.yaml"):
            doc = yaml.safe_load(p.read_text(encoding="utf-8"))
            for i, t in enumerate(doc["turns"]):
                print(f"{i:2d} {t['speaker']:>8}: {t.get('acts', '')}  {t['text'][:90]}")
        return 0
    seen: set[str] = set()
    problems, docs = 0, []
    for path in sorted(root.glob("*/*.yaml")):
        if path.parent.name not in ("dev", "test", "conversations"):
            print(f"{path}: folder must be dev or test")
            problems += 1
            continue
        errs = check_file(path, seen)
        for e in errs:
            print(f"{path.relative_to(root)}: {e}")
        problems += len(errs)
        if not errs:
            docs.append(yaml.safe_load(path.read_text(encoding="utf-8")))
    print(f"{len(docs)} conversations fine, {problems} problem(s)", file=sys.stderr)
    if "--table" in argv:
        print(composition(docs))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
