"""Classes (раздел «Классы»): who is in a class on a date, a pupil's card with personal data and
guardians, search across the school, consent to personal-data processing (152-ФЗ) and the portfolio.

Rights (domain/rights.py): reading a class list is `view_class_list` (the whole school for the
administration and the secretary, the own class for a class teacher, the classes a teacher teaches);
changing a pupil's data, guardians, consent and portfolio is `edit_pupil_data` (the deputy: every
pupil; a class teacher: pupils whose current, or last, class is the own one). Staff consent and a
teacher's portfolio are `manage_staff`. Every change is audited in its own transaction.

The subjects live in their own modules, re-exported here so that callers keep one name:
class_list_data (the plain rows), pupil_fields (checks of names, phones, dates), pupil_access (who may
read or change a pupil), pupil_card (personal data, guardians), consent, portfolio; the list number
(№ по журналу) in list_numbers. Movement of pupils (arrival, departure, transfer) is in movement.py.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ...domain.names import fold, full_name, person_sort_key
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import AcademicYear, Consent, Course, Enrollment, Pupil, SchoolClass
from ..access.actor import Actor
from ..access.guard import own_class_ids, permits_action, require, unit
from ..errors import ServiceError
from .class_list_data import (
    AttachmentInfo,
    ClassInfo,
    ClassRoster,
    ConsentInfo,
    GuardianInfo,
    NoConsent,
    PupilCard,
    PupilRow,
    SearchHit,
)
from .consent import record_consent, staff_consents, withdraw_consent, without_consent
from .list_numbers import numbers_of
from .portfolio import (
    add_attachment,
    attachment_content,
    attachments,
    portfolio_limit,
    remove_attachment,
    save_attachment,
)
from .pupil_access import _active_consent, _class_info, _current_year, _guardians_of, _teaches_class, _year_bounds
from .pupil_card import add_guardian, pupil_card, remove_guardian, update_guardian, update_pupil
from .pupil_fields import PupilDataError, clean_guardian, clean_pupil

__all__ = [
    "AttachmentInfo", "ClassInfo", "ClassRoster", "ConsentInfo", "GuardianInfo", "NoConsent", "PupilCard",
    "PupilRow", "SearchHit", "add_attachment", "add_guardian", "attachment_content", "class_pupils",
    "classes_for", "fold", "pupil_card", "record_consent", "remove_attachment", "remove_guardian",
    "save_attachment", "search_pupils", "update_guardian", "update_pupil", "withdraw_consent",
    "without_consent", "PupilDataError", "attachments", "clean_guardian", "clean_pupil", "portfolio_limit",
    "staff_consents",
]


# --- classes and lists --------------------------------------------------------------------------------------

def classes_for(db: Database, actor: Actor, academic_year_id: int | None = None) -> list[ClassInfo]:
    """The classes of the year (default: the open one) whose lists the actor may read: the own class
    first, then by grade and letter."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        year = (session.get(AcademicYear, academic_year_id) if academic_year_id is not None
                else _current_year(session))
        if year is None:
            return []
        own = own_class_ids(session, actor)
        taught = set()
        if actor.staff_id is not None:
            taught = set(session.scalars(select(Course.school_class_id).where(
                Course.teacher_id == actor.staff_id, Course.school_class_id.is_not(None))))
        out = []
        for cls in session.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == year.id)):
            if permits_action(actor, Action.view_class_list, own=cls.id in taught, own_class=cls.id in own):
                out.append(_class_info(session, cls, year, own))
        return sorted(out, key=lambda c: (not c.own, c.grade, c.letter))


def _default_day(year: AcademicYear, today: dt.date | None) -> dt.date:
    first, last = _year_bounds(year.start_year)
    return min(max(today or dt.date.today(), first), last)


def class_pupils(db: Database, actor: Actor, class_id: int, on: dt.date | None = None, *,
                 with_departed: bool = True) -> ClassRoster:
    """The class list on the date (default: today, kept inside the class's year) in the order of the
    numbers (№ по журналу, fixed for the year: an arrival stands at the end), with personal data,
    guardians and whether consent is recorded. Pupils who left the class before the date stay in the
    list with their numbers and the day they left (unless `with_departed` is false), as on paper."""
    with unit(db, actor, read=True) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise ServiceError("Такого класса нет.")
        own = own_class_ids(session, actor)
        require(actor, Action.view_class_list, own=_teaches_class(session, actor, class_id),
                own_class=class_id in own, detail=f"список {cls.label} класса")
        year = session.get(AcademicYear, cls.academic_year_id)
        on = on or _default_day(year, None)
        latest: dict[int, tuple] = {}  # pupil → the latest stay begun by the date
        for p, arrived, event, departed in session.execute(
                select(Pupil, Enrollment.arrived_on, Enrollment.arrival_event, Enrollment.departed_on)
                .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                .where(Enrollment.school_class_id == class_id, Enrollment.arrived_on <= on)
                .order_by(Enrollment.arrived_on, Enrollment.id)):
            gone = departed if departed is not None and departed <= on else None
            if gone is None or with_departed:
                latest[p.id] = (p, arrived, event, gone)
            else:
                latest.pop(p.id, None)
        ids = list(latest)
        numbers = numbers_of(session.connection(), [class_id])[class_id]
        guardians = _guardians_of(session, ids, on)
        consented = set(session.scalars(select(Consent.pupil_id).where(
            Consent.pupil_id.in_(ids or [-1]), _active_consent(on))))
        found = sorted(latest.values(), key=lambda r: (numbers.get(r[0].id, 0),
                                                       person_sort_key(r[0].surname, r[0].name, r[0].patronymic)))
        rows = tuple(
            PupilRow(numbers.get(p.id, 0), p.id, p.surname, p.name, p.patronymic, p.birth_date,
                     p.sex.value if p.sex else None, arrived, event.value, p.phone, p.address, p.document,
                     tuple(guardians.get(p.id, ())), p.id in consented, gone)
            for p, arrived, event, gone in found)
        editable = permits_action(actor, Action.edit_pupil_data, own_class=class_id in own)
        return ClassRoster(_class_info(session, cls, year, own), on, rows, editable)


def search_pupils(db: Database, actor: Actor, text: str, on: dt.date | None = None,
                  limit: int = 200) -> list[SearchHit]:
    """Pupils of the school whose name has every word of `text` at the start of a part of the name
    (surname, name, patronymic; «ё» and «е» alike, any case), in Russian alphabetical order. A
    class teacher or teacher finds only pupils of the classes whose lists they may read."""
    words = fold(text).split()
    if not words:
        return []
    on = on or dt.date.today()
    with unit(db, actor, read=True) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        school_wide = permits_action(actor, Action.view_class_list)
        visible: set[int] | None = None
        if not school_wide:
            visible = set(own_class_ids(session, actor))
            if actor.staff_id is not None:
                visible |= set(session.scalars(select(Course.school_class_id).where(
                    Course.teacher_id == actor.staff_id, Course.school_class_id.is_not(None))))
        labels = {cid: f"{g}{ltr}" for cid, g, ltr in session.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter))}
        stays: dict[int, list] = {}
        for pid, cid, arrived, departed in session.execute(
                select(Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on,
                       Enrollment.departed_on).order_by(Enrollment.arrived_on, Enrollment.id)):
            stays.setdefault(pid, []).append((cid, arrived, departed))
        hits = []
        for pid, s, n, p, born in session.execute(select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic,
                                                         Pupil.birth_date)):
            parts = fold(f"{s} {n} {p or ''}").replace("-", " ").split()
            if not all(any(part.startswith(w) for part in parts) for w in words):
                continue
            mine = stays.get(pid, [])
            now = next((st for st in mine if st[1] <= on and (st[2] is None or st[2] > on)), None)
            if now is not None:
                cid, where = now[0], labels[now[0]]
            elif mine and mine[-1][1] > on:
                cid, where = None, f"прибудет {mine[-1][1]:%d.%m.%Y} в {labels[mine[-1][0]]}"
            elif mine:
                last = mine[-1]
                cid, where = None, f"выбыл {last[2]:%d.%m.%Y} из {labels[last[0]]}"
            else:
                cid, where = None, "не зачислен ни в один класс"
            if visible is not None:
                if now is None or now[0] not in visible:
                    continue
            hits.append(SearchHit(pid, full_name(s, n, p), born, cid, labels.get(cid, "") if cid else "",
                                  where))
        hits.sort(key=lambda h: person_sort_key(*(h.full_name.split(" ", 2) + ["", ""])[:3]))
        return hits[:limit]


