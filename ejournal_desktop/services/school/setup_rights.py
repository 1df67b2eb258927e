"""Who prepares the school's year (subjects, classes, the set-up workbook): the deputy (заместитель
директора по УР, `configure_grading`) and the administrator (`system_settings`), who alone exists
right after `ejournal init` and starts the school's set-up.

The curriculum (who teaches what) stays the deputy's: it goes through `services.courses`."""

from __future__ import annotations

from ...domain.rights import Action
from ..access.actor import Actor
from ..access.guard import Denied, permits_action

__all__ = ["may_set_up", "require_set_up"]


def may_set_up(actor: Actor) -> bool:
    return permits_action(actor, Action.configure_grading) or permits_action(actor, Action.system_settings)


def require_set_up(actor: Actor, detail: str = "") -> None:
    if not may_set_up(actor):
        raise Denied(Action.configure_grading, detail)
