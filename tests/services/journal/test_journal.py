"""The journal's use cases on the small demo school (today = 2026-11-27, a Friday of the 2nd quarter)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from ejournal_desktop.domain.averages import weighted_average
from ejournal_desktop.domain.grading import FIVE_POINT
from ejournal_desktop.domain.names import person_sort_key
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts, settings
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.storage.models import (
    Account,
    Attendance,
    AttendanceCode,
    AuditEntry,
    CorrectionStatus,
    Course,
    Enrollment,
    Lesson,
    Mark,
    MarkCorrection,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    SchoolClass,
    Subject,
    WorkType,
)

# Each test runs on the encrypted file and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_backends

MSK = dt.timezone(dt.timedelta(hours=3))
TODAY = dt.date(2026, 11, 27)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    """Noon in Moscow: the same local date in any time zone the tests run in (UTC-9 … UTC+12)."""
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=MSK)


NOW = at(TODAY)


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def course_id(db, label: str, subject: str, subgroup: str | None = None) -> int:
    grade, letter = int(label[:-1]), label[-1]
    with db.session() as s:
        stmt = (select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                .join(Subject, Subject.id == Course.subject_id)
                .where(SchoolClass.grade == grade, SchoolClass.letter == letter, Subject.name == subject,
                       Course.kind == "lesson"))
        ids = s.scalars(stmt.order_by(Course.id)).all()
    return ids[0] if subgroup is None else ids[int(subgroup) - 1]


def lesson_on(db, course: int, day: dt.date) -> int:
    with db.session() as s:
        return s.scalar(select(Lesson.id).where(Lesson.course_id == course, Lesson.date == day)
                        .order_by(Lesson.number).limit(1))


def last_lesson_before(db, course: int, day: dt.date) -> tuple[int, dt.date]:
    with db.session() as s:
        return s.execute(select(Lesson.id, Lesson.date).where(Lesson.course_id == course, Lesson.date <= day)
                         .order_by(Lesson.date.desc(), Lesson.number.desc()).limit(1)).one()


def pupils_on(db, course: int, day: dt.date) -> list[int]:
    """Pupils of a whole-class course on a day, from the enrollments."""
    with db.session() as s:
        class_id = s.scalar(select(Course.school_class_id).where(Course.id == course))
        return s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id, Enrollment.arrived_on <= day,
            (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > day)).order_by(Enrollment.pupil_id)).all()


def unmarked_pupils(db, course: int, lesson: int, day: dt.date = TODAY) -> list[int]:
    """Pupils of the course without a mark on the lesson."""
    with db.session() as s:
        marked = set(s.scalars(select(Mark.pupil_id).where(Mark.lesson_id == lesson)))
    return [p for p in pupils_on(db, course, day) if p not in marked]


def marks_of(db, lesson: int, pupil: int) -> list[tuple[str, float, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(
            select(Mark.value, Mark.weight, WorkType.code).join(WorkType, WorkType.id == Mark.work_type_id)
            .where(Mark.lesson_id == lesson, Mark.pupil_id == pupil).order_by(Mark.id))]


def mark_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Mark))


def work_type_id(db, code: str) -> int:
    with db.session() as s:
        return s.scalar(select(WorkType.id).where(WorkType.code == code))


@pytest.fixture
def russian_5a(small_demo):
    """5А, Русский язык: teacher02 (also the class teacher of 5А)."""
    return course_id(small_demo, "5А", "Русский язык")


@pytest.fixture
def math_5a(small_demo):
    """5А, Математика: teacher03 (class teacher of 10А)."""
    return course_id(small_demo, "5А", "Математика")


# --- marks -------------------------------------------------------------------------------------------------

def test_teacher_puts_two_marks_on_todays_lesson_with_the_work_types_weight(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    before = marks_of(db, lesson, pupil)
    changes = journal.put_marks(db, teacher, lesson, pupil, "5 4", work_type_id=work_type_id(db, "control"),
                                now=NOW)
    assert len(changes.created) == 2 and changes.cells == ((pupil, lesson),)
    assert marks_of(db, lesson, pupil) == before + [("5", 2.0, "control"), ("4", 2.0, "control")]
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "mark",
                                                     AuditEntry.entity_id.in_(changes.created))).all()
    assert [(e.action, e.account_id, json.loads(e.new)["value"]) for e in entries] == [
        ("create", teacher.account_id, "5"), ("create", teacher.account_id, "4")]
    # Typing the cell again: «5 3» keeps the 5 and changes the 4 into a 3 (inside the window).
    changes = journal.put_marks(db, teacher, lesson, pupil, "5 3", work_type_id=work_type_id(db, "control"),
                                now=NOW)
    assert len(changes.updated) == 1 and not changes.created and not changes.removed
    assert marks_of(db, lesson, pupil)[-2:] == [("5", 2.0, "control"), ("3", 2.0, "control")]


def test_the_lessons_work_kind_chooses_the_work_type_when_none_is_given(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    journal.update_lesson(db, teacher, lesson, work_kind="Диктант", now=NOW)
    pupil = pupils_on(db, russian_5a, TODAY)[1]
    journal.put_marks(db, teacher, lesson, pupil, "3", now=NOW)
    assert marks_of(db, lesson, pupil)[-1] == ("3", 2.0, "dictation")


def test_no_mark_on_a_lesson_that_has_not_been_held(small_demo, russian_5a):
    db = small_demo
    lesson = lesson_on(db, russian_5a, dt.date(2026, 12, 1))
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    before = mark_count(db)
    with pytest.raises(journal.RuleViolation, match=r"ещё не прошёл \(01\.12\.2026\)"):
        journal.put_marks(db, login(db, "teacher02"), lesson, pupil, "5", now=NOW)
    assert mark_count(db) == before


@pytest.mark.parametrize("typed", ["6", "5 6", "н/а", "отл!"])
def test_a_value_outside_the_grading_system_is_refused_and_nothing_is_stored(small_demo, russian_5a, typed):
    db = small_demo
    lesson = lesson_on(db, russian_5a, TODAY)
    before = mark_count(db)
    with pytest.raises(journal.InvalidEntry):
        journal.put_marks(db, login(db, "teacher02"), lesson, pupils_on(db, russian_5a, TODAY)[0], typed, now=NOW)
    assert mark_count(db) == before


def test_pass_fail_course_takes_its_own_values(small_demo):
    db = small_demo
    course = course_id(db, "5А", "Основы духовно-нравственной культуры народов России")
    lesson, day = last_lesson_before(db, course, TODAY)
    pupil = pupils_on(db, course, day)[0]
    teacher = login(db, "teacher07")
    with pytest.raises(journal.InvalidEntry, match="зачёт/незачёт"):
        journal.put_marks(db, teacher, lesson, pupil, "5", now=at(day))
    journal.put_marks(db, teacher, lesson, pupil, "зачтено", now=at(day))
    assert marks_of(db, lesson, pupil)[-1][0] == "зач"


def test_a_teacher_cannot_mark_another_teachers_course_and_the_refusal_is_logged(small_demo, math_5a):
    db = small_demo
    teacher = login(db, "teacher07")
    lesson = lesson_on(db, math_5a, TODAY)
    with pytest.raises(Denied):
        journal.put_marks(db, teacher, lesson, pupils_on(db, math_5a, TODAY)[0], "5", now=NOW)
    with db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.account_id) == ("denied", teacher.account_id)
    assert json.loads(last.new)["action"] == "edit_journal"


def test_a_class_teacher_reads_every_subject_of_the_class_but_marks_none_but_own(small_demo, math_5a):
    db = small_demo
    class_teacher = login(db, "teacher02")
    pages = journal.courses_for(db, class_teacher)
    with db.session() as s:
        all_5a = set(s.scalars(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                               .where(SchoolClass.grade == 5)))
    assert all_5a <= {p.id for p in pages}
    math = next(p for p in pages if p.id == math_5a)
    assert (math.relation, math.editable) == ("own_class", False)
    period = journal.periods_for(db, math_5a)[1]
    grid = journal.load_grid(db, class_teacher, math_5a, period.id, now=NOW)
    assert grid.rows and not any(c.editable for c in grid.columns)
    with pytest.raises(Denied):
        journal.put_marks(db, class_teacher, lesson_on(db, math_5a, TODAY), grid.rows[0].pupil_id, "5", now=NOW)


def test_a_substitute_fills_the_substituted_lesson_only(small_demo, math_5a):
    db = small_demo
    substitute = login(db, "teacher04")
    lesson = lesson_on(db, math_5a, TODAY)
    with db.session() as s, s.begin():
        s.get(Lesson, lesson).substitute_teacher_id = substitute.staff_id
    page = next(p for p in journal.courses_for(db, substitute) if p.id == math_5a)
    assert page.relation == "substitute"
    grid = journal.load_grid(db, substitute, math_5a, journal.periods_for(db, math_5a)[1].id, now=NOW)
    assert [c.lesson_id for c in grid.columns if c.editable] == [lesson]
    pupil = pupils_on(db, math_5a, TODAY)[0]
    journal.put_marks(db, substitute, lesson, pupil, "4", now=NOW)
    yesterday = lesson_on(db, math_5a, dt.date(2026, 11, 26))
    with pytest.raises(Denied):
        journal.put_marks(db, substitute, yesterday, pupil, "4", now=NOW)


# --- the window and corrections ---------------------------------------------------------------------------

def _old_mark(db, course: int) -> tuple[int, str, int, int]:
    """A demo «answer» mark two weeks old: (id, value, lesson, pupil)."""
    with db.session() as s:
        return s.execute(select(Mark.id, Mark.value, Mark.lesson_id, Mark.pupil_id)
                         .join(Lesson, Lesson.id == Mark.lesson_id)
                         .join(WorkType, WorkType.id == Mark.work_type_id)
                         .where(Lesson.course_id == course, Lesson.date == dt.date(2026, 11, 13),
                                WorkType.code == "answer").order_by(Mark.id).limit(1)).one()


def test_after_the_window_a_change_needs_a_correction_the_deputy_approves(small_demo, russian_5a):
    db = small_demo
    teacher, deputy = login(db, "teacher02"), login(db, "zavuch")
    mark_id, value, lesson, pupil = _old_mark(db, russian_5a)
    new = "5" if value != "5" else "4"
    with pytest.raises(journal.CorrectionRequired, match="заявке на исправление"):
        journal.put_marks(db, teacher, lesson, pupil, new, work_type_id=work_type_id(db, "answer"), now=NOW)
    with pytest.raises(journal.CorrectionRequired):
        journal.remove_mark(db, teacher, mark_id, now=NOW)
    with pytest.raises(journal.RuleViolation, match="постфактум"):
        journal.put_marks(db, teacher, lesson, pupil, f"{value} 5", work_type_id=work_type_id(db, "answer"),
                          now=NOW)
    with pytest.raises(journal.InvalidEntry, match="причину"):
        journal.request_correction(db, teacher, mark_id, new, "  ", now=NOW)

    changes = journal.request_correction(db, teacher, mark_id, new, "Техническая ошибка: нажата не та клавиша",
                                         now=NOW)
    (correction,) = changes.corrections
    with pytest.raises(journal.RuleViolation, match="уже есть заявка"):
        journal.request_correction(db, teacher, mark_id, None, "ещё раз", now=NOW)
    assert [c.id for c in journal.corrections(db, deputy, status="pending")] == [correction]
    assert [c.id for c in journal.corrections(db, teacher)] == [correction]
    assert journal.corrections(db, login(db, "teacher03")) == []
    with pytest.raises(Denied):
        journal.decide_correction(db, teacher, correction, True, now=NOW)

    journal.decide_correction(db, deputy, correction, True, "Разрешено", now=NOW)
    with db.session() as s:
        assert s.get(Mark, mark_id).value == new
        assert s.get(MarkCorrection, correction).status is CorrectionStatus.approved
    history = journal.mark_history(db, teacher, mark_id)
    assert [(h.entity, h.action) for h in history] == [
        ("mark", "create"), ("mark_correction", "request"), ("mark", "update"), ("mark_correction", "decide")]
    assert history[0].new["value"] == value
    assert history[1].new["reason"].startswith("Техническая ошибка")
    assert (history[2].old["value"], history[2].new["value"]) == (value, new)
    assert history[2].new["correction"]["decided_by"] == deputy.account_id
    assert history[3].new["status"] == "approved"


def test_a_rejected_correction_leaves_the_mark(small_demo, russian_5a):
    db = small_demo
    teacher, deputy = login(db, "teacher02"), login(db, "zavuch")
    mark_id, value, _lesson, _pupil = _old_mark(db, russian_5a)
    (correction,) = journal.request_correction(db, teacher, mark_id, None, "Ученик отсутствовал", now=NOW).corrections
    journal.decide_correction(db, deputy, correction, False, "Ученик был на уроке", now=NOW)
    with db.session() as s:
        assert s.get(Mark, mark_id).value == value
        assert s.get(MarkCorrection, correction).status is CorrectionStatus.rejected
    with pytest.raises(journal.RuleViolation, match="уже принято"):
        journal.decide_correction(db, deputy, correction, True, now=NOW)


def test_an_approved_removal_removes_the_mark(small_demo, russian_5a):
    db = small_demo
    mark_id, *_ = _old_mark(db, russian_5a)
    (correction,) = journal.request_correction(db, login(db, "teacher02"), mark_id, None, "Ошибочно выставлена",
                                               now=NOW).corrections
    changes = journal.decide_correction(db, login(db, "zavuch"), correction, True, now=NOW)
    assert changes.removed == (mark_id,)
    with db.session() as s:
        assert s.get(Mark, mark_id) is None


def test_inside_the_window_no_correction_request_is_made(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil = unmarked_pupils(db, russian_5a, lesson)[0]
    (mark_id,) = journal.put_marks(db, teacher, lesson, pupil, "3", now=NOW).created
    with pytest.raises(journal.RuleViolation, match="самостоятельно"):
        journal.request_correction(db, teacher, mark_id, "4", "ошибка", now=NOW)
    assert journal.remove_mark(db, teacher, mark_id, now=NOW).removed == (mark_id,)


def test_written_works_have_a_longer_window(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, dt.date(2026, 11, 23))
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    journal.put_marks(db, teacher, lesson, pupil, "4", work_type_id=work_type_id(db, "dictation"), now=NOW)
    with pytest.raises(journal.RuleViolation, match="постфактум"):
        journal.put_marks(db, teacher, lesson, pupil, "4", work_type_id=work_type_id(db, "answer"), now=NOW)


def test_the_schools_window_setting_widens_every_window(small_demo, russian_5a):
    db = small_demo
    settings.set(db, login(db, "zavuch"), "entry_window_days", 3)  # a grading setting: the deputy's
    lesson = lesson_on(db, russian_5a, dt.date(2026, 11, 24))
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    journal.put_marks(db, login(db, "teacher02"), lesson, pupil, "5", now=NOW)


# --- attendance and undo -----------------------------------------------------------------------------------

def test_attendance_is_set_changed_cleared_on_the_day_and_refused_ahead_and_after(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil = pupils_on(db, russian_5a, TODAY)[2]

    def code():
        with db.session() as s:
            return s.scalar(select(Attendance.code).where(Attendance.lesson_id == lesson,
                                                          Attendance.pupil_id == pupil))
    journal.set_attendance(db, teacher, lesson, pupil, "н", now=NOW)
    assert code() is AttendanceCode.absent_unexcused
    journal.set_attendance(db, teacher, lesson, pupil, "ОП", now=NOW)
    assert code() is AttendanceCode.late
    journal.set_attendance(db, teacher, lesson, pupil, "", now=NOW)
    assert code() is None
    with pytest.raises(journal.InvalidEntry, match="допустимы"):
        journal.set_attendance(db, teacher, lesson, pupil, "X", now=NOW)
    with pytest.raises(journal.RuleViolation, match="ещё не прошёл"):
        journal.set_attendance(db, teacher, lesson_on(db, russian_5a, dt.date(2026, 12, 1)), pupil, "Н", now=NOW)
    old_lesson = lesson_on(db, russian_5a, dt.date(2026, 11, 20))
    with pytest.raises(journal.RuleViolation, match="Срок отметки посещаемости"):
        journal.set_attendance(db, teacher, old_lesson, pupil, "Н", now=NOW)
    journal.set_attendance(db, login(db, "zavuch"), old_lesson, pupil, "Б", now=NOW)  # the deputy fixes it


def test_undo_last_undoes_the_teachers_last_call_then_the_one_before(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil, other = unmarked_pupils(db, russian_5a, lesson)[:2]
    before = marks_of(db, lesson, pupil)
    journal.set_attendance(db, teacher, lesson, other, "Н", now=NOW)
    journal.put_marks(db, teacher, lesson, pupil, "5 4", now=NOW)
    changes = journal.undo_last(db, teacher, now=NOW)
    assert len(changes.removed) == 2 and marks_of(db, lesson, pupil) == before
    journal.undo_last(db, teacher, now=NOW)
    with db.session() as s:
        assert s.scalar(select(Attendance).where(Attendance.lesson_id == lesson, Attendance.pupil_id == other)) is None
    # The deputy's entries are not the teacher's to undo; the window still binds.
    journal.put_marks(db, teacher, lesson, pupil, "3", now=NOW)
    with pytest.raises(journal.CorrectionRequired):
        journal.undo_last(db, teacher, now=at(TODAY + dt.timedelta(days=3)))
    journal.undo_last(db, teacher, now=NOW)
    assert marks_of(db, lesson, pupil) == before


def test_undo_is_a_fix_and_ends_with_the_own_mark_fix_time(small_demo, russian_5a):
    """4.2 к: a typed mark may be taken back with Ctrl+Z for mark_fix_minutes (15) after it was typed, the
    same day; later only by a correction request."""
    db = small_demo
    teacher = login(db, "teacher02")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil = unmarked_pupils(db, russian_5a, lesson)[0]
    before = marks_of(db, lesson, pupil)
    journal.put_marks(db, teacher, lesson, pupil, "4", now=NOW)
    with pytest.raises(journal.CorrectionRequired, match="заявке на исправление"):
        journal.undo_last(db, teacher, now=NOW + dt.timedelta(minutes=20))
    journal.undo_last(db, teacher, now=NOW + dt.timedelta(minutes=10))
    assert marks_of(db, lesson, pupil) == before


def test_the_class_teacher_turns_unexcused_absences_into_illness_with_a_note(small_demo, russian_5a):
    db = small_demo
    class_teacher = login(db, "teacher02")
    with db.session() as s:
        pupil = s.scalar(select(Attendance.pupil_id).join(Lesson, Lesson.id == Attendance.lesson_id)
                         .where(Lesson.course_id == russian_5a, Attendance.code == AttendanceCode.absent_unexcused)
                         .limit(1))
        count = s.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.pupil_id == pupil, Attendance.code == AttendanceCode.absent_unexcused))
    assert journal.record_absence_reason(db, class_teacher, pupil, dt.date(2026, 9, 1), TODAY, "Б",
                                         "Справка № 15 из поликлиники") == count
    with db.session() as s:
        assert not s.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.pupil_id == pupil, Attendance.code == AttendanceCode.absent_unexcused))
    with pytest.raises(journal.InvalidEntry, match="П .* или Б"):
        journal.record_absence_reason(db, class_teacher, pupil, TODAY, TODAY, "Н", "x")
    other_class_pupil = pupils_on(db, course_id(db, "10А", "Физика"), TODAY)[0]
    with pytest.raises(Denied):
        journal.record_absence_reason(db, class_teacher, other_class_pupil, TODAY, TODAY, "П", "заявление")


# --- lessons -----------------------------------------------------------------------------------------------

def test_lesson_topic_and_homework_ahead_and_on_the_day_but_not_long_after(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    future = lesson_on(db, russian_5a, dt.date(2026, 12, 2))
    assert journal.update_lesson(db, teacher, future, topic="Имя существительное", homework="Упр. 120",
                                 now=NOW).lessons == (future,)
    with db.session() as s:
        row = s.get(Lesson, future)
        assert (row.topic, row.homework) == ("Имя существительное", "Упр. 120")
    old = lesson_on(db, russian_5a, dt.date(2026, 11, 16))
    with pytest.raises(journal.RuleViolation, match="Срок заполнения урока"):
        journal.update_lesson(db, teacher, old, topic="Другое", now=NOW)
    journal.update_lesson(db, login(db, "zavuch"), old, topic="Другое", now=NOW)


# --- period and year marks ---------------------------------------------------------------------------------

def test_period_mark_only_on_or_after_the_last_lesson_of_the_period(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    period = journal.periods_for(db, russian_5a)[1]
    _lesson, last_day = last_lesson_before(db, russian_5a, period.end)
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    with pytest.raises(journal.RuleViolation, match=f"не раньше последнего урока \\({last_day:%d.%m.%Y}\\)"):
        journal.set_period_mark(db, teacher, russian_5a, pupil, "period", period.id, "5", now=NOW)
    grid = journal.load_grid(db, teacher, russian_5a, period.id, now=at(last_day))
    suggested = next(r.suggested for r in grid.rows if r.pupil_id == pupil)
    chosen = "2" if suggested != "2" else "3"
    (pm_id,) = journal.set_period_mark(db, teacher, russian_5a, pupil, "period", period.id, chosen,
                                       now=at(last_day)).period_marks
    with db.session() as s:
        row = s.get(PeriodMark, pm_id)
        assert (row.value, row.suggested_value) == (chosen, suggested)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "period_mark",
                                                   AuditEntry.entity_id == pm_id)).one()
    assert json.loads(entry.new)["deviation"] == {"suggested": suggested, "chosen": chosen}
    journal.set_period_mark(db, teacher, russian_5a, pupil, "period", period.id, "н/а", now=at(last_day))
    assert next(r.period_mark for r in journal.load_grid(db, teacher, russian_5a, period.id, now=NOW).rows
                if r.pupil_id == pupil) == "н/а"


def test_after_the_year_mark_the_teacher_no_longer_edits_that_pupil(small_demo, russian_5a):
    db = small_demo
    teacher, deputy = login(db, "teacher02"), login(db, "zavuch")
    lesson, last_day = last_lesson_before(db, russian_5a, dt.date(2027, 6, 30))
    now = at(last_day)
    pupil, other = pupils_on(db, russian_5a, TODAY)[:2]
    with pytest.raises(journal.RuleViolation, match="последнего урока"):
        journal.set_period_mark(db, teacher, russian_5a, pupil, "year", None, "4", now=NOW)
    journal.set_period_mark(db, teacher, russian_5a, pupil, PeriodMarkKind.year, None, "4", now=now)
    with pytest.raises(journal.RuleViolation, match="Годовая отметка уже выставлена"):
        journal.put_marks(db, teacher, lesson, pupil, "5", now=now)
    with pytest.raises(journal.RuleViolation, match="Годовая отметка уже выставлена"):
        journal.set_period_mark(db, teacher, russian_5a, pupil, "year", None, "5", now=now)
    journal.put_marks(db, teacher, lesson, other, "5", now=now)           # another pupil: still open
    journal.set_period_mark(db, teacher, russian_5a, pupil, "exam", None, "4", now=now)  # exams come after
    journal.set_period_mark(db, deputy, russian_5a, pupil, "year", None, "5", now=now)   # the deputy may


# --- locked pages, departed and arrived pupils -------------------------------------------------------------

def test_a_locked_course_refuses_edits_until_the_administrator_reopens_it(small_demo, russian_5a):
    db = small_demo
    admin, teacher, deputy = login(db, "admin"), login(db, "teacher02"), login(db, "zavuch")
    lesson = lesson_on(db, russian_5a, TODAY)
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    with pytest.raises(Denied):
        journal.set_course_locked(db, teacher, russian_5a, True)
    assert journal.set_course_locked(db, admin, russian_5a, True).courses == (russian_5a,)
    for who in (teacher, deputy):
        with pytest.raises(journal.RuleViolation, match="закрыт администратором"):
            journal.put_marks(db, who, lesson, pupil, "5", now=NOW)
    with pytest.raises(journal.RuleViolation, match="закрыт"):
        journal.update_lesson(db, teacher, lesson, topic="x", now=NOW)
    assert not journal.load_grid(db, teacher, russian_5a, journal.periods_for(db, russian_5a)[1].id,
                                 now=NOW).course.editable
    journal.set_course_locked(db, admin, russian_5a, False)
    journal.put_marks(db, teacher, lesson, pupil, "5", now=NOW)


def _movement(db, departed: bool) -> tuple[int, int, dt.date]:
    """(pupil, class id, date): the small school's one departure or one arrival."""
    with db.session() as s:
        column = Enrollment.departed_on if departed else Enrollment.arrived_on
        stmt = select(Enrollment.pupil_id, Enrollment.school_class_id, column)
        stmt = stmt.where(column.is_not(None)) if departed else stmt.where(column > dt.date(2026, 9, 1))
        return s.execute(stmt.limit(1)).one()


def test_a_departed_pupil_gets_no_mark_after_leaving(small_demo):
    db = small_demo
    pupil, class_id, departed = _movement(db, departed=True)
    with db.session() as s:
        course, teacher_login = s.execute(
            select(Course.id, Account.login).join(Account, Account.staff_id == Course.teacher_id)
            .where(Course.school_class_id == class_id, Course.subgroup_id.is_(None), Course.kind == "lesson")
            .order_by(Course.id).limit(1)).one()
    teacher = login(db, teacher_login)
    after, day = next((lid, d) for lid, d in [last_lesson_before(db, course, departed + dt.timedelta(days=7))]
                      if d >= departed)
    with pytest.raises(journal.RuleViolation, match="не числился"):
        journal.put_marks(db, teacher, after, pupil, "5", now=at(day))
    before, day = last_lesson_before(db, course, departed - dt.timedelta(days=1))
    journal.put_marks(db, teacher, before, pupil, "5", now=at(day))


def test_grid_rows_by_class_list_number_with_stays_of_departed_and_arrived_pupils(small_demo):
    db = small_demo
    departed_pupil, class_id, departed = _movement(db, departed=True)
    arrived_pupil, class_id2, arrived = _movement(db, departed=False)
    assert class_id == class_id2  # the small school's movements are both in 2А
    with db.session() as s:
        course = s.scalar(select(Course.id).join(Subject, Subject.id == Course.subject_id).where(
            Course.school_class_id == class_id, Subject.name == "Русский язык"))
    deputy = login(db, "zavuch")
    periods = journal.periods_for(db, course)
    first = journal.load_grid(db, deputy, course, periods[0].id, now=NOW)
    second = journal.load_grid(db, deputy, course, periods[1].id, now=NOW)
    for grid in (first, second):
        with db.session() as s:
            people = {p.id: p for p in s.scalars(select(Pupil).where(Pupil.id.in_([r.pupil_id for r in grid.rows])))}
        # № по журналу, fixed for the year: the list of 1 September alphabetical, a later arrival after it
        first_day = [r for r in grid.rows if r.pupil_id != arrived_pupil]
        keys = [person_sort_key(people[r.pupil_id].surname, people[r.pupil_id].name, people[r.pupil_id].patronymic)
                for r in first_day]
        assert keys == sorted(keys)
        numbers = [r.number for r in grid.rows]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
        dates = [(c.date, c.number) for c in grid.columns]
        assert dates == sorted(dates)
    row = next(r for r in first.rows if r.pupil_id == departed_pupil)
    assert row.stays == ((periods[0].start, departed - dt.timedelta(days=1)),) and not row.whole_period
    assert arrived_pupil not in {r.pupil_id for r in first.rows}
    assert departed_pupil not in {r.pupil_id for r in second.rows}
    assert [r.number for r in first.rows] == list(range(1, len(first.rows) + 1))
    assert second.rows[-1].pupil_id == arrived_pupil and second.rows[-1].number == len(first.rows) + 1
    departed_number = next(r.number for r in first.rows if r.pupil_id == departed_pupil)
    assert departed_number not in {r.number for r in second.rows}   # nobody takes the number of who left
    row = next(r for r in second.rows if r.pupil_id == arrived_pupil)
    assert row.stays == ((arrived, periods[1].end),)
    assert not row.belongs_on(arrived - dt.timedelta(days=1)) and row.belongs_on(arrived)
    # Averages are domain.averages over the marks in the grid, and match the database.
    with db.session() as s:
        for r in second.rows:
            pairs = s.execute(select(Mark.value, Mark.weight).join(Lesson, Lesson.id == Mark.lesson_id).where(
                Lesson.course_id == course, Mark.pupil_id == r.pupil_id, Lesson.date >= periods[1].start,
                Lesson.date <= periods[1].end)).all()
            assert r.average == weighted_average([tuple(p) for p in pairs], FIVE_POINT)
    assert any(r.average is not None for r in second.rows)
    assert sum(len(v) for r in second.rows for v in r.marks.values()) > 0


def test_grid_of_the_last_period_shows_the_year_marks(small_demo, russian_5a):
    db = small_demo
    teacher = login(db, "teacher02")
    last = journal.periods_for(db, russian_5a)[-1]
    assert last.last
    _lesson, day = last_lesson_before(db, russian_5a, last.end)
    pupil = pupils_on(db, russian_5a, TODAY)[0]
    journal.set_period_mark(db, teacher, russian_5a, pupil, "year", last.id, "4", now=at(day))
    row = next(r for r in journal.load_grid(db, teacher, russian_5a, last.id, now=at(day)).rows
               if r.pupil_id == pupil)
    assert row.year_mark == "4"


def test_two_lessons_on_one_day_are_flagged(small_demo):
    db = small_demo
    course, day = course_id(db, "5А", "Математика"), dt.date(2026, 11, 24)
    with db.session() as s, s.begin():  # a double lesson: the 8th of the day after the usual one
        s.add(Lesson(course_id=course, date=day, number=8))
    period = next(p for p in journal.periods_for(db, course) if p.start <= day <= p.end)
    grid = journal.load_grid(db, login(db, "zavuch"), course, period.id, now=NOW)
    flagged = {c.date for c in grid.columns if c.two_on_day}
    assert day in flagged and all(sum(1 for c in grid.columns if c.date == d) > 1 for d in flagged)


# --- settings ----------------------------------------------------------------------------------------------

def test_settings_have_defaults_the_deputy_changes_grading_ones_and_changes_are_audited(small_demo):
    db = small_demo
    with db.session() as s:
        assert settings.get(s, "rounding_five") == 4.5 and settings.get(s, "backup_keep_weekly") == 8
        with pytest.raises(settings.UnknownSetting):
            settings.get(s, "no_such_setting")
    with pytest.raises(Denied):
        settings.set(db, login(db, "admin"), "rounding_five", 4.6)  # grading: the deputy's (issue 15)
    with pytest.raises(Denied):
        settings.set(db, login(db, "zavuch"), "idle_lock_minutes", 5)  # system: the administrator's
    deputy = login(db, "zavuch")
    settings.set(db, deputy, "rounding_five", 4.6)
    with pytest.raises(settings.InvalidSetting):
        settings.set(db, deputy, "rounding_four", 4.8)  # above the threshold for a 5
    with pytest.raises(settings.InvalidSetting):
        settings.set(db, deputy, "learning_degree_low", 9)
    with pytest.raises(settings.InvalidSetting):
        settings.set(db, deputy, "idle_lock_minutes", True)
    with pytest.raises(settings.UnknownSetting):
        settings.set(db, deputy, "colour", "red")
    with db.session() as s:
        assert settings.rounding_rule(s).five == 4.6
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
    assert (json.loads(entry.old)["value"], json.loads(entry.new)["value"]) == (4.5, 4.6)


# --- every role × every journal action ---------------------------------------------------------------------

ACTIONS = ("view", "put_marks", "attendance", "lesson", "period_mark", "absence_reason", "decide",
           "settings", "lock")
Y, N = True, False
ROLES = {
    # login: allowed actions, in the order of ACTIONS, on 5А Математика (teacher03)
    "admin":         (Y, N, N, N, N, N, N, Y, Y),
    "director":      (Y, N, N, N, N, N, N, N, N),
    "zavuch":        (Y, Y, Y, Y, Y, Y, Y, N, N),
    "secretary":     (N, N, N, N, N, N, N, N, N),
    "teacher03":     (Y, Y, Y, Y, Y, N, N, N, N),  # the course's teacher (class teacher of 10А)
    "teacher02":     (Y, N, N, N, N, Y, N, N, N),  # class teacher of 5А
    "teacher07":     (N, N, N, N, N, N, N, N, N),  # another teacher
    "parent-5a-01":  (N, N, N, N, N, N, N, N, N),
    "pupil-5a-01":   (N, N, N, N, N, N, N, N, N),
}


@pytest.mark.parametrize("who", sorted(ROLES))
def test_each_role_may_do_exactly_its_journal_actions(small_demo, math_5a, who):
    db = small_demo
    actor = login(db, who)
    period = journal.periods_for(db, math_5a)[1]
    lesson = lesson_on(db, math_5a, TODAY)
    _last, last_day = last_lesson_before(db, math_5a, period.end)
    pupil = pupils_on(db, math_5a, TODAY)[0]
    mark_id = _old_mark(db, math_5a)[0]
    with db.session() as s, s.begin():
        requester = s.scalar(select(Account.id).where(Account.login == "teacher03"))
        correction = MarkCorrection(mark_id=mark_id, lesson_id=_old_mark(db, math_5a)[2], pupil_id=pupil,
                                    old_value="3", new_value="4", reason="ошибка", requested_by=requester,
                                    requested_at=NOW)
        s.add(correction)
        s.flush()
        correction_id = correction.id
    calls = {
        "view": lambda: journal.load_grid(db, actor, math_5a, period.id, now=NOW),
        "put_marks": lambda: journal.put_marks(db, actor, lesson, pupil, "5", now=NOW),
        "attendance": lambda: journal.set_attendance(db, actor, lesson, pupil, "ОП", now=NOW),
        "lesson": lambda: journal.update_lesson(db, actor, lesson, homework="№ 1", now=NOW),
        "period_mark": lambda: journal.set_period_mark(db, actor, math_5a, pupil, "period", period.id, "4",
                                                       now=at(last_day)),
        "absence_reason": lambda: journal.record_absence_reason(db, actor, pupil, TODAY, TODAY, "П", "заявление"),
        "decide": lambda: journal.decide_correction(db, actor, correction_id, False, now=NOW),
        "settings": lambda: settings.set(db, actor, "idle_lock_minutes", 15),
        "lock": lambda: journal.set_course_locked(db, actor, math_5a, True),
    }
    allowed = {}
    for action in ACTIONS:
        try:
            calls[action]()
            allowed[action] = True
        except Denied:
            allowed[action] = False
    assert allowed == dict(zip(ACTIONS, ROLES[who], strict=True))
    pages = {p.id for p in journal.courses_for(db, actor)}
    assert (math_5a in pages) == ROLES[who][0]


# --- substitutions -----------------------------------------------------------------------------------------

def test_the_deputy_records_a_substitute_who_then_fills_in_that_lesson(small_demo, math_5a):
    db = small_demo
    deputy, substitute = login(db, "zavuch"), login(db, "teacher04")
    lesson = lesson_on(db, math_5a, TODAY)
    staff = journal.staff_for_substitution(db, deputy, TODAY)
    assert substitute.staff_id in {s.id for s in staff}
    assert [person_sort_key(*s.full_name.split(" ", 2)) for s in staff] == sorted(
        person_sort_key(*s.full_name.split(" ", 2)) for s in staff)
    assert journal.set_substitute(db, deputy, lesson, substitute.staff_id, now=NOW).lessons == (lesson,)
    name = next(s.short_name for s in staff if s.id == substitute.staff_id)
    period = journal.periods_for(db, math_5a)[1].id
    column = next(c for c in journal.load_grid(db, deputy, math_5a, period, now=NOW).columns if c.lesson_id == lesson)
    assert (column.substitute_teacher_id, column.substitute) == (substitute.staff_id, name)
    with db.session() as s:  # a pupil without a mark: the regular teacher's marks are not the substitute's to fix
        marked = set(s.scalars(select(Mark.pupil_id).where(Mark.lesson_id == lesson)))
    pupil = next(p for p in pupils_on(db, math_5a, TODAY) if p not in marked)
    journal.put_marks(db, substitute, lesson, pupil, "5", now=NOW)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "lesson", AuditEntry.entity_id == lesson)
                          .order_by(AuditEntry.id.desc())).first()
    assert (json.loads(entry.old), json.loads(entry.new)) == (
        {"substitute_teacher_id": None}, {"substitute_teacher_id": substitute.staff_id})
    # No substitution any more: the page is gone from the substitute's list.
    journal.set_substitute(db, deputy, lesson, None, now=NOW)
    assert math_5a not in {c.id for c in journal.courses_for(db, substitute)}
    assert journal.set_substitute(db, deputy, lesson, None, now=NOW) == journal.Changes()


def test_only_the_deputy_records_substitutions_and_not_the_teacher_for_himself(small_demo, math_5a):
    db = small_demo
    lesson = lesson_on(db, math_5a, TODAY)
    teacher = login(db, "teacher03")
    for who in ("teacher03", "admin", "director", "teacher02"):
        with pytest.raises(Denied):
            journal.set_substitute(db, login(db, who), lesson, login(db, "teacher04").staff_id, now=NOW)
        with pytest.raises(Denied):
            journal.staff_for_substitution(db, login(db, who))
    with pytest.raises(journal.InvalidEntry, match="сам себя"):
        journal.set_substitute(db, login(db, "zavuch"), lesson, teacher.staff_id, now=NOW)
    with pytest.raises(journal.NotFound):
        journal.set_substitute(db, login(db, "zavuch"), lesson, 10**6, now=NOW)


def test_own_class_flag_and_the_periods_of_a_day(small_demo, math_5a, russian_5a):
    db = small_demo
    class_teacher = login(db, "teacher02")
    pages = {c.id: c for c in journal.courses_for(db, class_teacher)}
    assert pages[math_5a].own_class and pages[russian_5a].own_class
    assert pages[math_5a].relation == "own_class" and not pages[math_5a].editable
    period = journal.periods_for(db, math_5a)[1]
    assert journal.load_grid(db, class_teacher, math_5a, period.id, now=NOW).course.own_class
    on = journal.periods_on(db, TODAY)
    assert on and on[0][2].label == "2-я четверть" and on[0][0] == 1
