"""«Подготовка учебного года» driven as the administrator and the deputy would (issue 15): the first start
creates the school's journal; the checklist names what is missing and opens the page that fixes it;
subjects, classes and the curriculum are edited on their pages; the set-up workbook is previewed, then
loaded."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from setup_testing import type_mark

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.files import create_school
from ejournal_desktop.services.school import classes as school_classes
from ejournal_desktop.services.school import setup_workbook
from ejournal_desktop.ui.first_run_dialog import FirstRunDialog
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.setup_pages import SetupArea

PASSWORD = "Secret-pass-2026"


@pytest.fixture
def new_school(tmp_path):
    db = create_school(tmp_path / "new.db", school_name="МБОУ СОШ № 3", short_name="СОШ № 3",
                       admin_login="admin", admin_password=PASSWORD)
    yield db, accounts.authenticate(db, "admin", PASSWORD)
    db.close()


def test_the_first_start_creates_the_schools_journal(qtbot, tmp_path):
    path = tmp_path / "school" / "journal.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.ui.createButton.click()
    assert dialog.ui.error.text() == "Укажите полное наименование школы."
    dialog.ui.school.setText("МБОУ «Средняя школа № 3»")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.keyClicks(dialog.ui.repeat, PASSWORD + "x")
    dialog.ui.createButton.click()
    assert dialog.ui.error.text() == "Пароль и повтор не совпадают."
    dialog.ui.repeat.setText(PASSWORD)
    dialog.ui.createButton.click()
    assert dialog.choice == "school" and dialog.login == "admin" and path.exists()


def _year() -> int:
    today = dt.date.today()
    return today.year if today.month >= 9 else today.year - 1


def _small_workbook(book, birth="31.01.2015"):
    setup_workbook.write_template(book)
    wb = load_workbook(book)
    year = _year()
    wb["Год и периоды"].append([f"{year}/{year + 1}", "полугодие", 1, dt.date(year, 9, 1), dt.date(year, 12, 28)])
    wb["Год и периоды"].append([f"{year}/{year + 1}", "полугодие", 2, dt.date(year + 1, 1, 9),
                                dt.date(year + 1, 8, 31)])
    wb["Сотрудники"].append(["Соколова", "Анна", "Петровна"])
    wb["Классы"].append(["5А", 1, "Соколова Анна Петровна"])
    wb["Учебный план"].append(["5А", "Математика", 5, "Соколова Анна Петровна"])
    for day in ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб"):
        wb["Расписание"].append(["5А", day, 1, "Математика"])
    wb["Ученики и родители"].append(["5А", "Белова", "Ксения", "", birth])
    wb.save(book)


def test_the_checklist_links_its_lines_and_the_pages_fix_them(qtbot, new_school, tmp_path):
    db, admin = new_school
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    area = window.show_section("setup")
    assert isinstance(area, SetupArea)
    checklist = area.checklist
    lines = [checklist.ui.checklist.item(i).text() for i in range(checklist.ui.checklist.count())]
    assert any(line.startswith("✗  Классы созданы") for line in lines)
    row = checklist.line_keys().index("classes")
    item = checklist.ui.checklist.item(row)
    qtbot.mouseClick(checklist.ui.checklist.viewport(), Qt.MouseButton.LeftButton,
                     pos=checklist.ui.checklist.visualItemRect(item).center())
    assert area.ui.tabs.currentWidget() is area.ui.classesTab
    # a class needs a year first: the page says so in Russian
    area.classes.ui.letter.setText("А")
    area.classes.ui.grade.setValue(5)
    area.classes.ui.addButton.click()
    assert "Учебный год не создан" in area.classes.ui.error.text()
    # a subject of the school's own
    area.ui.tabs.setCurrentWidget(area.ui.subjectsTab)
    area.subjects.ui.name.setText("Шахматы")
    area.subjects.ui.addButton.click()
    assert "Шахматы" in [r.name for r in area.subjects.model.items]
    area.subjects.ui.removeButton.click()
    assert "Шахматы" not in [r.name for r in area.subjects.model.items]
    # a workbook loaded from the checklist: the window's status names the new year
    book = tmp_path / "book.xlsx"
    _small_workbook(book)
    checklist.preview(str(book))
    checklist.ui.importButton.click()
    assert checklist.result.ready
    assert f"учебный год {_year()}/{_year() + 1}" in window.statusBar().currentMessage()
    # the staff get their accounts and slips from the checklist; the line is ticked
    assert not checklist.ui.staffAccountsButton.isHidden()
    checklist.issue_staff_accounts(str(tmp_path / "staff.pdf"))
    assert "Учётных записей создано: 1" in checklist.ui.error.text() and (tmp_path / "staff.pdf").exists()
    assert checklist.ui.checklist.item(checklist.line_keys().index("staff_accounts")).text().startswith("✓")
    # the staff line opens another section, when the role has it; the administrator's accounts do
    row = checklist.line_keys().index("staff_accounts")
    checklist.openPage.emit(checklist.ui.checklist.item(row).data(Qt.ItemDataRole.UserRole))
    assert window.current_section() == "admin"


def test_the_workbook_is_previewed_then_loaded_and_the_checklist_ticks(qtbot, new_school, tmp_path):
    db, admin = new_school
    area = SetupArea(db, admin)
    qtbot.addWidget(area)
    book = tmp_path / "book.xlsx"
    _small_workbook(book, birth="32.01.2015")
    area.checklist.preview(str(book))
    assert "лист «Ученики и родители», строка 2, столбец «Дата рождения»: «32.01.2015» — не дата" in \
        area.checklist.ui.preview.toPlainText()
    assert not area.checklist.ui.importButton.isEnabled()
    _small_workbook(book)
    area.checklist.preview(str(book))
    assert "Ошибок нет" in area.checklist.ui.preview.toPlainText()
    assert school_classes.class_list(db, admin) == []  # a preview writes nothing
    area.checklist.ui.importButton.click()
    assert "Книга загружена" in area.checklist.ui.preview.toPlainText()
    assert area.checklist.result.ready
    assert area.checklist.ui.checklist.item(area.checklist.line_keys().index("classes")).text().startswith("✓")


def test_the_deputy_splits_a_subject_into_groups_on_the_curriculum_page(qtbot, small_demo):
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    area = SetupArea(small_demo, deputy)
    qtbot.addWidget(area)
    area.ui.tabs.setCurrentWidget(area.ui.classesTab)
    area.classes.ui.grade.setValue(6)
    area.classes.ui.letter.setText("Б")
    area.classes.ui.addButton.click()
    assert "6Б" in [r.label for r in area.classes.model.items]
    page = area.curriculum
    page.ui.schoolClass.setCurrentIndex(page.ui.schoolClass.findText("6Б"))
    page.ui.subject.setCurrentIndex(page.ui.subject.findText("Английский язык"))
    page.ui.hours.setValue(3)
    page.ui.teacher.setCurrentIndex(1)
    page.ui.secondTeacher.setCurrentIndex(2)
    page.ui.addButton.click()
    assert page.ui.error.text() == ""
    assert [(ln.subject, ln.group) for ln in page.model.items] == [("Английский язык", "1 группа"),
                                                                  ("Английский язык", "2 группа")]
    page.ui.schoolClass.setCurrentIndex(page.ui.schoolClass.findText("5А"))
    page.ui.table.selectRow(0)
    page.ui.removeButton.click()
    assert "не убран из учебного плана: в журнале отметок" in page.ui.error.text()


def test_a_new_school_from_the_first_start_to_a_teacher_typing_a_mark(qtbot, tmp_path):
    """Only through the program's windows: create the journal, load the set-up workbook from the checklist
    (previewed first), issue the staff accounts, and the teacher signs in with the slip's password and types
    a 5 into the grid."""
    from PySide6.QtCore import QSettings
    from sqlalchemy import func, select

    from ejournal_desktop.services import journal
    from ejournal_desktop.storage.models import Lesson
    from ejournal_desktop.ui.journal_page import JournalPage

    path = tmp_path / "journal.db"
    first = FirstRunDialog(path)
    qtbot.addWidget(first)
    first.ui.school.setText("МБОУ СОШ № 3")
    first.ui.password.setText(PASSWORD)
    first.ui.repeat.setText(PASSWORD)
    first.ui.createButton.click()
    db, admin = accounts.sign_in(path, "admin", PASSWORD)
    try:
        window = MainWindow(db, admin, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        checklist = window.show_section("setup").checklist
        assert not checklist.result.ready
        book = tmp_path / "book.xlsx"
        _small_workbook(book)
        checklist.preview(str(book))
        checklist.ui.importButton.click()
        assert checklist.result.ready
        checklist.issue_staff_accounts(str(tmp_path / "staff.pdf"))
        from pypdf import PdfReader
        slip = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "staff.pdf").pages).replace(" ", "")
        login, password = next((a.login, a.password) for a in checklist.issued.accounts
                               if a.person == "Соколова Анна Петровна")
        assert login in slip and password in slip  # what the teacher reads off her slip
        teacher = accounts.authenticate(db, login, password)
        accounts.change_password(db, teacher, password, "Anna-Sokolova-2026")
        teacher = accounts.authenticate(db, login, "Anna-Sokolova-2026")
        with db.session() as s:
            day = s.scalar(select(func.min(Lesson.date)))  # today, or the first school day after it
        page = JournalPage(db, teacher, now=lambda: dt.datetime.combine(day, dt.time(14)).astimezone(),
                           settings=QSettings(str(tmp_path / "j.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(page)
        course, period, column = type_mark(qtbot, page, db, "5А Математика", day, "5")
        pupil = page.grid.rows[0].pupil_id

        def stored():
            grid = journal.load_grid(db, teacher, course.id, period.id,
                                     now=dt.datetime.combine(day, dt.time(14)).astimezone())
            row = next(r for r in grid.rows if r.pupil_id == pupil)
            return tuple(m.value for m in row.marks.get(column.lesson_id, ()))
        qtbot.waitUntil(lambda: stored() == ("5",))
    finally:
        db.close()


def test_starting_without_a_journal_offers_to_create_one_and_opens_on_it(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ejournal_desktop.ui.app import first_run
    path = tmp_path / "data" / "journal.db"

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible())
        dialog.ui.school.setText("МБОУ СОШ № 3")
        dialog.ui.password.setText(PASSWORD)
        dialog.ui.repeat.setText(PASSWORD)
        dialog.ui.createButton.click()

    QTimer.singleShot(0, fill)
    assert first_run(QApplication.instance(), path) == (path, False, "admin")
    db, admin = accounts.sign_in(path, "admin", PASSWORD)
    db.close()


def test_the_deputys_year_and_staff_lines_open_their_sections(qtbot, small_demo):
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    window = MainWindow(small_demo, deputy)
    qtbot.addWidget(window)
    checklist = window.show_section("setup").checklist
    for key, section in (("periods", "school_year"), ("staff", "staff"), ("lessons", "timetable")):
        item = checklist.ui.checklist.item(checklist.line_keys().index(key))
        checklist.ui.checklist.itemActivated.emit(item)
        assert window.current_section() == section
        window.show_section("setup")
