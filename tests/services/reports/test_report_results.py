"""The result reports (progress, attendance, one pupil, activity, summary sheet) on a hand-made class.

7Я is added to the small demo school: four pupils, two subjects (Математика by teacher08, История by
teacher09), class teacher teacher10. Григорьев leaves on 1 October, before the 1st quarter ends (26.10).
Every figure below is worked out by hand from the marks and absences put in `school_7ya`.
"""

from __future__ import annotations

import datetime as dt

import printing_pdf as pdf
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ejournal_desktop.domain.attendance import AttendanceCode  # noqa: E402
from ejournal_desktop.domain.names import short_name  # noqa: E402
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import Cancelled, ServiceError  # noqa: E402
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.storage.models import (  # noqa: E402
    AcademicYear,
    Account,
    AccountRole,
    Attendance,
    Course,
    Enrollment,
    EnrollmentEvent,
    GradingSystem,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    Subject,
    WorkType,
)

TODAY = dt.date(2026, 11, 27)
D = dt.date


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def school_7ya(small_demo):
    """7Я and its journal; returns the pupils' ids by surname."""
    db = small_demo
    with db.session() as s, s.begin():
        staff = dict(s.execute(select(Account.login, Account.staff_id)).all())
        year = s.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()))
        five = s.scalar(select(GradingSystem.id).where(GradingSystem.code == "five_point"))
        answer, control = (s.scalar(select(WorkType.id).where(WorkType.code == c)) for c in ("answer", "control"))
        q1 = s.scalar(select(Period.id).where(Period.academic_year_id == year.id, Period.number == 1,
                                              Period.grade_from <= 7, Period.grade_to >= 7))
        cls = SchoolClass(academic_year_id=year.id, grade=7, letter="Я", class_teacher_id=staff["teacher10"])
        s.add(AccountRole(account_id=s.scalar(select(Account.id).where(Account.login == "teacher10")),
                          role="class_teacher"))
        s.add(cls)
        s.flush()
        pupils = {}
        for surname, name in (("Антонов", "Антон"), ("Борисова", "Бэлла"), ("Васильев", "Василий"),
                              ("Григорьев", "Глеб")):
            p = Pupil(surname=surname, name=name, patronymic="")
            s.add(p)
            s.flush()
            pupils[surname] = p.id
            s.add(Enrollment(pupil_id=p.id, school_class_id=cls.id, arrived_on=D(2026, 9, 1),
                             arrival_event=EnrollmentEvent.arrival, arrival_order_number="1-у",
                             departed_on=D(2026, 10, 1) if surname == "Григорьев" else None,
                             departure_event=EnrollmentEvent.departure if surname == "Григорьев" else None))
        subject = dict(s.execute(select(Subject.name, Subject.id)).all())
        math = Course(academic_year_id=year.id, subject_id=subject["Математика"], school_class_id=cls.id,
                      teacher_id=staff["teacher08"], grading_system_id=five)
        history = Course(academic_year_id=year.id, subject_id=subject["История"], school_class_id=cls.id,
                         teacher_id=staff["teacher09"], grading_system_id=five)
        s.add_all([math, history])
        s.flush()
        lessons = {}
        for course, days in ((math, [D(2026, 9, 7), D(2026, 9, 14), D(2026, 9, 21), D(2026, 10, 5),
                                     D(2026, 12, 7)]),           # the last one after "today"
                             (history, [D(2026, 9, 8), D(2026, 9, 15)])):
            for day in days:
                lesson = Lesson(course_id=course.id, date=day, number=1)
                s.add(lesson)
                s.flush()
                lessons[(course.id, day)] = lesson.id
        a, b, v, g = (pupils[n] for n in ("Антонов", "Борисова", "Васильев", "Григорьев"))
        for pupil, course, day, value, work_type, weight in (
                (a, math, D(2026, 9, 7), "5", answer, 1.0), (a, math, D(2026, 9, 14), "4", control, 2.0),
                (a, history, D(2026, 9, 8), "3", answer, 1.0), (b, math, D(2026, 9, 7), "3", answer, 1.0)):
            s.add(Mark(lesson_id=lessons[(course.id, day)], pupil_id=pupil, value=value, work_type_id=work_type,
                       weight=weight))
        for pupil, course, day, code in (
                (a, math, D(2026, 9, 7), AttendanceCode.absent_unexcused),
                (a, history, D(2026, 9, 8), AttendanceCode.late),
                (b, math, D(2026, 9, 14), AttendanceCode.absent_ill),
                (b, math, D(2026, 9, 21), AttendanceCode.absent_ill),
                (b, history, D(2026, 9, 15), AttendanceCode.absent_excused),
                (g, history, D(2026, 9, 15), AttendanceCode.absent_unexcused)):
            s.add(Attendance(lesson_id=lessons[(course.id, day)], pupil_id=pupil, code=code))
        for pupil, maths, hist in ((a, "5", "4"), (b, "3", "2"), (v, "4", "5"), (g, "2", None)):
            for course, value in ((math, maths), (history, hist)):
                if value:
                    s.add(PeriodMark(course_id=course.id, pupil_id=pupil, kind=PeriodMarkKind.period,
                                     period_id=q1, value=value))
        # parent-5a-01 is also Антонов's guardian.
        guardian = s.scalar(select(Account.guardian_id).where(Account.login == "parent-5a-01"))
        s.add(PupilGuardian(pupil_id=a, guardian_id=guardian, relation="мать"))
    return pupils


def teacher_name(db, login_name: str) -> str:
    with db.session() as s:
        staff = s.scalar(select(Staff).join(Account, Account.staff_id == Staff.id).where(Account.login == login_name))
        return short_name(staff.surname, staff.name, staff.patronymic)


def build(db, actor, key: str, **request) -> object:
    return report_kinds.get(key).build(db, actor, ReportRequest(today=TODAY, **request))


def table(report, title: str):
    return next(t for t in report.tables() if t.title == title)


def row_of(t, first):
    return next(r for r in t.rows if r[0] == first)


# --- progress ---------------------------------------------------------------------------------------------

def test_progress_of_a_class_by_subject_as_worked_out_by_hand(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "zavuch"), "progress", class_label="7Я", period=1)
    assert report.subtitle.startswith("7Я класс · 1 четверть")
    subjects = table(report, "Итоги по предметам")
    # Григорьев left before the quarter ended: his «2» is not counted. Маths 5, 3, 4; history 4, 2, 5.
    math = row_of(subjects, "Математика")
    assert math[1] == teacher_name(small_demo, "teacher08")
    assert math[2:8] == (3, 1, 1, 1, 0, 0)
    assert math[8] == pytest.approx(100.0)
    assert math[9] == pytest.approx(200 / 3)                       # 4 and 5: two of three
    assert math[10] == pytest.approx((100 + 36 + 64) / 3)          # СОУ
    assert math[11] == pytest.approx(4.0)
    history = row_of(subjects, "История")
    assert history[2:8] == (3, 1, 1, 0, 1, 0)
    assert history[8] == pytest.approx(200 / 3)                    # Борисова's «2»
    assert history[9] == pytest.approx(200 / 3)
    assert history[10] == pytest.approx((64 + 16 + 100) / 3)
    assert history[11] == pytest.approx(11 / 3)
    # The class: Антонов (5, 4) and Васильев (4, 5) pass with quality, Борисова (3, 2) fails.
    totals = subjects.totals
    assert totals[2:8] == (3, 2, 2, 1, 1, 0)
    assert totals[8] == pytest.approx(200 / 3) and totals[9] == pytest.approx(200 / 3)
    assert totals[10] == pytest.approx((100 + 64 + 36 + 16 + 64 + 100) / 6)
    assert totals[11] == pytest.approx(23 / 6)
    teachers = table(report, "Итоги по учителям")
    assert sorted(r[1] for r in teachers.rows) == [3, 3]
    chart = report.charts()[0]
    assert chart.categories == ["Математика", "История"]
    assert dict(chart.series)["Качество знаний"] == [pytest.approx(200 / 3)] * 2


def test_progress_of_the_whole_school_has_the_class_row_and_a_class_teacher_gets_own_class(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "director"), "progress", period=1)
    by_class = table(report, "Итоги по классам")
    row = row_of(by_class, "7Я")
    assert row[1:7] == (3, 2, 2, 1, 1, 0) and row[7] == pytest.approx(200 / 3)
    assert [r[0] for r in by_class.rows][-1] == "10А"           # grades in order
    # The class teacher of 7Я sees the class; a class teacher of another class does not.
    own = build(small_demo, login(small_demo, "teacher10"), "progress", class_label="7Я", period=1)
    assert own.tables()[0].totals[2] == 3
    with pytest.raises(Denied):
        build(small_demo, login(small_demo, "teacher02"), "progress", class_label="7Я", period=1)
    with pytest.raises(Denied):
        build(small_demo, login(small_demo, "teacher10"), "progress", period=1)


def test_a_subject_teacher_gets_only_own_subject_of_the_class(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "teacher08"), "progress", class_label="7Я", period=1)
    assert [r[0] for r in table(report, "Итоги по предметам").rows] == ["Математика"]
    assert "учителя" in report.subtitle


def test_progress_explains_a_period_the_class_does_not_have(small_demo, school_7ya):
    with pytest.raises(ServiceError, match="нет 5-го учебного периода"):
        build(small_demo, login(small_demo, "zavuch"), "progress", class_label="7Я", period=5)
    with pytest.raises(ServiceError, match="«7Ю»"):
        build(small_demo, login(small_demo, "zavuch"), "progress", class_label="7Ю", period=1)


# --- attendance -------------------------------------------------------------------------------------------

def test_attendance_per_pupil_counts_lessons_of_the_stay_only(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "zavuch"), "attendance", class_label="7Я", period=1)
    pupils = table(report, "По ученикам")
    rows = {r[1].split(" (")[0]: r[2:] for r in pupils.rows}
    # Lessons: math 7.09, 14.09, 21.09, 5.10; history 8.09, 15.09. Григорьев left on 1.10: not 5.10.
    assert rows["Антонов Антон"] == (6, 1, 1, 0, 0, 1, pytest.approx(100 / 6))
    assert rows["Борисова Бэлла"] == (6, 3, 0, 1, 2, 0, pytest.approx(50.0))
    assert rows["Васильев Василий"] == (6, 0, 0, 0, 0, 0, 0.0)
    assert rows["Григорьев Глеб"] == (5, 1, 1, 0, 0, 0, pytest.approx(20.0))
    assert "выб. 01.10" in next(r[1] for r in pupils.rows if r[1].startswith("Григорьев"))
    assert pupils.totals[2:] == (23, 5, 2, 1, 2, 1, pytest.approx(500 / 23))
    chart = report.charts()[0]
    assert chart.categories == ["сен 2026", "окт 2026"]
    assert dict(chart.series)["Б — по болезни"] == [2.0, 0.0]


def test_attendance_for_the_year_stops_at_today_and_by_month(small_demo, school_7ya):
    zavuch = login(small_demo, "zavuch")
    year = build(small_demo, zavuch, "attendance", class_label="7Я", period="year")
    assert table(year, "По ученикам").totals[2] == 23        # the lesson of 7 December is not given yet
    september = build(small_demo, zavuch, "attendance", class_label="7Я", month=(2026, 9))
    # September: math 7, 14, 21 and history 8, 15 → 5 lessons each (Григорьев too).
    assert table(september, "По ученикам").totals[2:4] == (20, 5)
    assert "сентябрь 2026" in september.subtitle


def test_attendance_of_the_whole_school_puts_each_class_on_its_own_sheet(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "zavuch"), "attendance", period=1)
    classes = table(report, "Итоги по классам")
    row = row_of(classes, "7Я")
    assert row[1:4] == (4, 23, 5) and row[-1] == pytest.approx(5 / 4)
    assert classes.totals[2] == sum(r[2] for r in classes.rows)
    sheets = [t.sheet for t in report.tables() if t.sheet]
    assert sheets == ["2А", "5А", "7Я", "10А"]


# --- one pupil --------------------------------------------------------------------------------------------

def test_pupil_report_for_a_parent(small_demo, school_7ya):
    parent = login(small_demo, "parent-5a-01")
    report = build(small_demo, parent, "pupil", pupil_id=school_7ya["Антонов"], period=1)
    assert report.subtitle.startswith("Антонов Антон, 7Я класс · 1 четверть")
    assert not report.landscape
    marks = table(report, "Успеваемость")
    assert row_of(marks, "Математика")[2:] == ("5 4", pytest.approx((5 + 4 * 2) / 3), "5")
    assert row_of(marks, "История")[2:] == ("3", pytest.approx(3.0), "4")
    absences = table(report, "Посещаемость")
    assert row_of(absences, "Математика")[1:] == (4, 1, 1, 0, 0, 0, pytest.approx(25.0))
    assert row_of(absences, "История")[1:] == (2, 0, 0, 0, 0, 1, 0.0)
    assert absences.totals[1:3] == (6, 1)
    with pytest.raises(Denied):
        build(small_demo, parent, "pupil", pupil_id=school_7ya["Борисова"], period=1)
    with pytest.raises(Denied):
        build(small_demo, login(small_demo, "teacher02"), "pupil", pupil_id=school_7ya["Борисова"])


def test_pupil_report_for_the_year_has_every_period_and_the_year(small_demo, school_7ya):
    report = build(small_demo, login(small_demo, "teacher10"), "pupil", pupil_id=school_7ya["Васильев"])
    marks = table(report, "Успеваемость")
    assert [c.title for c in marks.columns][4:] == ["1 четв.", "2 четв.", "3 четв.", "4 четв.", "Год"]
    assert row_of(marks, "Математика")[4:] == ("4", None, None, None, None)


# --- activity and the summary sheet -------------------------------------------------------------------------

def test_activity_report_sums_the_service_rows(small_demo):
    from ejournal_desktop.services.reports import activity as reports
    admin = login(small_demo, "admin")
    rows = reports.activity(small_demo, admin, 2026, 11)
    report = build(small_demo, admin, "activity", month=(2026, 11))
    users = table(report, "По пользователям")
    assert users.totals[3] == sum(r.changes for r in rows) > 0
    teacher = next(r for r in users.rows if r[0] == "teacher01")
    assert teacher[1] == sum(1 for r in rows if r.login == "teacher01")
    assert len(table(report, "По дням").rows) == len(rows)
    with pytest.raises(Denied):
        build(small_demo, login(small_demo, "teacher01"), "activity", month=(2026, 11))


def test_summary_sheet_kind_has_the_marks_and_keeps_the_paper_form_in_files(small_demo, school_7ya, tmp_path):
    zavuch = login(small_demo, "zavuch")
    report = build(small_demo, zavuch, "summary-sheet", class_label="7Я")
    sheet = report.tables()[0]
    first = sheet.rows[0]
    assert first[:5] == (1, "Антонов Антон", "I четв.", "5", "4")      # Математика before История
    path = report_kinds.export(small_demo, zavuch, "summary-sheet", ReportRequest(class_label="7Я"), "pdf",
                               tmp_path / "s.pdf")
    assert "Сводная ведомость" in pdf.texts(path.read_bytes())[0]


# --- files, progress and cancel ----------------------------------------------------------------------------

def test_export_writes_pdf_and_xlsx_with_the_same_figures(small_demo, school_7ya, tmp_path):
    zavuch = login(small_demo, "zavuch")
    request = ReportRequest(class_label="7Я", period=1, today=TODAY)
    steps = []
    path = report_kinds.export(small_demo, zavuch, "progress", request, "pdf", tmp_path / "p.pdf",
                               progress=lambda d, t, text: steps.append((d, t)))
    text = " ".join(pdf.texts(path.read_bytes()))
    assert "Отчёт об успеваемости" in text and "7Я класс" in text and "66,7%" in text and "Математика" in text
    assert all(f["embedded"] for f in pdf.fonts(path.read_bytes()))
    assert steps and steps[-1][0] == steps[-1][1]
    book = load_workbook(report_kinds.export(small_demo, zavuch, "progress", request, "xlsx", tmp_path / "p.xlsx"))
    sheet = book.worksheets[0]
    values = {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert values["Математика"][9] == pytest.approx(2 / 3)     # quality as a fraction, shown 0.0%


def test_a_cancelled_export_leaves_no_file(small_demo, school_7ya, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    zavuch = login(small_demo, "zavuch")
    request = ReportRequest(period=1, today=TODAY)
    with pytest.raises(Cancelled):
        report_kinds.export(small_demo, zavuch, "attendance", request, "pdf", folder / "a.pdf", cancelled=lambda: True)
    # Cancelled while the pages are laid out (after every figure was read).
    laying = []
    with pytest.raises(Cancelled):
        report_kinds.export(small_demo, zavuch, "attendance", request, "pdf", folder / "a.pdf",
                            progress=lambda d, t, text: laying.append(text == "Вёрстка"),
                            cancelled=lambda: any(laying))
    assert any(laying)
    assert list(folder.iterdir()) == []
