"""What the LLM critic must return: Pydantic models that mirror the review, sent as a
json_schema response format (OpenAI structured outputs, strict).

Every field is required (strict mode); the domain rules (phase, quotes found in
their turns, `met` needs evidence) are checked afterwards by coach.engines.grounding,
because a failing rule must lead to a repair or a fallback, not to a lost answer.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActLabel = Literal[
    "open_question", "closed_question", "leading_question", "advice", "instruction", "result",
    "checkpoint", "motivation", "positive_feedback", "appreciation", "summary", "monkey_take",
    "monkey_back", "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LLMEvidence(_Strict):
    turn: int = Field(description="index of the turn the quote comes from")
    quote: str = Field(description="words copied character for character from that turn")


class LLMFinding(_Strict):
    guideline: str = Field(description="a guideline id of this phase, e.g. progress.ask_obstacles")
    status: Literal["met", "partly", "missed", "not_applicable"]
    evidence: list[LLMEvidence]
    advice: str = Field(description="feedback for the manager, in the conversation's language")


class LLMTurnActs(_Strict):
    turn: int = Field(description="index of a manager turn")
    acts: list[ActLabel]


class LLMMonkey(_Strict):
    owner: Literal["delegatee", "manager", "shared", "none"]
    turn: int | None = Field(description="the manager turn that decided it; null when owner is none")


class LLMCritique(_Strict):
    """The critic's whole answer."""

    acts: list[LLMTurnActs]
    findings: list[LLMFinding]
    monkey: LLMMonkey | None = Field(description="required for the progress phase, else null")
