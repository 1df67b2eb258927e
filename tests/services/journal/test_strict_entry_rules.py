"""Issue 17 item 6 (regulation 4.2 г, к) as settings with the strict default: a teacher fixes a mark freely
only for mark_fix_minutes (15) after typing it, later only by a correction request the deputy approves; a
period mark goes in on the last lesson day or within the entry window after it, later only by the deputy."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ejournal_desktop.domain import entry_rules as rules
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts, settings
from ejournal_desktop.storage.models import Course, Enrollment, Lesson, Mark, PeriodMark, SchoolClass, Subject

MSK = dt.timezone(dt.timedelta(hours=3))
TODAY = dt.date(2026, 11, 27)
T = dt.datetime(2026, 11, 27, 12, 0, tzinfo=MSK)  # noon in Moscow: the same local date anywhere


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def russian_5a(small_demo) -> int:  # taught by teacher02
    with small_demo.session() as s:
        return s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                        .join(Subject, Subject.id == Course.subject_id)
                        .where(SchoolClass.grade == 5, SchoolClass.letter == "А", Subject.name == "Русский язык"))


def today_and_pupil(db, course: int) -> tuple[int, int]:
    """Today's lesson of the course and a pupil of the class without a mark on it."""
    with db.session() as s:
        lesson = s.scalar(select(Lesson.id).where(Lesson.course_id == course, Lesson.date == TODAY)
                          .order_by(Lesson.number).limit(1))
        marked = set(s.scalars(select(Mark.pupil_id).where(Mark.lesson_id == lesson)))
        class_id = s.scalar(select(Course.school_class_id).where(Course.id == course))
        pupils = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id, Enrollment.arrived_on <= TODAY,
            Enrollment.departed_on.is_(None)).order_by(Enrollment.pupil_id)).all()
    return lesson, next(p for p in pupils if p not in marked)


def values(db, lesson: int, pupil: int) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Mark.value).where(Mark.lesson_id == lesson, Mark.pupil_id == pupil)
                              .order_by(Mark.id)))


def the_mark(db, lesson: int, pupil: int) -> int:
    with db.session() as s:
        return s.scalar(select(Mark.id).where(Mark.lesson_id == lesson, Mark.pupil_id == pupil))


def test_the_strict_defaults_are_declared_for_the_settings_page():
    fix, period = settings.spec("mark_fix_minutes"), settings.spec("period_mark_window_days")
    assert (fix.default, fix.group, fix.unit) == (15, "grading", "мин")
    assert period.default == 0 and "положение" in period.description


def test_a_slip_fixed_within_15_minutes_and_the_history_keeps_both_values(small_demo, russian_5a):
    db, teacher = small_demo, login(small_demo, "teacher02")
    lesson, pupil = today_and_pupil(db, russian_5a)
    journal.put_marks(db, teacher, lesson, pupil, "3", now=T)
    journal.put_marks(db, teacher, lesson, pupil, "4", now=T + dt.timedelta(minutes=10))
    assert values(db, lesson, pupil) == ["4"]
    history = journal.mark_history(db, teacher, the_mark(db, lesson, pupil))
    assert [(h.action, (h.old or {}).get("value"), (h.new or {}).get("value")) for h in history] == [
        ("create", None, "3"), ("update", "3", "4")]


def test_after_15_minutes_only_a_correction_request_the_deputy_approves(small_demo, russian_5a):
    db, teacher, deputy = small_demo, login(small_demo, "teacher02"), login(small_demo, "zavuch")
    lesson, pupil = today_and_pupil(db, russian_5a)
    journal.put_marks(db, teacher, lesson, pupil, "3", now=T)
    mark = the_mark(db, lesson, pupil)
    with pytest.raises(journal.RuleViolation, match="заявка на исправление не нужна"):
        journal.request_correction(db, teacher, mark, "4", "описка", now=T + dt.timedelta(minutes=10))
    later = T + dt.timedelta(minutes=20)
    with pytest.raises(journal.CorrectionRequired) as refused:
        journal.put_marks(db, teacher, lesson, pupil, "4", now=later)
    assert "15 мин после ввода" in str(refused.value) and "по заявке на исправление" in str(refused.value)
    with pytest.raises(journal.CorrectionRequired):
        journal.remove_mark(db, teacher, mark, now=later)
    cell = journal.cell_rule(db, teacher, lesson, pupil, now=later)
    assert cell.marks.allowed and not cell.changes.allowed  # a new mark still goes in; a fix is a request
    assert cell.changes.action == rules.CORRECTION_REQUEST
    assert values(db, lesson, pupil) == ["3"]
    (request,) = journal.request_correction(db, teacher, mark, "4", "перепутал ученика", now=later).corrections
    journal.decide_correction(db, deputy, request, True, now=later + dt.timedelta(hours=1))
    assert values(db, lesson, pupil) == ["4"]
    history = journal.mark_history(db, deputy, mark)
    assert ("update", "3", "4") in [(h.action, (h.old or {}).get("value"), (h.new or {}).get("value"))
                                    for h in history]


def test_the_deputy_is_not_bound_and_a_school_may_relax_the_fix_time(small_demo, russian_5a):
    db, teacher, deputy = small_demo, login(small_demo, "teacher02"), login(small_demo, "zavuch")
    lesson, pupil = today_and_pupil(db, russian_5a)
    journal.put_marks(db, teacher, lesson, pupil, "3", now=T)
    journal.put_marks(db, deputy, lesson, pupil, "4", now=T + dt.timedelta(hours=2))
    assert values(db, lesson, pupil) == ["4"]
    settings.set(db, deputy, "mark_fix_minutes", -1)  # the whole entry window, as before
    journal.put_marks(db, teacher, lesson, pupil, "5", now=T + dt.timedelta(hours=3))
    assert values(db, lesson, pupil) == ["5"]


def test_a_period_mark_after_its_window_only_by_the_deputy(small_demo, russian_5a):
    db, teacher, deputy = small_demo, login(small_demo, "teacher02"), login(small_demo, "zavuch")
    first = journal.periods_for(db, russian_5a)[0]
    with db.session() as s:
        last_day = s.scalar(select(Lesson.date).where(Lesson.course_id == russian_5a, Lesson.date <= first.end)
                            .order_by(Lesson.date.desc()).limit(1))
    _lesson, pupil = today_and_pupil(db, russian_5a)
    with db.session() as s:  # the demo school has its 1st-quarter marks: this pupil's goes
        s.query(PeriodMark).filter(PeriodMark.course_id == russian_5a, PeriodMark.pupil_id == pupil,
                                   PeriodMark.period_id == first.id).delete()
        s.commit()
    day_after = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(12), tzinfo=MSK)
    with pytest.raises(journal.RuleViolation, match="разрешения заместителя директора") as refused:
        journal.set_period_mark(db, teacher, russian_5a, pupil, "period", first.id, "4", now=day_after)
    assert f"истёк {last_day:%d.%m.%Y}" in str(refused.value)
    rule = journal.period_cell_rule(db, teacher, russian_5a, pupil, "period", first.id, now=day_after)
    assert not rule.allowed and rule.action == rules.ASK_DEPUTY
    journal.set_period_mark(db, deputy, russian_5a, pupil, "period", first.id, "4", now=day_after)
    settings.set(db, deputy, "entry_window_days", 3)  # the entry window widens the period-mark window too
    assert journal.period_cell_rule(db, teacher, russian_5a, pupil, "period", first.id, now=day_after).allowed
