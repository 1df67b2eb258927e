"""Расписание: a week Monday–Saturday × lessons 1–8 of a class, a teacher or a room, on a date.

The rows carry the bell times; each cell the subject, the teacher and the room (subgroups side by side
share a cell). For those who keep the timetable (the deputy, the administrator) a double click on a
class's cell (or «Изменить урок…») opens `TimetableSlotDialog`: the course or two subgroup courses and
their rooms, from a date, optionally regenerating the lessons at once. Conflicts show as they are made:
the cell turns red and the list under the grid says what is wrong, in words. «Создать уроки…» runs
`timetable.generate_lessons` in a worker with a progress dialog and reports what was kept; «Замена…»
records who gives a lesson of a day (`journal.set_substitute`); «Печать PDF…» and «Excel…» save the
timetable through `timetable.export`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QWidget

from ..services import journal, timetable
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from .app_preferences import preferences
from .formats import ERROR_STYLE, INFO_STYLE, heading, say, weekday_name
from .forms.ui_timetablegeneratedialog import Ui_TimetableGenerateDialog
from .forms.ui_timetablepage import Ui_TimetablePage
from .forms.ui_timetableslotdialog import Ui_TimetableSlotDialog
from .forms.ui_timetablesubstitutiondialog import Ui_TimetableSubstitutionDialog
from .worker import Task, run_with_progress

Clock = Callable[[], dt.datetime]
VIEWS = ("class", "teacher", "room")
DAYS = 6
CONFLICT_COLOR = QColor("#f6c9cc")
def real_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _room_text(room: str) -> str:
    return QCoreApplication.translate("WeekModel", "каб. {0}").format(room) if room[:1].isdigit() else room


def _group_short(group: str) -> str:
    """A subgroup's usual name «1 группа» shortened to fit a cell."""
    return group.replace(QCoreApplication.translate("WeekModel", " группа"),
                         QCoreApplication.translate("WeekModel", " гр."))


class WeekModel(QAbstractTableModel):
    """Rows: lesson numbers (bell times in the header); columns: Monday … Saturday."""

    _SERVED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                         Qt.ItemDataRole.TextAlignmentRole})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.week: timetable.Week | None = None
        self._conflict_slots: frozenset = frozenset()
        self._brush = QBrush(CONFLICT_COLOR)

    def set_week(self, week: timetable.Week | None) -> None:
        self.beginResetModel()
        self.week = week
        self._conflict_slots = week.conflict_slots if week is not None else frozenset()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.week is None else self.week.lessons

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else DAYS

    def slot(self, index: QModelIndex) -> tuple[int, int]:
        return index.column(), index.row() + 1

    def index_of(self, weekday: int, number: int) -> QModelIndex:
        return self.index(number - 1, weekday)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return weekday_name(section).capitalize() if role == Qt.ItemDataRole.DisplayRole else None
        if self.week is None:
            return None
        number = section + 1
        bell = self.week.bell_text(number)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}-й урок, {1}").format(number, bell) if bell else None
        return f"{number}\n{bell}" if bell else str(number)

    def cell_text(self, courses: tuple[timetable.SlotCourse, ...]) -> str:
        """Subject, teacher, room (one line each); subgroups side by side: two lines each."""
        view = self.week.view
        lines = []
        for c in courses:
            head = c.subject_short if view == "class" else f"{c.class_label} {c.subject_short}".strip()
            if c.subgroup:
                head += f" ({_group_short(c.subgroup)})"
            teacher = c.teacher if view != "teacher" else ""
            room = _room_text(c.room) if view != "room" else ""
            if len(courses) == 1:
                lines += [x for x in (head, teacher, room) if x]
            else:
                lines += [f"{head} · {room}" if room else head] + ([teacher] if teacher else [])
        return "\n".join(lines)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._SERVED or not index.isValid() or self.week is None:
            return None
        slot = self.slot(index)
        courses = self.week.cells.get(slot, ())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush if slot in self._conflict_slots else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(courses) if courses else ""
        lines = [self.tr("{0}, {1}-й урок").format(weekday_name(slot[0]).capitalize(), slot[1])]
        for c in courses:
            lines.append(self.tr("{0} — {1}, кабинет {2} (с {3:%d.%m.%Y})").format(
                c.label, c.teacher, c.room or "—", c.valid_from))
        lines += ["⚠ " + x.message for x in self.week.conflicts if x.slot == slot]
        return "\n".join(lines)


class TimetablePage(QWidget):
    def __init__(self, db: Database, actor: Actor, *, now: Clock | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TimetablePage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self._now = now or real_clock
        self._settings = settings or preferences()
        self.week: timetable.Week | None = None
        self.task: Task | None = None
        self.last_report: timetable.GenerationReport | None = None
        self.report_box: QMessageBox | None = None

        heading(self.ui.heading)
        self.model = WeekModel(self)
        self.ui.grid.setModel(self.model)
        header = self.ui.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # six days share the width
        vertical = self.ui.grid.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() * 4 + 8)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical.setMinimumWidth(self.fontMetrics().horizontalAdvance("10:20–11:00") + 12)
        self.conflicts_model = QStringListModel(self)
        self.ui.conflicts.setModel(self.conflicts_model)

        try:
            self.choices = timetable.choices(db, actor)
        except ServiceError as exc:  # a new school without a year yet, or a pupil's account
            self.choices = None
            self.ui.heading.setText(str(exc))
            for w in (self.ui.viewKind, self.ui.target, self.ui.onDate, self.ui.editSlot, self.ui.generate,
                      self.ui.substitution, self.ui.printPdf, self.ui.exportXlsx, self.ui.grid):
                w.setEnabled(False)
            self.ui.conflictsLabel.setText("")
            self.ui.conflicts.setVisible(False)
            return
        self.ui.editSlot.setVisible(self.choices.can_edit)
        self.ui.generate.setVisible(self.choices.can_edit)
        self.ui.substitution.setVisible(self.choices.can_substitute)
        first, last = self.choices.first_day, self.choices.last_day
        self.ui.onDate.setDateRange(_qdate(first), _qdate(last))
        self.ui.onDate.setDate(_qdate(min(max(self.today(), first), last)))

        self.ui.viewKind.currentIndexChanged.connect(self._view_changed)
        self.ui.target.currentIndexChanged.connect(self._target_changed)
        self.ui.onDate.dateChanged.connect(lambda _d: self.refresh())
        self.ui.grid.doubleClicked.connect(self._cell_double_clicked)
        self.ui.conflicts.doubleClicked.connect(self._conflict_double_clicked)
        self.ui.editSlot.clicked.connect(lambda: self.edit_slot())
        self.ui.generate.clicked.connect(lambda: self.generate())
        self.ui.substitution.clicked.connect(lambda: self.substitution())
        self.ui.printPdf.clicked.connect(lambda: self.print_pdf())
        self.ui.exportXlsx.clicked.connect(lambda: self.export_xlsx())

        view = self._settings.value(self._key("view"))
        if view not in VIEWS:
            teaching_only = actor.staff_id is not None and not self.choices.can_edit and any(
                t == actor.staff_id for t, _ in self.choices.teachers)
            view = "teacher" if teaching_only else "class"
        self.ui.viewKind.blockSignals(True)
        self.ui.viewKind.setCurrentIndex(VIEWS.index(view))
        self.ui.viewKind.blockSignals(False)
        self._view_changed(remember=False)

    # --- picking ----------------------------------------------------------------------------------------------

    def _key(self, name: str) -> str:
        return f"timetable/{self._actor.login}/{name}"

    def today(self) -> dt.date:
        return self._now().astimezone().date()

    def view(self) -> str:
        return VIEWS[self.ui.viewKind.currentIndex()]

    def on(self) -> dt.date:
        return _date(self.ui.onDate.date())

    def select(self, view: str, key: int | str) -> None:
        """Show a class's (id), a teacher's (staff id) or a room's (name) week."""
        self.ui.viewKind.setCurrentIndex(VIEWS.index(view))
        self.ui.target.setCurrentIndex(self.ui.target.findData(key))

    def set_date(self, day: dt.date) -> None:
        self.ui.onDate.setDate(_qdate(day))

    def _view_changed(self, *_args, remember: bool = True) -> None:
        view = self.view()
        if remember:
            self._settings.setValue(self._key("view"), view)
        items = {"class": self.choices.classes, "teacher": self.choices.teachers,
                 "room": tuple((r, r) for r in self.choices.rooms)}[view]
        self.ui.target.blockSignals(True)
        self.ui.target.clear()
        for key, label in items:
            self.ui.target.addItem(label, key)
        remembered = self._settings.value(self._key(f"target/{view}"))
        index = -1
        if remembered not in (None, ""):
            index = self.ui.target.findData(remembered if view == "room" else int(remembered))
        if index < 0 and view == "teacher" and self._actor.staff_id is not None:
            index = self.ui.target.findData(self._actor.staff_id)
        self.ui.target.setCurrentIndex(max(index, 0))
        self.ui.target.blockSignals(False)
        self.refresh()

    def _target_changed(self, *_args) -> None:
        key = self.ui.target.currentData()
        if key is not None:
            self._settings.setValue(self._key(f"target/{self.view()}"), key)
        self.refresh()

    # --- showing ----------------------------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        say(self.ui.status, text, error=error)

    def refresh(self) -> None:
        key = self.ui.target.currentData()
        if key is None:
            self.week = None
            self.model.set_week(None)
            self.conflicts_model.setStringList([])
            self.ui.heading.setText(self.tr("Расписание: выбрать нечего"))
            self._update_buttons()
            return
        try:
            self.week = timetable.week(self._db, self._actor, self.view(), key, self.on(),
                                       self.choices.academic_year_id)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return
        self.model.set_week(self.week)
        count = self.week.weekly_count()
        self.ui.heading.setText(self.tr("Расписание: {0} — {1} учебный год, уроков в неделю: {2}").format(
            self.week.title, self.week.academic_year, count))
        messages = [c.message for c in self.week.conflicts]
        self.conflicts_model.setStringList(messages)
        self.ui.conflictsLabel.setText(self.tr("Конфликты ({0}):").format(len(messages)) if messages
                                       else self.tr("Конфликтов нет."))
        self.ui.conflictsLabel.setStyleSheet(ERROR_STYLE if messages else INFO_STYLE)
        self.ui.conflicts.setVisible(bool(messages))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.week is not None and self.week.editable
        self.ui.editSlot.setEnabled(editable)
        self.ui.printPdf.setEnabled(self.week is not None)

    def conflict_messages(self) -> list[str]:
        return self.conflicts_model.stringList()

    def _conflict_double_clicked(self, index: QModelIndex) -> None:
        if self.week is None:
            return
        conflict = self.week.conflicts[index.row()]
        if conflict.slot is not None:
            self.ui.grid.setCurrentIndex(self.model.index_of(*conflict.slot))

    # --- editing a slot ---------------------------------------------------------------------------------------

    def _cell_double_clicked(self, index: QModelIndex) -> None:
        if self.week is not None and self.week.editable:
            self.edit_slot(*self.model.slot(index))

    def edit_slot(self, weekday: int | None = None, number: int | None = None, *,
                  exec_dialog: bool = True) -> TimetableSlotDialog | None:
        """Open the slot dialog for the class's cell (default: the current one). With exec_dialog False
        the dialog is returned open but not run (for scripting and tests)."""
        if self.week is None or not self.week.editable:
            return None
        if weekday is None or number is None:
            current = self.ui.grid.currentIndex()
            if not current.isValid():
                self._say(self.tr("Выберите клетку расписания: день и урок."), error=True)
                return None
            weekday, number = self.model.slot(current)
        dialog = TimetableSlotDialog(self._db, self._actor, self.week, weekday, number,
                                     max(self.on(), self.today()), now=self._now, parent=self)
        if not exec_dialog:
            dialog.finished.connect(lambda code: self._slot_saved(dialog) if code else None)
            dialog.show()
            return dialog
        if dialog.exec():
            self._slot_saved(dialog)
        return dialog

    def _slot_saved(self, dialog: TimetableSlotDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        self.set_date(max(self.on(), dialog.valid_from()))
        self.refresh()
        # The edited cell becomes current without being selected: its conflict colour stays visible.
        self.ui.grid.selectionModel().setCurrentIndex(self.model.index_of(dialog.weekday, dialog.number),
                                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        parts = [self.tr("Расписание изменено с {0:%d.%m.%Y}.").format(dialog.valid_from())
                 if result.changed else self.tr("Изменений нет.")]
        if result.generation is not None:
            g = result.generation
            parts.append(self.tr("Уроки в журнале: создано {0}, удалено {1}, перенесено {2}.").format(
                g.created, g.deleted, g.moved))
            if g.kept:
                parts.append(self.tr("Оставлены как есть ({0}): {1}").format(
                    len(g.kept), "; ".join(k.text() for k in g.kept[:3]) + ("…" if len(g.kept) > 3 else "")))
        elif result.changed:
            parts.append(self.tr("Уроки в журнале не изменялись: «Создать уроки…» приведёт их в порядок."))
        if result.week.conflicts:
            parts.append(self.tr("Конфликтов: {0} — см. список под расписанием.").format(len(result.week.conflicts)))
        self._say(" ".join(parts), error=bool(result.week.conflicts))

    # --- lessons from the timetable -------------------------------------------------------------------------

    def generate(self, *, exec_dialog: bool = True) -> TimetableGenerateDialog:
        dialog = TimetableGenerateDialog(self.choices, self.week, self.today(), parent=self)
        if not exec_dialog:
            dialog.accepted.connect(lambda: self.start_generation(*dialog.values()))
            dialog.show()
            return dialog
        if dialog.exec():
            self.start_generation(*dialog.values())
        return dialog

    def start_generation(self, class_id: int | None, start: dt.date, end: dt.date) -> Task:
        db, actor, now = self._db, self._actor, self._now()
        self.last_report = None
        task, _dialog = run_with_progress(
            self, self.tr("Создание уроков по расписанию"),
            lambda progress, cancelled: timetable.generate_lessons(
                db, actor, start, end, class_id=class_id, academic_year_id=self.choices.academic_year_id,
                now=now, progress=progress, cancelled=cancelled))
        task.finished.connect(self._generated)
        task.failed.connect(lambda exc: self._failed(exc, self.tr("Уроки не созданы")))
        self.task = task
        return task

    def _generated(self, report: timetable.GenerationReport) -> None:
        self.last_report = report
        self.refresh()
        first, *rest = report.summary().split("\n")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Уроки по расписанию"), first,
                          QMessageBox.StandardButton.Ok, self)
        if rest:
            box.setInformativeText(rest[0] if not report.kept else self.tr(
                "Оставлены как есть, хотя их нет в новом расписании: {0}. Подробности — по кнопке ниже.").format(
                len(report.kept)))
            box.setDetailedText("\n".join(rest))
        self.report_box = box
        box.open()
        self._say(first + (self.tr(" Оставлено как есть: {0}.").format(len(report.kept)) if report.kept else ""))

    def _failed(self, exc: BaseException, title: str) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        self._say(str(exc), error=True)
        QMessageBox.warning(self, title, str(exc))

    # --- substitutions ----------------------------------------------------------------------------------------

    def substitution(self, *, exec_dialog: bool = True) -> TimetableSubstitutionDialog | None:
        if self.week is None or self.view() == "room":
            self._say(self.tr("Замена записывается из расписания класса или учителя."), error=True)
            return None
        dialog = TimetableSubstitutionDialog(self._db, self._actor, self.week, self.today(), now=self._now,
                                             parent=self)
        if not exec_dialog:
            dialog.accepted.connect(lambda: self._say(dialog.outcome))
            dialog.show()
            return dialog
        if dialog.exec():
            self._say(dialog.outcome)
        return dialog

    # --- saving ----------------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def print_pdf(self, path: str | None = None) -> str | None:
        if self.week is None:
            return None
        if path is None:
            path = self._ask_path(self.tr("Сохранить расписание в PDF"),
                                  self.tr("Расписание {0}.pdf").format(self.week.title), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return self._export(path, self.week.view, [self.week.key])

    def export_xlsx(self, path: str | None = None) -> str | None:
        if path is None:
            path = self._ask_path(self.tr("Сохранить расписание школы в Excel"),
                                  self.tr("Расписание {0}.xlsx").format(self.choices.academic_year.replace("/", "-")),
                                  self.tr("Книга Excel (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self._export(path, "class", None)

    def _export(self, path: str, view: str, keys) -> str | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = timetable.export(self._db, self._actor, path, view, keys, self.on(), self.choices.academic_year_id)
        except (ServiceError, OSError) as exc:
            self._say(self.tr("Расписание не сохранено: {0}").format(exc), error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(self.tr("Расписание сохранено: {0}").format(saved))
        return str(saved)


# --- dialogs ------------------------------------------------------------------------------------------------------

class TimetableSlotDialog(QDialog):
    """A class's slot: a course (or two subgroup courses) with rooms, from a date → `timetable.set_slot`."""

    def __init__(self, db: Database, actor: Actor, week: timetable.Week, weekday: int, number: int,
                 valid_from: dt.date, *, now: Clock = real_clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TimetableSlotDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._now = db, actor, now
        self.week, self.weekday, self.number = week, weekday, number
        self.result_: timetable.SlotResult | None = None
        self.class_id = int(week.key)
        self.courses = {c.id: c for c in timetable.class_courses(db, actor, self.class_id, week.on)}
        current = week.cells.get((weekday, number), ())
        bell = week.bell_text(number)
        self.ui.info.setText(self.tr("{0}: {1}, {2}-й урок{3}.").format(
            week.title, weekday_name(weekday), number, f" ({bell})" if bell else ""))
        self.ui.course.addItem(self.tr("— нет урока —"), None)
        self.ui.course2.addItem(self.tr("— нет —"), None)
        for c in self.courses.values():
            load = self.tr(" · в неделю {0} из {1:g} ч").format(c.placed, c.hours_per_week)
            self.ui.course.addItem(c.label + load, c.id)
            if c.subgroup_id is not None:
                self.ui.course2.addItem(c.label + load, c.id)
        if current:
            self.ui.course.setCurrentIndex(max(0, self.ui.course.findData(current[0].course_id)))
            self.ui.room.setText(current[0].room)
        if len(current) > 1:
            self.ui.course2.setCurrentIndex(max(0, self.ui.course2.findData(current[1].course_id)))
            self.ui.room2.setText(current[1].room)
        first = dt.date(int(week.academic_year[:4]), 9, 1)
        self.ui.validFrom.setDateRange(_qdate(first), _qdate(dt.date(first.year + 1, 8, 31)))
        self.ui.validFrom.setDate(_qdate(min(max(valid_from, first), dt.date(first.year + 1, 8, 31))))
        self.ui.course.currentIndexChanged.connect(lambda _i: self._course_changed(self.ui.course, self.ui.room))
        self.ui.course2.currentIndexChanged.connect(lambda _i: self._course_changed(self.ui.course2, self.ui.room2))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_second()

    def valid_from(self) -> dt.date:
        return _date(self.ui.validFrom.date())

    def choose(self, course_id: int | None, room: str | None = None, course2_id: int | None = None,
               room2: str | None = None) -> None:
        """Pick the course(s) and rooms as a user would in the combos and fields."""
        self.ui.course.setCurrentIndex(self.ui.course.findData(course_id))
        if room is not None:
            self.ui.room.setText(room)
        self.ui.course2.setCurrentIndex(max(0, self.ui.course2.findData(course2_id)))
        if room2 is not None:
            self.ui.room2.setText(room2)

    def _course_changed(self, combo, room_edit) -> None:
        course = self.courses.get(combo.currentData())
        if course is not None and course.room:
            room_edit.setText(course.room)
        self._update_second()

    def _update_second(self) -> None:
        first = self.courses.get(self.ui.course.currentData())
        split = first is not None and first.subgroup_id is not None
        for w in (self.ui.course2, self.ui.room2, self.ui.course2Label, self.ui.room2Label):
            w.setEnabled(split)
        if not split:
            self.ui.course2.setCurrentIndex(0)

    def chosen(self) -> list[tuple[int, str]]:
        out = []
        if self.ui.course.currentData() is not None:
            out.append((self.ui.course.currentData(), self.ui.room.text()))
        if self.ui.course2.isEnabled() and self.ui.course2.currentData() is not None:
            out.append((self.ui.course2.currentData(), self.ui.room2.text()))
        return out

    def submit(self) -> None:
        try:
            self.result_ = timetable.set_slot(self._db, self._actor, self.class_id, self.weekday, self.number,
                                              self.chosen(), self.valid_from(),
                                              regenerate=self.ui.regenerate.isChecked(), now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.accept()


class TimetableGenerateDialog(QDialog):
    """Whom and from when to generate lessons for; the page runs the generation."""

    def __init__(self, choices: timetable.Choices, week: timetable.Week | None, today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TimetableGenerateDialog()
        self.ui.setupUi(self)
        self.ui.scope.addItem(self.tr("Все классы школы"), None)
        for cid, label in choices.classes:
            self.ui.scope.addItem(self.tr("{0} класс").format(label), cid)
        if week is not None and week.view == "class":
            self.ui.scope.setCurrentIndex(max(0, self.ui.scope.findData(week.key)))
        first, last = choices.first_day, choices.last_day
        for edit in (self.ui.start, self.ui.end):
            edit.setDateRange(_qdate(first), _qdate(last))
        self.ui.start.setDate(_qdate(min(max(today, first), last)))
        self.ui.end.setDate(_qdate(last))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Создать уроки"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[int | None, dt.date, dt.date]:
        return self.ui.scope.currentData(), _date(self.ui.start.date()), _date(self.ui.end.date())


class TimetableSubstitutionDialog(QDialog):
    """Who gives a lesson of a day instead of its teacher → `journal.set_substitute`."""

    def __init__(self, db: Database, actor: Actor, week: timetable.Week, today: dt.date, *,
                 now: Clock = real_clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TimetableSubstitutionDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._now, self.week = db, actor, now, week
        self.outcome = ""
        self.lessons: list[timetable.DayLesson] = []
        first = dt.date(int(week.academic_year[:4]), 9, 1)
        last = dt.date(first.year + 1, 8, 31)
        self.ui.day.setDateRange(_qdate(first), _qdate(last))
        self.ui.day.setDate(_qdate(min(max(today, first), last)))
        self.ui.day.dateChanged.connect(lambda _d: self._load())
        self.ui.lesson.currentIndexChanged.connect(lambda _i: self._lesson_changed())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Записать замену"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load()

    def day(self) -> dt.date:
        return _date(self.ui.day.date())

    def set_day(self, day: dt.date) -> None:
        self.ui.day.setDate(_qdate(day))

    def _load(self) -> None:
        self.ui.error.setText("")
        day = self.day()
        try:
            if self.week.view == "class":
                self.lessons = timetable.lessons_on(self._db, self._actor, day, class_id=int(self.week.key))
            else:
                self.lessons = timetable.lessons_on(self._db, self._actor, day, teacher_id=int(self.week.key))
            staff = journal.staff_for_substitution(self._db, self._actor, day)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.ui.lesson.blockSignals(True)
        self.ui.lesson.clear()
        for x in self.lessons:
            text = self.tr("{0}-й урок: {1} — {2}").format(x.number, x.label, x.teacher)
            if x.substitute:
                text += self.tr(" (замена: {0})").format(x.substitute)
            self.ui.lesson.addItem(text, x.lesson_id)
        self.ui.lesson.blockSignals(False)
        self.ui.substitute.clear()
        self.ui.substitute.addItem(self.tr("— нет замены —"), None)
        for s in staff:
            self.ui.substitute.addItem(f"{s.short_name}, {s.position}" if s.position else s.short_name, s.id)
        if not self.lessons:
            self.ui.error.setText(self.tr("В этот день уроков нет: выберите другой день."))
        self._lesson_changed()

    def _lesson_changed(self) -> None:
        lesson = next((x for x in self.lessons if x.lesson_id == self.ui.lesson.currentData()), None)
        self.ui.substitute.setCurrentIndex(max(0, self.ui.substitute.findData(
            lesson.substitute_id if lesson else None)))

    def choose(self, lesson_id: int, staff_id: int | None) -> None:
        self.ui.lesson.setCurrentIndex(self.ui.lesson.findData(lesson_id))
        self.ui.substitute.setCurrentIndex(max(0, self.ui.substitute.findData(staff_id)))

    def submit(self) -> None:
        lesson_id = self.ui.lesson.currentData()
        if lesson_id is None:
            self.ui.error.setText(self.tr("Выберите урок."))
            return
        staff_id = self.ui.substitute.currentData()
        try:
            journal.set_substitute(self._db, self._actor, lesson_id, staff_id, now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        lesson = next(x for x in self.lessons if x.lesson_id == lesson_id)
        self.outcome = (self.tr("Замена записана: {0:%d.%m.%Y}, {1}-й урок, {2} — ведёт {3}.").format(
            lesson.date, lesson.number, lesson.label, self.ui.substitute.currentText().split(",")[0])
            if staff_id is not None else self.tr("Замена снята: {0:%d.%m.%Y}, {1}-й урок, {2}.").format(
            lesson.date, lesson.number, lesson.label))
        self.accept()
