"""The LLM delegatee's share of the delegatee state: the prompt block (facts with topics, what was
revealed, the agreements so far, what this turn asks) and the check of its reply against the state.

    state_block(session, persona, scenario, manager_text) -> str
    reply_problem(session, persona, scenario, manager_text, reply) -> str | None   # None: the reply may stand

A reply with a problem is replaced by the offline delegatee's (coach.engines.llm_delegatee).
"""

from __future__ import annotations

from coach.roleplay.agreements import AMOUNT, record_sentences, when_of
from coach.roleplay.answers import answer
from coach.roleplay.models import Persona, Scenario, Session
from coach.roleplay.state import DelegateeState
from coach.roleplay.understand import Reading, understand, words

LABELS = {
    "nl": {"facts": "Wat je weet (onderwerp: feit)", "told": "Wat je al verteld hebt", "obstacle_told": "Het obstakel heb je al genoemd.",
           "obstacle_not": "Het obstakel heb je nog niet genoemd.", "agreed": "Wat tot nu toe is afgesproken (in jouw woorden)",
           "nothing": "nog niets", "asks": "Wat deze beurt van je vraagt", "keep": "Noem het obstakel in dit antwoord NIET (een gesloten vraag; je houdt problemen voor je).",
           "no_new": "Verzin geen afspraken, data of bedragen die de leidinggevende niet noemde; zeg 'dat weet ik niet' als iets niet hierboven staat."},
    "en": {"facts": "What you know (topic: fact)", "told": "What you have told so far", "obstacle_told": "You have already named the obstacle.",
           "obstacle_not": "You have not named the obstacle yet.", "agreed": "What has been agreed so far (in your words)",
           "nothing": "nothing yet", "asks": "What this turn asks of you", "keep": "Do NOT name the obstacle in this reply (a closed question; you keep problems to yourself).",
           "no_new": "Do not invent agreements, dates or amounts the manager did not give; say you don't know when something is not above."},
}


def _state(session: Session, persona: Persona, scenario: Scenario, manager_text: str) -> tuple[DelegateeState, Reading]:
    lang = session.language
    state = DelegateeState.start(session.phase, lang, persona, scenario, session.agreements.record)
    said = " ".join(t.text for t in session.turns if t.role == "delegatee")
    mine = words(said)
    state.revealed_facts = [f.text for f in state.facts if len(words(f.text) & mine) >= max(2, len(words(f.text)) // 2)]
    state.obstacle_revealed |= len(words(scenario.obstacle.get(lang)) & mine) >= 3
    state.n = sum(t.role == "manager" for t in session.turns if t.text != manager_text)
    acts = next((t.acts for t in reversed(session.turns) if t.role == "manager" and t.text == manager_text), [])
    return state, understand(manager_text, lang, acts, False, scenario)


def state_block(session: Session, persona: Persona, scenario: Scenario, manager_text: str) -> str:
    lang = session.language
    t = LABELS[lang]
    state, reading = _state(session, persona, scenario, manager_text)
    found = answer(session.phase, persona, state, reading, manager_text, scenario, "")
    agreed = record_sentences(session.agreements.record, lang)
    lines = [f"{t['facts']}:"] + [f"- {', '.join(f.topics)}: {f.text}" for f in state.facts]
    lines.append(f"{t['told']}: " + ("; ".join(state.revealed_facts) or t["nothing"]))
    lines.append(t["obstacle_told"] if state.obstacle_revealed else t["obstacle_not"])
    lines.append(f"{t['agreed']}: " + (" ".join(agreed) or t["nothing"]))
    if found is not None:
        lines.append(f"{t['asks']}: {found.move}")
        if found.move == "keep_obstacle":
            lines.append(t["keep"])
    lines.append(t["no_new"])
    return "\n".join(lines)


def reply_problem(session: Session, persona: Persona, scenario: Scenario, manager_text: str, reply: str) -> str | None:
    """Why the LLM's reply contradicts the state, or None."""
    lang = session.language
    state, reading = _state(session, persona, scenario, manager_text)
    found = answer(session.phase, persona, state, reading, manager_text, scenario, "")
    if found is not None and found.move == "keep_obstacle" and len(words(scenario.obstacle.get(lang)) & words(reply)) >= 3:
        return "names the obstacle it keeps to itself"
    known = " ".join([t.text for t in session.turns if t.role == "manager"] + [manager_text] + [f.text for f in state.facts]
                     + [scenario.context.get(lang), scenario.result.get(lang), scenario.obstacle.get(lang)]
                     + record_sentences(session.agreements.record, lang)
                     + [x.get(lang) for x in (scenario.status, scenario.outcome, scenario.suggested_checkpoint) if x]).lower()
    amount = AMOUNT.search(reply)
    if amount and amount.group(0).strip().lower() not in known:
        return "an amount nobody gave"
    when = when_of(reply, lang)
    if when and when not in known and "?" not in reply:
        return "a date nobody agreed"
    return None
