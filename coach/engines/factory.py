"""Pick the engines from the settings.  ChatOpenAI is never constructed in offline mode:
the LLM modules are imported only when the LLM engine is chosen."""

from __future__ import annotations

from coach.engines.base import Critic, Delegatee
from coach.settings import Settings


def make_critic(settings: Settings) -> Critic:
    if settings.resolved_engine() == "llm":
        from coach.engines.llm_critic import LLMCritic

        return LLMCritic(settings)
    from coach.engines.offline_critic import OfflineCritic

    return OfflineCritic()


def make_delegatee(settings: Settings, seed: int = 0) -> Delegatee:
    if settings.resolved_engine() == "llm":
        from coach.engines.llm_delegatee import LLMDelegatee

        return LLMDelegatee(settings)
    from coach.roleplay.scripted import ScriptedDelegatee

    return ScriptedDelegatee(seed=seed)
