"""The structure of the school year set up by the deputy (issue 15): dates, periods per grade range,
holidays and days off, moved and short days, bells; changes after marks exist stay safe."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY
from setup_testing import new_school
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.school import bells as school_bells
from ejournal_desktop.services.school import calendar_days
from ejournal_desktop.services.school import periods as year_periods
from ejournal_desktop.services.school import year as school_year
from ejournal_desktop.services.school.effects import NeedsConfirmation
from ejournal_desktop.storage.models import (
    AcademicYear,
    AuditEntry,
    BellSchedule,
    Holiday,
    Mark,
    MovedDay,
    Period,
    PeriodMark,
    ShortDay,
)

D = dt.date


@pytest.fixture
def school(tmp_path):
    s = new_school(tmp_path)
    yield s
    s.db.close()


def test_a_new_school_gets_its_year_periods_per_grades_holidays_and_bells(school):
    db, deputy = school.db, school.deputy
    year = school_year.create_year(db, deputy, D(2026, 9, 1), D(2027, 8, 31))
    assert year.label == "2026/2027"
    quarters = year_periods.set_periods(db, deputy, year.id, "quarter", 1, 9)
    halves = year_periods.set_periods(db, deputy, year.id, "half_year", 10, 11,
                                      [(D(2026, 9, 1), D(2026, 12, 27)), (D(2027, 1, 12), D(2027, 5, 25))])
    assert [p.label for p in quarters] == ["1-я четверть", "2-я четверть", "3-я четверть", "4-я четверть"]
    assert [(p.label, p.end) for p in halves] == [("1-е полугодие", D(2026, 12, 27)), ("2-е полугодие", D(2027, 5, 25))]
    added = calendar_days.add_default_holidays(db, deputy, year.id)
    assert any(h.grade_to == 1 for h in added)  # the February week of the first grade
    calendar_days.add_holiday(db, deputy, year.id, "День народного единства", D(2026, 11, 5), D(2026, 11, 5),
                              kind="day_off")
    calendar_days.add_moved_day(db, deputy, year.id, D(2027, 5, 10), D(2027, 5, 15), decree="Постановление № 1")
    calendar_days.add_short_day(db, deputy, year.id, D(2027, 3, 6), 30, "Предпраздничный день")
    school_bells.set_bells(db, deputy, 2, [(dt.time(13, 30), dt.time(14, 10)), (dt.time(14, 20), dt.time(15, 0))])
    setup = school_year.year_setup(db, deputy)
    assert len(setup.periods) == 6 and setup.moved_days[0].works_as == 0  # 10 May 2027 is a Monday
    assert set(setup.shifts) == {1, 2} and len(setup.shifts[2]) == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Period)) == 6
        assert s.scalar(select(Holiday.kind).where(Holiday.name == "День народного единства")) == "day_off"
        assert s.scalar(select(func.count()).select_from(MovedDay)) == 1
        assert s.scalar(select(ShortDay.lesson_minutes)) == 30
        assert s.scalar(select(func.count()).select_from(BellSchedule).where(BellSchedule.shift == 2)) == 2
        entities = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.account_id == deputy.account_id)))
    assert {"academic_year", "period_structure", "holiday", "moved_day", "short_day", "bell_schedule"} <= entities


def test_wrong_dates_are_named_in_russian_and_nothing_is_written(school):
    db, deputy = school.db, school.deputy
    with pytest.raises(school_year.YearError, match="окончание 01.09.2026 раньше начала"):
        school_year.create_year(db, deputy, D(2027, 8, 31), D(2026, 9, 1))
    year = school_year.create_year(db, deputy, D(2026, 9, 1), D(2027, 6, 30))
    with pytest.raises(school_year.YearError, match="уже есть"):
        school_year.create_year(db, deputy, D(2026, 9, 2), D(2027, 6, 30))
    with pytest.raises(school_year.YearError, match=r"2-я четверть \(1–4 кл.\): начало .* не позже окончания"):
        year_periods.set_periods(db, deputy, year.id, "quarter", 1, 4, [
            (D(2026, 9, 1), D(2026, 11, 10)), (D(2026, 11, 5), D(2026, 12, 28)),
            (D(2027, 1, 12), D(2027, 3, 20)), (D(2027, 4, 1), D(2027, 5, 25))])
    with pytest.raises(school_year.YearError, match="вне учебного года"):
        calendar_days.add_holiday(db, deputy, year.id, "летние каникулы", D(2027, 6, 1), D(2027, 8, 31))
    year_periods.set_periods(db, deputy, year.id, "quarter", 1, 9)
    with pytest.raises(school_year.YearError, match="для 1–9 кл. уже заданы периоды"):
        year_periods.set_periods(db, deputy, year.id, "half_year", 5, 11)
    with pytest.raises(school_year.YearError, match="конец 08:00 не позже начала 08:30"):
        school_bells.set_bells(db, deputy, 1, [(dt.time(8, 30), dt.time(8, 0))])
    with pytest.raises(school_year.YearError, match="урок — от 10 до 45 минут"):
        calendar_days.add_short_day(db, deputy, year.id, D(2026, 12, 30), 50)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Period)) == 4
        assert s.scalar(select(func.count()).select_from(Holiday)) == 0


def test_only_the_deputy_sets_up_the_year(school):
    with pytest.raises(Denied, match="настройка систем оценивания и учебных периодов"):
        school_year.create_year(school.db, school.admin, D(2026, 9, 1), D(2027, 8, 31))
    with school.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AcademicYear)) == 0
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "denied"


def test_short_day_bells_keep_the_breaks():
    regular = [school_year.Bell(1, dt.time(8, 30), dt.time(9, 10)), school_year.Bell(2, dt.time(9, 20), dt.time(10, 0))]
    short = school_bells.short_bells(regular, 30)
    assert [(b.starts_at, b.ends_at) for b in short] == [(dt.time(8, 30), dt.time(9, 0)), (dt.time(9, 10), dt.time(9, 40))]


# --- on the demo school, where marks exist ----------------------------------------------------------------------

def _deputy(db):
    return accounts.authenticate(db, "zavuch", "demo")


def test_moving_a_period_end_over_marks_shows_the_effect_first_and_is_audited(small_demo):
    db = small_demo
    deputy = _deputy(db)
    with db.session() as s:
        q2 = s.scalar(select(Period).where(Period.number == 2, Period.grade_from == 1))
        q1 = s.scalar(select(Period).where(Period.number == 1, Period.grade_from == 1))
        q1_marks = s.scalar(select(func.count()).select_from(PeriodMark).where(PeriodMark.period_id == q1.id))
        q2_id, q2_start, q2_end = q2.id, q2.start, q2.end
    assert q1_marks  # the demo's first quarter is graded
    # Q2 is running (27 Nov 2026): starting it a week later moves its first week's marks out of it.
    later = q2_start + dt.timedelta(days=7)
    effect = year_periods.period_change_effect(db, deputy, q2_id, later, q2_end)
    assert effect.marks > 0 and effect.averages > 0
    with pytest.raises(NeedsConfirmation, match="изменится средних баллов"):
        year_periods.update_period(db, deputy, q2_id, later, q2_end)
    row = year_periods.update_period(db, deputy, q2_id, later, q2_end, confirm=True)
    assert row.start == later
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "period").order_by(AuditEntry.id.desc())).first()
    assert f'"averages": {effect.averages}' in entry.new


def test_moving_a_graded_period_over_its_marks_is_refused(small_demo):
    db = small_demo
    deputy = _deputy(db)
    with db.session() as s:
        q1 = s.scalar(select(Period).where(Period.number == 1, Period.grade_from == 1))
        q1_id, start, end = q1.id, q1.start, q1.end
    with pytest.raises(school_year.YearError, match="итоговые отметки за период уже выставлены"):
        year_periods.update_period(db, deputy, q1_id, start, end - dt.timedelta(days=10), confirm=True)
    with db.session() as s:
        assert s.get(Period, q1_id).end == end


def test_a_holiday_over_lessons_with_marks_is_refused(small_demo):
    db = small_demo
    deputy = _deputy(db)
    with db.session() as s:
        year_id = s.scalar(select(AcademicYear.id))
        marks = s.scalar(select(func.count()).select_from(Mark))
    day = DEMO_TODAY - dt.timedelta(days=3)
    with pytest.raises(school_year.YearError, match="уже проведены уроки с отметками"):
        calendar_days.add_holiday(db, deputy, year_id, "карантин", day, day, kind="day_off")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Mark)) == marks


def test_lessons_follow_a_day_moved_by_decree(small_demo):
    """Monday 7 Dec 2026 is a day off; Saturday 12 Dec works with Monday's timetable: the lessons
    generated from the timetable move with it."""
    from ejournal_desktop.services import timetable
    from ejournal_desktop.storage.models import Course, Lesson, SchoolClass, TimetableEntry
    db = small_demo
    deputy = _deputy(db)
    with db.session() as s:
        year_id = s.scalar(select(AcademicYear.id))
        five_a = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 5, SchoolClass.letter == "А"))
        monday = s.scalar(select(func.count()).select_from(TimetableEntry).join(Course)
                          .where(Course.school_class_id == five_a, TimetableEntry.weekday == 0))
    assert monday
    calendar_days.add_moved_day(db, deputy, year_id, D(2026, 12, 7), D(2026, 12, 12), decree="Постановление № 1")
    now = dt.datetime(2026, 11, 27, 9, tzinfo=dt.timezone.utc)
    timetable.generate_lessons(db, deputy, DEMO_TODAY, D(2026, 12, 31), class_id=five_a, now=now)

    def lessons_on(day):
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Lesson).join(Course)
                            .where(Course.school_class_id == five_a, Lesson.date == day))
    assert lessons_on(D(2026, 12, 7)) == 0
    assert lessons_on(D(2026, 12, 12)) == monday
    assert lessons_on(D(2026, 12, 14)) == monday  # the next Monday as usual
