"""«Дневник на неделю»: one PDF, a page per pupil with that pupil's marks (and no one else's), absences,
homework, remarks and the signature lines — on 7Я of test_report_results, on the demo's 5А through the
CLI, and on a school just made by `init` with one class."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import printing_pdf as pdf
import pytest
from journal_testing import ejournal
from setup_testing import new_school
from sqlalchemy import select
from test_report_results import login, school_7ya  # noqa: F401 (school_7ya: a fixture)

from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.storage.models import (
    Course,
    Enrollment,
    EnrollmentEvent,
    GradingSystem,
    Lesson,
    Mark,
    Pupil,
    SchoolClass,
    Subject,
    WorkType,
)

D = dt.date
WEEK = D(2026, 9, 9)          # Wednesday: the week 7–12 September


@pytest.fixture
def week_7ya(small_demo, school_7ya):
    """Homework on the maths lesson of 7 September and a remark to Антонов's «5» that day."""
    with small_demo.session() as s, s.begin():
        cls = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 7, SchoolClass.letter == "Я"))
        lesson = s.scalar(select(Lesson).join(Course, Course.id == Lesson.course_id)
                          .join(Subject, Subject.id == Course.subject_id)
                          .where(Course.school_class_id == cls, Subject.name == "Математика",
                                 Lesson.date == D(2026, 9, 7)))
        lesson.homework = "№ 101, 102 (решить)"
        mark = s.scalar(select(Mark).where(Mark.lesson_id == lesson.id, Mark.pupil_id == school_7ya["Антонов"]))
        mark.comment = "Молодец: решил у доски"
    return school_7ya


def export(db, actor, path, class_label="7Я", week=WEEK):
    return report_kinds.export(db, actor, "weekly-diary", ReportRequest(class_label=class_label, week=week),
                               "pdf", path)


def test_each_pupil_has_a_page_with_own_marks_and_no_one_elses(small_demo, week_7ya, tmp_path):
    path = export(small_demo, login(small_demo, "teacher10"), tmp_path / "diary.pdf")   # the class teacher
    data = path.read_bytes()
    pages = pdf.page_texts(data)
    # Four pupils (Григорьев leaves only on 1 October), in the order of the class list.
    assert len(pages) == 4
    names = ["Антонов Антон", "Борисова Бэлла", "Васильев Василий", "Григорьев Глеб"]
    for page, name in zip(pages, names):
        assert name in page
        assert all(other not in page for other in names if other != name)
        assert "7Я класс · неделя с 07.09.2026 по 12.09.2026" in page
        assert "№ 101, 102 (решить)" in page                    # homework is everyone's
        assert "Классный руководитель" in page and "подпись родителя" in page
    antonov, borisova, vasiliev, grigoriev = pages
    # Антонов: maths «5» (answer) on Monday, history «3»; absent (Н) from maths, late (ОП) for history.
    assert "5 (ответ на уроке)" in antonov and "3 (ответ на уроке)" in antonov
    assert "Молодец: решил у доски" in antonov                  # the remark, on his page only
    assert "Пропущено уроков: 1 (без уважительной причины — 1); опозданий: 1." in antonov
    # Борисова: maths «3» only; Васильев and Григорьев: no marks at all.
    assert "3 (ответ на уроке)" in borisova and "5 (" not in borisova
    assert "Молодец" not in borisova + vasiliev + grigoriev
    for page in (vasiliev, grigoriev):
        assert "(ответ на уроке)" not in page and "Замечаний нет." in page
    assert "Пропусков уроков и опозданий на этой неделе нет." in vasiliev
    assert all(f["embedded"] for f in pdf.page_fonts(data))


def test_the_pdf_renders_and_its_fonts_are_embedded(small_demo, week_7ya, tmp_path):
    path = export(small_demo, login(small_demo, "zavuch"), tmp_path / "diary.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "PTSans-Regular" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    # pdftotext, page by page: each pupil's remark and marks only on that pupil's page.
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                            text=True, check=True).stdout for n in (1, 2, 3, 4)]
    assert ["Молодец: решил у доски" in t for t in texts] == [True, False, False, False]
    assert ["Борисова Бэлла" in t for t in texts] == [False, True, False, False]
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    assert (tmp_path / "p-1.png").stat().st_size > 5000


def test_the_preview_lists_the_pupils_and_others_are_refused(small_demo, week_7ya):
    kind = report_kinds.get("weekly-diary")
    report = kind.build(small_demo, login(small_demo, "zavuch"), ReportRequest(class_label="7Я", week=WEEK))
    rows = {r[1]: r[2:] for r in report.tables()[0].rows}
    assert rows["Антонов Антон"] == (2, 2, 1, 1)              # lessons, marks, missed, remarks
    assert rows["Васильев Василий"] == (2, 0, 0, 0)
    with pytest.raises(Denied):       # a class teacher of another class
        kind.build(small_demo, login(small_demo, "teacher02"), ReportRequest(class_label="7Я", week=WEEK))
    with pytest.raises(ServiceError, match="для одного класса"):
        kind.build(small_demo, login(small_demo, "zavuch"), ReportRequest(week=WEEK))


def test_the_cli_prints_the_demo_class_week(small_demo_path, tmp_path):
    out = tmp_path / "5А.pdf"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "weekly-diary", "--class", "5А",
                 "--week", "2026-11-25", "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    assert "Дневник на неделю: сохранено" in r.stdout
    pages = pdf.page_texts(out.read_bytes())
    listed = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "weekly-diary", "--class", "5А",
                      "--week", "2026-11-25", "--json", password="demo")
    rows = json.loads(listed.stdout)["tables"][0]["rows"]
    assert len(pages) == len(rows) > 20
    assert [row[1] in page for row, page in zip(rows, pages)] == [True] * len(rows)
    bad = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "weekly-diary", "--class", "5А",
                   "--week", "25.11.2026", password="demo")
    assert bad.returncode == 2 and "дата задаётся как ГГГГ-ММ-ДД" in bad.stderr


def test_a_school_made_by_init_with_one_class(tmp_path, db_key):
    from ejournal_desktop.services.people import staff
    from ejournal_desktop.services.school import classes
    from ejournal_desktop.services.school import year as school_year
    from ejournal_desktop.services.timetable import courses
    school = new_school(tmp_path)
    db, deputy = school.db, school.deputy
    school_year.create_year(db, deputy, D(2026, 9, 1), D(2027, 8, 31))
    teacher = staff.add_staff(db, deputy, surname="Сидорова", name="Анна", patronymic="Петровна")
    class_id = classes.create_class(db, deputy, 1, "А", class_teacher_id=teacher)
    with db.session() as s:
        russian = s.scalar(select(Subject.id).where(Subject.name == "Русский язык"))
        five = s.scalar(select(GradingSystem.id).where(GradingSystem.code == "five_point"))
        answer = s.scalar(select(WorkType.id).where(WorkType.code == "answer"))
    course = courses.create_course(db, deputy, kind="lesson", subject_id=russian, teacher_id=teacher,
                                   school_class_id=class_id, grading_system_id=five)
    with db.session() as s, s.begin():
        ids = []
        for surname in ("Яковлева", "Андреев"):
            pupil = Pupil(surname=surname, name="Саша", patronymic="")
            s.add(pupil)
            s.flush()
            ids.append(pupil.id)
            s.add(Enrollment(pupil_id=pupil.id, school_class_id=class_id, arrived_on=D(2026, 9, 1),
                             arrival_event=EnrollmentEvent.arrival))
        lesson = Lesson(course_id=course, date=D(2026, 9, 2), number=1, homework="Прописи, с. 3")
        s.add(lesson)
        s.flush()
        s.add(Mark(lesson_id=lesson.id, pupil_id=ids[0], value="4", work_type_id=answer, weight=1.0))
    path = export(db, deputy, tmp_path / "1А.pdf", class_label="1А", week=D(2026, 9, 2))
    pages = pdf.page_texts(path.read_bytes())
    assert len(pages) == 2
    assert "Андреев Саша" in pages[0] and "4 (ответ на уроке)" not in pages[0]
    assert "Яковлева Саша" in pages[1] and "4 (ответ на уроке)" in pages[1]
    assert "Прописи, с. 3" in pages[0] and "/ Сидорова А. П. /" in pages[0]
    # A week before anyone arrived: said in words, no file.
    with pytest.raises(ServiceError, match="не было учеников"):
        export(db, deputy, tmp_path / "empty.pdf", class_label="1А", week=D(2026, 8, 26))
    assert not (tmp_path / "empty.pdf").exists()


def test_pages_carry_the_class_list_numbers_fixed_for_the_year(small_demo, week_7ya):
    """№ по журналу, as the grid and the class list show it, whatever the alphabet says: here the first
    pupil alphabetically holds the class's last number (as a newcomer would)."""
    with small_demo.session() as s, s.begin():
        cls = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 7, SchoolClass.letter == "Я"))
        stays = s.execute(select(Enrollment, Pupil).join(Pupil, Pupil.id == Enrollment.pupil_id)
                          .where(Enrollment.school_class_id == cls).order_by(Pupil.surname)).all()
        for n, (stay, _pupil) in enumerate(stays[1:], start=1):
            stay.list_number = n
        stays[0][0].list_number = len(stays)
        expected = [(n, f"{p.surname} {p.name}") for n, (_e, p) in
                    sorted(((e.list_number, (e, p)) for e, p in stays), key=lambda x: x[0])]
    kind = report_kinds.get("weekly-diary")
    report = kind.build(small_demo, login(small_demo, "zavuch"), ReportRequest(class_label="7Я", week=WEEK))
    shown = [(r[0], " ".join(r[1].split()[:2])) for r in report.tables()[0].rows]
    assert shown == expected
