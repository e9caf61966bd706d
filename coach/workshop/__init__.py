"""Workshops (pure: no web): a trainer's group of participants, what they may practise, the
dashboard of their sessions and reviews, CSV and HTML export, closing.

    from coach.workshop import WorkshopService, WorkshopSpec, allowed_choices
"""

from coach.workshop.models import Allowed, Participant, Workshop, WorkshopSpec
from coach.workshop.service import WorkshopService

__all__ = ["Allowed", "Participant", "Workshop", "WorkshopService", "WorkshopSpec", "allowed_choices"]


def allowed_choices(workshop_id: str, settings=None) -> Allowed:
    """What a participant of the workshop may practise (scenarios, personas, conversations in order);
    the practice page calls this for a participant's principal."""
    from coach.store import open_store

    return WorkshopService(open_store(settings)).allowed(workshop_id)
