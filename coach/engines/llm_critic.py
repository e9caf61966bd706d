"""The LLM critic: a Review judged by an LLM, grounded by the offline analysis.

Steps:
1. the offline review (coach.review.review_transcript) fixes language, manager,
   phase, roles, metrics and gives a judgement to fall back on;
2. the LLM answers in a json_schema structured output (coach.engines.llm_schema)
   with the guideline catalogue in the prompt and the transcript fenced as data;
3. coach.engines.grounding checks and repairs the answer (phase ids, quotes found
   in their turns, `met` needs evidence, advice language, act sets);
4. on any failure (invalid JSON, a broken rule) one retry with the errors in the
   prompt; what still fails is judged offline, guideline by guideline;
5. the final Review (engine "llm") is validated by coach.models.Review; each
   Finding.engine says who judged it.

Failures of the endpoint itself (not reachable, timeout, 429 after retries, 5xx)
are a one-line CoachError.  `usage` holds the tokens of the last review.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from coach.catalogue import get_catalogue
from coach.errors import CoachError
from coach.models import QUESTION_ACTS, Finding, Metrics, Review, ReviewOptions, ReviewTurn, Transcript
from coach.settings import Settings

from coach.engines.grounding import GroundedCritique, GroundedFinding, ground_critique
from coach.engines.llm_client import (
    TOKEN_KEYS, endpoint_error, is_endpoint_error, make_chat_model, no_tracing, tokens_from_handler, usage_handler,
)
from coach.engines.llm_prompts import critic_messages, critic_retry_message
from coach.engines.llm_schema import LLMCritique

log = logging.getLogger(__name__)
CRITIC_TEMPERATURE = 0.0  # judging should be repeatable; the delegatee uses settings.temperature


class LLMCritic:
    name = "llm"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.usage: dict[str, int] = dict.fromkeys(TOKEN_KEYS, 0)
        self.attempts = 0  # LLM calls made by the last review (1, or 2 after a retry)
        self._structured = None

    def _model(self):
        if self._structured is None:
            model = make_chat_model(self.settings, temperature=CRITIC_TEMPERATURE)
            self._structured = model.with_structured_output(LLMCritique, method="json_schema")
        return self._structured

    def review(self, transcript: Transcript, options: ReviewOptions | None = None) -> Review:
        from coach.review import review_transcript

        options = options or ReviewOptions()
        offline = review_transcript(transcript, options)
        catalogue = get_catalogue()
        phase_ids = catalogue.ids_for_phase(offline.phase)
        system, user = critic_messages(  # the offline review's turns: the ones the quotes are checked against
            catalogue=catalogue, phase=offline.phase, lang=offline.language, manager=offline.manager,
            turns=offline.turns, preparation=options.preparation,
            delegatee_kind=options.delegatee_kind,
        )
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        handler = usage_handler()
        messages: list[Any] = [SystemMessage(system), HumanMessage(user)]
        self.attempts = 0
        first = self._attempt(messages, handler, offline, phase_ids)
        results = [first]
        if first[1] is None or not first[1].usable:
            critique, grounded, schema_errors = first
            errors = schema_errors or (grounded.errors if grounded else [])
            retry = list(messages)
            if critique is not None:
                retry.append(AIMessage(critique.model_dump_json()))
            retry.append(HumanMessage(critic_retry_message(errors, offline.language)))
            try:
                results.insert(0, self._attempt(retry, handler, offline, phase_ids))  # the retry is preferred
            except CoachError:
                if first[1] is None:  # nothing usable from the LLM at all: say so
                    raise
                log.info("llm critic: the retry failed at the endpoint; keeping the first answer")
        self.usage = tokens_from_handler(handler)
        grounded_list = [g for _, g, _ in results if g is not None]
        log.info("llm critic: %d attempt(s), %s tokens", self.attempts, self.usage["total_tokens"])
        return build_review(offline, grounded_list, phase_ids)

    def _attempt(self, messages: list[Any], handler: Any, offline: Review, phase_ids: list[str]
                 ) -> tuple[LLMCritique | None, GroundedCritique | None, list[str]]:
        """One LLM call: (parsed answer, grounded answer, schema errors)."""
        self.attempts += 1
        try:
            with no_tracing():
                critique = self._model().invoke(messages, config={"callbacks": [handler]})
        except Exception as exc:  # noqa: BLE001 - sorted below: the endpoint's failures vs a bad answer
            if is_endpoint_error(exc):
                raise endpoint_error(exc, self.settings) from exc
            log.info("llm critic: unusable answer (%s)", type(exc).__name__)
            return None, None, answer_errors(exc)
        if not isinstance(critique, LLMCritique):
            return None, None, ["the answer was empty; return the JSON object of the schema"]
        grounded = ground_critique(critique, phase=offline.phase, phase_ids=phase_ids,
                                   offline_turns=offline.turns, lang=offline.language)
        return critique, grounded, []


def answer_errors(exc: BaseException) -> list[str]:
    """What was wrong with an answer that could not be parsed (no conversation content)."""
    if isinstance(exc, ValidationError):
        out = []
        for err in exc.errors()[:8]:
            loc = ".".join(str(p) for p in err.get("loc", ())) or "answer"
            out.append(f"{loc}: {err.get('msg', 'invalid')}")
        return out or ["the answer did not match the JSON schema"]
    return [f"the answer could not be read as JSON for the schema ({type(exc).__name__})"]


def choose_finding(gid: str, attempts: list[GroundedCritique]) -> Finding | None:
    """The LLM finding for `gid`: a clean one first (retry before first try), else a usable one."""
    candidates: list[GroundedFinding] = [a.findings[gid] for a in attempts if gid in a.findings]
    for g in candidates:
        if g.clean:
            return g.finding
    for g in candidates:
        if g.finding is not None:
            return g.finding
    return None


_COUNT_KEYS = {
    "open_question": "open_questions", "closed_question": "closed_questions", "leading_question": "leading_questions",
    "summary": "summaries", "positive_feedback": "positive_feedback", "appreciation": "appreciation",
    "instruction": "instructions", "monkey_take": "monkey_take", "monkey_back": "monkey_back",
}


def recount_metrics(metrics: Metrics, offline_turns: list[ReviewTurn], turns: list[ReviewTurn]) -> Metrics:
    """The offline metrics (counted over act hits), moved by the acts the LLM added or removed per turn."""
    data = metrics.model_dump()
    open_count = data.get("open_questions", round(metrics.open_question_share * metrics.questions))
    for old, new in zip(offline_turns, turns):
        if old.role != "manager":
            continue
        for act in set(new.acts) ^ set(old.acts):
            step = 1 if act in new.acts else -1
            key = _COUNT_KEYS.get(act)
            if key in data and key not in ("questions", "advice"):
                data[key] = max(0, data[key] + step)
            if act in QUESTION_ACTS:
                data["questions"] = max(0, data["questions"] + step)
            if act == "open_question":
                open_count = max(0, open_count + step)
            if act == "advice":
                data["advice"] = max(0, data["advice"] + step)
    questions = data["questions"]
    data["open_question_share"] = round(min(open_count, questions) / questions, 3) if questions else 0.0
    return Metrics.model_validate(data)


def build_review(offline: Review, attempts: list[GroundedCritique], phase_ids: list[str]) -> Review:
    """The final Review: LLM judgements where grounded, the offline ones elsewhere."""
    offline_findings = {f.guideline: f for f in offline.findings}
    findings = []
    for gid in phase_ids:
        chosen = choose_finding(gid, attempts)
        findings.append(chosen or offline_findings[gid].model_copy(update={"engine": "offline"}))
    acts: dict[int, list[str]] = attempts[0].acts if attempts else {}
    turns = [t.model_copy(update={"acts": acts.get(t.index, t.acts)}) for t in offline.turns]
    monkey = next((a.monkey for a in attempts if a.monkey is not None), offline.monkey)
    if offline.phase != "progress":
        monkey = offline.monkey
    data = offline.model_dump()
    data.update(
        engine="llm",
        turns=[t.model_dump() for t in turns],
        findings=[f.model_dump() for f in findings],
        monkey=monkey.model_dump() if monkey is not None else None,
        metrics=recount_metrics(offline.metrics, offline.turns, turns).model_dump(),
    )
    try:
        return Review.model_validate(data)
    except ValidationError:  # grounding should make this impossible; never show an unchecked judgement
        log.warning("llm critic: combined review failed validation; using the offline judgement")
        fallback = offline.model_dump()
        fallback.update(engine="llm", findings=[f.model_copy(update={"engine": "offline"}).model_dump()
                                                for f in offline.findings])
        return Review.model_validate(fallback)
