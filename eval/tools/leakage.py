"""Find test-split text outside the test split: quoted in docs, or copied into development data.

Usage:  .venv/bin/python eval/tools/leakage.py          (exit 1 and one line per leak)

A leak is (a) a quoted passage ("..." or '...', 12+ characters) in eval/README.md, eval/WRITING.md,
eval/agreement/*.md or README.md that occurs in a test-split turn, or (b) an utterance-bank item that, in
the first bank (nl.yaml, en.yaml: written after the test split by the session that wrote it), repeats a
clause of a test-split turn (4+ words) or, in any bank, whose words are, for 80% or more, the words of one
test-split turn (5+ words).  Later writers never saw the test split, so a common clause they share with it
by chance (a stock question about next time) is no copy.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("eval/README.md", "eval/WRITING.md", "eval/agreement/adjudication.md", "README.md")
QUOTE = re.compile(r"\"([^\"\n]{12,}?)\"|“([^”\n]{12,}?)”")
WORD = re.compile(r"[^\W\d_]+")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def test_turns(root: Path = ROOT) -> list[str]:
    out = []
    for path in sorted((root / "eval" / "corpus" / "test").glob("*.yaml")):
        out += [str(t["text"]) for t in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]]
    return out


def quoted_leaks(root: Path = ROOT) -> list[str]:
    turns = [_norm(t) for t in test_turns(root)]
    leaks = []
    for doc in DOCS:
        path = root / doc
        if not path.exists():
            continue
        for m in QUOTE.finditer(path.read_text(encoding="utf-8")):
            quote = _norm((m.group(1) or m.group(2)).rstrip(".…"))
            if len(quote) >= 12 and any(quote in t for t in turns):
                leaks.append(f"{doc}: quotes test-split text {quote[:60]!r}")
    return leaks


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _sentences(text: str) -> list[str]:
    return [" ".join(WORD.findall(s.lower())) for s in re.split(r"[.!?,;:]+\s*", text)]


def copied_items(root: Path = ROOT) -> list[str]:
    turns = test_turns(root)
    tests = [w for w in (_words(t) for t in turns) if len(w) >= 5]
    test_sentences = {s for t in turns for s in _sentences(t) if len(s.split()) >= 4}
    leaks = []
    sources = []
    for path in sorted((root / "eval" / "utterances" / "dev").glob("*.yaml")):
        sources += [(f"{path.name} {i.get('id')}", str(i.get("text", ""))) for i in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    for where, text in sources:
        if where.split(".yaml")[0] in ("nl", "en") and any(s in test_sentences for s in _sentences(text)):
            leaks.append(f"{where}: repeats a test-split sentence: {text[:70]!r}")
            continue
        words = _words(text)
        if len(words) < 5:
            continue
        for t in tests:
            if len(words & t) >= 0.8 * len(words) and len(words & t) >= 0.8 * len(t):
                leaks.append(f"{where}: copies a test-split turn: {text[:70]!r}")
                break
    return leaks


def main() -> int:
    leaks = quoted_leaks() + copied_items()
    for leak in leaks:
        print(leak)
    print(f"{len(leaks)} leak(s)", file=sys.stderr)
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
