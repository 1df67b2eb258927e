"""Расписание, driven as the deputy would: choose a class, open a cell, pick a course and a room, save,
and see the conflict in the cell's colour and in the list under the grid; then read the database.

The small demo school's today is Friday 2026-11-27; the page's clock is pinned to 14:00 local that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from ejournal_desktop.services import journal, timetable
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import Lesson, TimetableEntry
from ejournal_desktop.ui.timetable_page import CONFLICT_COLOR, TimetablePage

pytestmark = [pytest.mark.gui]

TODAY = dt.date(2026, 11, 27)


def now() -> dt.datetime:
    return dt.datetime(2026, 11, 27, 14, 0).astimezone()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_page(qtbot, db, login: str, settings) -> TimetablePage:
    page = TimetablePage(db, accounts.authenticate(db, login, "demo"), now=now, settings=settings)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose_class(page: TimetablePage, label: str) -> None:
    page.ui.viewKind.setCurrentIndex(0)
    page.ui.target.setCurrentIndex(page.ui.target.findText(label))


def test_the_deputy_puts_a_busy_teacher_into_a_cell_and_sees_the_conflict(qtbot, small_demo, settings):
    db = small_demo
    page = open_page(qtbot, db, "zavuch", settings)
    choose_class(page, "10А")
    ten_a = page.week
    choose_class(page, "5А")
    assert page.week.title == "5А класс" and page.conflict_messages() == []
    assert page.ui.conflictsLabel.text() == "Конфликтов нет."
    # A 5А course whose teacher is in 10А at a slot where 5А has another lesson.
    dialog = page.edit_slot(0, 1, exec_dialog=False)
    slot, course = next(((wd, n), c) for (wd, n), cells in sorted(ten_a.cells.items()) for c in dialog.courses.values()
                        if c.subgroup_id is None and any(x.teacher_id == c.teacher_id for x in cells)
                        and (wd, n) in page.week.cells and course_not_there(page.week.cells[(wd, n)], c.id))
    dialog.reject()
    dialog = page.edit_slot(*slot, exec_dialog=False)
    assert dialog.ui.info.text().startswith("5А класс:")
    dialog.choose(course.id, "301")
    assert not dialog.ui.course2.isEnabled()          # a whole-class course: no second subgroup
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    index = page.model.index_of(*slot)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == CONFLICT_COLOR
    assert "каб. 301" in page.model.data(index)
    messages = page.conflict_messages()
    assert any(m.startswith(f"{['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'][slot[0]]}, "
                            f"{slot[1]}-й урок: учитель {course.teacher} ведёт сразу") for m in messages)
    assert any("на 1 больше" in m for m in messages) and any("на 1 меньше" in m for m in messages)
    assert page.ui.conflictsLabel.text() == f"Конфликты ({len(messages)}):"
    assert "Конфликтов:" in page.ui.status.text()
    with db.session() as s:
        entry = s.scalars(select(TimetableEntry).where(TimetableEntry.course_id == course.id,
                                                       TimetableEntry.weekday == slot[0],
                                                       TimetableEntry.lesson_number == slot[1])).one()
        assert (entry.room, entry.valid_from, entry.valid_to) == ("301", TODAY, None)
    # Double-clicking the conflict in the list makes its cell current.
    first = page.conflicts_model.index(0, 0)
    page.ui.conflicts.doubleClicked.emit(first)
    assert page.model.slot(page.ui.grid.currentIndex()) == page.week.conflicts[0].slot


def course_not_there(cells, course_id: int) -> bool:
    return all(c.course_id != course_id for c in cells)


def test_subgroups_side_by_side_and_a_refusal_shown_in_the_dialog(qtbot, small_demo, settings):
    db = small_demo
    page = open_page(qtbot, db, "zavuch", settings)
    choose_class(page, "5А")
    free = (4, 8)
    assert free not in page.week.cells
    dialog = page.edit_slot(*free, exec_dialog=False)
    groups = [c for c in dialog.courses.values() if c.subgroup_id is not None][:2]
    dialog.choose(groups[0].id, "204", groups[1].id, "205")
    assert dialog.ui.course2.isEnabled()
    dialog.ui.regenerate.setChecked(False)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(c.course_id for c in page.week.cells[free]) == sorted(g.id for g in groups)
    assert "Уроки в журнале не изменялись" in page.ui.status.text()
    # The same group chosen twice is refused in the dialog, which stays open with the reason.
    dialog = page.edit_slot(*free, exec_dialog=False)
    dialog.choose(groups[0].id, "204", groups[0].id, "205")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "выбран дважды" in dialog.ui.error.text()
    dialog.reject()


def test_a_teacher_sees_the_own_week_and_cannot_edit(qtbot, small_demo, settings):
    db = small_demo
    page = open_page(qtbot, db, "teacher01", settings)
    actor = accounts.authenticate(db, "teacher01", "demo")
    assert page.view() == "teacher" and page.ui.target.currentData() == actor.staff_id
    assert page.week.cells and all(c.teacher_id == actor.staff_id for cells in page.week.cells.values() for c in cells)
    for button in (page.ui.editSlot, page.ui.generate, page.ui.substitution):
        assert not button.isVisibleTo(page)
    assert page.edit_slot(0, 1, exec_dialog=False) is None


def test_creating_lessons_from_the_timetable_reports_the_outcome(qtbot, small_demo, settings):
    db = small_demo
    page = open_page(qtbot, db, "zavuch", settings)
    choose_class(page, "5А")
    free = (4, 8)
    dialog = page.edit_slot(*free, exec_dialog=False)
    math = next(c for c in dialog.courses.values() if c.subject == "Математика")
    dialog.choose(math.id, "202")
    dialog.ui.regenerate.setChecked(False)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Lesson).where(Lesson.course_id == math.id))

    gen = page.generate(exec_dialog=False)
    assert gen.ui.scope.currentText() == "5А класс"
    assert gen.values()[1] == TODAY
    click_ok(qtbot, gen)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30000)
    report = page.last_report
    with db.session() as s:
        after = s.scalar(select(func.count()).select_from(Lesson).where(Lesson.course_id == math.id))
        fridays = s.scalar(select(func.count()).select_from(Lesson).where(
            Lesson.course_id == math.id, Lesson.number == 8))
    assert report.created == after - before == fridays > 0
    assert page.report_box.text().startswith(f"Уроки с {TODAY:%d.%m.%Y}")
    assert f"создано {report.created}" in page.ui.status.text()
    page.report_box.close()


def test_the_deputy_records_a_substitution_for_a_lesson_of_the_day(qtbot, small_demo, settings):
    db = small_demo
    page = open_page(qtbot, db, "zavuch", settings)
    choose_class(page, "5А")
    dialog = page.substitution(exec_dialog=False)
    assert dialog.day() == TODAY and dialog.lessons
    lesson = dialog.lessons[0]
    substitute = next(s for s in journal.staff_for_substitution(db, accounts.authenticate(db, "zavuch", "demo"), TODAY)
                      if s.id != lesson.teacher_id)
    dialog.choose(lesson.lesson_id, substitute.id)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session() as s:
        assert s.get(Lesson, lesson.lesson_id).substitute_teacher_id == substitute.id
    assert page.ui.status.text().startswith("Замена записана: 27.11.2026")
    assert substitute.short_name in page.ui.status.text()
    # Reopened, the dialog shows the substitute of that lesson.
    again = page.substitution(exec_dialog=False)
    again.choose(lesson.lesson_id, substitute.id)
    assert "(замена: " in again.ui.lesson.currentText()
    again.reject()


def test_the_week_prints_to_pdf_and_the_school_to_excel(qtbot, small_demo, settings, tmp_path):
    db = small_demo
    page = open_page(qtbot, db, "secretary", settings)
    choose_class(page, "5А")
    pdf = page.print_pdf(str(tmp_path / "5a"))
    assert pdf.endswith("5a.pdf") and (tmp_path / "5a.pdf").read_bytes().startswith(b"%PDF")
    xlsx = page.export_xlsx(str(tmp_path / "school.xlsx"))
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Все классы", "2А", "5А", "10А"]
    sheet = book["5А"]
    assert [sheet.cell(4, c).value for c in range(1, 9)] == [
        "Урок", "Время", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", None]
    week = timetable.week(db, accounts.authenticate(db, "secretary", "demo"), "class", page.week.key, TODAY)
    monday_first = week.cells[(0, 1)][0]
    assert sheet.cell(5, 3).value.split("\n")[0] == monday_first.subject
    assert "Расписание сохранено" in page.ui.status.text()


def test_the_journal_names_the_substitute_in_the_lesson_s_header(qtbot, small_demo, settings):
    from ejournal_desktop.ui.grid_model import JournalGridModel
    db = small_demo
    deputy = accounts.authenticate(db, "zavuch", "demo")
    page = open_page(qtbot, db, "zavuch", settings)
    choose_class(page, "5А")
    dialog = page.substitution(exec_dialog=False)
    lesson = dialog.lessons[0]
    substitute = next(s for s in journal.staff_for_substitution(db, deputy, TODAY) if s.id != lesson.teacher_id)
    dialog.choose(lesson.lesson_id, substitute.id)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    period = next(p for p in journal.periods_for(db, lesson.course_id) if p.start <= TODAY <= p.end)
    model = JournalGridModel()
    model.set_grid(journal.load_grid(db, deputy, lesson.course_id, period.id, now=now()))
    tip = model.headerData(model.column_of(lesson.lesson_id), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert f"Замена: урок ведёт {substitute.short_name}" in tip
