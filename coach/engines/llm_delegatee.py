"""The LLM delegatee: plays the persona of a practice session, streaming its replies.

The system prompt (prompts/templates/delegatee.v1.<lang>.md) carries the persona,
the scenario, the phase, the session language, what was agreed before
(Session.agreements) and the manager's preparation; the history is Session.turns.
The persona stays in role: the prompt says so, and a cheap check on the
manager's words (asking for coaching, a role switch, the instructions) adds a
reminder to the prompt for that reply.  Tokens used go into Session.tokens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from coach.errors import CoachError
from coach.roleplay.models import Persona, Scenario, Session
from coach.settings import Settings

from coach.engines.llm_client import (
    add_tokens, endpoint_error, endpoint_label, is_endpoint_error, make_chat_model, no_tracing, tokens_from_handler,
    usage_handler,
)
from coach.engines.llm_prompts import delegatee_reminder, delegatee_system_prompt, manager_message
from coach.engines.llm_state import reply_problem, state_block

log = logging.getLogger(__name__)

_OUT_OF_ROLE = [re.compile(p, re.I) for p in (
    # English
    r"\b(coach|train|mentor) me\b", r"\bgive me (some |your )?(feedback|tips|pointers)\b",
    r"\bhow (am i doing|did i do)\b", r"\b(switch|swap|change|reverse) (our |the )?(roles|places|parts)\b",
    r"\byou(?: are|'re)(?: now)? (?:the|my|a) (coach|manager|trainer|assistant|boss)\b",
    r"\b(ignore|forget|disregard)\b.{0,30}\b(instructions|prompt|rules|role)\b", r"\bsystem prompt\b",
    r"\b(stop|quit|end) (the )?(role[- ]?play|acting|pretending|game)\b", r"\bout of (character|role)\b",
    r"\bare you an? (ai|bot|chatbot|language model)\b", r"\bas an ai\b",
    # Dutch
    r"\bcoach (me|mij)\b", r"\bgeef (me|mij) (eens |wat )?(feedback|tips)\b", r"\bhoe (doe|deed) ik het\b",
    r"\b(wissel|ruil|draai)\w* (we )?(eens )?(van |de )?rol", r"\bjij bent (nu )?(de|mijn) (coach|manager|leidinggevende|trainer|baas)\b",
    r"\b(vergeet|negeer)\b.{0,30}\b(instructies|opdracht|regels|prompt|rol)\b", r"\bsysteemprompt\b",
    r"\bstop (met )?(het |dit )?(rollenspel|spel|spelen|acteren|toneelspel)\b", r"\buit (je|jouw) rol\b",
    r"\bben je een (ai|robot|bot|chatbot|taalmodel)\b",
)]


def tries_to_break_role(text: str) -> bool:
    """True when the manager's words try to make the delegatee coach, switch roles or drop the persona."""
    return any(p.search(text) for p in _OUT_OF_ROLE)


class LLMDelegatee:
    name = "llm"

    def __init__(self, settings: Settings, persona: Persona | None = None, scenario: Scenario | None = None):
        self.settings = settings
        self._persona = persona
        self._scenario = scenario
        self._model = None

    def _content(self, session: Session) -> tuple[Persona, Scenario]:
        from coach.roleplay.content import get_persona, get_scenario

        persona = self._persona if self._persona and self._persona.id == session.persona_id else get_persona(session.persona_id)
        scenario = (self._scenario if self._scenario and self._scenario.id == session.scenario_id
                    else get_scenario(session.scenario_id))
        return persona, scenario

    def opening(self, session: Session) -> str | None:
        return None  # the manager opens the conversation

    def messages(self, session: Session, manager_text: str) -> list[Any]:
        """System prompt (+ a reminder when the manager tries to break the role), then the history."""
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        persona, scenario = self._content(session)
        system = delegatee_system_prompt(session, persona, scenario)
        system += "\n\n" + state_block(session, persona, scenario, manager_text)
        if tries_to_break_role(manager_text):
            # appended to the one system message: some local chat templates accept no second system turn
            system += "\n\n" + delegatee_reminder(session, persona)
        out: list[Any] = [SystemMessage(system)]
        for turn in session.turns:
            out.append(HumanMessage(manager_message(turn.text)) if turn.role == "manager" else AIMessage(turn.text))
        last = session.turns[-1] if session.turns else None
        if last is None or last.role != "manager" or last.text != manager_text:
            out.append(HumanMessage(manager_message(manager_text)))
        return out

    def _traced_off(self, messages: list[Any], handler: Any) -> Iterator[Any]:
        """The model's stream with tracing off.  Langchain decides on tracing when the run
        starts (the first next()), so the context is held only for that step: a context
        held across yields would break when a web server resumes the generator elsewhere."""
        stream = self._model.stream(messages, config={"callbacks": [handler]})
        with no_tracing():
            first = next(stream, None)
        if first is None:
            return
        yield first
        yield from stream

    def reply(self, session: Session, manager_text: str) -> Iterator[str]:
        """The model's reply, checked against the delegatee state before it is shown: one that reveals an
        obstacle the persona keeps to itself, or invents an amount or a date, is replaced by the offline
        delegatee's reply (when the persona is one of the content files)."""
        persona, scenario = self._content(session)
        chunks = list(self._stream(session, manager_text))
        problem = reply_problem(session, persona, scenario, manager_text, "".join(chunks))
        if problem is not None:
            log.info("llm delegatee: reply replaced by the offline delegatee (%s)", problem)
            offline = self._offline(session, manager_text)
            if offline is not None:
                chunks = [offline]
        yield from chunks

    def _offline(self, session: Session, manager_text: str) -> str | None:
        from coach.roleplay.scripted import ScriptedDelegatee

        try:
            return ScriptedDelegatee(seed=session.seed).respond(session, manager_text)
        except CoachError:  # a persona or scenario that is not in the content files
            return None

    def _stream(self, session: Session, manager_text: str) -> Iterator[str]:
        persona, _ = self._content(session)
        messages = self.messages(session, manager_text)
        if self._model is None:
            self._model = make_chat_model(self.settings, streaming=True)
        handler = usage_handler()
        prefix = re.compile(rf"^\s*\**{re.escape(persona.name)}\**\s*:\s*", re.I)  # "Sanne: ..." -> "..."
        head, started, said = "", False, False
        try:
            for chunk in self._traced_off(messages, handler):
                text = chunk.content if isinstance(chunk.content, str) else _text_of(chunk.content)
                if not text:
                    continue
                if not started:
                    head += text
                    if len(head) <= len(persona.name) + 4:
                        continue
                    text, started = prefix.sub("", head).lstrip(), True
                if text:
                    said = True
                    yield text
            if not started and head:
                text = prefix.sub("", head).lstrip()
                if text:
                    said = True
                    yield text
        except CoachError:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line for the user
            if is_endpoint_error(exc):
                raise endpoint_error(exc, self.settings) from exc
            raise CoachError(
                f"the LLM reply from {endpoint_label(self.settings)} failed ({type(exc).__name__}); "
                "try again or use --engine offline"
            ) from exc
        finally:
            add_tokens(session.tokens, tokens_from_handler(handler))
        if not said:
            raise CoachError(
                f"the LLM endpoint at {endpoint_label(self.settings)} sent an empty reply; "
                "try again, pick another COACH_MODEL, or use --engine offline"
            )
        log.info("llm delegatee: reply streamed, %s tokens in session", session.tokens.get("total_tokens", 0))


def _text_of(content: Any) -> str:
    """Text of a content-block list (some providers stream blocks rather than strings)."""
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")
