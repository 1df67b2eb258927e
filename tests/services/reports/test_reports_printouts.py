"""Printed journal pages, the class book and the summary sheet, on the small demo school
(today 2026-11-27: the 1st quarter has its period marks)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import printing_pdf as pdf
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.storage.models import (  # noqa: E402
    Account,
    Course,
    Period,
    PeriodMark,
    Pupil,
    SchoolClass,
    Subject,
)

# Each test runs on the encrypted file and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_backends

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)
OCTOBER, NOVEMBER = (2026, 10), (2026, 11)


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def course_of(db, label: str, subject: str) -> int:
    return printouts.course_id_by_subject(db, printouts.class_id_by_label(db, label), subject)[0]


def teacher_login(db, course_id: int) -> str:
    with db.session() as s:
        teacher = s.scalar(select(Course.teacher_id).where(Course.id == course_id))
        return s.scalar(select(Account.login).where(Account.staff_id == teacher))


def class_teacher_login(db, label: str) -> str:
    class_id = printouts.class_id_by_label(db, label)
    with db.session() as s:
        teacher = s.scalar(select(SchoolClass.class_teacher_id).where(SchoolClass.id == class_id))
        return s.scalar(select(Account.login).where(Account.staff_id == teacher))


def first_quarter(db, course_id: int) -> journal.PeriodInfo:
    return journal.periods_for(db, course_id)[0]


# --- journal pages ---------------------------------------------------------------------------------------

def test_left_page_shows_a_known_pupils_marks_under_the_october_dates(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    math = course_of(db, "5А", "Математика")
    grid = journal.load_grid(db, zavuch, math, first_quarter(db, math).id, now=NOW)
    october = [c for c in grid.columns if (c.date.year, c.date.month) == OCTOBER]
    pupil = next(r for r in grid.rows if sum(1 for c in october if c.lesson_id in r.marks) >= 3)
    expected = []
    for column in october:
        marks = "/".join(m.value for m in pupil.marks.get(column.lesson_id, ()))
        cell = " ".join(p for p in (pupil.attendance.get(column.lesson_id, ""), marks) if p)
        if cell:
            expected.append(cell)
    expected.append(pupil.period_mark)  # the «1 четв.» column after the last lesson of the quarter

    path = printouts.export_journal_pages(db, zavuch, math, [OCTOBER, NOVEMBER], tmp_path / "math.pdf", now=NOW)
    texts = pdf.texts(path.read_bytes())
    left = texts[0]
    assert "Математика" in left and "Класс 5А" in left and "Октябрь 2026" in left and "2026/2027" in left
    # The row reads: number, name, then the cells left to right.
    assert f"{pupil.number} {pupil.full_name} {' '.join(expected)}" in left
    # The day numbers of the lessons head the columns, in order.
    assert " ".join(str(c.date.day) for c in october) in left
    assert "1 четв." in left
    # The right page: date, topic, homework, teacher.
    right = texts[1]
    first = october[0]
    assert f"{first.date:%d.%m} {first.topic}" in right
    assert grid.course.teacher in right
    for number, text in enumerate(texts, start=1):
        assert f"лист {number} из {len(texts)}" in text


def test_pupils_who_left_or_arrived_show_only_for_their_dates(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    russian = course_of(db, "2А", "Русский язык")
    _, months = printouts.journal_months(db, zavuch, russian, [OCTOBER, NOVEMBER], now=NOW)
    october, november = months
    left = next(p for p in october.pupils if p.note.startswith("выб."))
    assert left.note == "выб. 22.10"
    departure = dt.date(2026, 10, 22)
    for lesson, cell in zip(october.lessons, left.cells, strict=True):
        assert (cell is None) == (lesson.date >= departure)
    assert left.pupil_id not in {p.pupil_id for p in november.pupils}
    arrived = next(p for p in november.pupils if p.note.startswith("приб."))
    assert arrived.note == "приб. 18.11"
    for lesson, cell in zip(november.lessons, arrived.cells, strict=True):
        assert (cell is None) == (lesson.date < dt.date(2026, 11, 18))
    assert arrived.pupil_id not in {p.pupil_id for p in october.pupils}
    # № по журналу, fixed for the year: the list runs in its order, the newcomer last, the number of the
    # pupil who left in October not given to anyone.
    numbers = [p.number for p in november.pupils]
    assert numbers == sorted(numbers) and november.pupils[-1].pupil_id == arrived.pupil_id
    assert left.number not in numbers and max(numbers) == len(november.pupils) + 1

    data = printouts.export_journal_pages(db, zavuch, russian, [OCTOBER], tmp_path / "r.pdf", now=NOW).read_bytes()
    assert "выб. 22.10" in pdf.texts(data)[0]


def test_only_the_bundled_fonts_are_embedded(small_demo, tmp_path):
    db = small_demo
    path = printouts.export_journal_pages(db, login(db, "zavuch"), course_of(db, "5А", "Математика"),
                                          [NOVEMBER], tmp_path / "m.pdf", now=NOW)
    fonts = pdf.fonts(path.read_bytes())
    assert fonts and all(f["embedded"] and ("+PTSans-" in f["name"] or "+PTMono-" in f["name"]) for f in fonts)
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = lines.splitlines()[2:]
        assert rows
        for row in rows:
            assert row.split()[0].split("+")[-1].startswith("PT"), row
            assert " yes yes yes " in row, row  # embedded, subset, ToUnicode


# --- the class book --------------------------------------------------------------------------------------

def test_class_book_has_title_contents_subjects_summary_and_certification(small_demo, tmp_path):
    db = small_demo
    class_id = printouts.class_id_by_label(db, "5А")
    calls = []
    path = printouts.export_class_book(db, login(db, class_teacher_login(db, "5А")), class_id,
                                       tmp_path / "book.pdf", now=NOW, progress=lambda d, t: calls.append((d, t)))
    texts = pdf.texts(path.read_bytes())
    total = len(texts)
    assert "КЛАССНЫЙ ЖУРНАЛ" in texts[0] and "5 «А» класса" in texts[0] and "2026/2027 учебный год" in texts[0]
    assert "Содержание" in texts[1] and "Математика" in texts[1] and "Сводная ведомость" in texts[1]
    assert "лист 1 из" in texts[0] and f"лист {total} из {total}" in texts[-1]
    last = texts[-1]
    assert "Директор" in last and "М.П." in last and "/Ёлкина С. П./" in last
    assert any("Сводная ведомость учёта успеваемости" in t for t in texts)
    # Months not begun on the day of printing are left out: nothing after November.
    assert not any("Декабрь 2026" in t for t in texts)
    # The contents give the real sheet of each subject.
    contents = texts[1]
    start = int(contents.split("Математика", 1)[1].split("листы ", 1)[1].split("–")[0])
    assert "Математика" in texts[start - 1] and "Сентябрь 2026" in texts[start - 1]
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(d <= t for d, t in calls)


@pytest.mark.parametrize("cancel_after", [0, 3, 20])
def test_a_cancelled_book_build_leaves_no_file(small_demo, tmp_path, cancel_after):
    db = small_demo
    class_id = printouts.class_id_by_label(db, "5А")
    calls = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "book.pdf"
    with pytest.raises(printouts.Cancelled):
        printouts.export_class_book(db, login(db, "zavuch"), class_id, target, now=NOW,
                                    progress=lambda d, t: calls.append(d),
                                    cancelled=lambda: len(calls) >= cancel_after)
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file either


def test_a_cancelled_rebuild_keeps_the_previous_book(small_demo, tmp_path):
    db = small_demo
    out = tmp_path / "out"
    out.mkdir()
    target = out / "book.pdf"
    target.write_bytes(b"%PDF- the old book")
    calls = []
    with pytest.raises(printouts.Cancelled):
        printouts.export_class_book(db, login(db, "zavuch"), printouts.class_id_by_label(db, "10А"), target,
                                    now=NOW, progress=lambda d, t: calls.append(d),
                                    cancelled=lambda: len(calls) > 25)
    assert target.read_bytes() == b"%PDF- the old book"
    assert [p.name for p in out.iterdir()] == ["book.pdf"]


# --- the summary sheet -------------------------------------------------------------------------------------

def _db_period_marks(db, pupil_id: int, period_id: int) -> dict[str, str]:
    with db.session() as s:
        rows = s.execute(select(Subject.name, PeriodMark.value).join(Course, Course.id == PeriodMark.course_id)
                         .join(Subject, Subject.id == Course.subject_id)
                         .where(PeriodMark.pupil_id == pupil_id, PeriodMark.period_id == period_id)).all()
    return dict(rows)


def test_summary_sheet_xlsx_holds_the_databases_marks(small_demo, tmp_path):
    db = small_demo
    director = login(db, "director")
    path = printouts.export_summary_sheet(db, director, tmp_path / "s.xlsx", fmt="xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["2А", "5А", "10А"]
    sheet = workbook["5А"]
    assert sheet.freeze_panes == "D5"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    header = [c.value for c in sheet[4]]
    assert header[:3] == ["№", "Фамилия, имя, отчество обучающегося", "Учебный период"]
    subjects = header[3:]
    assert "Математика" in subjects

    with db.session() as s:
        pupil = s.execute(select(Pupil).join(PeriodMark, PeriodMark.pupil_id == Pupil.id)
                          .join(Course, Course.id == PeriodMark.course_id)
                          .join(SchoolClass, SchoolClass.id == Course.school_class_id)
                          .where(SchoolClass.grade == 5).order_by(Pupil.surname).limit(1)).scalar_one()
        name = " ".join(p for p in (pupil.surname, pupil.name, pupil.patronymic) if p)
        quarter = s.scalar(select(Period.id).where(Period.kind == "quarter", Period.number == 1))
    expected = _db_period_marks(db, pupil.id, quarter)
    assert expected
    row = next(r for r in range(5, sheet.max_row + 1) if (sheet.cell(r, 2).value or "").startswith(name))
    assert sheet.cell(row, 3).value == "I четв."
    got = {subject: str(sheet.cell(row, 4 + i).value) for i, subject in enumerate(subjects)
           if sheet.cell(row, 4 + i).value is not None}
    assert got == expected
    assert sheet.cell(row + 4, 3).value == "Год"


def test_summary_sheet_pdf_for_one_class(small_demo, tmp_path):
    db = small_demo
    path = printouts.export_summary_sheet(db, login(db, "zavuch"), tmp_path / "s.pdf",
                                          class_id=printouts.class_id_by_label(db, "5А"))
    texts = pdf.texts(path.read_bytes())
    assert "Сводная ведомость учёта успеваемости обучающихся" in texts[0] and "5А класс" in texts[0]
    assert "Классный руководитель" in texts[-1]
    assert f"лист 1 из {len(texts)}" in texts[0]


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_converts_the_workbook_to_pdf(small_demo, tmp_path):
    db = small_demo
    path = printouts.export_summary_sheet(db, login(db, "zavuch"), tmp_path / "s.xlsx", fmt="xlsx")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    result = subprocess.run(
        [office, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(path)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    converted = tmp_path / "out" / "s.pdf"
    assert converted.exists() and converted.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf.texts(converted.read_bytes()))
    assert "Сводная ведомость" in text


# --- rights ------------------------------------------------------------------------------------------------

def test_rights_teacher_own_course_class_teacher_own_class_parent_none(small_demo, tmp_path):
    db = small_demo
    math5 = course_of(db, "5А", "Математика")
    teacher = login(db, teacher_login(db, math5))
    assert printouts.journal_months(db, teacher, math5, [NOVEMBER], now=NOW)[1]
    other = next(c for c in (course_of(db, "5А", s) for s in ("Русский язык", "История", "Музыка"))
                 if teacher_login(db, c) != teacher.login)
    with pytest.raises(Denied):
        printouts.journal_months(db, teacher, other, [NOVEMBER], now=NOW)

    class_teacher = login(db, class_teacher_login(db, "5А"))
    assert printouts.class_book(db, class_teacher, printouts.class_id_by_label(db, "5А"), now=NOW).courses
    with pytest.raises(Denied):
        printouts.class_book(db, class_teacher, printouts.class_id_by_label(db, "10А"), now=NOW)
    with pytest.raises(Denied):
        printouts.summary_sheet(db, class_teacher)  # the whole school
    assert printouts.summary_sheet(db, class_teacher, printouts.class_id_by_label(db, "5А")).classes

    for name in ("director", "zavuch"):
        boss = login(db, name)
        assert len(printouts.summary_sheet(db, boss).classes) == 3
        assert printouts.class_book(db, boss, printouts.class_id_by_label(db, "10А"), now=NOW).courses

    parent = login(db, "parent-5a-01")
    with pytest.raises(Denied):
        printouts.journal_months(db, parent, math5, [NOVEMBER], now=NOW)
    with pytest.raises(Denied):
        printouts.class_book(db, parent, printouts.class_id_by_label(db, "5А"), now=NOW)
    with pytest.raises(Denied):
        printouts.summary_sheet(db, parent, printouts.class_id_by_label(db, "5А"))
    with pytest.raises(Denied):
        printouts.export_class_book(db, parent, printouts.class_id_by_label(db, "5А"), tmp_path / "b.pdf", now=NOW)
    assert not (tmp_path / "b.pdf").exists()
