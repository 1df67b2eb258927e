"""The pupil's card: personal data and guardians, each change audited in its own transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name
from ...storage.database import Database
from ...storage.models import (
    Account,
    Consent,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import unit
from ..errors import ServiceError
from .class_list_data import PupilCard
from .consent import _consents
from .portfolio import _attachments
from .pupil_access import _guardians_of, _may_edit_pupil, _pupil, _require_edit_pupil, _require_view_pupil
from .pupil_fields import _text, clean_guardian, clean_pupil


# --- the pupil's card --------------------------------------------------------------------------------------

def pupil_card(db: Database, actor: Actor, pupil_id: int, on: dt.date | None = None) -> PupilCard:
    on = on or dt.date.today()
    with unit(db, actor, read=True) as session:
        pupil = _pupil(session, pupil_id)
        _require_view_pupil(session, actor, pupil)
        guardians = tuple(_guardians_of(session, [pupil_id], on).get(pupil_id, ()))
        return PupilCard(pupil.id, pupil.surname, pupil.name, pupil.patronymic, pupil.birth_date,
                         pupil.sex.value if pupil.sex else None, pupil.address, pupil.phone, pupil.document,
                         _class_on(session, pupil_id, on), guardians,
                         tuple(_consents(session, pupil_id, [g.id for g in guardians])),
                         tuple(_attachments(session, pupil_id=pupil_id)), _may_edit_pupil(session, actor, pupil_id))


def _class_on(session: Session, pupil_id: int, on: dt.date) -> str:
    row = session.execute(select(SchoolClass.grade, SchoolClass.letter)
                          .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                          .where(Enrollment.pupil_id == pupil_id, Enrollment.arrived_on <= on,
                                 or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))).first()
    return f"{row.grade}{row.letter}" if row else ""


def _pupil_payload(pupil: Pupil) -> dict:
    return {"surname": pupil.surname, "name": pupil.name, "patronymic": pupil.patronymic,
            "birth_date": pupil.birth_date, "sex": pupil.sex.value if pupil.sex else None,
            "address": pupil.address, "phone": pupil.phone, "document": pupil.document}


def update_pupil(db: Database, actor: Actor, pupil_id: int, *, today: dt.date | None = None,
                 **changes) -> dict:
    """Change a pupil's personal data; returns the fields that changed ({field: (old, new)}), audited
    with the old and new values."""
    today = today or dt.date.today()
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        clean = clean_pupil(changes, today, partial=True)
        before = _pupil_payload(pupil)
        for key, value in clean.items():
            setattr(pupil, key, value)
        after = _pupil_payload(pupil)
        changed = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
        if changed:
            session.flush()
            audit.record(session, actor.account_id, "update", "pupil", pupil.id,
                         old={k: v[0] for k, v in changed.items()}, new={k: v[1] for k, v in changed.items()})
        return changed


def add_guardian(db: Database, actor: Actor, pupil_id: int, **data) -> int:
    """A new guardian of the pupil (or, when `guardian_id` is given, an existing one linked: a
    sibling's parent); returns the guardian's id."""
    guardian_id = data.pop("guardian_id", None)
    relation = data.pop("relation", "") if guardian_id is not None else None
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        if guardian_id is not None:
            guardian = session.get(Guardian, guardian_id)
            if guardian is None:
                raise ServiceError(f"Родителя с номером {guardian_id} в журнале нет.")
            relation = _text(relation, "Кем приходится", 50)
        else:
            clean = clean_guardian(data)
            relation = clean.pop("relation", "")
            guardian = Guardian(**clean)
            session.add(guardian)
            session.flush()
            audit.record(session, actor.account_id, "create", "guardian", guardian.id, new=clean)
        if session.get(PupilGuardian, (pupil_id, guardian.id)) is not None:
            raise ServiceError(f"{full_name(guardian.surname, guardian.name, guardian.patronymic)} уже указан "
                               f"родителем этого ученика.")
        session.add(PupilGuardian(pupil_id=pupil_id, guardian_id=guardian.id, relation=relation))
        session.flush()
        audit.record(session, actor.account_id, "create", "pupil_guardian", pupil_id,
                     new={"pupil_id": pupil_id, "guardian_id": guardian.id, "relation": relation})
        return guardian.id


def _link(session: Session, pupil_id: int, guardian_id: int) -> PupilGuardian:
    link = session.get(PupilGuardian, (pupil_id, guardian_id))
    if link is None:
        raise ServiceError("Этот человек не указан родителем ученика.")
    return link


def update_guardian(db: Database, actor: Actor, pupil_id: int, guardian_id: int, **changes) -> dict:
    """Change a guardian's data (and how they are related to this pupil); returns what changed."""
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        link = _link(session, pupil_id, guardian_id)
        clean = clean_guardian(changes, partial=True)
        guardian = session.get(Guardian, guardian_id)
        changed = {}
        for key, value in clean.items():
            obj = link if key == "relation" else guardian
            if getattr(obj, key) != value:
                changed[key] = (getattr(obj, key), value)
                setattr(obj, key, value)
        if changed:
            session.flush()
            audit.record(session, actor.account_id, "update", "guardian", guardian_id,
                         old={k: v[0] for k, v in changed.items()} | {"pupil_id": pupil_id},
                         new={k: v[1] for k, v in changed.items()} | {"pupil_id": pupil_id})
        return changed


def remove_guardian(db: Database, actor: Actor, pupil_id: int, guardian_id: int) -> None:
    """Unlink a guardian from the pupil; the guardian's record goes too when nothing else refers to it
    (another child, a login, a consent)."""
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        link = _link(session, pupil_id, guardian_id)
        old = {"pupil_id": pupil_id, "guardian_id": guardian_id, "relation": link.relation}
        session.delete(link)
        session.flush()
        audit.record(session, actor.account_id, "delete", "pupil_guardian", pupil_id, old=old)
        still_used = session.scalar(select(exists().where(PupilGuardian.guardian_id == guardian_id))) or \
            session.scalar(select(exists().where(Account.guardian_id == guardian_id))) or \
            session.scalar(select(exists().where(Consent.guardian_id == guardian_id)))
        if not still_used:
            guardian = session.get(Guardian, guardian_id)
            payload = {"surname": guardian.surname, "name": guardian.name, "patronymic": guardian.patronymic,
                       "phone": guardian.phone}
            session.delete(guardian)
            session.flush()
            audit.record(session, actor.account_id, "delete", "guardian", guardian_id, old=payload)
