"""Журнал, driven as a teacher would: click a cell, type 5, press Enter, and read the database back.

The small demo school's today is Friday 2026-11-27; the page's clock is pinned to 14:00 local that
day, and the services get the same `now` from the page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.people_names import account_names
from ejournal_desktop.storage.models import Attendance
from ejournal_desktop.ui.grid_model import JournalGridModel
from ejournal_desktop.ui.journal_corrections import CorrectionRequestDialog, CorrectionsDialog
from ejournal_desktop.ui.journal_page import JournalPage

# The refusal tooltip pops up at the cell; the offscreen platform cannot raise a window for it.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise")]

TODAY = dt.date(2026, 11, 27)


def now() -> dt.datetime:
    return dt.datetime(2026, 11, 27, 14, 0).astimezone()


def type_text(widget, text: str) -> None:
    """Type into the grid (or a widget) key by key; once a cell editor opens, the keys go to it,
    as the keyboard focus would send them.

    QTest.keyClick(s) with a non-ASCII character aborts this Qt build (an ASSERT in qasciikey.cpp),
    so Cyrillic letters (н, п, б) go as hand-made key events carrying the text; ASCII goes the
    same way so that every test types alike.
    """
    for ch in text:
        if hasattr(widget, "viewport"):
            editors = [e for e in widget.viewport().findChildren(QLineEdit) if e.isVisible()]
            widget = editors[0] if editors else widget
        key = Qt.Key(ord(ch)) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def editor_of(page: JournalPage) -> QLineEdit:
    editors = [e for e in page.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no cell editor is open"
    return editors[0]


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def open_page(qtbot, db, login: str, settings: QSettings, course_title: str | None = None) -> JournalPage:
    actor = accounts.authenticate(db, login, "demo")
    page = JournalPage(db, actor, now=now, settings=settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    if course_title is not None:
        course = next(c for c in page.courses if c.title == course_title)
        page.select_course(course.id)
        period = next(p for p in journal.periods_for(db, course.id) if p.start <= TODAY <= p.end)
        page.select_period(period.id)
    return page


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot, small_demo, settings):
    """teacher02 (Богданова В. А.) on her own page 5А Русский язык, 2nd quarter."""
    return open_page(qtbot, small_demo, "teacher02", settings, "5А Русский язык")


def reread(page: JournalPage, db) -> journal.GridData:
    return journal.load_grid(db, page._actor, page.grid.course.id, page.grid.period.id, now=now())


def cell(page: JournalPage, day: dt.date, *, empty: bool = True, with_marks: bool = False):
    """(index, row, column) of the first pupil on the day's lesson whose cell is empty (or has marks)."""
    model = page.model
    column = next(c for c in page.grid.columns if c.date == day)
    for r, row in enumerate(page.grid.rows):
        has = bool(row.marks.get(column.lesson_id))
        if not row.belongs_on(day):
            continue
        if with_marks and has or empty and not with_marks and not has and column.lesson_id not in row.attendance:
            return model.index(r, model.column_of(column.lesson_id)), row, column
    raise AssertionError(f"no such cell on {day}")


def click(qtbot, page: JournalPage, index) -> None:
    page.view.scrollTo(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    assert page.view.currentIndex() == index


def stored(db, page, row, column) -> tuple[tuple[str, ...], str | None]:
    fresh = next(r for r in reread(page, db).rows if r.pupil_id == row.pupil_id)
    return tuple(m.value for m in fresh.marks.get(column.lesson_id, ())), fresh.attendance.get(column.lesson_id)


# --- the model ------------------------------------------------------------------------------------------

def test_grid_model_passes_qt_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_grid_shows_pupils_in_order_lessons_by_date_and_the_period_columns(page):
    model, grid = page.model, page.grid
    assert [model.index(r, model.NAME).data() for r in range(model.rowCount())] == [r.full_name for r in grid.rows]
    assert model.index(0, model.NUMBER).data() == "1"
    first = model.FIRST_LESSON
    assert model.headerData(first, Qt.Orientation.Horizontal).startswith(f"{grid.columns[0].date:%d.%m}")
    assert model.headerData(model.column_of(model.AVERAGE), Qt.Orientation.Horizontal) == "Ср.\nбалл"
    assert model.column_of(model.YEAR) == -1  # the 2nd quarter is not the last period
    row = next(r for r in range(model.rowCount()) if grid.rows[r].average is not None)
    assert model.index(row, model.column_of(model.AVERAGE)).data() == f"{grid.rows[row].average:.2f}".replace(".", ",")
    marked = next((r, c) for r, row_ in enumerate(grid.rows) for c in grid.columns if row_.marks.get(c.lesson_id))
    r, c = marked
    assert model.index(r, model.column_of(c.lesson_id)).data() == " ".join(
        m.value for m in grid.rows[r].marks[c.lesson_id])


def test_two_lessons_on_a_day_show_their_numbers():
    from ejournal_desktop.services.journal import CourseInfo, GridColumn, GridData, PeriodInfo
    day = dt.date(2026, 11, 24)
    columns = tuple(GridColumn(i, day, n, "", "", "", None, True, False, True) for i, n in ((1, 3), (2, 8)))
    grid = GridData(CourseInfo(1, "5А", "Математика", "Мат", "", "lesson", 1, "", "", False, True, "own", True),
                    PeriodInfo(1, "quarter", 2, "2-я четверть", day, day, False), ("5",), (), columns, (), day, 0)
    model = JournalGridModel()
    model.set_grid(grid)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "24.11\n3 ур."
    assert model.headerData(3, Qt.Orientation.Horizontal) == "24.11\n8 ур."


# --- typing into the grid ------------------------------------------------------------------------------

def test_teacher_types_5_and_enter_the_mark_is_stored_and_the_cursor_moves_down(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "5")
    assert editor_of(page).text() == "5"
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("5",))
    assert page.view.currentIndex().row() == index.row() + 1
    assert page.model.index(index.row(), index.column()).data() == "5"
    assert page.ui.message.text() == ""


def test_typing_a_mark_repaints_the_cell_not_the_whole_grid(qtbot, page, small_demo):
    """Opening the cell editor and saving from it redraw the cells that changed (the cell, the pupil's
    average and suggestion, the cursor's move), not the whole grid — Qt's item view repaints its
    whole viewport on each focus change, which made every typed mark slow."""
    from PySide6.QtCore import QObject

    class Painted(QObject):
        def __init__(self):
            super().__init__()
            self.area = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.area += sum(r.width() * r.height() for r in event.region())
            return False

    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    QApplication.processEvents()
    painted = Painted()
    viewports = [v.viewport() for v in (page.view, page.view.frozen, page.view.tail) if v.isVisible()]
    for v in viewports:
        v.installEventFilter(painted)
    whole = sum(v.width() * v.height() for v in viewports)
    type_text(page.view, "5")
    QApplication.processEvents()
    press(editor_of(page), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert stored(small_demo, page, row, column)[0] == ("5",)
    assert page.model.index(index.row(), index.column()).data() == "5"
    assert 0 < painted.area < whole / 10, f"{painted.area} of {whole} pixels repainted for one mark"


def test_typing_down_a_column_to_the_last_pupil_keeps_the_column_and_the_cell_in_view(qtbot, page, small_demo):
    """Enter moves down; past the bottom the grid scrolls (half a page at once), never sideways."""
    view, model = page.view, page.model
    page.resize(1280, 560)   # a low window: the class does not fit
    QApplication.processEvents()
    column = next(c for c in page.grid.columns if c.date == TODAY)
    col = model.column_of(column.lesson_id)
    click(qtbot, page, model.index(0, col))
    across = view.horizontalScrollBar().value()
    uncovered = view.viewport().width() - (view.tail_width() if view.tail.isVisible() else 0)
    typed = []
    for r, row in enumerate(page.grid.rows[:-1]):
        if row.marks.get(column.lesson_id) or column.lesson_id in row.attendance or not row.belongs_on(TODAY):
            press(view, Qt.Key.Key_Down)   # a cell already filled: the teacher goes past it
        else:
            down = view.verticalScrollBar().value()
            type_text(view, "y")   # «н» on a Latin layout
            press(editor_of(page), Qt.Key.Key_Return)
            typed.append((r, view.verticalScrollBar().value() != down))
        assert view.currentIndex().row() == r + 1, page.ui.message.text()
        rect = view.visualRect(view.currentIndex())
        assert view.viewport().rect().contains(rect) and rect.right() < uncovered, (r, rect)
        assert view.horizontalScrollBar().value() == across
    assert view.verticalScrollBar().value() > 0, "the class fits the page: the test does not scroll"
    assert all(model.index(r, col).data() == "Н" for r, _ in typed)
    assert any(scrolled for _, scrolled in typed), "no Enter went past the bottom: the test proves nothing"


def test_two_marks_in_one_cell(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "5 4")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("5", "4"))


def test_a_value_outside_the_grading_system_is_refused_and_shown(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "7")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.message.text() != "")
    assert "7" in page.ui.message.text()
    assert stored(small_demo, page, row, column) == ((), None)
    assert page.model.index(index.row(), index.column()).data() == ""


def test_a_future_lesson_cell_is_grey_and_takes_no_entry(qtbot, page, small_demo):
    future = next(c for c in page.grid.columns if c.date > TODAY)
    index = page.model.index(0, page.model.column_of(future.lesson_id))
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "ещё не прошёл" in page.model.data(index, JournalGridModel.CLOSED_ROLE)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    click(qtbot, page, index)
    type_text(page.view, "5")
    assert page.view.state() != page.view.State.EditingState
    assert not [e for e in page.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert stored(small_demo, page, page.grid.rows[0], future) == ((), None)


def test_a_past_lesson_after_the_window_is_closed_but_today_is_open(page):
    past = next(c for c in reversed(page.grid.columns) if c.date < TODAY)
    today = next(c for c in page.grid.columns if c.date == TODAY)
    model = page.model
    assert "истёк" in model.data(model.index(0, model.column_of(past.lesson_id)), JournalGridModel.CLOSED_ROLE)
    assert model.flags(model.index(0, model.column_of(today.lesson_id))) & Qt.ItemFlag.ItemIsEditable


def test_attendance_by_typing_the_cyrillic_letter(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "н")
    assert editor_of(page).text() == "н"
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column) == ((), "Н"))
    assert page.model.index(index.row(), index.column()).data() == "Н"


def test_tab_saves_and_moves_right(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "4")
    press(editor_of(page), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("4",))
    assert page.view.currentIndex().column() == index.column() + 1


def test_ctrl_z_undoes_the_last_entry(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "3")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("3",))
    press(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(small_demo, page, row, column)[0] == ()
    assert page.model.index(index.row(), index.column()).data() == ""


def test_del_inside_the_window_removes_the_mark(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    journal.put_marks(small_demo, page._actor, column.lesson_id, row.pupil_id, "5", now=now())
    page.reload()
    click(qtbot, page, index)
    press(page.view, Qt.Key.Key_Delete)
    assert stored(small_demo, page, row, column)[0] == ()


def test_del_after_the_window_asks_for_a_correction_and_the_deputy_approves_it(
        qtbot, page, small_demo, settings, monkeypatch):
    past = max(c.date for c in page.grid.columns if c.date < TODAY)
    index, row, column = cell(page, past, with_marks=True)
    before = stored(small_demo, page, row, column)[0]
    shown = []

    def fill_in(dialog: CorrectionRequestDialog) -> int:
        shown.append(dialog)
        dialog.submit()                       # no reason yet: refused in the dialog
        assert "причину" in dialog.ui.error.text()
        dialog.ui.reason.setPlainText("Отметка поставлена не тому ученику")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(CorrectionRequestDialog, "exec", fill_in)
    click(qtbot, page, index)
    press(page.view, Qt.Key.Key_Delete)
    assert len(shown) == 1
    assert stored(small_demo, page, row, column)[0] == before  # nothing changes until the deputy decides
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    pending = journal.corrections(small_demo, deputy, "pending")
    assert [(p.pupil_id, p.old_value, p.new_value) for p in pending] == [(row.pupil_id, before[-1], None)]
    assert "отправлена" in page.ui.message.text()

    # The deputy's page offers the list; the teacher's does not.
    assert not page.ui.corrections.isVisibleTo(page)
    deputy_page = open_page(qtbot, small_demo, "zavuch", settings)
    assert deputy_page.ui.corrections.isVisibleTo(deputy_page)
    dialog = CorrectionsDialog(small_demo, deputy, now, parent=deputy_page)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.ui.note.setText("Разрешаю")
    qtbot.mouseClick(dialog.ui.approve, Qt.MouseButton.LeftButton)
    assert dialog.ui.error.text() == ""
    assert stored(small_demo, page, row, column)[0] == before[:-1]
    assert journal.corrections(small_demo, deputy, "approved")[0].decision_note == "Разрешаю"


# --- the rest of the page ----------------------------------------------------------------------------------

def test_the_lesson_panel_saves_topic_and_homework(qtbot, page, small_demo):
    index, _row, column = cell(page, TODAY)
    click(qtbot, page, index)
    assert page.ui.lessonDate.text().startswith("27.11.2026")
    page.ui.topic.setText("Имя существительное")
    page.ui.homework.setText("Упр. 245")
    qtbot.mouseClick(page.ui.saveLesson, Qt.MouseButton.LeftButton)
    fresh = next(c for c in reread(page, small_demo).columns if c.lesson_id == column.lesson_id)
    assert (fresh.topic, fresh.homework) == ("Имя существительное", "Упр. 245")


def test_the_work_type_chosen_for_new_marks_is_stored_with_its_weight(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    control = next(t for t in page.grid.work_types if t.code == "control")
    page.ui.workType.setCurrentIndex(page.ui.workType.findData(control.id))
    menu = page.context_menu(index)
    assert menu is not None and any("Вид работы" in a.text() for a in menu.actions())
    page.set_pending_comment("диктант с заданием")
    click(qtbot, page, index)
    type_text(page.view, "4")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("4",))
    mark = next(r for r in reread(page, small_demo).rows if r.pupil_id == row.pupil_id).marks[column.lesson_id][0]
    assert (mark.work_type_id, mark.weight, mark.comment) == (control.id, control.weight, "диктант с заданием")


def test_the_last_course_and_period_are_remembered_per_user(qtbot, small_demo, settings):
    first = open_page(qtbot, small_demo, "teacher02", settings, "5А Литература")
    first.ui.period.setCurrentIndex(0)
    again = open_page(qtbot, small_demo, "teacher02", settings)
    assert again.ui.course.currentText() == "5А Литература"
    assert again.ui.period.currentIndex() == 0
    other = open_page(qtbot, small_demo, "zavuch", settings)
    assert other.ui.course.currentIndex() == 0


# --- the class teacher, the administrator, the deputy ------------------------------------------------------

def trigger(menu, text: str) -> None:
    """Choose a context-menu entry, as a click on it would."""
    action = next((a for a in menu.actions() if a.text().startswith(text)), None)
    assert action is not None, f"no «{text}» in {[a.text() for a in menu.actions()]}"
    action.trigger()


def test_class_teacher_turns_н_into_б_for_several_days_from_the_read_only_page(
        qtbot, small_demo, settings, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from ejournal_desktop.ui.journal_dialogs import AbsenceReasonDialog
    # The mathematics teacher marked a pupil absent on two lessons of the week.
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    page = open_page(qtbot, small_demo, "teacher02", settings, "5А Математика")  # teacher02: class teacher of 5А
    assert page.grid.course.relation == "own_class" and not page.grid.course.editable
    days = sorted({c.date for c in page.grid.columns if c.date <= TODAY})[-3:]
    pupil = next(r for r in page.grid.rows if r.belongs_on(days[0])
                 and not any(r.attendance.get(c.lesson_id) for c in page.grid.columns if c.date in days))
    lessons = [c for c in page.grid.columns if c.date in (days[0], days[-1])]
    for column in lessons:
        journal.set_attendance(small_demo, deputy, column.lesson_id, pupil.pupil_id, "Н", now=now())
    page.reload()

    # Read-only: nothing can be typed into the grid, but the absence reasons can be given.
    model = page.model
    index = model.index(model.row_of(pupil.pupil_id), model.column_of(lessons[-1].lesson_id))
    assert index.data().split()[-1] == "Н"              # after the marks of the lesson, if any
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert page.ui.absenceReasons.isVisibleTo(page)
    assert not page.ui.lockCourse.isVisibleTo(page)

    seen = []

    def fill_in(dialog: AbsenceReasonDialog) -> int:
        seen.append(dialog)
        assert dialog.ui.pupil.currentData() == pupil.pupil_id          # the pupil of the clicked cell
        dialog.ui.start.setDate(dialog.ui.start.date().addDays(-(days[-1] - days[0]).days))
        qtbot.mouseClick(dialog.ui.ill, Qt.MouseButton.LeftButton)
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)                  # no grounds yet: refused
        assert "основание" in dialog.ui.error.text()
        dialog.ui.note.setFocus()
        type_text(dialog.ui.note, "Справка № 15")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AbsenceReasonDialog, "exec", fill_in)
    click(qtbot, page, index)
    trigger(page.context_menu(index), "Указать причину отсутствия")
    assert len(seen) == 1 and seen[0].changed == 2
    assert [stored(small_demo, page, pupil, c)[1] for c in lessons] == ["Б", "Б"]
    assert model.index(index.row(), index.column()).data().split()[-1] == "Б"   # the grid shows it at once
    assert "2" in page.ui.message.text()
    with small_demo.session() as s:
        notes = set(s.scalars(select(Attendance.reason_note).where(
            Attendance.pupil_id == pupil.pupil_id, Attendance.lesson_id.in_([c.lesson_id for c in lessons]))))
    assert notes == {"Справка № 15"}

    # The button opens the same dialog for the current cell.
    monkeypatch.setattr(AbsenceReasonDialog, "exec", lambda d: 0)
    qtbot.mouseClick(page.ui.absenceReasons, Qt.MouseButton.LeftButton)
    assert page.absence_dialog.ui.pupil.currentData() == pupil.pupil_id


def test_absence_reasons_are_not_offered_on_another_class_page(qtbot, small_demo, settings):
    page = open_page(qtbot, small_demo, "teacher03", settings, "5А Математика")   # teacher, class teacher of 10А
    assert not page.ui.absenceReasons.isVisibleTo(page)


def test_administrator_locks_the_page_the_teacher_sees_the_banner_and_cannot_type(qtbot, small_demo, settings):
    admin_page = open_page(qtbot, small_demo, "admin", settings, "5А Русский язык")
    assert admin_page.ui.lockCourse.isVisibleTo(admin_page)
    assert not admin_page.ui.lockedBanner.isVisibleTo(admin_page)
    qtbot.mouseClick(admin_page.ui.lockCourse, Qt.MouseButton.LeftButton)
    assert admin_page.grid.course.locked
    assert admin_page.ui.lockedBanner.isVisibleTo(admin_page)
    assert "закрыта администратором" in admin_page.ui.lockedBanner.text()
    assert admin_page.ui.lockCourse.text().replace("&", "") == "Открыть страницу"

    teacher = accounts.authenticate(small_demo, "teacher02", "demo")
    page = open_page(qtbot, small_demo, "teacher02", settings, "5А Русский язык")
    assert not page.ui.lockCourse.isVisibleTo(page)
    assert page.ui.lockedBanner.isVisibleTo(page)
    assert "Открыть" not in page.ui.lockedBanner.text()   # only the administrator is told how to reopen
    index, row, column = cell(page, TODAY)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "закрыт" in page.model.data(index, JournalGridModel.CLOSED_ROLE)
    assert not page.ui.topic.isEnabled()
    click(qtbot, page, index)
    type_text(page.view, "5")
    assert not [e for e in page.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    with pytest.raises(journal.RuleViolation, match="закрыт"):
        journal.put_marks(small_demo, teacher, column.lesson_id, row.pupil_id, "5", now=now())

    qtbot.mouseClick(admin_page.ui.lockCourse, Qt.MouseButton.LeftButton)
    assert not admin_page.ui.lockedBanner.isVisibleTo(admin_page)
    page.reload()
    assert not page.ui.lockedBanner.isVisibleTo(page)
    click(qtbot, page, index)
    type_text(page.view, "5")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column)[0] == ("5",))


def test_the_deputy_picks_a_substitute_and_the_teacher_sees_the_name_in_the_lesson_panel(qtbot, small_demo, settings):
    page = open_page(qtbot, small_demo, "zavuch", settings, "5А Математика")
    index, _row, column = cell(page, TODAY)
    click(qtbot, page, index)
    combo = page.ui.substituteTeacher
    assert combo.isVisibleTo(page) and not page.ui.substitute.isVisibleTo(page)
    assert combo.currentText() == "нет замены"
    substitute = accounts.authenticate(small_demo, "teacher04", "demo")
    choice = combo.findData(substitute.staff_id)
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)                    # what choosing it in the list does
    name = combo.itemText(choice)
    fresh = next(c for c in reread(page, small_demo).columns if c.lesson_id == column.lesson_id)
    assert (fresh.substitute_teacher_id, fresh.substitute) == (substitute.staff_id, name)
    assert name in page.ui.message.text()
    assert page.ui.substituteTeacher.currentText() == name        # still shown after the reload

    teacher_page = open_page(qtbot, small_demo, "teacher03", settings, "5А Математика")
    index = teacher_page.model.index(0, teacher_page.model.column_of(column.lesson_id))
    click(qtbot, teacher_page, index)
    assert not teacher_page.ui.substituteTeacher.isVisibleTo(teacher_page)
    assert teacher_page.ui.substitute.text() == name
    other = teacher_page.model.index(0, teacher_page.model.column_of(
        next(c for c in teacher_page.grid.columns if c.lesson_id != column.lesson_id and c.date < TODAY).lesson_id))
    click(qtbot, teacher_page, other)
    assert teacher_page.ui.substitute.text() == "нет"

    # Taking the substitution back.
    click(qtbot, page, page.model.index(0, page.model.column_of(column.lesson_id)))
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert next(c for c in reread(page, small_demo).columns if c.lesson_id == column.lesson_id).substitute == ""


def test_mark_history_shows_the_original_mark_the_request_the_reason_and_the_decision(
        qtbot, page, small_demo, monkeypatch):
    from ejournal_desktop.ui.journal_dialogs import MarkHistoryDialog
    index, row, column = cell(page, TODAY)
    later = now() + dt.timedelta(days=3)
    teacher, deputy = page._actor, accounts.authenticate(small_demo, "zavuch", "demo")
    mark = journal.put_marks(small_demo, teacher, column.lesson_id, row.pupil_id, "5", now=now()).created[0]
    journal.request_correction(small_demo, teacher, mark, "4", "Перепутала учеников", now=later)
    correction = journal.corrections(small_demo, deputy, "pending")[0].id
    journal.decide_correction(small_demo, deputy, correction, True, "Согласовано", now=later)
    page.reload()
    assert page.model.index(index.row(), index.column()).data() == "4"

    shown = []
    monkeypatch.setattr(MarkHistoryDialog, "exec", lambda d: shown.append(d) or 0)
    click(qtbot, page, index)
    trigger(page.context_menu(index), "История отметки")
    dialog = shown[0]
    texts = dialog.texts()
    assert texts[0].startswith("Поставлена отметка «5»")
    assert any("Заявка на исправление: «5» → «4». Причина: Перепутала учеников" == t for t in texts)
    assert any(t.startswith("Отметка изменена: «5» → «4» по заявке") for t in texts)
    assert any(t == "Исправление разрешено. Примечание: Согласовано" for t in texts)
    # people by name, not by login
    with small_demo.session() as s:
        names = account_names(s, [teacher.account_id, deputy.account_id])
    assert {dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())} == set(names.values())
    assert not set(names.values()) & {"teacher02", "zavuch"}
    assert page.context_menu(page.model.index(index.row() + 1, index.column())) is not None


def test_a_mark_put_on_another_pc_appears_without_reopening_the_page(qtbot, small_demo, settings):
    """Two staff-room PCs on one journal: what the deputy puts on her PC reaches the teacher's open page
    (here the same database through a second connection stands for the other PC)."""
    from ejournal_desktop.storage import database
    page = open_page(qtbot, small_demo, "teacher02", settings, "5А Русский язык")
    column = next(c for c in page.grid.columns if c.date == TODAY)
    row = next(r for r in page.grid.rows if column.lesson_id not in r.marks)
    assert page.check_for_changes() is False  # nothing new yet
    other_pc = database.open_file(small_demo.path)
    try:
        zavuch = accounts.authenticate(other_pc, "zavuch", "demo")
        journal.put_marks(other_pc, zavuch, column.lesson_id, row.pupil_id, "4", now=now())
    finally:
        other_pc.close()
    qtbot.waitUntil(lambda: any(m.value == "4" for m in next(
        r for r in page.grid.rows if r.pupil_id == row.pupil_id).marks.get(column.lesson_id, ())), timeout=8000)


# --- issue 17: the one cell parser, the wrong keyboard layout, one undo ----------------------------------

@pytest.mark.parametrize(("typed", "marks", "code"), [("H 5", ("5",), "Н"), ("y", (), "Н"), ("n", (), "Н")])
def test_latin_layout_н_and_the_mark_are_saved(qtbot, page, small_demo, typed, marks, code):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, typed)
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column) == (marks, code))
    assert page.model.index(index.row(), index.column()).data() == " ".join(marks + (code,))


def test_н_7_saves_nothing_and_the_reason_is_shown(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "Н 7")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "«7» не входит" in page.ui.message.text())
    assert stored(small_demo, page, row, column) == ((), None)


def test_one_ctrl_z_undoes_н_5(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "Н 5")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column) == (("5",), "Н"))
    press(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(small_demo, page, row, column) == ((), None)
    assert page.model.index(index.row(), index.column()).data() == ""


# --- issue 17: typing into a closed cell is answered where the teacher looks ------------------------------

def typed_into_closed(qtbot, page, index, text: str) -> list[str]:
    """Type into a closed cell; what the main window's status bar was sent."""
    status: list[str] = []
    page.statusMessage.connect(status.append)
    click(qtbot, page, index)
    type_text(page.view, text)
    assert page.view.currentIndex() == index           # the cursor never jumps (no type-to-search)
    assert page.view.state() != page.view.State.EditingState
    assert page.view.note.isVisible()                   # beside the cell, not only a tooltip
    assert page.view.note.text.text() == page.ui.message.text() == status[-1]
    return status


@pytest.mark.parametrize("kind", ["future", "past", "period"])
def test_typing_into_a_closed_cell_shows_the_reason_keeps_the_cursor_and_saves_nothing(
        qtbot, page, small_demo, kind):
    model = page.model
    if kind == "future":
        column = next(c for c in page.grid.columns if c.date > TODAY)
        index, says = model.index(2, model.column_of(column.lesson_id)), "ещё не прошёл"
    elif kind == "past":
        index, row, column = cell(page, max(c.date for c in page.grid.columns if c.date < TODAY))
        says = "истёк"
    else:
        index, says = model.index(2, model.column_of(model.PERIOD)), "не раньше последнего урока"
    row = page.grid.rows[index.row()]
    surname_of_another = page.grid.rows[-1].full_name[0]   # what type-to-search would jump to
    status = typed_into_closed(qtbot, page, index, surname_of_another + "5")
    assert says in status[-1] and f"«{surname_of_another}5»" in status[-1]
    if kind != "period":
        assert stored(small_demo, page, row, column) == ((), None) or kind == "past"
    fresh = reread(page, small_demo).rows[index.row()]
    assert fresh.marks == row.marks and fresh.attendance == row.attendance and fresh.period_mark == row.period_mark


def test_an_invalid_value_keeps_the_editor_open_with_the_text_and_the_reason(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    click(qtbot, page, index)
    type_text(page.view, "Н 7")
    press(editor_of(page), Qt.Key.Key_Return)
    assert editor_of(page).text() == "Н 7"
    assert page.view.currentIndex() == index
    assert "«7» не входит" in page.view.note.text.text()
    type_text(page.view, "\b")
    editor_of(page).setText("Н 5")
    press(editor_of(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(small_demo, page, row, column) == (("5",), "Н"))
    assert page.view.currentIndex().row() == index.row() + 1
    assert not page.view.note.isVisible()


def test_a_closed_cell_with_a_mark_offers_a_correction_request_prefilled(qtbot, page, small_demo, monkeypatch):
    past = max(c.date for c in page.grid.columns if c.date < TODAY)
    index, _row, _column = cell(page, past, with_marks=True)
    shown = []

    def look(dialog: CorrectionRequestDialog) -> int:
        shown.append(dialog.ui.newValue.text())
        return 0

    monkeypatch.setattr(CorrectionRequestDialog, "exec", look)
    typed_into_closed(qtbot, page, index, "4")
    button = page.view.note.button
    assert button.isVisible() and button.text() == "Создать заявку на исправление"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == ["4"]


def test_a_mark_typed_long_ago_is_fixed_only_by_a_request_the_cell_says_so(qtbot, page, small_demo, monkeypatch):
    """Issue 17 item 6: a mark typed more than mark_fix_minutes (15) ago is not changed in the cell; the
    reason and «Создать заявку на исправление» appear beside it, the cursor and the typed text stay."""
    index, row, column = cell(page, TODAY, with_marks=True)  # typed at the lesson, hours before 14:00
    assert not page.model.verdict(index).changes.allowed and page.model.is_open(index)
    before = stored(small_demo, page, row, column)
    shown = []

    def look(dialog: CorrectionRequestDialog) -> int:
        shown.append(dialog.ui.newValue.text())
        return 0

    monkeypatch.setattr(CorrectionRequestDialog, "exec", look)
    click(qtbot, page, index)
    typed = "2" if before[0][-1] != "2" else "3"
    type_text(page.view, typed)
    press(editor_of(page), Qt.Key.Key_Return)
    assert page.view.currentIndex() == index and editor_of(page).text() == typed
    note = page.view.note
    assert note.isVisible() and "по заявке на исправление" in note.text.text()
    assert note.button.isVisible() and note.button.text() == "Создать заявку на исправление"
    assert stored(small_demo, page, row, column) == before
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert shown == [typed]


def test_a_slip_is_fixed_in_the_cell_right_after_typing(qtbot, page, small_demo):
    index, row, column = cell(page, TODAY)
    for typed in ("3", "4"):  # the second within the fix time: the page's clock stands still
        click(qtbot, page, index)
        type_text(page.view, typed)
        press(editor_of(page), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda typed=typed: stored(small_demo, page, row, column)[0] == (typed,))
        assert page.model.verdict(index).changes.allowed
    assert not page.view.note.isVisible()


# --- issue 17: refresh from what changed ----------------------------------------------------------------

def test_an_entry_redraws_only_its_cell_and_the_pupils_average_without_reloading(qtbot, page, small_demo,
                                                                                 monkeypatch):
    index, row, _column = cell(page, TODAY)
    reloads, changed = [], []
    monkeypatch.setattr(journal, "load_grid", lambda *a, **k: reloads.append(a))
    page.model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), a.column(), b.row(), b.column())))
    click(qtbot, page, index)
    type_text(page.view, "Н 2")
    press(editor_of(page), Qt.Key.Key_Return)
    assert reloads == []
    r = index.row()
    average, period = page.model.column_of(page.model.AVERAGE), page.model.column_of(page.model.PERIOD)
    assert sorted(set(changed)) == sorted({(r, index.column(), r, index.column()), (r, average, r, average),
                                           (r, period, r, period)})
    monkeypatch.undo()
    fresh = next(x for x in reread(page, small_demo).rows if x.pupil_id == row.pupil_id)
    shown = page.grid.rows[r]
    assert (shown.average, shown.suggested, shown.attendance, shown.marks) == (
        fresh.average, fresh.suggested, fresh.attendance, fresh.marks)
    assert page.model.index(r, index.column()).data() == "2 Н"


# --- issue 17: the page a teacher works in -----------------------------------------------------------------

def test_the_legend_names_work_types_and_attendance_in_distinct_colours(page):
    legend = page.ui.legend.text()
    assert all(t.name in legend for t in page.grid.work_types)
    colours = {t.color.upper() for t in page.grid.work_types}
    from ejournal_desktop.ui.grid_model import ATTENDANCE_COLOR
    assert ATTENDANCE_COLOR.name().upper() not in colours and "посещаемость" in legend


def test_today_goes_back_to_todays_lesson_from_another_period(qtbot, page):
    page.resize(900, 700)   # a narrow window: today's lesson lies beyond the first screen of lessons
    page.select_period(journal.periods_for(page._db, page.grid.course.id)[0].id)
    assert page.grid.period.start > TODAY or page.grid.period.end < TODAY
    qtbot.mouseClick(page.ui.today, Qt.MouseButton.LeftButton)
    assert page.grid.period.start <= TODAY <= page.grid.period.end
    assert page.model.lesson_at(page.view.currentIndex().column()).date == TODAY
    # …and the teacher sees it: the cell lies left of the frozen average and period columns.
    view = page.view
    rect = view.visualRect(view.currentIndex())
    uncovered = view.viewport().width() - (view.tail_width() if view.tail.isVisible() else 0)
    assert 0 <= rect.left() and rect.right() < uncovered, (rect, uncovered)


def test_average_and_period_mark_stay_visible_on_the_right_while_scrolling(qtbot, page):
    view, model = page.view, page.model
    view.horizontalScrollBar().setValue(0)
    assert view.tail.isVisible()
    shown = [c for c in range(model.columnCount()) if not view.tail.isColumnHidden(c)]
    assert shown == [model.column_of(model.AVERAGE), model.column_of(model.PERIOD)]
    assert view.tail.geometry().right() >= view.viewport().geometry().right() - 2
    # Going to the period mark scrolls the grid to its end: its own columns are there, the overlay goes.
    click_index = model.index(0, model.column_of(model.PERIOD))
    view.setCurrentIndex(click_index)
    assert not view.tail.isVisible()
    rect = view.visualRect(click_index)
    assert view.viewport().rect().contains(rect)


def test_the_lesson_panel_of_a_closed_lesson_is_read_only_with_its_reason(qtbot, page):
    past = max(c.date for c in page.grid.columns if c.date < TODAY)
    index, _row, _column = cell(page, past)
    click(qtbot, page, index)
    assert page.ui.topic.isReadOnly() and page.ui.homework.isReadOnly()
    assert not page.ui.saveLesson.isEnabled()
    assert "только просмотр" in page.ui.lessonBox.title() and "истёк" in page.ui.lessonBox.title()
    index, _row, _column = cell(page, TODAY)
    click(qtbot, page, index)
    assert not page.ui.topic.isReadOnly() and page.ui.lessonBox.title() == "Урок"
    assert not page.ui.workKind.isEditable()
    assert page.ui.topic.nextInFocusChain() is page.ui.homework
    assert page.ui.homework.nextInFocusChain() is page.ui.saveLesson


def test_a_mark_waiting_for_a_correction_decision_looks_different(qtbot, page, small_demo):
    from ejournal_desktop.ui.grid_model import PENDING_BACKGROUND
    past = max(c.date for c in page.grid.columns if c.date < TODAY)
    index, row, column = cell(page, past, with_marks=True)
    other = page.model.data(index, Qt.ItemDataRole.BackgroundRole)
    journal.request_correction(small_demo, page._actor, row.marks[column.lesson_id][-1].id, None,
                               "Поставлена не тому ученику", now=now())
    page.reload()
    brush = page.model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == PENDING_BACKGROUND and (other is None or other.color() != PENDING_BACKGROUND)
    assert "ждёт решения" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "ждёт решения" in page.ui.legend.text()


def test_the_buttons_count_what_waits(qtbot, small_demo, settings):
    teacher = open_page(qtbot, small_demo, "teacher02", settings, "5А Русский язык")
    past = max(c.date for c in teacher.grid.columns if c.date < TODAY)
    _index, row, column = cell(teacher, past, with_marks=True)
    journal.request_correction(small_demo, teacher._actor, row.marks[column.lesson_id][-1].id, None,
                               "Поставлена не тому ученику", now=now())
    deputy = open_page(qtbot, small_demo, "zavuch", settings)
    assert deputy.ui.corrections.text() == "Заявки на &исправление (1)…"
    from ejournal_desktop.services.journal import inspection
    n = inspection.open_count(small_demo, teacher._actor)
    assert teacher.ui.inspection.text() == ("Заме&чания по проверке ({0})…".format(n) if n
                                            else "Заме&чания по проверке…")
