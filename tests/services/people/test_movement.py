"""Movement of pupils by order (arrival, departure, transfer) on the small demo school (today
2026-11-27, the 2nd quarter 05.11–28.12.2026), and what the journal grid shows afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY
from sqlalchemy import func, select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.people import movement
from ejournal_desktop.storage.models import (
    AcademicYear,
    Attendance,
    AuditEntry,
    Course,
    Enrollment,
    Lesson,
    Mark,
    Period,
    PeriodKind,
    Pupil,
    SchoolClass,
    Subject,
    YearStatus,
)

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def secretary(small_demo):
    return login(small_demo, "secretary")


def class_id(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                     SchoolClass.letter == label[-1]))


def add_class(db, label: str, start_year: int = 2026) -> int:
    """A parallel class (the small demo has one per grade), as the year's set-up would make it."""
    with db.session() as s, s.begin():
        year = s.scalar(select(AcademicYear.id).where(AcademicYear.start_year == start_year))
        cls = SchoolClass(academic_year_id=year, grade=int(label[:-1]), letter=label[-1])
        s.add(cls)
        s.flush()
        return cls.id


def stays(db, pupil_id: int) -> list[tuple]:
    with db.session() as s:
        return s.execute(select(Enrollment.school_class_id, Enrollment.arrived_on, Enrollment.departed_on)
                         .where(Enrollment.pupil_id == pupil_id).order_by(Enrollment.arrived_on)).all()


def pupil_in(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(Enrollment.pupil_id).where(Enrollment.school_class_id == class_id(db, label),
                                                          Enrollment.departed_on.is_(None))
                        .order_by(Enrollment.pupil_id).limit(1))


def russian_course(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).join(Subject, Subject.id == Course.subject_id)
                        .where(Course.school_class_id == class_id(db, label), Subject.name == "Русский язык")
                        .order_by(Course.id).limit(1))


def quarter(db, number: int) -> int:
    with db.session() as s:
        return s.scalar(select(Period.id).where(Period.kind == PeriodKind.quarter, Period.number == number))


def last_entry_in_class(db, pupil_id: int, label: str) -> dt.date:
    """The last day with a mark or attendance of the pupil in the class's journal."""
    with db.session() as s:
        days = []
        for table in (Mark, Attendance):
            days.append(s.scalar(select(func.max(Lesson.date)).join(table, table.lesson_id == Lesson.id)
                                 .join(Course, Course.id == Lesson.course_id)
                                 .where(table.pupil_id == pupil_id,
                                        Course.school_class_id == class_id(db, label))))
        return max(d for d in days if d is not None)


def at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=MSK)


def clear_entries_from(db, teacher, pupil_id: int, label: str, day: dt.date) -> None:
    """The pupil's marks and attendance in the class's journal from the day on, removed on their own day
    (inside the entry window), as the teachers would."""
    with db.session() as s:
        courses = select(Course.id).where(Course.school_class_id == class_id(db, label))
        marks = s.execute(select(Mark.id, Lesson.date).join(Lesson, Lesson.id == Mark.lesson_id).where(
            Mark.pupil_id == pupil_id, Lesson.date >= day, Lesson.course_id.in_(courses))).all()
        absences = s.execute(select(Attendance.lesson_id, Lesson.date).join(Lesson, Lesson.id == Attendance.lesson_id)
                             .where(Attendance.pupil_id == pupil_id, Lesson.date >= day,
                                    Lesson.course_id.in_(courses))).all()
    for mark_id, when in marks:
        journal.remove_mark(db, teacher, mark_id, now=at(when))
    for lesson_id, when in absences:
        journal.set_attendance(db, teacher, lesson_id, pupil_id, "", now=at(when))


def grid_row(db, actor, course: int, period: int, pupil_id: int):
    grid = journal.load_grid(db, actor, course, period, now=NOW)
    return next((r for r in grid.rows if r.pupil_id == pupil_id), None), grid


NEW_PUPIL = {"surname": "Ёжикова", "name": "Алёна", "patronymic": "Петровна", "birth_date": dt.date(2015, 5, 5),
             "sex": "ж"}


# --- the rules ---------------------------------------------------------------------------------------------

def test_arrival_of_a_new_pupil_opens_a_stay_by_order_with_audit(small_demo, secretary):
    fifth = class_id(small_demo, "5А")
    done = movement.arrive(small_demo, secretary, fifth, dt.date(2026, 11, 16), "151-у", pupil=NEW_PUPIL,
                           arrived_from="МБОУ СОШ № 2 г. Тулы")
    assert stays(small_demo, done.pupil_id) == [(fifth, dt.date(2026, 11, 16), None)]
    [stay] = movement.history(small_demo, secretary, done.pupil_id)
    assert (stay.class_label, stay.arrival_order_number, stay.arrived_from) == ("5А", "151-у",
                                                                                 "МБОУ СОШ № 2 г. Тулы")
    assert "прибытие" in stay.arrival_text and stay.departure_text == "учится"
    with small_demo.session() as s:
        actions = s.execute(select(AuditEntry.action, AuditEntry.entity).where(
            AuditEntry.account_id == secretary.account_id)).all()
    assert ("create", "pupil") in actions and ("arrival", "enrollment") in actions


def test_order_number_and_place_are_required(small_demo, secretary):
    pupil = pupil_in(small_demo, "5А")
    with pytest.raises(ServiceError, match="номер приказа"):
        movement.depart(small_demo, secretary, pupil, DEMO_TODAY + dt.timedelta(days=3), "  ", "Школа № 5")
    with pytest.raises(ServiceError, match="куда выбыл"):
        movement.depart(small_demo, secretary, pupil, DEMO_TODAY + dt.timedelta(days=3), "160-у", "")


def test_departure_before_arrival_is_refused(small_demo, secretary):
    fifth = class_id(small_demo, "5А")
    done = movement.arrive(small_demo, secretary, fifth, dt.date(2026, 11, 16), "151-у", pupil=NEW_PUPIL)
    with pytest.raises(ServiceError, match="раньше прибытия"):
        movement.depart(small_demo, secretary, done.pupil_id, dt.date(2026, 11, 10), "152-у", "Школа № 5")
    assert stays(small_demo, done.pupil_id) == [(fifth, dt.date(2026, 11, 16), None)]


def test_a_pupil_cannot_be_in_two_classes_at_once(small_demo, secretary):
    pupil = pupil_in(small_demo, "5А")
    before = stays(small_demo, pupil)
    with pytest.raises(ServiceError, match="двух классах сразу"):
        movement.arrive(small_demo, secretary, class_id(small_demo, "10А"), dt.date(2026, 12, 1), "153-у",
                        pupil_id=pupil)
    assert stays(small_demo, pupil) == before


def test_returning_pupil_gets_a_second_stay_and_cannot_return_before_leaving(small_demo, secretary):
    second = class_id(small_demo, "2А")
    with small_demo.session() as s:  # the demo's departed pupil: left 2А on 22.10.2026
        gone = s.scalar(select(Enrollment.pupil_id).where(Enrollment.departed_on.is_not(None)))
        left = s.scalar(select(Enrollment.departed_on).where(Enrollment.pupil_id == gone))
    with pytest.raises(ServiceError, match="ещё был в том классе"):
        movement.arrive(small_demo, secretary, second, left - dt.timedelta(days=5), "154-у", pupil_id=gone)
    movement.arrive(small_demo, secretary, second, dt.date(2026, 11, 23), "155-у", pupil_id=gone,
                    arrived_from="вернулся из МБОУ СОШ № 41")
    assert [(a, d) for _c, a, d in stays(small_demo, gone)] == [(dt.date(2026, 9, 1), left),
                                                               (dt.date(2026, 11, 23), None)]
    assert len(movement.history(small_demo, secretary, gone)) == 2


def test_transfer_closes_one_stay_and_opens_another_the_same_day(small_demo, secretary):
    pupil = pupil_in(small_demo, "5А")
    fifth, parallel = class_id(small_demo, "5А"), add_class(small_demo, "5Б")
    day = last_entry_in_class(small_demo, pupil, "5А") + dt.timedelta(days=1)
    done = movement.transfer(small_demo, secretary, pupil, parallel, day, "156-у")
    assert "из 5А в 5Б" in done.text
    assert stays(small_demo, pupil)[-2:] == [(fifth, dt.date(2026, 9, 1), day), (parallel, day, None)]
    old, new = movement.history(small_demo, secretary, pupil)[-2:]
    assert (old.departure_event, old.departed_to, new.arrival_event, new.arrived_from) == (
        "transfer", "в 5Б класс", "transfer", "из 5А класса")
    with pytest.raises(ServiceError, match="уже в 5Б"):
        movement.transfer(small_demo, secretary, pupil, parallel, day + dt.timedelta(days=1), "157-у")


def test_departure_that_would_hide_marks_is_refused(small_demo, secretary):
    pupil = pupil_in(small_demo, "5А")
    last = last_entry_in_class(small_demo, pupil, "5А")
    with pytest.raises(ServiceError, match="есть записи"):
        movement.depart(small_demo, secretary, pupil, last, "158-у", "Школа № 5")
    assert stays(small_demo, pupil)[-1][2] is None


def test_dates_outside_the_year_or_in_a_closed_year_are_refused(small_demo, secretary):
    with small_demo.session() as s, s.begin():
        old = AcademicYear(start_year=2025, status=YearStatus.closed, closing_order_number="90",
                           closed_on=dt.date(2026, 6, 1))
        s.add(old)
        s.flush()
        s.add(SchoolClass(academic_year_id=old.id, grade=4, letter="А"))
    with small_demo.session() as s:
        closed_class = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 4))
    with pytest.raises(ServiceError, match="2025/2026 закрыт"):
        movement.arrive(small_demo, secretary, closed_class, dt.date(2026, 3, 2), "159-у", pupil=NEW_PUPIL)
    with pytest.raises(ServiceError, match=r"вне 2026/2027.*закрыт"):
        movement.arrive(small_demo, secretary, class_id(small_demo, "5А"), dt.date(2026, 5, 12), "159-у",
                        pupil=NEW_PUPIL)
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil).where(Pupil.surname == "Ёжикова")) == 0


def test_only_the_secretary_registers_movement(small_demo):
    pupil = pupil_in(small_demo, "5А")
    for name in ("zavuch", "teacher02", "director"):
        with pytest.raises(Denied):
            movement.depart(small_demo, login(small_demo, name), pupil, dt.date(2026, 12, 20), "1", "Школа")


def test_movement_report_lists_the_period_events(small_demo, secretary):
    fifth = class_id(small_demo, "5А")
    done = movement.arrive(small_demo, secretary, fifth, dt.date(2026, 11, 16), "151-у", pupil=NEW_PUPIL)
    events = movement.movement_report(small_demo, secretary, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    mine = [e for e in events if e.pupil_id == done.pupil_id]
    assert [(e.on, e.class_label, e.kind, e.order_number) for e in mine] == [
        (dt.date(2026, 11, 16), "5А", "arrival", "151-у")]
    assert all(dt.date(2026, 11, 1) <= e.on <= dt.date(2026, 11, 30) for e in events)
    assert [e.on for e in events] == sorted(e.on for e in events)
    september = movement.movement_report(small_demo, secretary, dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    assert any(e.kind == "departure" and e.place for e in september)  # the demo's departure in October
    assert not any(e.pupil_id == done.pupil_id for e in september)
    with pytest.raises(Denied):
        movement.movement_report(small_demo, login(small_demo, "teacher01"), dt.date(2026, 9, 1),
                                 dt.date(2026, 10, 31))


# --- what the journal grid shows ---------------------------------------------------------------------------

def test_departure_limits_the_grid_to_the_pupils_own_dates(small_demo, secretary):
    deputy = login(small_demo, "zavuch")
    pupil = pupil_in(small_demo, "5А")
    course, q1, q2 = russian_course(small_demo, "5А"), quarter(small_demo, 1), quarter(small_demo, 2)
    day = dt.date(2026, 11, 23)  # a Monday of the 2nd quarter, before the demo's "today"
    with pytest.raises(ServiceError, match="есть записи"):
        movement.depart(small_demo, secretary, pupil, day, "160-у", "МБОУ Гимназия № 1")
    clear_entries_from(small_demo, deputy, pupil, "5А", day)  # what the refusal asks the teachers to do
    before, grid = grid_row(small_demo, deputy, course, q2, pupil)
    assert before.whole_period and before.marks
    movement.depart(small_demo, secretary, pupil, day, "160-у", "МБОУ Гимназия № 1")

    after, grid = grid_row(small_demo, deputy, course, q2, pupil)
    assert after is not None, "a departed pupil stays on the page of the period"
    assert after.stays == ((grid.period.start, day - dt.timedelta(days=1)),)
    assert after.marks == before.marks, "the marks of the stay are all still shown"
    for column in grid.columns:
        assert after.belongs_on(column.date) == (column.date < day)
    q1_row, _ = grid_row(small_demo, deputy, course, q1, pupil)
    assert q1_row is not None and q1_row.whole_period

    later = next(c for c in grid.columns if day <= c.date <= DEMO_TODAY)
    with pytest.raises(ServiceError, match="не числился"):
        journal.put_marks(small_demo, deputy, later.lesson_id, pupil, "5", now=at(later.date))

    movement.arrive(small_demo, secretary, class_id(small_demo, "10А"), day, "161-у", pupil_id=pupil)
    other = russian_course(small_demo, "10А")
    period = next(p for p in journal.periods_for(small_demo, other) if p.start <= day <= p.end)
    other_grid = journal.load_grid(small_demo, deputy, other, period.id, now=NOW)
    row = next(r for r in other_grid.rows if r.pupil_id == pupil)
    assert row.stays == ((day, period.end),)


def test_arrival_puts_the_pupil_on_the_grid_from_the_arrival_day(small_demo, secretary):
    deputy = login(small_demo, "zavuch")
    course, q1, q2 = russian_course(small_demo, "5А"), quarter(small_demo, 1), quarter(small_demo, 2)
    day = dt.date(2026, 11, 16)
    done = movement.arrive(small_demo, secretary, class_id(small_demo, "5А"), day, "151-у", pupil=NEW_PUPIL)
    row, grid = grid_row(small_demo, deputy, course, q2, done.pupil_id)
    assert row is not None and row.stays == ((day, grid.period.end),) and not row.whole_period
    assert [r.short_name for r in grid.rows].index("Ёжикова А. П.") > 0  # in alphabetical order, ё after е
    assert grid_row(small_demo, deputy, course, q1, done.pupil_id)[0] is None
    earlier = next(c for c in grid.columns if c.date < day)
    held = next(c for c in grid.columns if day <= c.date <= DEMO_TODAY)
    with pytest.raises(ServiceError, match="не числился"):
        journal.put_marks(small_demo, deputy, earlier.lesson_id, done.pupil_id, "4", now=at(earlier.date))
    journal.put_marks(small_demo, deputy, held.lesson_id, done.pupil_id, "4", now=at(held.date))
    row, _ = grid_row(small_demo, deputy, course, q2, done.pupil_id)
    assert [m.value for m in row.marks[held.lesson_id]] == ["4"]
