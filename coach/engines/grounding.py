"""Grounding the LLM critic's answer in the conversation: check it, repair what is close,
drop what is not there.

- Guideline ids: only those of the review's phase; others are dropped.
- Evidence: every quote must be found in the turn it cites.  Small differences
  (case, whitespace, curly vs straight quotes, punctuation, a few characters)
  are repaired to the exact text of the turn (difflib); quotes that are not
  there are dropped.  No ungrounded quote ever reaches a Review.
- A `met` needs evidence; without a grounded quote the finding fails.
- Acts: the LLM's labels per manager turn, but what the offline engine is
  certain of is kept (a turn with a question mark that the offline tagger
  read as a question stays a question).
- Advice must be in the conversation's language.

Each check returns the usable result plus a list of errors, written so they
can be sent back to the model in the one retry.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from coach.models import QUESTION_ACTS, Evidence, Finding, MonkeyVerdict, ReviewTurn, check_act_set

from coach.engines.llm_schema import LLMCritique, LLMFinding, LLMMonkey, LLMTurnActs

_QUOTE_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                              "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_ELLIPSIS = re.compile(r"\.\.\.+|\u2026")
_STRIP = " \t\n\"'\u2018\u2019\u201c\u201d\u201e"


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lower-case letters and digits with single spaces between words, and for each
    character of the result its position in `text` (punctuation and quotes dropped)."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTE_CHARS)):
        if ch.isalnum():
            chars.append(ch.lower())
            where.append(i)
        elif chars and chars[-1] != " ":
            chars.append(" ")
            where.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


def _span(text: str, where: list[int], start: int, end: int, tail: bool = False) -> str:
    """The exact text of `text` covering normalised positions start..end-1
    (with the punctuation right after it when `tail`: the quote ended in punctuation)."""
    stop = where[end - 1] + 1
    while tail and stop < len(text) and not text[stop].isalnum() and not text[stop].isspace():
        stop += 1
    return text[where[start] : stop].strip()


def _fuzzy(nq: str, nt: str) -> tuple[int, int] | None:
    """Best word-aligned window of `nt` that differs from `nq` in only a few characters.

    Windows of about the quote's word count are ranked by a cheap word-level
    comparison; only the best few are compared character by character.
    """
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", nt)]
    words = [nt[a:b] for a, b in spans]
    qwords = nq.split()
    n = len(qwords)
    by_words = difflib.SequenceMatcher(autojunk=False)
    by_words.set_seq2(qwords)
    ranked: list[tuple[float, int, int]] = []
    for i in range(len(words)):
        for size in range(max(1, n - 2), n + 3):
            if i + size > len(words):
                break
            by_words.set_seq1(words[i : i + size])
            ranked.append((by_words.ratio(), spans[i][0], spans[i + size - 1][1]))
    ranked.sort(reverse=True)
    by_chars = difflib.SequenceMatcher(autojunk=False)
    by_chars.set_seq2(nq)
    best: tuple[float, int, int] | None = None
    for _, s, e in ranked[:5]:
        by_chars.set_seq1(nt[s:e])
        ratio = by_chars.ratio()
        if best is None or ratio > best[0]:
            best = (ratio, s, e)
    if best is None:
        return None
    ratio, s, e = best
    differing = (len(nq) + (e - s)) * (1 - ratio) / 2
    if ratio >= 0.85 and differing <= max(3, 0.1 * len(nq)):
        return s, e
    return None


def ground_quote(quote: str, text: str) -> str | None:
    """`quote` as exact text of `text`, repaired when it differs a little; None when it is not there."""
    q = quote.strip(_STRIP)
    if not q:
        return None
    if q in text:
        return q
    if _ELLIPSIS.search(q):  # "Fijn dat ... staat": keep the longest part that is really there
        parts = sorted((p.strip(_STRIP) for p in _ELLIPSIS.split(q)), key=len, reverse=True)
        for part in parts:
            if len(part.split()) >= 3:
                found = ground_quote(part, text)
                if found:
                    return found
        return None
    nq, _ = _normalised(q)
    nt, where = _normalised(text)
    if not nq or not nt:
        return None
    tail = not q[-1].isalnum()
    pos = nt.find(nq)
    if pos >= 0:
        return _span(text, where, pos, pos + len(nq), tail) or None
    if len(nq) < 8:  # too short to repair safely
        return None
    window = _fuzzy(nq, nt)
    return _span(text, where, *window, tail) if window else None


@dataclass
class GroundedFinding:
    finding: Finding | None  # None: not usable, the offline judgement takes over
    errors: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.finding is not None and not self.errors


def ground_finding(candidate: LLMFinding, turns: list[str], lang: str) -> GroundedFinding:
    """Check one finding whose guideline already belongs to the phase."""
    gid = candidate.guideline
    errors: list[str] = []
    evidence: list[Evidence] = []
    for ev in candidate.evidence:
        if not 0 <= ev.turn < len(turns):
            errors.append(f"{gid}: evidence cites turn {ev.turn}, which does not exist")
            continue
        exact = ground_quote(ev.quote, turns[ev.turn])
        if exact is None:
            errors.append(f"{gid}: the quote {ev.quote[:80]!r} is not in turn {ev.turn}")
        elif not any(e.turn == ev.turn and e.quote == exact for e in evidence):
            evidence.append(Evidence(turn=ev.turn, quote=exact))
    advice = candidate.advice.strip()
    if advice and not advice_in_language(advice, lang):
        errors.append(f"{gid}: the advice is not in {'Dutch' if lang == 'nl' else 'English'}")
        return GroundedFinding(None, errors)
    if candidate.status == "met" and not evidence:
        errors.append(f"{gid}: `met` needs a quote that appears in the conversation")
        return GroundedFinding(None, errors)
    finding = Finding(guideline=gid, status=candidate.status, evidence=evidence, advice=advice, engine="llm")
    return GroundedFinding(finding, errors)


def ground_findings(candidates: list[LLMFinding], phase_ids: list[str], turns: list[str], lang: str
                    ) -> tuple[dict[str, GroundedFinding], list[str]]:
    """Per guideline of the phase: the grounded finding (missing ones are absent); plus general errors."""
    out: dict[str, GroundedFinding] = {}
    errors: list[str] = []
    for c in candidates:
        if c.guideline not in phase_ids:
            errors.append(f"guideline {c.guideline!r} is not a guideline of this phase; use only {', '.join(phase_ids)}")
        elif c.guideline in out:
            errors.append(f"guideline {c.guideline} appears more than once; give it once")
        else:
            out[c.guideline] = ground_finding(c, turns, lang)
    for gid in phase_ids:
        if gid not in out:
            errors.append(f"guideline {gid} has no finding")
    return out, errors


def advice_in_language(advice: str, lang: str) -> bool:
    """False only when a longer advice is clearly in the other language (nl vs en)."""
    if len(advice) < 40:
        return True
    found, prob = _identifier().classify(advice)
    return found == lang or prob < 0.9


@lru_cache(maxsize=1)
def _identifier():
    """py3langid restricted to Dutch and English, with probabilities."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["nl", "en"])
    return ident


def offline_certain_acts(turn: ReviewTurn) -> list[str]:
    """Acts the offline engine is sure of: the question type of a turn that has a question mark."""
    if "?" not in turn.text:
        return []
    return [a for a in turn.acts if a in QUESTION_ACTS]


def merge_acts(llm: list[str], offline: ReviewTurn) -> list[str]:
    """The LLM's acts for a manager turn, keeping what the offline engine is certain of; a valid act set."""
    acts: list[str] = []
    for a in llm:
        if a not in acts:
            acts.append(a)
    certain = offline_certain_acts(offline)
    questions = [a for a in acts if a in QUESTION_ACTS]
    if certain and not questions:
        acts.extend(certain)
    elif len(questions) > 1:
        keep = next((q for q in questions if q in certain), questions[0])
        acts = [a for a in acts if a not in QUESTION_ACTS or a == keep]
    if "other" in acts and len(acts) > 1:
        acts.remove("other")
    try:
        return check_act_set(acts) if acts else list(offline.acts)
    except ValueError:
        return list(offline.acts)


def ground_acts(candidates: list[LLMTurnActs], offline_turns: list[ReviewTurn]) -> tuple[dict[int, list[str]], list[str]]:
    """Acts per manager turn (every manager turn gets a valid set); plus notes on what was replaced."""
    given: dict[int, list[str]] = {}
    for c in candidates:
        given.setdefault(c.turn, []).extend(c.acts)
    out: dict[int, list[str]] = {}
    notes: list[str] = []
    for t in offline_turns:
        if t.role != "manager":
            continue
        if t.index not in given:
            notes.append(f"manager turn {t.index} has no acts")
            out[t.index] = list(t.acts)
        else:
            out[t.index] = merge_acts(given[t.index], t)
    return out, notes


def ground_monkey(candidate: LLMMonkey | None, phase: str, turns: list[ReviewTurn]) -> tuple[MonkeyVerdict | None, list[str]]:
    """The monkey verdict for a progress review (None when unusable, with the reason); None elsewhere."""
    if phase != "progress":
        return None, []
    if candidate is None:
        return None, ["a progress review needs the monkey verdict"]
    if candidate.owner == "none":
        return MonkeyVerdict(owner="none", turn=None), []
    t = candidate.turn
    if t is None or not 0 <= t < len(turns) or turns[t].role != "manager":
        return None, [f"monkey owner {candidate.owner} needs the manager turn that decided it (got {t})"]
    return MonkeyVerdict(owner=candidate.owner, turn=t), []


@dataclass
class GroundedCritique:
    findings: dict[str, GroundedFinding]
    acts: dict[int, list[str]]
    monkey: MonkeyVerdict | None
    errors: list[str]  # what the retry message lists; empty = fully usable

    @property
    def usable(self) -> bool:
        return not self.errors


def ground_critique(critique: LLMCritique, *, phase: str, phase_ids: list[str], offline_turns: list[ReviewTurn],
                    lang: str) -> GroundedCritique:
    texts = [t.text for t in offline_turns]
    findings, errors = ground_findings(critique.findings, phase_ids, texts, lang)
    for g in findings.values():
        errors.extend(g.errors)
    acts, _notes = ground_acts(critique.acts, offline_turns)
    monkey, monkey_errors = ground_monkey(critique.monkey, phase, offline_turns)
    return GroundedCritique(findings, acts, monkey, errors + monkey_errors)
