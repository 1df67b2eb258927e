"""`ejournal timetable …` from a script's point of view (the command line runs on the real clock)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journal_testing import ejournal
from openpyxl import load_workbook
from sqlalchemy import func, select


def run(path, *args, user: str = "zavuch"):
    return ejournal("--db", str(path), "--user", user, "timetable", *args, password="demo")


def open_db(path):
    from ejournal_desktop.storage import database
    return database.open_file(path)


def test_show_prints_a_class_s_week_with_bells_and_json_holds_every_entry(small_demo_path):
    done = run(small_demo_path, "show", "--class", "5а")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("5А класс — 2026/2027 учебный год")
    assert "Понедельник" in lines and "Пятница" in lines
    assert any(line.strip().startswith("1  8:30–9:10") for line in lines)
    as_json = run(small_demo_path, "show", "--class", "5А", "--json")
    data = json.loads(as_json.stdout)
    from ejournal_desktop.storage.models import Course, SchoolClass, TimetableEntry
    db = open_db(small_demo_path)
    try:
        with db.session() as s:
            expected = s.scalar(select(func.count()).select_from(TimetableEntry)
                                .join(Course, Course.id == TimetableEntry.course_id)
                                .join(SchoolClass, SchoolClass.id == Course.school_class_id)
                                .where(SchoolClass.grade == 5))
    finally:
        db.close()
    assert sum(len(c["courses"]) for c in data["cells"]) == expected
    assert data["conflicts"] == []


def test_unknown_class_or_teacher_exit_1_with_the_reason(small_demo_path):
    done = run(small_demo_path, "show", "--class", "9Я")
    assert done.returncode == 1 and "Класса «9Я» в этом учебном году нет" in done.stderr
    done = run(small_demo_path, "show", "--teacher", "Несуществующая")
    assert done.returncode == 1 and "Сотрудника «Несуществующая» нет" in done.stderr
    assert run(small_demo_path, "show").returncode == 2   # one of --class, --teacher, --room


def test_conflicts_exit_1_while_the_timetable_has_any(small_demo_path):
    done = run(small_demo_path, "conflicts")
    assert (done.returncode, done.stdout.strip()) == (0, "Конфликтов в расписании нет.")
    from ejournal_desktop.services import timetable
    from ejournal_desktop.services.access import accounts
    db = open_db(small_demo_path)
    try:
        deputy = accounts.authenticate(db, "zavuch", "demo")
        five_a = timetable.class_id_by_label(db, "5А")
        math = next(c for c in timetable.class_courses(db, deputy, five_a) if c.subject == "Математика")
        timetable.set_slot(db, deputy, five_a, 4, 8, [(math.id, "202")], dt.date(2026, 9, 1))
    finally:
        db.close()
    done = run(small_demo_path, "conflicts", "--date", "2026-12-01")
    assert done.returncode == 1
    assert "«5А, Математика»: в расписании 6 уроков в неделю, по нагрузке 5 ч — на 1 больше" in done.stdout
    assert "конфликтов в расписании: 1" in done.stderr


def test_generate_creates_the_lessons_of_a_new_slot_and_a_teacher_may_not(small_demo_path):
    start = dt.date.today() + dt.timedelta(days=1)
    if start > dt.date(2027, 5, 1):
        pytest.skip("the demo's school year is over by the real clock")
    from ejournal_desktop.services import timetable
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.storage.models import Lesson
    db = open_db(small_demo_path)
    try:
        deputy = accounts.authenticate(db, "zavuch", "demo")
        five_a = timetable.class_id_by_label(db, "5А")
        math = next(c for c in timetable.class_courses(db, deputy, five_a) if c.subject == "Математика")
        timetable.set_slot(db, deputy, five_a, 4, 8, [(math.id, "202")], start)
    finally:
        db.close()
    refused = run(small_demo_path, "generate", "--from", start.isoformat(), user="teacher01")
    assert refused.returncode == 1 and "Нет права: составление расписания" in refused.stderr
    done = run(small_demo_path, "generate", "--from", start.isoformat(), "--class", "5А", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    db = open_db(small_demo_path)
    try:
        with db.session() as s:
            eighth = s.scalar(select(func.count()).select_from(Lesson).where(
                Lesson.course_id == math.id, Lesson.number == 8, Lesson.date >= start))
    finally:
        db.close()
    assert report["created"] == eighth > 0 and report["deleted"] == 0 and report["kept"] == []
    again = run(small_demo_path, "generate", "--from", start.isoformat())
    assert again.returncode == 0 and "Уроки уже совпадают с расписанием" in again.stdout
    assert run(small_demo_path, "generate").returncode == 2                 # --from is required
    bad = run(small_demo_path, "generate", "--from", "2026-13-01")
    assert bad.returncode == 2 and "ГГГГ-ММ-ДД" in bad.stderr


def test_export_writes_pdf_and_xlsx_and_refuses_other_files(small_demo_path, tmp_path):
    pdf = tmp_path / "teacher.pdf"
    done = run(small_demo_path, "export", "--out", str(pdf), "--teacher", "Богданова")
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "school.xlsx"
    assert run(small_demo_path, "export", "--out", str(xlsx)).returncode == 0
    assert load_workbook(xlsx).sheetnames == ["Все классы", "2А", "5А", "10А"]
    wrong = run(small_demo_path, "export", "--out", str(tmp_path / "x.docx"))
    assert wrong.returncode == 1 and "в .pdf или .xlsx" in wrong.stderr
    assert not (tmp_path / "x.docx").exists()
    pupil = run(small_demo_path, "show", "--class", "5А", user="pupil-5a-01")
    assert pupil.returncode == 1 and "только сотрудникам" in pupil.stderr
