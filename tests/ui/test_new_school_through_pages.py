"""Issue 15's «Done when», through the pages only: a school made by an empty `init` is set up by the
administrator and the deputy on «Учётные записи», «Учебный год» (periods, holidays, a short day, bells),
«Оценивание», «Сотрудники», «Подготовка учебного года» (subjects, classes, curriculum, staff accounts),
«Классы» (the pupils' list imported) and «Расписание» (slots, then the lessons), until the teacher types a
mark into the grid on the short day, whose lessons keep the short day's bells."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox
from setup_testing import type_mark

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.files import create_school
from ejournal_desktop.storage.models import Lesson
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.translations import role_label

pytestmark = pytest.mark.gui

PASSWORD = "Adm1n-pass-2026"
SHORT_DAY = dt.date(2027, 2, 22)  # the Monday before 23 February: lessons of 30 minutes
PREPARING = dt.datetime(2026, 8, 25, 10).astimezone()  # the school is set up at the end of August


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible(), button.objectName() or button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def window_of(qtbot, db, actor, tmp_path, name, now=PREPARING):
    window = MainWindow(db, actor, settings=QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat),
                        now=lambda: now)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in_first_time(db, login, temporary, new_password):
    """What the login dialog does on a first sign-in with a temporary password."""
    first = accounts.authenticate(db, login, temporary)
    accounts.change_password(db, first, temporary, new_password)
    return accounts.authenticate(db, login, new_password)


def test_a_new_school_is_set_up_on_the_pages_until_a_teacher_types_a_mark(qtbot, tmp_path):
    db = create_school(tmp_path / "school.db", school_name="МБОУ «СОШ № 1 с. Заречное»", short_name="СОШ № 1",
                       admin_login="admin", admin_password=PASSWORD)
    try:
        _set_up_and_type(qtbot, tmp_path, db)
    finally:
        db.close()


def _set_up_and_type(qtbot, tmp_path, db):
    # --- the administrator: the deputy's account (Администрирование → Учётные записи) ---------------------
    admin = accounts.authenticate(db, "admin", PASSWORD)
    admin_window = window_of(qtbot, db, admin, tmp_path, "admin")
    accounts_page = admin_window.show_section("admin").accounts
    click(qtbot, accounts_page.ui.create)
    dialog = accounts_page.account_dialog
    dialog.ui.login.setText("zavuch")
    next(box for box in dialog.findChildren(QCheckBox) if box.text() == role_label(Role.deputy)).setChecked(True)
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible(), dialog.ui.error.text()
    shown = accounts_page.password_box.text()  # what the administrator passes on to the deputy
    assert shown.startswith("Логин: zavuch\nВременный пароль: ")
    accounts_page.password_box.accept()
    deputy = sign_in_first_time(db, "zavuch", shown.split("\n")[1].removeprefix("Временный пароль: "),
                                "Zavuch-pass-2026")

    # --- the deputy: the year, its periods, holidays, a short day and the bells (Учебный год) ------------
    window = window_of(qtbot, db, deputy, tmp_path, "deputy")
    checklist = window.show_section("setup").checklist  # where the deputy starts: the year line opens its page
    checklist.ui.checklist.itemActivated.emit(checklist.ui.checklist.item(checklist.line_keys().index("year")))
    assert window.current_section() == "school_year"
    year = window.pages["school_year"]
    ui = year.ui
    ui.yearStart.setDate(QDate(2026, 9, 1))
    ui.yearEnd.setDate(QDate(2027, 8, 31))
    click(qtbot, ui.createYear)
    ui.periodGradeFrom.setValue(1)
    ui.periodGradeTo.setValue(11)
    ui.periodKind.setCurrentIndex(ui.periodKind.findData("quarter"))
    click(qtbot, ui.setPeriods)
    assert year.periods.rowCount() == 4, ui.message.text()
    ui.tabs.setCurrentWidget(ui.holidaysTab)
    click(qtbot, ui.addDefaultHolidays)
    assert year.holidays.rowCount() > 0
    ui.tabs.setCurrentWidget(ui.bellsTab)
    while year.bells.rowCount():
        click(qtbot, ui.removeLesson)
    for _ in range(2):
        click(qtbot, ui.addLesson)
    bells = year.bells
    for row, (starts, ends) in enumerate((("08:00", "08:45"), ("08:55", "09:40"))):
        assert bells.setData(bells.index(row, bells.STARTS), starts)
        assert bells.setData(bells.index(row, bells.ENDS), ends)
    click(qtbot, ui.saveBells)
    assert "сохранены" in ui.message.text()
    ui.tabs.setCurrentWidget(ui.daysTab)
    ui.shortDate.setDate(qdate(SHORT_DAY))
    ui.shortMinutes.setValue(30)
    ui.shortReason.setText("Предпраздничный день")
    click(qtbot, ui.addShort)
    assert year.short.index(0, 3).data() == "08:00–08:30, 08:40–09:10"  # the same breaks

    # --- grading: a work type of the school's own (Оценивание) ---------------------------------------------
    grading = window.show_section("grading")
    grading.ui.tabs.setCurrentWidget(grading.ui.workTypesTab)
    grading.ui.wtName.setText("Математический диктант")
    grading.ui.wtWeight.setValue(1.5)
    grading.ui.wtColor.setText("#00897B")
    click(qtbot, grading.ui.addWorkType)
    assert "добавлен" in grading.ui.message.text()

    # --- the staff: the teacher's card (Сотрудники) --------------------------------------------------------
    staff_page = window.show_section("staff")
    staff_page.ui.tabs.setCurrentWidget(staff_page.ui.staffTab)
    card = staff_page.add_staff()
    card.ui.surname.setText("Соколова")
    card.ui.name.setText("Анна")
    card.ui.patronymic.setText("Петровна")
    click(qtbot, card.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not card.isVisible(), card.ui.error.text()
    assert "записана" in staff_page.ui.message.text()

    # --- subjects, the class, its curriculum (Подготовка учебного года) ------------------------------------
    area = window.show_section("setup")
    area.ui.tabs.setCurrentWidget(area.ui.subjectsTab)
    subjects = area.subjects
    row = [r.name for r in subjects.model.items].index("Математика")
    subjects.ui.table.selectRow(row)
    subjects.ui.shortName.setText("Матем.")
    click(qtbot, subjects.ui.saveButton)
    assert subjects.model.items[row].short_name == "Матем.", subjects.ui.error.text()

    area.ui.tabs.setCurrentWidget(area.ui.classesTab)
    classes = area.classes
    classes.ui.grade.setValue(5)
    classes.ui.letter.setText("А")
    classes.ui.shift.setValue(1)
    teacher_index = classes.ui.teacher.findText("Соколова Анна Петровна", Qt.MatchFlag.MatchStartsWith)
    assert teacher_index > 0, "the teacher added on «Сотрудники» is offered as the class teacher"
    classes.ui.teacher.setCurrentIndex(teacher_index)
    click(qtbot, classes.ui.addButton)
    assert [(r.label, r.class_teacher) for r in classes.model.items] == [("5А", classes.ui.teacher.itemText(
        teacher_index))], classes.ui.error.text()

    area.ui.tabs.setCurrentWidget(area.ui.curriculumTab)
    plan = area.curriculum
    plan.ui.schoolClass.setCurrentIndex(plan.ui.schoolClass.findText("5А"))
    plan.ui.subject.setCurrentIndex(plan.ui.subject.findText("Математика"))
    plan.ui.hours.setValue(5)
    plan.ui.teacher.setCurrentIndex(plan.ui.teacher.findText("Соколова", Qt.MatchFlag.MatchStartsWith))
    click(qtbot, plan.ui.addButton)
    assert [(ln.subject, ln.hours) for ln in plan.model.items] == [("Математика", 5)], plan.ui.error.text()

    # --- the pupils: the class list from the secretary's spreadsheet (Классы) ------------------------------
    pupils_page = window.show_section("classes")
    book = Workbook()
    for r in (["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс"],
              ["Белова", "Ксения", "Андреевна", "31.01.2015", "ж", "5А"],
              ["Громов", "Артём", "Сергеевич", "05.06.2015", "м", "5А"]):
        book.active.append(r)
    book.save(tmp_path / "5А.xlsx")
    importing = pupils_page.import_file(tmp_path / "5А.xlsx")
    assert importing is not None, pupils_page.ui.message.text()
    importing.ui.arrivedOn.setDate(QDate(2026, 9, 1))
    importing.ui.orderNumber.setText("101-у")
    click(qtbot, importing.importButton)
    qtbot.waitUntil(lambda: importing.result is not None, timeout=30_000)
    assert "Импортировано учеников: 2" in pupils_page.ui.message.text()

    # --- the timetable: mathematics first lesson Monday to Friday, then the year's lessons (Расписание) -----
    timetable_page = window.show_section("timetable")
    timetable_page.ui.target.setCurrentIndex(timetable_page.ui.target.findText("5А"))
    for weekday in range(5):
        slot = timetable_page.edit_slot(weekday, 1, exec_dialog=False)
        assert slot is not None, timetable_page.ui.status.text()
        slot.choose(slot.ui.course.itemData(1))
        slot.ui.validFrom.setDate(QDate(2026, 9, 1))
        slot.ui.regenerate.setChecked(False)
        click(qtbot, slot.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: not slot.isVisible())
    generating = timetable_page.generate(exec_dialog=False)
    generating.ui.scope.setCurrentIndex(generating.ui.scope.findData(None))
    generating.ui.start.setDate(QDate(2026, 9, 1))
    click(qtbot, generating.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: timetable_page.last_report is not None, timeout=60_000)
    assert timetable_page.report_box.text().startswith("Уроки с 01.09.2026 по 31.08.2027")
    timetable_page.report_box.close()

    # --- the staff accounts and their slips (the administrator, on the checklist) --------------------------
    checklist = admin_window.show_section("setup").checklist
    checklist.issue_staff_accounts(str(tmp_path / "staff.pdf"))
    assert "Учётных записей создано: 1" in checklist.ui.error.text()
    login, temporary = next((a.login, a.password) for a in checklist.issued.accounts
                            if a.person == "Соколова Анна Петровна")
    unticked = [checklist.ui.checklist.item(i).text() for i in range(checklist.ui.checklist.count())
                if checklist.ui.checklist.item(i).text().startswith("✗")]
    assert checklist.result.ready and unticked == [], unticked

    # --- the teacher types a 5 on the short day -------------------------------------------------------------
    teacher = sign_in_first_time(db, login, temporary, "Anna-Sokolova-2026")
    now = dt.datetime.combine(SHORT_DAY, dt.time(14)).astimezone()
    page = window_of(qtbot, db, teacher, tmp_path, "teacher", now).show_section("journal")
    course, period, column = type_mark(qtbot, page, db, "5А Математика", SHORT_DAY, "5")
    with db.session() as s:
        lesson = s.get(Lesson, column.lesson_id)
        assert (lesson.date, lesson.number) == (SHORT_DAY, 1)
    tip = page.model.headerData(page.model.column_of(column.lesson_id), Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Урок 22.02.2027, 1-й по расписанию, 08:00–08:30 (сокращённый день)")
    friday = next(c for c in page.grid.columns if c.date == SHORT_DAY - dt.timedelta(days=3))
    assert page.model.headerData(page.model.column_of(friday.lesson_id), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole) == "Урок 19.02.2027, 1-й по расписанию, 08:00–08:45"

    def stored():
        grid = journal.load_grid(db, teacher, course.id, period.id, now=now)
        return [tuple(m.value for m in r.marks.get(column.lesson_id, ())) for r in grid.rows]
    qtbot.waitUntil(lambda: stored() == [("5",), ()])
