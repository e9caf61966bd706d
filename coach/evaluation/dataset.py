"""Labelled examples for the learned models, each with its writer (the unit of cross-validation).

Sources (development data only; never the test split, never AnnoMI):
- conversations: eval/corpus/dev/*.yaml (every writer's batch lands there, ids wNN-...);
- utterance banks: eval/utterances/dev/*.yaml (nl.yaml and en.yaml by the first bank writer, w00;
  wNN.yaml by writer wNN).

    manager_examples(root)   -> [TurnExample]   acts (+ small_talk where labelled)
    other_examples(root)     -> [TurnExample]   signals of delegatee and third-person turns
    conversations(root)      -> [Conversation]  for the phase and network-contact models
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from coach.evaluation.corpus import Conversation, load_split


@dataclass(frozen=True)
class TurnExample:
    writer: str
    group: str            # conversation id, or bank file + block: examples of one group stay in one fold
    lang: str
    text: str
    previous: str | None
    phase: str | None
    position: float | None
    labels: frozenset[str]
    small_talk: bool | None = None   # None: not labelled (older data)
    kind: str | None = None          # delegatee_kind
    meta: dict = field(default_factory=dict, compare=False, hash=False)


def conversations(root: Path, split: str = "dev") -> list[Conversation]:
    return load_split(Path(root) / "corpus", split)


def _labelled_small_talk(conv: Conversation) -> bool:
    return conv.writer not in ("w01", "w02", "w03")  # the first three writers did not mark small talk


def conversation_examples(conv: Conversation) -> tuple[list[TurnExample], list[TurnExample]]:
    """(manager turns, other speakers' turns) of one conversation."""
    managers, others = [], []
    n = len(conv.turns)
    marks = _labelled_small_talk(conv)
    for i, turn in enumerate(conv.turns):
        prev = conv.previous_text(i)
        pos = i / max(1, n - 1)
        if turn.speaker == conv.manager:
            prev = conv.previous_text(i, skip=set(conv.others or ()))
            managers.append(TurnExample(conv.writer, conv.id, conv.language, turn.text, prev, conv.phase, pos,
                                        frozenset(turn.acts or []), turn.small_talk if marks else None,
                                        conv.delegatee_kind, {"id": conv.id, "turn": i}))
        elif turn.signals is not None:
            others.append(TurnExample(conv.writer, conv.id, conv.language, turn.text, prev, conv.phase, pos,
                                      frozenset(turn.signals) - {"other"}, None, conv.delegatee_kind,
                                      {"id": conv.id, "turn": i, "third": turn.speaker in conv.others}))
    return managers, others


def bank_items(root: Path) -> list[dict]:
    items = []
    for path in sorted((Path(root) / "utterances" / "dev").glob("*.yaml")):
        writer = path.stem if path.stem.startswith("w") else "w00"
        lang_default = path.stem if path.stem in ("nl", "en") else None
        for n, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            item = dict(item)
            item.setdefault("language", lang_default)
            item.setdefault("speaker", "manager")
            item["_writer"], item["_group"] = writer, f"{path.stem}:{n // 20}"
            items.append(item)
    return items


def _bank_example(item: dict) -> TurnExample:
    manager = item["speaker"] == "manager"
    labels = item.get("acts") if manager else item.get("signals")
    small = bool(item.get("small_talk")) if item["_writer"] != "w00" else None
    return TurnExample(item["_writer"], item["_group"], item["language"], str(item["text"]),
                       item.get("previous") or None, item.get("phase"), None,
                       frozenset(labels or []) - ({"other"} if not manager else set()),
                       small if manager else None, item.get("delegatee_kind"), {"id": item.get("id")})


def manager_examples(root: Path) -> list[TurnExample]:
    out = [e for c in conversations(root) for e in conversation_examples(c)[0]]
    return out + [_bank_example(i) for i in bank_items(root) if i["speaker"] == "manager"]


def other_examples(root: Path) -> list[TurnExample]:
    out = [e for c in conversations(root) for e in conversation_examples(c)[1]]
    return out + [_bank_example(i) for i in bank_items(root) if i["speaker"] == "delegatee"]
