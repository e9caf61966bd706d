"""Agreement between two annotations of the same conversations (first = A, second = B).

Matches conversations by id; both annotations must hold the same turns.
Reports Cohen's kappa per act (presence per manager turn), question-type
kappa, guideline status agreement (share equal and kappa), monkey agreement,
and every disagreement for adjudication.
"""

from __future__ import annotations

from pathlib import Path

from coach.errors import InputError
from coach.evaluation.corpus import Conversation, load_folder, question_type
from coach.evaluation.metrics import accuracy, cohen_kappa
from coach.models import ACTS


def compare_folders(first: Path, second: Path) -> dict:
    return compare(load_folder(Path(first)), load_folder(Path(second)))


def compare(first: list[Conversation], second: list[Conversation]) -> dict:
    by_id = {c.id: c for c in second}
    pairs = [(a, by_id[a.id]) for a in first if a.id in by_id]
    if not pairs:
        raise InputError("the two folders share no conversation id; compare annotations of the same conversations")
    for a, b in pairs:
        _same_conversation(a, b)
    unmatched = sorted({c.id for c in first} ^ {c.id for c in second})
    disagreements: list[dict] = []
    report = {"suite": "agreement", "n_conversations": len(pairs), "unmatched": unmatched}
    report.update(_acts(pairs, disagreements))
    report.update(_guidelines(pairs, disagreements))
    report.update(_monkey(pairs, disagreements))
    report["disagreements"] = disagreements
    return report


def _same_conversation(a: Conversation, b: Conversation) -> None:
    if [(t.speaker, t.text) for t in a.turns] != [(t.speaker, t.text) for t in b.turns]:
        raise InputError(f"{a.id}: the two annotations hold different turns; annotate copies of the same file")
    if a.manager != b.manager or a.phase != b.phase:
        raise InputError(f"{a.id}: the two annotations disagree on manager or phase; fix the copy")


def _acts(pairs: list[tuple[Conversation, Conversation]], disagreements: list[dict]) -> dict:
    first, second = [], []
    for a, b in pairs:
        for i in a.manager_turn_indices():
            acts_a, acts_b = a.turns[i].acts or [], b.turns[i].acts or []
            first.append(set(acts_a))
            second.append(set(acts_b))
            if set(acts_a) != set(acts_b):
                disagreements.append(_row(a.id, i, "acts", ", ".join(acts_a), ", ".join(acts_b)))
    per_act = {}
    for act in ACTS:
        col_a = [act in s for s in first]
        col_b = [act in s for s in second]
        per_act[act] = {
            "kappa": cohen_kappa(col_a, col_b),
            "agreement": accuracy(col_a, col_b),
            "n_first": sum(col_a),
            "n_second": sum(col_b),
        }
    return {
        "n_manager_turns": len(first),
        "acts": per_act,
        "question_kappa": cohen_kappa([question_type(list(s)) for s in first], [question_type(list(s)) for s in second]),
        "acts_exact_agreement": accuracy([frozenset(s) for s in first], [frozenset(s) for s in second]),
    }


def _guidelines(pairs: list[tuple[Conversation, Conversation]], disagreements: list[dict]) -> dict:
    first, second, per_guideline = [], [], {}
    for a, b in pairs:
        for gid, status in a.guidelines.items():
            other = b.guidelines.get(gid)
            first.append(status)
            second.append(other)
            cols = per_guideline.setdefault(gid, ([], []))
            cols[0].append(status)
            cols[1].append(other)
            if status != other:
                disagreements.append(_row(a.id, None, gid, status, str(other)))
    return {
        "guideline_agreement": accuracy(first, second),
        "guideline_kappa": cohen_kappa(first, second),
        "guidelines": {
            gid: {"agreement": accuracy(x, y), "kappa": cohen_kappa(x, y), "n": len(x)}
            for gid, (x, y) in sorted(per_guideline.items())
        },
    }


def _monkey(pairs: list[tuple[Conversation, Conversation]], disagreements: list[dict]) -> dict:
    first, second, same_turn = [], [], []
    for a, b in pairs:
        if a.phase != "progress" or a.monkey is None or b.monkey is None:
            continue
        first.append(a.monkey.owner)
        second.append(b.monkey.owner)
        same_turn.append(a.monkey.turn == b.monkey.turn)
        if a.monkey != b.monkey:
            disagreements.append(
                _row(a.id, a.monkey.turn, "monkey", f"{a.monkey.owner}@{a.monkey.turn}", f"{b.monkey.owner}@{b.monkey.turn}")
            )
    return {
        "n_progress": len(first),
        "monkey_agreement": accuracy(first, second),
        "monkey_kappa": cohen_kappa(first, second),
        "monkey_turn_agreement": sum(same_turn) / len(same_turn) if same_turn else None,
    }


def _row(conversation: str, turn: int | None, item: str, first: str, second: str) -> dict:
    return {"conversation": conversation, "turn": turn, "item": item, "first": first, "second": second}
