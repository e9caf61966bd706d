"""Count the hand-written pattern alternatives in a source tree (issue 8: before and after).

Usage:  python scripts/count_patterns.py [DIR]              (default: coach/)
        python scripts/count_patterns.py --at COMMIT        (coach/ as it was at a git commit)

A regex literal is a string constant passed to re.compile / re.search / re.match / re.sub / re.findall /
re.split / re.fullmatch, or to a helper whose name ends in "rx" (the project's `_rx(*parts)` joins its
arguments with "|").  Its alternatives are counted with the regex parser: every branch of every "|", at
any depth (a literal without "|" counts 1).  Word lists written as sets of strings are not counted.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

RE_FUNCS = {"compile", "search", "match", "sub", "findall", "split", "fullmatch", "finditer"}


def branches(pattern: str) -> int:
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, TypeError, ValueError):
        return 1
    return max(1, _count(parsed))


def _count(parsed) -> int:
    total = 0
    for op, av in parsed:
        name = str(op)
        if name == "BRANCH":
            total += len(av[1]) + sum(_count(b) for b in av[1])
        elif name == "SUBPATTERN":
            total += _count(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            total += _count(av[2])
        elif name in ("ASSERT", "ASSERT_NOT"):
            total += _count(av[1])
    return total


def _is_pattern_call(node: ast.Call) -> bool:
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "re" and f.attr in RE_FUNCS:
        return True
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return name.lower().endswith("rx")


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)]
    if isinstance(node, ast.BinOp):
        return ["".join(_strings(node.left) + _strings(node.right))]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _strings(node.func.value)
    return []


REGEX_MARKS = ("\\b", "\\s", "\\w", "(?:", "(?<", "(?=", "(?!")


def count_tree(root: Path) -> tuple[int, int]:
    """(regex literals, alternatives) under root: string literals passed to a regex function, plus any other
    string literal (not a docstring) written in regex syntax (cue tables compiled elsewhere)."""
    literals = alternatives = 0
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        counted: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_pattern_call(node):
                args = node.args if _is_pattern_call_name(node) else node.args[:1]  # _rx(*parts): each part a group
                for arg in args:
                    for sub in ast.walk(arg):
                        counted.add(id(sub))
                    for s in _strings(arg):
                        literals += 1
                        alternatives += branches(s)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in counted
                    and id(node) not in docstrings and any(m in node.value for m in REGEX_MARKS)):
                literals += 1
                alternatives += branches(node.value)
    return literals, alternatives


def _is_pattern_call_name(node: ast.Call) -> bool:
    f = node.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return name.lower().endswith("rx")


def count_at(commit: str) -> tuple[int, int]:
    """The counts of coach/ at a git commit (exported to a temporary folder)."""
    import io
    import subprocess
    import tarfile
    import tempfile

    repo = Path(__file__).resolve().parents[1]
    data = subprocess.run(["git", "archive", commit, "coach"], cwd=repo, capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(tmp, filter="data")
        return count_tree(Path(tmp) / "coach")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--at":
        lits, alts = count_at(sys.argv[2])
        print(f"coach/ at {sys.argv[2]}: {lits} regex literals, {alts} pattern alternatives")
    else:
        root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "coach"
        lits, alts = count_tree(root)
        print(f"{root}: {lits} regex literals, {alts} pattern alternatives")
