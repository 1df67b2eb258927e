"""Consent to personal-data processing (152-ФЗ) of pupils, guardians and staff."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Consent,
    Course,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    utcnow,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, own_class_ids, permits_action, require, unit
from ..errors import ServiceError
from .class_list_data import ConsentInfo, NoConsent
from .pupil_access import _active_consent, _may_edit_pupil, _pupil, _require_edit_pupil
from .pupil_fields import _text


# --- consent to personal-data processing --------------------------------------------------------------------

def _consents(session: Session, pupil_id: int, guardian_ids: list[int]) -> list[ConsentInfo]:
    names = {g.id: full_name(g.surname, g.name, g.patronymic) for g in session.scalars(
        select(Guardian).where(Guardian.id.in_(guardian_ids or [-1])))}
    rows = session.scalars(select(Consent).where(or_(Consent.pupil_id == pupil_id,
                                                     Consent.guardian_id.in_(guardian_ids or [-1])))
                           .order_by(Consent.given_on, Consent.id))
    return [ConsentInfo(c.id, "ученик" if c.pupil_id else f"родитель: {names.get(c.guardian_id, '')}",
                        c.given_by, c.given_on, c.document, c.withdrawn_on, of_pupil=c.pupil_id is not None)
            for c in rows]


def _consent_subject(session: Session, actor: Actor, pupil_id, guardian_id, staff_id) -> str:
    """Check the right to record a consent of this person; returns a label for messages."""
    if sum(x is not None for x in (pupil_id, guardian_id, staff_id)) != 1:
        raise ServiceError("Согласие записывается для одного человека: ученика, родителя или сотрудника.")
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise ServiceError(f"Сотрудника с номером {staff_id} в журнале нет.")
        require(actor, Action.manage_staff, detail="согласие сотрудника")
        return full_name(staff.surname, staff.name, staff.patronymic)
    if guardian_id is not None:
        guardian = session.get(Guardian, guardian_id)
        if guardian is None:
            raise ServiceError(f"Родителя с номером {guardian_id} в журнале нет.")
        children = list(session.scalars(select(PupilGuardian.pupil_id).where(
            PupilGuardian.guardian_id == guardian_id)))
        if not any(_may_edit_pupil(session, actor, p) for p in children) and not permits_action(
                actor, Action.edit_pupil_data):
            raise Denied(Action.edit_pupil_data, "согласие родителя")
        return full_name(guardian.surname, guardian.name, guardian.patronymic)
    pupil = _pupil(session, pupil_id)
    _require_edit_pupil(session, actor, pupil)
    return full_name(pupil.surname, pupil.name, pupil.patronymic)


def record_consent(db: Database, actor: Actor, *, pupil_id: int | None = None, guardian_id: int | None = None,
                   staff_id: int | None = None, given_by: str = "", given_on: dt.date,
                   document: str = "", today: dt.date | None = None) -> int:
    """Record a consent to personal-data processing: who signed it, when and on what document."""
    today = today or dt.date.today()
    given_by = _text(given_by, "Кто дал согласие", 300)
    document = _text(document, "Документ согласия", 300)
    if not isinstance(given_on, dt.date):
        raise ServiceError("Дата согласия: нужна дата.")
    if given_on > today:
        raise ServiceError(f"Дата согласия {given_on:%d.%m.%Y} ещё не наступила.")
    if not document:
        raise ServiceError("Укажите документ согласия (например, «заявление № 15 от 01.09.2026»).")
    with unit(db, actor) as session:
        who = _consent_subject(session, actor, pupil_id, guardian_id, staff_id)
        if pupil_id is not None and not given_by:
            raise ServiceError(f"Согласие за ученика ({who}) даёт родитель: укажите, кто его подписал.")
        row = Consent(pupil_id=pupil_id, guardian_id=guardian_id, staff_id=staff_id, given_by=given_by or who,
                      given_on=given_on, document=document, recorded_by=actor.account_id, recorded_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "consent", row.id,
                     new={"pupil_id": pupil_id, "guardian_id": guardian_id, "staff_id": staff_id,
                          "given_by": row.given_by, "given_on": given_on, "document": document})
        return row.id


def withdraw_consent(db: Database, actor: Actor, consent_id: int, on: dt.date) -> None:
    """The person withdrew the consent on the date (the record stays, with the date of withdrawal)."""
    with unit(db, actor) as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise ServiceError("Такого согласия нет.")
        _consent_subject(session, actor, row.pupil_id, row.guardian_id, row.staff_id)
        if row.withdrawn_on is not None:
            raise ServiceError(f"Согласие уже отозвано {row.withdrawn_on:%d.%m.%Y}.")
        if on < row.given_on:
            raise ServiceError(f"Дата отзыва {on:%d.%m.%Y} раньше даты согласия {row.given_on:%d.%m.%Y}.")
        row.withdrawn_on = on
        session.flush()
        audit.record(session, actor.account_id, "update", "consent", row.id, old={"withdrawn_on": None},
                     new={"withdrawn_on": on})


def staff_consents(db: Database, actor: Actor, staff_id: int) -> list[ConsentInfo]:
    """A member of staff's consents, oldest first (those who keep the staff list)."""
    with unit(db, actor) as session:
        _consent_subject(session, actor, None, None, staff_id)
        rows = session.scalars(select(Consent).where(Consent.staff_id == staff_id)
                               .order_by(Consent.given_on, Consent.id))
        return [ConsentInfo(c.id, "сотрудник", c.given_by, c.given_on, c.document, c.withdrawn_on) for c in rows]


def without_consent(db: Database, actor: Actor, on: dt.date | None = None) -> list[NoConsent]:
    """Pupils in a class on the date with no consent in force (their own, given by a parent), and —
    for those who keep the staff list or read the whole school — staff still working with none."""
    on = on or dt.date.today()
    with unit(db, actor) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        own = own_class_ids(session, actor)
        taught = set()
        if actor.staff_id is not None:
            taught = set(session.scalars(select(Course.school_class_id).where(Course.teacher_id == actor.staff_id)))
        consented = set(session.scalars(select(Consent.pupil_id).where(Consent.pupil_id.is_not(None),
                                                                         _active_consent(on))))
        out = []
        for pid, s, n, p, cid, grade, letter in session.execute(
                select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic, SchoolClass.id, SchoolClass.grade,
                       SchoolClass.letter)
                .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .where(Enrollment.arrived_on <= on,
                       or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))):
            if pid in consented or not permits_action(actor, Action.view_class_list, own=cid in taught,
                                                      own_class=cid in own):
                continue
            out.append((grade, letter, person_sort_key(s, n, p), NoConsent("pupil", pid, full_name(s, n, p),
                                                                           f"{grade}{letter}")))
        out.sort(key=lambda t: t[:3])
        rows = [t[3] for t in out]
        if permits_action(actor, Action.manage_staff) or permits_action(actor, Action.view_class_list):
            staff_ok = set(session.scalars(select(Consent.staff_id).where(Consent.staff_id.is_not(None),
                                                                          _active_consent(on))))
            staff = [s for s in session.scalars(select(Staff).where(
                or_(Staff.dismissed_on.is_(None), Staff.dismissed_on > on))) if s.id not in staff_ok]
            staff.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
            rows += [NoConsent("staff", s.id, full_name(s.surname, s.name, s.patronymic), s.position) for s in staff]
        return rows
