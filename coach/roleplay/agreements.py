"""What was agreed in a conversation, carried into the next phase of the storyline.

Two forms, both in `Agreements`:
- the manager's own statements per kind (result, instruction, checkpoints, next_steps), from the turns'
  acts; questions are not agreements, and one result is kept;
- `record`, an `AgreementRecord`: the result the delegatee works towards, its mandate and means (an amount,
  making arrangements itself), checkpoints with their dates, the next step and who holds it (the monkey),
  all in the delegatee's words (phrasebook `record_*`), never the manager's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.roleplay.content import get_scenario, load_phrasebook
from coach.roleplay.models import AgreementRecord, Agreements, Checkpoint, Scenario, Session
from coach.roleplay.understand import words

FIELD_OF_ACT = {
    "result": "result",
    "instruction": "instruction",
    "checkpoint": "checkpoints",
    "monkey_back": "next_steps",
}
AMOUNT = re.compile(r"(?:€\s*\d[\d.,]*|\d[\d.,]*\s*(?:euro|eur\b|k\b))", re.I)


def _quotes(text: str, lang: str, previous: str | None, tagger: Callable | None) -> dict[str, list[str]]:
    """act -> the verbatim words that carry it, from the tagger (empty when it cannot say)."""
    if tagger is None:
        from coach.tagger import tag_turn as tagger
    try:
        hits = tagger(text, lang, previous)
    except NotImplementedError:
        return {}
    out: dict[str, list[str]] = {}
    for h in hits:
        act = getattr(getattr(h, "act", None), "value", None)
        quote = getattr(h, "quote", None)
        if act and quote and quote in text:
            out.setdefault(act, []).append(quote.strip())
    return out


def _add(items: list[str], text: str) -> None:
    text = " ".join(text.split())
    if text and text not in items:
        items.append(text)


def is_question(text: str) -> bool:
    return text.strip().endswith("?")


def when_of(text: str, lang: str) -> str:
    """The moment a turn names ("vrijdag", "14 november", "next week"), or ""."""
    topics = load_phrasebook(lang).topics
    low = " ".join(text.lower().split())
    months = "|".join(topics.get("months", []))
    if months:
        m = re.search(rf"\b\d{{1,2}} (?:{months})\b|\b(?:{months}) \d{{1,2}}\b", low)
        if m:
            return m.group(0)
    found = [(low.find(w), w) for w in topics.get("when_words", []) if re.search(rf"\b{re.escape(w)}\b", low)]
    return min(found)[1] if found else ""


def _mandate(text: str, lang: str, contact: str) -> str:
    book = load_phrasebook(lang)
    low = text.lower()
    amount = AMOUNT.search(text)
    if amount:
        return book.phrases["record_mandate_amount"][0].format(amount=amount.group(0).strip())
    if any(w in low for w in book.topics.get("contact_words", [])):
        return book.phrases["record_mandate_contact"][0].format(contact=contact)
    return book.phrases["record_mandate_general"][0]


def record_from_turns(turns: list[tuple[str, list[str]]], lang: str, scenario: Scenario,
                      earlier: AgreementRecord | None = None, phase: str = "delegation") -> AgreementRecord:
    """The agreement record after the manager `turns` ((text, acts), oldest first), on top of `earlier`."""
    rec = earlier.model_copy(deep=True) if earlier is not None else AgreementRecord()
    topics = load_phrasebook(lang).topics
    contact = scenario.contact.get(lang) if scenario.contact else ""
    for text, acts in turns:
        acts_set, question = set(acts), is_question(text)
        if len(words(text) & words(scenario.result.get(lang))) >= 3:  # the manager names the scenario's result
            acts_set.add("result")
        if "result" in acts_set and not question:
            rec.result = scenario.result.get(lang)
        mandate_words = any(w in text.lower() for w in topics.get("mandate_words", []))
        if not question and ("instruction" in acts_set and mandate_words or AMOUNT.search(text)):
            item = _mandate(text, lang, contact)
            if item not in rec.mandate:
                rec.mandate.append(item)
        when = when_of(text, lang)
        dates = " ".join([scenario.result.get(lang)] + [f for _, f in scenario.topic_facts(lang)]).lower()
        deadline = when and when in dates  # "vóór 1 maart" is the result's date, "12 mei" the congress
        if "checkpoint" in acts_set and when and not deadline and when not in [c.when for c in rec.checkpoints]:
            rec.checkpoints.append(Checkpoint(when=when))
        if "monkey_take" in acts_set and not question:
            rec.monkey = "manager"
        if "monkey_back" in acts_set:
            rec.monkey = "delegatee"
            options = scenario.options.get(lang) or []
            first = scenario.first_step.get(lang) if scenario.first_step else ""
            rec.next_step = (first if phase == "delegation" or not options else options[0]) or rec.next_step
    return rec


def extract_agreements(session: Session, tagger: Callable | None = None) -> Agreements:
    """The agreements made in this session's manager turns (uses turn.acts; the tagger only for quotes)."""
    found = Agreements()
    previous: str | None = None
    for turn in session.turns:
        if turn.role != "manager":
            previous = turn.text
            continue
        wanted = [a for a in turn.acts if a in FIELD_OF_ACT]
        if not wanted or is_question(turn.text) and "checkpoint" not in wanted:
            continue
        quotes = _quotes(turn.text, session.language, previous, tagger)
        for act in wanted:
            if act == "result" and found.result:
                continue  # one result
            target = getattr(found, FIELD_OF_ACT[act])
            for q in quotes.get(act) or [turn.text]:
                _add(target, q)
    turns = [(t.text, t.acts) for t in session.turns if t.role == "manager"]
    found.record = record_from_turns(turns, session.language, get_scenario(session.scenario_id),
                                     session.agreements.record, session.phase)
    return found


def merge_agreements(*parts: Agreements) -> Agreements:
    """Earlier agreements first; duplicates dropped; the last non-empty record fields win."""
    out = Agreements()
    for part in parts:
        for name in ("result", "instruction", "checkpoints", "next_steps"):
            for item in getattr(part, name):
                if name == "result" and out.result:
                    continue
                _add(getattr(out, name), item)
        rec = part.record
        out.record = AgreementRecord(
            result=rec.result or out.record.result,
            mandate=list(dict.fromkeys(out.record.mandate + rec.mandate)),
            checkpoints=out.record.checkpoints + [c for c in rec.checkpoints if c not in out.record.checkpoints],
            next_step=rec.next_step or out.record.next_step,
            monkey=rec.monkey if rec.monkey != "open" else out.record.monkey,
        )
    return out


def scenario_agreements(result: str, checkpoint: str | None) -> Agreements:
    """Stand-in agreements for a progress or final session started without an earlier one."""
    return Agreements(result=[result], checkpoints=[checkpoint] if checkpoint else [],
                      record=AgreementRecord(result=result, checkpoints=[Checkpoint(when=checkpoint)] if checkpoint else []))


def record_sentences(record: AgreementRecord, lang: str) -> list[str]:
    """The record in the delegatee's words, one sentence per agreement."""
    ph = load_phrasebook(lang).phrases
    out: list[str] = []
    if record.result:
        sentence = ph["record_result"][0].format(result=record.result)
        out.append(sentence[0].upper() + sentence[1:])
    if record.mandate:
        out.append(ph["record_mandate"][0].format(mandate=", ".join(record.mandate)))
    for c in record.checkpoints[:2]:
        out.append(ph["record_checkpoint"][0].format(when=c.when))
    if record.next_step:
        out.append(ph["record_next"][0].format(next_step=record.next_step))
    if record.monkey == "manager":
        out.append(ph["record_monkey_manager"][0])
    return out
