"""The interface texts (coach.web.i18n): every key is used by some code, and every key the code asks
for exists in Dutch and in English.  Keys with a dot are Gradio's own (its front end asks for them);
keys built at run time ('status_' + status) are used through their prefix or suffix."""

from __future__ import annotations

import re
from pathlib import Path

from coach.web.i18n import EN, NL

WEB = Path(__file__).resolve().parent.parent / "coach" / "web"
# text('status_' + status, ...), text(f"phase_{p}", ...), text(f"{turn.role}_role", ...)
BUILT = re.compile(r"""(?:text|i18n)\(\s*(?:f?["']([a-z_]+)["']\s*\+|f["']([a-z_]*)\{[^}]*\}([a-z_]*)["'])""")
ASKED = re.compile(r"""(?:\btext|\bi18n)\(\s*["']([a-z_][a-z0-9_.]*)["']\s*[,)]""")  # a whole key, not 'status_' +


def _code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(WEB.glob("*.py")) if p.name != "i18n.py")


def _literals(code: str) -> set[str]:
    return set(re.findall(r"""["']([a-z_][a-z0-9_]*)["']""", code))


def _built(code: str) -> tuple[set[str], set[str]]:
    """(prefixes, suffixes) of the keys the code builds at run time."""
    prefixes, suffixes = set(), set()
    for plus, before, after in BUILT.findall(code):
        if plus or before:
            prefixes.add(plus or before)
        if after:
            suffixes.add(after)
    return prefixes, suffixes


def test_both_languages_have_the_same_keys():
    assert sorted(set(EN) ^ set(NL)) == []


def test_every_key_is_used_by_some_code():
    code = _code()
    literals = _literals(code)
    prefixes, suffixes = _built(code)
    assert {"status_", "phase_", "compare_", "lang_"} <= prefixes and "_role" in suffixes  # the scan sees them
    unused = [k for k in EN if "." not in k and k not in literals
              and not any(k.startswith(p) for p in prefixes) and not any(k.endswith(s) for s in suffixes)]
    assert unused == [], f"texts no code uses (remove them from coach/web/i18n.py): {unused}"


def test_every_key_the_code_asks_for_exists_in_both_languages():
    asked = set(ASKED.findall(_code()))
    assert len(asked) > 50  # the scan finds the calls
    missing = sorted(k for k in asked if k not in EN or k not in NL)
    assert missing == [], f"texts asked for but missing in Dutch or English: {missing}"


def test_the_check_finds_an_unused_and_a_built_key():
    code = "text('status_' + s, lang)\ntext(f\"{turn.role}_role\", lang)\nx = text('hello', lang)"
    assert _built(code) == ({"status_"}, {"_role"})
    assert "hello" in _literals(code) and "goodbye" not in _literals(code)
