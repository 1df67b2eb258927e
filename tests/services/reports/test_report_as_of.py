"""Progress and attendance «на дату» (from the current marks up to a day) and pass/fail subjects in the
progress report («зачтено N из M», out of the quality rate), on 7Я of test_report_results with a pass/fail
course added. Every figure is worked out by hand below."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from test_report_results import login, row_of, school_7ya, table  # noqa: F401 (school_7ya: a fixture)

from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.storage.models import (
    AcademicYear,
    Account,
    Course,
    GradingSystem,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    SchoolClass,
    Subject,
    WorkType,
)

D = dt.date
CREDIT = "Основы проектной деятельности"


@pytest.fixture
def school_credit(small_demo, school_7ya):
    """7Я plus: Антонов's «2» (weight 2) in maths on 5 October, Васильев's «5» on 21 September, and a
    pass/fail course: Антонов зач; Борисова незач, then зач on the retake; Васильев незач; Григорьев none.
    Its 1st-quarter marks: Антонов зач, Борисова незач, Васильев зач."""
    db, pupils = small_demo, school_7ya
    a, b, v = (pupils[n] for n in ("Антонов", "Борисова", "Васильев"))
    with db.session() as s, s.begin():
        cls = s.scalar(select(SchoolClass).where(SchoolClass.grade == 7, SchoolClass.letter == "Я"))
        year = s.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()))
        credit_system = s.scalar(select(GradingSystem.id).where(GradingSystem.code == "pass_fail"))
        answer, control = (s.scalar(select(WorkType.id).where(WorkType.code == c)) for c in ("answer", "control"))
        teacher = s.scalar(select(Account.staff_id).where(Account.login == "teacher09"))
        subject = Subject(name=CREDIT, short_name="Проект", sort_order=900)
        s.add(subject)
        s.flush()
        course = Course(academic_year_id=year.id, subject_id=subject.id, school_class_id=cls.id,
                        teacher_id=teacher, grading_system_id=credit_system)
        s.add(course)
        s.flush()
        lessons = {}
        for day in (D(2026, 9, 10), D(2026, 9, 17)):
            lessons[day] = Lesson(course_id=course.id, date=day, number=2)
            s.add(lessons[day])
        s.flush()
        for pupil, day, value in ((a, D(2026, 9, 10), "зач"), (b, D(2026, 9, 10), "незач"),
                                  (b, D(2026, 9, 17), "зач"), (v, D(2026, 9, 10), "незач")):
            s.add(Mark(lesson_id=lessons[day].id, pupil_id=pupil, value=value, work_type_id=answer, weight=1.0))
        math = s.scalar(select(Course.id).join(Subject, Subject.id == Course.subject_id)
                        .where(Course.school_class_id == cls.id, Subject.name == "Математика"))
        lesson = {d: s.scalar(select(Lesson.id).where(Lesson.course_id == math, Lesson.date == d))
                  for d in (D(2026, 10, 5), D(2026, 9, 21))}
        s.add(Mark(lesson_id=lesson[D(2026, 10, 5)], pupil_id=a, value="2", work_type_id=control, weight=2.0))
        s.add(Mark(lesson_id=lesson[D(2026, 9, 21)], pupil_id=v, value="5", work_type_id=answer, weight=1.0))
        q1 = s.scalar(select(Period.id).where(Period.academic_year_id == year.id, Period.number == 1,
                                              Period.grade_from <= 7, Period.grade_to >= 7))
        for pupil, value in ((a, "зач"), (b, "незач"), (v, "зач")):
            s.add(PeriodMark(course_id=course.id, pupil_id=pupil, kind=PeriodMarkKind.period, period_id=q1,
                             value=value))
    return pupils


def progress(db, login_name: str = "zavuch", **request):
    return report_kinds.get("progress").build(db, login(db, login_name), ReportRequest(class_label="7Я", **request))


def test_progress_as_of_a_day_counts_the_current_marks_up_to_it(small_demo, school_credit):
    report = progress(small_demo, as_of=D(2026, 9, 30))
    assert "1 четверть на 30.09.2026 (по текущим отметкам)" in report.subtitle
    math = row_of(table(report, "Итоги по предметам"), "Математика")
    # Антонов 5 (×1), 4 (×2): 4,33 → «4»; Борисова 3 → «3»; Васильев 5 → «5»; Григорьев, still on the roll
    # until 1 October, has no mark: counted, not passing.
    assert math[2:8] == (4, 1, 1, 1, 0, 0)
    assert math[8] == pytest.approx(75.0)
    assert math[11] == pytest.approx((13 / 3 + 3 + 5) / 3)       # the mean of the weighted averages

    later = progress(small_demo, as_of=D(2026, 10, 6))
    # Антонов's «2» (×2) of 5 October: (5 + 8 + 4) / 5 = 3,4 → «3». Григорьев left on 1 October.
    math = row_of(table(later, "Итоги по предметам"), "Математика")
    assert math[2:8] == (3, 1, 0, 2, 0, 0)
    assert math[11] == pytest.approx((3.4 + 3 + 5) / 3)


def test_a_pass_fail_subject_is_credited_n_of_m_and_out_of_the_quality_rate(small_demo, school_credit):
    report = progress(small_demo, as_of=D(2026, 9, 30))
    subjects = table(report, "Итоги по предметам")
    assert subjects.columns[-1].title == "Зачёт"
    credit = row_of(subjects, CREDIT)
    # Антонов зач, Борисова зач on the retake (the latest counts), Васильев незач, Григорьев nothing.
    assert credit[-1] == "зачтено 2 из 4"
    assert credit[8] == pytest.approx(50.0)        # pass rate: the credits count
    assert credit[9] is None                       # quality rate: not for a pass/fail subject
    assert row_of(subjects, "Математика")[-1] is None
    # The class: Антонов (4, 3, зач), Борисова (3, зач), Васильев (5, незач), Григорьев (nothing).
    # Quality without the credits: only Васильев (5) of four → 25 %; the незач still fails him.
    totals = subjects.totals
    assert totals[9] == pytest.approx(25.0)
    assert totals[8] == pytest.approx(50.0)        # Антонов and Борисова pass
    assert totals[-1] == "зачтено 2 из 4"
    assert any("зачтено N из M" in note for note in report.notes)

    # From the period marks too: 1st quarter, Григорьев gone — зач, незач, зач.
    quarter = progress(small_demo, today=D(2026, 11, 27), period=1)
    assert row_of(table(quarter, "Итоги по предметам"), CREDIT)[-1] == "зачтено 2 из 3"
    # Quality: Антонов (5, 4) and Васильев (4, 5) — as before the credits were added.
    assert table(quarter, "Итоги по предметам").totals[9] == pytest.approx(200 / 3)


def test_a_school_without_pass_fail_subjects_has_no_credit_column(small_demo, school_7ya):
    report = progress(small_demo, as_of=D(2026, 9, 30))
    assert "Зачёт" not in [c.title for c in table(report, "Итоги по предметам").columns]


def test_as_of_is_for_a_period_not_the_year(small_demo, school_credit):
    with pytest.raises(ServiceError, match="учебного периода, а не года"):
        progress(small_demo, as_of=D(2026, 9, 30), period="year")


def test_attendance_as_of_a_day_stops_at_it(small_demo, school_credit):
    zavuch = login(small_demo, "zavuch")
    report = report_kinds.get("attendance").build(small_demo, zavuch,
                                                  ReportRequest(class_label="7Я", as_of=D(2026, 9, 14)))
    pupils = table(report, "По ученикам")
    rows = {r[1].split(" (")[0]: r[2:] for r in pupils.rows}
    # Up to 14 September: maths 7, 14; history 8; the credit course 10 → 4 lessons each.
    # Борисова was ill on 14 September (Б); her П of 15 September is later.
    assert rows["Борисова Бэлла"][:2] == (4, 1)
    assert "14.09.2026" in report.subtitle


def test_the_report_on_a_date_counts_what_the_grid_suggests(small_demo):
    """One rule: on the demo's last day the report's «5»…«2» of 5А's maths are the marks the journal grid
    suggests for the pupils on the roll, and its average the mean of the grid's «Ср. балл»."""
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.reports import printouts
    zavuch = login(small_demo, "zavuch")
    class_id = printouts.class_id_by_label(small_demo, "5А")
    [course] = printouts.course_id_by_subject(small_demo, class_id, "Математика")
    period = printouts.period_id_by_number(small_demo, class_id, 2)
    day = D(2026, 11, 27)
    grid = journal.load_grid(small_demo, zavuch, course, period,
                             now=dt.datetime(2026, 11, 27, 18, 0, tzinfo=dt.timezone.utc))
    rows = [r for r in grid.rows if r.belongs_on(day)]
    suggested = [r.suggested for r in rows]
    report = report_kinds.get("progress").build(small_demo, zavuch,
                                                ReportRequest(class_label="5А", today=day, as_of=day))
    math = row_of(table(report, "Итоги по предметам"), "Математика")
    assert math[2] == len(rows)
    assert math[3:7] == tuple(suggested.count(code) for code in ("5", "4", "3", "2"))
    averages = [r.average for r in rows if r.average is not None]
    assert math[11] == pytest.approx(sum(averages) / len(averages))


def test_a_report_on_a_past_date_is_dated_the_day_it_was_made(small_demo, school_credit):
    report = progress(small_demo, today=D(2026, 11, 27), as_of=D(2026, 9, 30))
    assert report.generated_on == D(2026, 11, 27)


def test_the_cli_builds_progress_on_a_date(small_demo_path):
    from journal_testing import ejournal
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "progress", "--class", "5А",
                 "--as-of", "2026-11-20", "--json", password="demo")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert "2 четверть на 20.11.2026 (по текущим отметкам)" in data["subtitle"]
    credit = next(row for row in data["tables"][0]["rows"] if row[0].startswith("Основы духовно-нравственной"))
    assert credit[-1].startswith("зачтено ")
    bad = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "attendance", "--class", "5А",
                   "--as-of", "20.11.2026", password="demo")
    assert bad.returncode == 2 and "дата задаётся как ГГГГ-ММ-ДД, а не «20.11.2026»" in bad.stderr
