"""Who may read or change a pupil's data (domain/rights.py), and lookups the people services share."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...storage.models import (
    AcademicYear,
    Consent,
    Course,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    YearStatus,
)
from ..access.actor import Actor
from ..access.guard import Denied, own_class_ids, permits_action, pupil_shown
from ..errors import ServiceError
from .class_list_data import ClassInfo, GuardianInfo


def _year_bounds(start_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)


def _pupil(session: Session, pupil_id: int) -> Pupil:
    pupil = session.get(Pupil, pupil_id)
    if pupil is None:
        raise ServiceError(f"Ученика с номером {pupil_id} в журнале нет.")
    return pupil


def _latest_class(session: Session, pupil_id: int) -> int | None:
    """The class of the pupil's latest stay (current, or the last one left)."""
    return session.scalar(select(Enrollment.school_class_id).where(Enrollment.pupil_id == pupil_id)
                          .order_by(Enrollment.arrived_on.desc(), Enrollment.id.desc()).limit(1))


def _teaches_class(session: Session, actor: Actor, class_id: int | None) -> bool:
    return actor.staff_id is not None and class_id is not None and bool(session.scalar(select(exists().where(
        Course.school_class_id == class_id, Course.teacher_id == actor.staff_id))))


def _may_edit_pupil(session: Session, actor: Actor, pupil_id: int) -> bool:
    return permits_action(actor, Action.edit_pupil_data,
                          own_class=_latest_class(session, pupil_id) in own_class_ids(session, actor))


def _require_edit_pupil(session: Session, actor: Actor, pupil: Pupil) -> None:
    if not _may_edit_pupil(session, actor, pupil.id):
        raise Denied(Action.edit_pupil_data, full_name(pupil.surname, pupil.name, pupil.patronymic),
                     shown=pupil_shown(pupil.id))


def _require_view_pupil(session: Session, actor: Actor, pupil: Pupil) -> None:
    classes = set(session.scalars(select(Enrollment.school_class_id).where(Enrollment.pupil_id == pupil.id)))
    own_class = bool(classes & own_class_ids(session, actor))
    latest = _latest_class(session, pupil.id)
    if not permits_action(actor, Action.view_class_list, own=_teaches_class(session, actor, latest),
                          own_class=own_class):
        raise Denied(Action.view_class_list, full_name(pupil.surname, pupil.name, pupil.patronymic),
                     shown=pupil_shown(pupil.id))


def _staff_short(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    s = session.get(Staff, staff_id)
    if s is None:
        return ""
    from ...domain.names import short_name
    return short_name(s.surname, s.name, s.patronymic)


def _class_info(session: Session, cls: SchoolClass, year: AcademicYear, own: set[int]) -> ClassInfo:
    return ClassInfo(cls.id, cls.label, cls.grade, cls.letter, year.label, year.status is YearStatus.open,
                     _staff_short(session, cls.class_teacher_id), cls.id in own)


def _current_year(session: Session) -> AcademicYear | None:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    return year or session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))


def _active_consent(day: dt.date):
    return and_(Consent.given_on <= day, or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day))


def _guardians_of(session: Session, pupil_ids: list[int], on: dt.date) -> dict[int, list[GuardianInfo]]:
    if not pupil_ids:
        return {}
    consented = set(session.scalars(select(Consent.guardian_id).where(
        Consent.guardian_id.is_not(None), _active_consent(on))))
    out: dict[int, list[GuardianInfo]] = {}
    order = {"мать": 0, "отец": 1}
    for link, g in session.execute(
            select(PupilGuardian, Guardian).join(Guardian, Guardian.id == PupilGuardian.guardian_id)
            .where(PupilGuardian.pupil_id.in_(pupil_ids))):
        out.setdefault(link.pupil_id, []).append(GuardianInfo(
            g.id, link.relation, g.surname, g.name, g.patronymic, g.phone, g.email, g.address, g.id in consented))
    for items in out.values():
        items.sort(key=lambda g: (order.get(g.relation, 2), person_sort_key(g.surname, g.name, g.patronymic)))
    return out
