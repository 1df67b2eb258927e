"""Movement of pupils (движение учащихся), registered by the secretary by the director's order:
arrival into a class (a new pupil, or one returning), departure (to where), transfer between classes
of the same year (one stay closes and the next opens the same day); the history of a pupil's stays
and a report of movement for a period.

A stay is an `Enrollment`: from `arrived_on` (the first day in the class) to `departed_on` (the first
day no longer in it; None while the pupil is there). The journal reads the same rows
(`journal._stays`): a departed pupil stays on the journal's pages, with every mark, for the days of
the stay, and is not on the pages of later periods.

Refused, with nothing written: a date outside the class's school year or in a closed year; a
departure before the arrival; a pupil in two classes at once; a departure that would leave marks or
attendance after the pupil's last day (they would vanish from the journal's page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    Course,
    Enrollment,
    EnrollmentEvent,
    Lesson,
    Mark,
    Pupil,
    SchoolClass,
    Subgroup,
    Subject,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, pupil_shown, require, unit
from ..errors import ServiceError
from .list_numbers import next_number
from .pupil_access import _pupil, _require_view_pupil
from .pupil_fields import clean_pupil

__all__ = ["EVENT_LABELS", "MovementError", "MovementEvent", "MovementResult", "StayInfo", "arrive", "depart",
           "history", "movement_report", "transfer"]

EVENT_LABELS = {
    "arrival": "прибытие", "departure": "выбытие", "transfer": "перевод в другой класс",
    "promotion": "перевод в следующий класс", "graduation": "выпуск",
    "repeat_year": "оставлен на повторное обучение", "conditional_promotion": "условный перевод",
}


class MovementError(ServiceError):
    """The movement cannot be registered; the message says why. Nothing was written."""


@dataclass(frozen=True)
class StayInfo:
    enrollment_id: int
    class_id: int
    class_label: str
    academic_year: str
    arrived_on: dt.date
    arrival_event: str
    arrival_order_number: str
    arrived_from: str
    departed_on: dt.date | None
    departure_event: str | None
    departure_order_number: str
    departed_to: str

    @property
    def arrival_text(self) -> str:
        order = f", приказ № {self.arrival_order_number}" if self.arrival_order_number else ""
        source = f" ({self.arrived_from})" if self.arrived_from else ""
        return f"{self.arrived_on:%d.%m.%Y}: {EVENT_LABELS[self.arrival_event]}{source}{order}"

    @property
    def departure_text(self) -> str:
        if self.departed_on is None:
            return "учится"
        order = f", приказ № {self.departure_order_number}" if self.departure_order_number else ""
        target = f" ({self.departed_to})" if self.departed_to else ""
        event = EVENT_LABELS.get(self.departure_event or "", "выбытие")
        return f"{self.departed_on:%d.%m.%Y}: {event}{target}{order}"

    def as_dict(self) -> dict:
        return {"enrollment_id": self.enrollment_id, "class": self.class_label,
                "academic_year": self.academic_year, "arrived_on": self.arrived_on,
                "arrival_event": self.arrival_event, "arrival_order_number": self.arrival_order_number,
                "arrived_from": self.arrived_from, "departed_on": self.departed_on,
                "departure_event": self.departure_event, "departure_order_number": self.departure_order_number,
                "departed_to": self.departed_to}


@dataclass(frozen=True)
class MovementResult:
    pupil_id: int
    pupil: str
    on: dt.date
    order_number: str
    closed: int | None          # the enrollment closed (departure, transfer)
    opened: int | None          # the enrollment opened (arrival, transfer)
    text: str                   # «Иванов Иван Иванович: прибытие в 5А с 01.12.2026, приказ № 12»

    def as_dict(self) -> dict:
        return {"pupil_id": self.pupil_id, "pupil": self.pupil, "date": self.on,
                "order_number": self.order_number, "closed_enrollment": self.closed,
                "opened_enrollment": self.opened, "text": self.text}


@dataclass(frozen=True)
class MovementEvent:
    on: dt.date
    pupil_id: int
    pupil: str
    class_label: str
    kind: str                   # "arrival" (into the class) or "departure" (from it)
    event: str                  # EnrollmentEvent value
    order_number: str
    place: str                  # from where / to where

    @property
    def label(self) -> str:
        return EVENT_LABELS[self.event]

    def as_dict(self) -> dict:
        return {"date": self.on, "pupil_id": self.pupil_id, "pupil": self.pupil, "class": self.class_label,
                "kind": self.kind, "event": self.event, "event_label": self.label,
                "order_number": self.order_number, "place": self.place}


# --- rules ------------------------------------------------------------------------------------------------

def _order(order_number: str) -> str:
    text = " ".join(str(order_number or "").split())
    if not text:
        raise MovementError("Укажите номер приказа: движение учащихся оформляется приказом директора.")
    if len(text) > 50:
        raise MovementError("Номер приказа: не длиннее 50 знаков.")
    return text.removeprefix("№").strip()


def _place(text: str, label: str) -> str:
    text = " ".join(str(text or "").split())
    if len(text) > 300:
        raise MovementError(f"{label}: не длиннее 300 знаков.")
    return text


def _class(session: Session, class_id: int) -> tuple[SchoolClass, AcademicYear]:
    cls = session.get(SchoolClass, class_id)
    if cls is None:
        raise MovementError("Такого класса нет.")
    return cls, session.get(AcademicYear, cls.academic_year_id)


def _check_date(session: Session, cls: SchoolClass, year: AcademicYear, on: dt.date) -> None:
    """The date lies in the class's school year (1 September – 31 August), and that year is open."""
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise MovementError("Укажите дату приказа о движении.")
    if year.status is YearStatus.closed:
        raise MovementError(f"Учебный год {year.label} закрыт: движение учащихся {cls.label} класса в нём "
                            f"больше не оформляется (архив года только для просмотра).")
    first, last = dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)
    if not first <= on <= last:
        other = session.scalar(select(AcademicYear).where(
            AcademicYear.start_year == (on.year if on.month >= 9 else on.year - 1)))
        closed = (f" (учебный год {other.label} закрыт)" if other is not None and other.status is YearStatus.closed
                  else "")
        raise MovementError(f"Дата {on:%d.%m.%Y} вне {year.label} учебного года {cls.label} класса "
                            f"({first:%d.%m.%Y} — {last:%d.%m.%Y}){closed}.")


def _label(session: Session, class_id: int) -> str:
    cls = session.get(SchoolClass, class_id)
    return cls.label if cls else "?"


def _check_free(session: Session, pupil: Pupil, on: dt.date, *, ignore: int | None = None) -> None:
    """The pupil is in no class from the date on (but for the stay `ignore`, being closed that day)."""
    clash = session.scalars(select(Enrollment).where(
        Enrollment.pupil_id == pupil.id, Enrollment.id != (ignore or -1),
        or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))
        .order_by(Enrollment.arrived_on)).first()
    if clash is None:
        return
    name = full_name(pupil.surname, pupil.name, pupil.patronymic)
    label = _label(session, clash.school_class_id)
    if clash.departed_on is None and clash.arrived_on <= on:
        raise MovementError(f"{name}: уже в {label} классе (с {clash.arrived_on:%d.%m.%Y}): ученик не может "
                            f"быть в двух классах сразу. Оформите выбытие или перевод.")
    if clash.arrived_on > on:
        raise MovementError(f"{name}: уже оформлено прибытие в {label} класс с "
                            f"{clash.arrived_on:%d.%m.%Y}: ученик не может быть в двух классах сразу.")
    raise MovementError(f"{name}: в списке {label} класса до {clash.departed_on:%d.%m.%Y}, прибытие "
                        f"{on:%d.%m.%Y} пришлось бы на время, когда ученик ещё был в том классе.")


def _check_nothing_after(session: Session, pupil: Pupil, class_id: int, on: dt.date) -> None:
    """No mark or attendance of the pupil in the class's journal on or after the last day's next day."""
    subgroups = select(Subgroup.id).where(Subgroup.school_class_id == class_id)
    courses = or_(Course.school_class_id == class_id, Course.subgroup_id.in_(subgroups))
    found = []
    for table, what in ((Mark, "отметка"), (Attendance, "отметка посещаемости")):
        for day, subject, value in session.execute(
                select(Lesson.date, Subject.name, table.value if table is Mark else table.code)
                .join(table, table.lesson_id == Lesson.id).join(Course, Course.id == Lesson.course_id)
                .join(Subject, Subject.id == Course.subject_id)
                .where(table.pupil_id == pupil.id, Lesson.date >= on, courses).order_by(Lesson.date)):
            found.append((day, f"{day:%d.%m.%Y} {subject}: {what} «{getattr(value, 'value', value)}»"))
    if found:
        found.sort()
        shown = "; ".join(text for _d, text in found[:5]) + (" и другие" if len(found) > 5 else "")
        raise MovementError(
            f"{full_name(pupil.surname, pupil.name, pupil.patronymic)}: с {on:%d.%m.%Y} в журнале "
            f"{_label(session, class_id)} класса есть записи ({len(found)}): {shown}. После выбытия они не "
            f"будут видны — попросите учителя убрать их или проверьте дату приказа.")


def _current_stay(session: Session, pupil: Pupil, on: dt.date) -> Enrollment:
    """The stay that a departure or transfer on the date closes."""
    name = full_name(pupil.surname, pupil.name, pupil.patronymic)
    stay = session.scalars(select(Enrollment).where(Enrollment.pupil_id == pupil.id,
                                                    Enrollment.departed_on.is_(None))
                           .order_by(Enrollment.arrived_on.desc())).first()
    if stay is None:
        last = session.scalars(select(Enrollment).where(Enrollment.pupil_id == pupil.id)
                               .order_by(Enrollment.arrived_on.desc())).first()
        if last is not None:
            raise MovementError(f"{name}: выбытие из {_label(session, last.school_class_id)} класса уже оформлено "
                                f"{last.departed_on:%d.%m.%Y}.")
        raise MovementError(f"{name}: нет ни в одном классе (зачисление не оформлено).")
    if on < stay.arrived_on:
        raise MovementError(f"{name}: дата выбытия {on:%d.%m.%Y} раньше прибытия в "
                            f"{_label(session, stay.school_class_id)} класс ({stay.arrived_on:%d.%m.%Y}).")
    return stay


def _stay_payload(e: Enrollment) -> dict:
    return {"pupil_id": e.pupil_id, "school_class_id": e.school_class_id, "arrived_on": e.arrived_on,
            "arrival_event": e.arrival_event.value, "arrival_order_number": e.arrival_order_number,
            "arrived_from": e.arrived_from, "departed_on": e.departed_on,
            "departure_event": e.departure_event.value if e.departure_event else None,
            "departure_order_number": e.departure_order_number, "departed_to": e.departed_to,
            "list_number": e.list_number}


def _close(session: Session, actor: Actor, stay: Enrollment, on: dt.date, event: EnrollmentEvent,
           order: str, to: str, action: str) -> None:
    old = _stay_payload(stay)
    stay.departed_on, stay.departure_event = on, event
    stay.departure_order_number, stay.departed_to = order, to
    session.flush()
    audit.record(session, actor.account_id, action, "enrollment", stay.id, old=old, new=_stay_payload(stay))


def _open(session: Session, actor: Actor, pupil_id: int, class_id: int, on: dt.date, event: EnrollmentEvent,
          order: str, source: str, action: str) -> Enrollment:
    # № по журналу: the next at the end of the list (or the pupil's own, returning to the class).
    number = next_number(session.connection(), class_id, pupil_id)
    stay = Enrollment(pupil_id=pupil_id, school_class_id=class_id, arrived_on=on, arrival_event=event,
                      arrival_order_number=order, arrived_from=source, departure_order_number="",
                      departed_to="", list_number=number)
    session.add(stay)
    session.flush()
    audit.record(session, actor.account_id, action, "enrollment", stay.id, new=_stay_payload(stay))
    return stay


# --- the use cases ---------------------------------------------------------------------------------------------

def arrive(db: Database, actor: Actor, class_id: int, on: dt.date, order_number: str, *,
           pupil_id: int | None = None, pupil: dict | None = None, arrived_from: str = "") -> MovementResult:
    """Arrival into a class by order: a pupil already in the journal (one who left and returns), or a
    new pupil from `pupil` (surname, name, patronymic, birth_date, sex, address, phone, document)."""
    order = _order(order_number)
    arrived_from = _place(arrived_from, "Откуда прибыл")
    if (pupil_id is None) == (pupil is None):
        raise MovementError("Укажите ученика: того, кто уже есть в журнале, или данные нового ученика.")
    with unit(db, actor) as session:
        require(actor, Action.register_movement)
        cls, year = _class(session, class_id)
        _check_date(session, cls, year, on)
        if pupil_id is not None:
            row = _pupil(session, pupil_id)
            _check_free(session, row, on)
        else:
            data = clean_pupil(pupil, on)
            row = Pupil(**{"patronymic": "", "address": "", "phone": "", "document": ""} | data)
            session.add(row)
            session.flush()
            audit.record(session, actor.account_id, "create", "pupil", row.id,
                         new=data | {"sex": data["sex"].value if data.get("sex") else None})
        stay = _open(session, actor, row.id, class_id, on, EnrollmentEvent.arrival, order, arrived_from, "arrival")
        name = full_name(row.surname, row.name, row.patronymic)
        return MovementResult(row.id, name, on, order, None, stay.id,
                              f"{name}: прибытие в {cls.label} класс с {on:%d.%m.%Y}, приказ № {order}")


def depart(db: Database, actor: Actor, pupil_id: int, on: dt.date, order_number: str,
           departed_to: str = "") -> MovementResult:
    """Departure from the pupil's class by order: `on` is the first day the pupil is no longer in it."""
    order = _order(order_number)
    departed_to = _place(departed_to, "Куда выбыл")
    if not departed_to:
        raise MovementError("Укажите, куда выбыл ученик (школа, город или иное).")
    with unit(db, actor) as session:
        require(actor, Action.register_movement)
        row = _pupil(session, pupil_id)
        stay = _current_stay(session, row, on)
        cls, year = _class(session, stay.school_class_id)
        _check_date(session, cls, year, on)
        _check_nothing_after(session, row, cls.id, on)
        _check_free(session, row, on, ignore=stay.id)
        _close(session, actor, stay, on, EnrollmentEvent.departure, order, departed_to, "departure")
        name = full_name(row.surname, row.name, row.patronymic)
        return MovementResult(row.id, name, on, order, stay.id, None,
                              f"{name}: выбытие из {cls.label} класса {on:%d.%m.%Y} ({departed_to}), "
                              f"приказ № {order}")


def transfer(db: Database, actor: Actor, pupil_id: int, to_class_id: int, on: dt.date,
             order_number: str) -> MovementResult:
    """Transfer to another class of the same school year: the stay in the old class closes on the date
    and the stay in the new one opens the same day."""
    order = _order(order_number)
    with unit(db, actor) as session:
        require(actor, Action.register_movement)
        row = _pupil(session, pupil_id)
        stay = _current_stay(session, row, on)
        old_cls, old_year = _class(session, stay.school_class_id)
        new_cls, new_year = _class(session, to_class_id)
        if new_cls.id == old_cls.id:
            raise MovementError(f"Ученик уже в {new_cls.label} классе: переводить некуда.")
        if new_year.id != old_year.id:
            raise MovementError(f"Перевод возможен только между классами одного учебного года: {old_cls.label} — "
                                f"{old_year.label}, {new_cls.label} — {new_year.label}.")
        _check_date(session, old_cls, old_year, on)
        _check_nothing_after(session, row, old_cls.id, on)
        _check_free(session, row, on, ignore=stay.id)
        _close(session, actor, stay, on, EnrollmentEvent.transfer, order, f"в {new_cls.label} класс", "transfer")
        new = _open(session, actor, row.id, new_cls.id, on, EnrollmentEvent.transfer, order,
                    f"из {old_cls.label} класса", "transfer")
        name = full_name(row.surname, row.name, row.patronymic)
        return MovementResult(row.id, name, on, order, stay.id, new.id,
                              f"{name}: перевод из {old_cls.label} в {new_cls.label} класс с {on:%d.%m.%Y}, "
                              f"приказ № {order}")


def history(db: Database, actor: Actor, pupil_id: int) -> list[StayInfo]:
    """The pupil's stays in classes, the earliest first, each with its arrival and departure orders."""
    with unit(db, actor, read=True) as session:
        if session.get(Pupil, pupil_id) is None and not permits_action(actor, Action.view_class_list):
            # Who may not see the school's pupils learns nothing, not even whether the number exists.
            raise Denied(Action.view_class_list, pupil_shown(pupil_id), shown=pupil_shown(pupil_id))
        row = _pupil(session, pupil_id)
        _require_view_pupil(session, actor, row)
        out = []
        for e, grade, letter, start_year in session.execute(
                select(Enrollment, SchoolClass.grade, SchoolClass.letter, AcademicYear.start_year)
                .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .join(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
                .where(Enrollment.pupil_id == pupil_id).order_by(Enrollment.arrived_on, Enrollment.id)):
            out.append(StayInfo(e.id, e.school_class_id, f"{grade}{letter}", f"{start_year}/{start_year + 1}",
                                e.arrived_on, e.arrival_event.value, e.arrival_order_number, e.arrived_from,
                                e.departed_on, e.departure_event.value if e.departure_event else None,
                                e.departure_order_number, e.departed_to))
        return out


def movement_report(db: Database, actor: Actor, start: dt.date, end: dt.date, *,
                    events: tuple[str, ...] | None = ("arrival", "departure", "transfer")) -> list[MovementEvent]:
    """Arrivals into and departures from classes dated between the two days (inclusive), by date, then
    class and name. `events` keeps only those kinds (None: every kind, with year-closing moves too).
    For those who read the whole school's lists."""
    if start > end:
        raise MovementError(f"Начало периода {start:%d.%m.%Y} позже его конца {end:%d.%m.%Y}.")
    with unit(db, actor) as session:
        require(actor, Action.view_class_list, detail="движение учащихся по школе")
        out = []
        for e, s, n, p, grade, letter in session.execute(
                select(Enrollment, Pupil.surname, Pupil.name, Pupil.patronymic, SchoolClass.grade,
                       SchoolClass.letter)
                .join(Pupil, Pupil.id == Enrollment.pupil_id)
                .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .where(or_(Enrollment.arrived_on.between(start, end), Enrollment.departed_on.between(start, end)))):
            name, label = full_name(s, n, p), f"{grade}{letter}"
            if start <= e.arrived_on <= end and (events is None or e.arrival_event.value in events):
                out.append((MovementEvent(e.arrived_on, e.pupil_id, name, label, "arrival", e.arrival_event.value,
                                          e.arrival_order_number, e.arrived_from), (grade, letter),
                            person_sort_key(s, n, p)))
            if (e.departed_on is not None and start <= e.departed_on <= end and e.departure_event is not None
                    and (events is None or e.departure_event.value in events)):
                out.append((MovementEvent(e.departed_on, e.pupil_id, name, label, "departure",
                                          e.departure_event.value, e.departure_order_number, e.departed_to),
                            (grade, letter), person_sort_key(s, n, p)))
        out.sort(key=lambda t: (t[0].on, t[0].kind != "departure", t[1], t[2]))
        return [t[0] for t in out]
