"""Which visible strings are in the other language (the string-inventory test and the walkthrough).

The word lists come from the project's own bilingual content: a word is Dutch when it occurs on the
Dutch side (coach.web.i18n's NL table, prompts/*/nl.yaml, the `nl:` fields of scenarios, personas
and guidelines, the *.nl.md templates) and never on the English side, and vice versa.  A word that
occurs on both sides ("manager", "scenario", "open") belongs to neither, and so does a word of one
side that is as common in the other language ("via", "team"; word frequencies from wordfreq).  A
word that the project's content never uses belongs to the language in which it is clearly more
frequent ("speaker", "count", "error" are English; "fout" is Dutch).

    flagged = other_language(collected, "nl")   # [(where, string, [offending words])]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = ROOT / "prompts"
LANGS = ("nl", "en")
# names and technical tokens that may stand in either language
ALLOWED = {"pdf", "html", "markdown", "coach", "csv", "yaml", "vtt", "srt", "docx", "txt", "md", "llm", "api", "id",
           "gradio", "ok", "sqlite", "postgresql", "json", "utf",
           "nederlands", "english"}  # the language picker names each language in itself
SKIPPED_KEYS = {"match", "pattern", "patterns", "regex", "id", "sector", "kind", "traits", "acts"}
REGEX = re.compile(r"[|\\]|\(\?")  # patterns (e.g. the prompt-injection guard's) are no prose
CODE = re.compile(r"`[^`]*`")  # commands and paths in Markdown
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
TECHNICAL = re.compile(r"[/\\@_=<>{}$`]|://|\d")  # paths, urls, identifiers, placeholders, numbers


def words(text: str) -> list[str]:
    """The words of a string in lower case; path-, id- and number-like tokens are left out."""
    found: list[str] = []
    for token in text.split():
        if TECHNICAL.search(token):
            continue
        found += [w.lower() for w in WORD.findall(token)]
    return found


def _strings(node, side: str | None, out: dict[str, list[str]], file_lang: str | None) -> None:
    """Walk a YAML tree; a string belongs to the language of its nearest nl:/en: key, else the file's."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SKIPPED_KEYS:
                continue
            _strings(value, key if key in LANGS else side, out, file_lang)
    elif isinstance(node, list):
        for value in node:
            _strings(value, side, out, file_lang)
    elif isinstance(node, str) and not REGEX.search(node):
        lang = side or file_lang
        if lang:
            out[lang].append(node)


def _yaml_files() -> list[tuple[Path, str | None]]:
    files = [(p, p.stem) for p in PROMPTS.glob("*/*.yaml") if p.stem in LANGS]
    files += [(p, None) for p in [PROMPTS / "guidelines.yaml", *PROMPTS.glob("scenarios/*.yaml"),
                                  *PROMPTS.glob("personas/*.yaml")] if p.exists()]
    return files


@lru_cache(maxsize=1)
def corpus() -> dict[str, frozenset[str]]:
    """Every word the project's own Dutch and English content uses, per language."""
    from coach.web.i18n import EN, NL

    texts: dict[str, list[str]] = {"nl": list(NL.values()), "en": list(EN.values())}
    for path, file_lang in _yaml_files():
        _strings(yaml.safe_load(path.read_text(encoding="utf-8")), None, texts, file_lang)
    for lang in LANGS:
        texts[lang] += [p.read_text(encoding="utf-8") for p in (PROMPTS / "templates").glob(f"*.{lang}.md")]
    return {lang: frozenset(w for t in texts[lang] for w in words(CODE.sub(" ", t))) for lang in LANGS}


MARGIN = 0.8  # how much more frequent (Zipf scale, wordfreq) a word must be in one language than in the other
COMMON = 3.0  # Zipf frequency of a word in ordinary use (about once per million words)
FREQUENT = 4.0  # ...and of a frequent one (ten times per million words)


@lru_cache(maxsize=8192)
def language_of(word: str) -> str | None:
    """'nl' or 'en' when the word belongs to one language only, else None."""
    if word in ALLOWED:
        return None
    from wordfreq import zipf_frequency

    seen = corpus()
    zipf = {lang: zipf_frequency(word, lang) for lang in LANGS}
    sides = [lang for lang in LANGS if word in seen[lang]]
    if len(sides) == 2:
        return None
    if len(sides) == 1:  # the project uses it on one side only: that language, unless it is a common word of both
        side = sides[0]
        other = "en" if side == "nl" else "nl"
        return None if zipf[other] >= max(COMMON, min(FREQUENT, zipf[side] - MARGIN)) else side
    side = max(LANGS, key=zipf.get)  # a word the project never uses: the language where it is clearly more frequent
    other = "en" if side == "nl" else "nl"
    return side if zipf[side] >= COMMON and zipf[side] - zipf[other] >= MARGIN else None


SEGMENT = re.compile(r"[:;·|/()\[\]{}—–\"“”]|[.!?](?:\s|$)")  # labels, lists, quotes and sentences


def foreign_words(text: str, lang: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The words of text that belong to the other language than lang (names are never foreign)."""
    return [w for w in words(text) if w not in names and language_of(w) not in (None, lang)]


def reads_foreign(segment: str, lang: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The other language's words of a segment when they outnumber its words of lang (a Dutch
    sentence with one loanword reads as Dutch), else []."""
    kinds = [language_of(w) for w in words(segment) if w not in names]
    foreign = [w for w, k in zip([w for w in words(segment) if w not in names], kinds) if k not in (None, lang)]
    return foreign if len(foreign) > kinds.count(lang) else []


def other_language(collected: list[tuple[str, str]], lang: str, names: frozenset[str] = frozenset()):
    """[(string, [where], offending words)], one entry per distinct string that (in any of its
    segments: sentences, labels, list items) reads as the other language than lang."""
    found: dict[str, tuple[list[str], set[str]]] = {}
    for where, text in collected:
        for line in text.splitlines():
            bad = {w for part in SEGMENT.split(line) for w in reads_foreign(part, lang, names)}
            if bad:
                key = " ".join(line.split())[:160]
                places, words_ = found.setdefault(key, ([], set()))
                places.append(where)
                words_.update(bad)
    return [(line, places, sorted(bad)) for line, (places, bad) in found.items()]


def report(flagged) -> str:
    def places(where: list[str]) -> str:
        shown = list(dict.fromkeys(where))
        return ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")

    return "\n".join(f"  {line!r} <- {', '.join(bad)}  [{places(where)}]" for line, where, bad in flagged)


def persona_names() -> frozenset[str]:
    """The personas' first names (names are never 'the other language')."""
    from coach.web import domain

    return frozenset(w for p in domain.personas() for w in words(p.name))


# what the browser shows: the body's text (chart labels are SVG text inside it), and the
# aria-label, title and placeholder attributes of visible elements (not hidden from screen readers),
# and the page title; and the
# texts of <code> elements, which are left out (commands, paths)
COLLECT_JS = """
() => {
  const shown = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const name = el => el.id ? '#' + el.id : (el.closest('[id]') ? '#' + el.closest('[id]').id + ' ' : '')
    + el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
  const out = [['text', document.body.innerText], ['title', document.title]];
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
    if (el.closest('[aria-hidden="true"]') || !shown(el.closest('svg') ? el.closest('svg') : el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(attr); if (v) out.push([attr + ' of ' + name(el), v]);
    }
  }
  const codes = [...document.querySelectorAll('code')].map(c => c.innerText).filter(t => t.length > 2);
  return [out, codes];
}
"""


def collect(page, step: str) -> list[tuple[str, str]]:
    """(where, text) of everything visible on the page now; `where` names the step and the source."""
    items, codes = page.evaluate(COLLECT_JS)
    collected = []
    for where, text in items:
        for code in sorted(codes, key=len, reverse=True):  # commands and paths are no language
            text = text.replace(code, " ")
        collected.append((f"{step}: {where}", text))
    return collected
