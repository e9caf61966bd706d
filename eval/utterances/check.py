"""Validate the development utterance bank and print counts per act.

    .venv/bin/python eval/utterances/check.py            # validate; exit 1 with one line per problem
    .venv/bin/python eval/utterances/check.py --table    # + markdown table of counts per act and phase
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import yaml

from coach.models import ACTS, check_act_set

HERE = Path(__file__).resolve().parent
LANGS = ("nl", "en")
PHASES = ("delegation", "progress", "final")
FIELDS = ("id", "phase", "previous", "text", "acts")
MIN_PER_ACT = 25


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def check_file(lang: str, path: Path, problems: list[str]) -> list[dict]:
    if not path.exists():
        problems.append(f"{path}: missing")
        return []
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        problems.append(f"{path}: not valid YAML ({str(exc).splitlines()[0]})")
        return []
    if not isinstance(items, list):
        problems.append(f"{path}: expected a list of items")
        return []
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    good = []
    for n, item in enumerate(items):
        where = f"{path.name} item {n}"
        if not isinstance(item, dict) or set(item) != set(FIELDS):
            problems.append(f"{where}: fields must be exactly {FIELDS}")
            continue
        where = f"{path.name} {item['id']}"
        if not re.fullmatch(rf"{lang}-\d{{3}}", str(item["id"])):
            problems.append(f"{where}: id must look like {lang}-001")
        if item["id"] in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(item["id"])
        if item["phase"] not in PHASES:
            problems.append(f"{where}: phase {item['phase']!r} not in {PHASES}")
        if not isinstance(item["previous"], str):
            problems.append(f"{where}: previous must be a string (\"\" at the start)")
        if not isinstance(item["text"], str) or not item["text"].strip():
            problems.append(f"{where}: text must be a non-empty string")
            continue
        key = _norm(item["text"])
        if key in seen_texts:
            problems.append(f"{where}: same text as {seen_texts[key]}")
        seen_texts[key] = item["id"]
        acts = item["acts"]
        if not isinstance(acts, list) or not acts:
            problems.append(f"{where}: acts must be a non-empty list")
            continue
        try:
            check_act_set([str(a) for a in acts])
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        good.append(item)
    return good


def counts(items: list[dict]) -> dict[str, collections.Counter]:
    table: dict[str, collections.Counter] = {a: collections.Counter() for a in ACTS}
    for item in items:
        for act in item["acts"]:
            table[act][item["phase"]] += 1
    return table


def main(argv: list[str]) -> int:
    problems: list[str] = []
    by_lang = {lang: check_file(lang, HERE / "dev" / f"{lang}.yaml", problems) for lang in LANGS}
    tables = {lang: counts(items) for lang, items in by_lang.items()}
    for lang, table in tables.items():
        for act, per_phase in table.items():
            if sum(per_phase.values()) < MIN_PER_ACT:
                problems.append(f"{lang}: act {act} has {sum(per_phase.values())} positives, need {MIN_PER_ACT}")
    for line in problems:
        print(line)
    summary = ", ".join(f"{lang} {len(items)} items" for lang, items in by_lang.items())
    print(f"{len(problems)} problems; {summary}")
    if "--table" in argv:
        print("\n| act | nl | nl d/p/f | en | en d/p/f |\n|---|---|---|---|---|")
        for act in ACTS:
            cells = []
            for lang in LANGS:
                c = tables[lang][act]
                cells += [str(sum(c.values())), "/".join(str(c[p]) for p in PHASES)]
            print(f"| {act} | " + " | ".join(cells) + " |")
        print("| items | " + " | ".join(f"{len(by_lang[l])} | " + "/".join(
            str(sum(1 for i in by_lang[l] if i['phase'] == p)) for p in PHASES) for l in LANGS) + " |")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
