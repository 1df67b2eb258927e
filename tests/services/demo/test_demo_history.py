"""`ejournal demo --years N`: a school with N-1 closed past years, written as the program would
have written them (the years closed by the real year-closing service), which `db check` accepts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journal_testing import DEMO_TODAY, TEST_KEY_HEX, ejournal
from sqlalchemy import select

from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    Account,
    AuditEntry,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentEvent,
    PeriodMark,
    PeriodMarkKind,
    SchoolClass,
    Staff,
    YearStatus,
)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "three-years.db"
    r = ejournal("--db", str(path), "demo", "--size", "small", "--years", "3", "--today", DEMO_TODAY.isoformat(),
                 "--json")
    assert r.returncode == 0, r.stderr
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))
    yield path, json.loads(r.stdout), db
    db.close()


def _class(session, start_year: int, label: str) -> int:
    return session.scalar(select(SchoolClass.id).join(AcademicYear).where(
        AcademicYear.start_year == start_year, SchoolClass.grade == int(label[:-1]),
        SchoolClass.letter == label[-1]))


def test_two_closed_years_before_the_open_current_one(history):
    _, out, db = history
    assert out["academic_year"] == "2026/2027" and len(out["closed_years"]) == 2
    assert "Учебный год 2024/2025 закрыт" in out["closed_years"][0]
    with db.session() as s:
        years = s.execute(select(AcademicYear.start_year, AcademicYear.status, AcademicYear.closing_order_number)
                          .order_by(AcademicYear.start_year)).all()
        assert [(y, st) for y, st, _ in years] == [
            (2024, YearStatus.closed), (2025, YearStatus.closed), (2026, YearStatus.open)]
        assert all(order for _, st, order in years if st is YearStatus.closed)
        # Each closing is in the audit log, as the closing service writes it.
        closings = s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "close", AuditEntry.entity == "academic_year")).all()
        assert len(closings) == 2


def test_this_years_fifth_graders_were_fourth_graders_with_year_marks(history):
    _, _, db = history
    with db.session() as s:
        fifth, fourth = _class(s, 2026, "5А"), _class(s, 2025, "4А")
        pupils = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == fifth, Enrollment.arrived_on == dt.date(2026, 9, 1))).all()
        promoted = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == fourth, Enrollment.departure_event.in_(
                [EnrollmentEvent.promotion, EnrollmentEvent.conditional_promotion]))).all()
        assert len(pupils) >= 20 and set(promoted) <= set(pupils)
        assert len(promoted) >= 0.8 * len(pupils)
        courses = s.scalars(select(Course.id).where(Course.school_class_id == fourth, Course.has_marks.is_(True),
                                                    Course.kind == CourseKind.lesson)).all()
        assert len(courses) >= 8
        year_marks = s.execute(select(PeriodMark.pupil_id, PeriodMark.course_id).where(
            PeriodMark.kind == PeriodMarkKind.year, PeriodMark.course_id.in_(courses))).all()
        for pid in promoted:
            assert {c for p, c in year_marks if p == pid} == set(courses), pid
        # The 4th grade had its primary teacher; the 5th grade is taught by subject teachers.
        primary = s.scalar(select(SchoolClass.class_teacher_id).where(SchoolClass.id == fourth))
        teachers_5 = s.scalars(select(Course.teacher_id).where(Course.school_class_id == fifth)).all()
        assert teachers_5 and primary not in teachers_5


def test_a_graduate_of_a_closed_year_has_left(history):
    _, _, db = history
    with db.session() as s:
        ninth = _class(s, 2025, "9А")
        graduates = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == ninth, Enrollment.departure_event == EnrollmentEvent.graduation)).all()
        assert graduates
        for pid in graduates:
            still = s.scalar(select(Enrollment.id).where(Enrollment.pupil_id == pid, Enrollment.departed_on.is_(None)))
            assert still is None
        # Most went on to the 10th grade.
        tenth = _class(s, 2026, "10А")
        continuing = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == tenth, Enrollment.arrival_event == EnrollmentEvent.promotion)).all()
        assert len(continuing) > len(graduates)


def test_staff_change_and_current_logins(history):
    _, out, db = history
    with db.session() as s:
        gone = s.execute(select(Staff.id, Account.disabled).join(Account, Account.staff_id == Staff.id)
                         .where(Staff.dismissed_on.is_not(None))).all()
        assert gone and all(disabled for _, disabled in gone)
        # Pupils' logins name this year's class: pupil-5a-01 is in 5А now.
        pupil = s.scalar(select(Account.pupil_id).where(Account.login == "pupil-5a-01"))
        assert pupil in s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == _class(s, 2026, "5А"))).all()
    logins = {a["login"] for a in out["accounts"]}
    assert {"admin", "director", "teacher01", "pupil-5a-01", "pupil-1a-01"} <= logins


def test_db_check_passes_on_the_history(history):
    path, _, _ = history
    r = ejournal("--db", str(path), "db", "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Проблем не найдено" in r.stdout


@pytest.mark.parametrize("years", ["0", "6"])
def test_years_out_of_range_are_refused_in_russian(tmp_path, years):
    path = tmp_path / "refused.db"
    r = ejournal("--db", str(path), "demo", "--size", "small", "--years", years)
    assert r.returncode == 2
    assert f"число лет — целое от 1 до 5, а не «{years}»" in r.stderr
    assert "Traceback" not in r.stderr and not path.exists()


def test_a_pupil_without_a_year_mark_is_not_assessed_before_the_closing(tmp_path):
    # A pupil who came in May has no mark in a one-hour subject: the history's closing step has the
    # deputy put «н/а» (past the teachers' period-mark window), and the year then has no gaps.
    from ejournal_desktop.services import demo
    from ejournal_desktop.services.administration import year_closing
    from ejournal_desktop.services.demo import history as demo_history
    db = database.create(tmp_path / "june.db", key=bytes.fromhex(TEST_KEY_HEX))
    try:
        demo.generate(db, "small", seed=1, today=dt.date(2025, 6, 20))
        with db.write_session() as s, s.begin():
            mark = s.scalars(select(PeriodMark).where(PeriodMark.kind == PeriodMarkKind.year).limit(1)).first()
            course, pupil = mark.course_id, mark.pupil_id
            s.delete(mark)
        admin = demo_history._admin(db)
        assert [g.pupil_ids for g in year_closing.check(db, admin)] == [(pupil,)]
        demo_history._not_assessed(db, admin, demo_history._local(dt.date(2025, 6, 20), 9))
        assert year_closing.check(db, admin) == []
        with db.session() as s:
            assert s.scalar(select(PeriodMark.value).where(
                PeriodMark.course_id == course, PeriodMark.pupil_id == pupil,
                PeriodMark.kind == PeriodMarkKind.year)) == "н/а"
    finally:
        db.close()


def test_the_five_year_school_passes_db_check(tmp_path):
    """The largest history the regulation keeps (five years): four closings, each accepted by `db check`."""
    path = tmp_path / "five-years.db"
    r = ejournal("--db", str(path), "demo", "--size", "small", "--years", "5", "--today", DEMO_TODAY.isoformat(),
                 "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["closed_years"]) == 4
    checked = ejournal("--db", str(path), "db", "check", "--json")
    assert checked.returncode == 0, checked.stdout
    assert json.loads(checked.stdout)["problems"] == []
