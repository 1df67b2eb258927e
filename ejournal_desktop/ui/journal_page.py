"""Журнал: one class-subject page for a period, keyboard first; every entry is saved at once.

The page picks the course and period, shows the grid (`grid_model`, `grid_view`) and the lesson
panel, and turns what the teacher types into service calls: a mark → `journal.put_marks`, Н/П/Б/ОП
→ `journal.set_attendance`, Del → `journal.remove_mark` (after the window: a correction request),
Ctrl+Z → `journal.undo_last`. A refusal is shown at the cell and the grid is reloaded from the
database, so what is on screen is always what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QWidget

from ..domain import entry_rules as rules
from ..domain.attendance import AttendanceCode
from ..domain.rights import Action, may, permits
from ..services import changes, journal
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.administration import year_closing
from ..services.errors import Busy, ServiceError
from ..services.journal import entry as journal_entry
from ..services.journal import inspection
from .app_preferences import preferences
from .formats import ERROR_STYLE, INFO_STYLE, heading, weekday_name
from .forms.ui_journalpage import Ui_JournalPage
from .grid_model import (
    ABSENT_BACKGROUND,
    ATTENDANCE_COLOR,
    CLOSED_BACKGROUND,
    PENDING_BACKGROUND,
    SUGGESTED_COLOR,
    TODAY_BACKGROUND,
    JournalGridModel,
)
from .inspection_dialog import InspectionDialog
from .journal_corrections import CorrectionRequestDialog, CorrectionsDialog
from .journal_dialogs import AbsenceReasonDialog, MarkHistoryDialog
from .thematic_plan_dialog import ThematicPlanDialog

Clock = Callable[[], dt.datetime]


def real_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class JournalPage(QWidget):
    periodChanged = Signal(str)   # the label of the period shown («2-я четверть»)
    statusMessage = Signal(str)   # a refusal or a notice for the main window's status bar
    WATCH_MS = 5000               # how often the page asks whether another PC changed the journal

    # A save refused because another program holds the journal: tried again this often, this many times.
    BUSY_RETRY_MS = 3000
    BUSY_RETRIES = 3
    _busy_retries = 0

    def __init__(self, db: Database, actor: Actor, *, now: Clock | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_JournalPage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self._now = now or real_clock
        self._settings = settings or preferences()
        self._pending_comment = ""
        self.grid: journal.GridData | None = None

        self.model = JournalGridModel(self)
        self.view = self.ui.grid
        self.view.setModel(self.model)
        # Other PCs (or windows) writing the journal: the page re-reads itself when they touch what it
        # shows (a server's notification or the file's change counter), never while a cell is edited.
        self._watcher = changes.Watcher(db)
        self.destroyed.connect(self._watcher.close)  # a server's LISTEN connection goes with the page
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        self.view.delegate.entered.connect(self.enter)
        self.view.delegate.submit = self.enter
        self.view.closedTyped.connect(self.answer_closed_cell)
        self.view.note.button.clicked.connect(self._note_action)
        self._note_index, self._note_typed = None, ""
        self.view.removeRequested.connect(self.remove)
        self.view.undoRequested.connect(self.undo)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        heading(self.ui.heading)
        self.ui.corrections.setVisible(may(actor.roles, Action.decide_correction))
        self.ui.corrections.clicked.connect(self.open_corrections)
        self.ui.today.clicked.connect(self.go_to_today)
        today_key = QShortcut(QKeySequence("Ctrl+T"), self)
        today_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today_key.activated.connect(self.go_to_today)
        self.ui.inspection.clicked.connect(self.open_inspection)
        self.ui.thematicPlan.clicked.connect(self.open_thematic_plan)
        self.ui.absenceReasons.setVisible(False)
        self.ui.absenceReasons.clicked.connect(lambda: self.record_absence_reason())
        self.ui.lockCourse.setVisible(may(actor.roles, Action.lock_course))
        self.ui.lockCourse.clicked.connect(self.toggle_lock)
        self.ui.lockedBanner.setVisible(False)
        self._substitutions = may(actor.roles, Action.record_substitution)
        self._staff: list[journal.StaffInfo] | None = None
        self.ui.substitute.setVisible(not self._substitutions)
        self.ui.substituteTeacher.setVisible(self._substitutions)
        self.ui.substituteTeacher.activated.connect(self._substitute_chosen)
        self.ui.saveLesson.clicked.connect(self.save_lesson)
        # The work kind is one of the school's work types (a list, full names); Tab: topic → homework → save.
        self.ui.workKind.setEditable(False)
        self.ui.workKind.setSizeAdjustPolicy(self.ui.workKind.SizeAdjustPolicy.AdjustToContents)
        QWidget.setTabOrder(self.ui.topic, self.ui.homework)
        QWidget.setTabOrder(self.ui.homework, self.ui.saveLesson)
        self.ui.topic.editingFinished.connect(self.save_lesson)
        self.ui.homework.editingFinished.connect(self.save_lesson)
        self.ui.workType.currentIndexChanged.connect(
            lambda _i: self.model.set_work_type(self.ui.workType.currentData()))

        # Closed years stay viewable and printable (regulation 7.5): the year picker shows once there are two.
        self.years = year_closing.academic_years(db, actor)
        for y in self.years:
            self.ui.year.addItem(self.tr("{0} (закрыт)").format(y.label) if y.closed else y.label, y.id)
        self.ui.year.setVisible(len(self.years) > 1)
        self.ui.yearLabel.setVisible(len(self.years) > 1)
        self.ui.year.currentIndexChanged.connect(lambda _i: self._fill_courses())
        self.ui.course.currentIndexChanged.connect(self._course_changed)
        self.ui.period.currentIndexChanged.connect(self._period_changed)
        self._fill_courses()
        self.fill_counts()

    def fill_counts(self) -> None:
        """What waits for the user, on the buttons: the deputy's correction requests awaiting a decision,
        the inspection remarks not fixed yet."""
        if self.ui.corrections.isVisibleTo(self):
            try:
                waiting = len(journal.corrections(self._db, self._actor, "pending"))
            except ServiceError:
                waiting = 0
            self.ui.corrections.setText(self.tr("Заявки на &исправление ({0})…").format(waiting) if waiting
                                        else self.tr("Заявки на &исправление…"))
        try:
            remarks = inspection.open_count(self._db, self._actor)
        except ServiceError:
            remarks = 0
        self.ui.inspection.setText(self.tr("Заме&чания по проверке ({0})…").format(remarks) if remarks
                                   else self.tr("Заме&чания по проверке…"))

    def _fill_courses(self) -> None:
        """The pages of the chosen year (the latest when there is no choice)."""
        self.courses = journal.courses_for(self._db, self._actor, self.ui.year.currentData())
        self.ui.course.blockSignals(True)
        self.ui.course.clear()
        for c in self.courses:
            label = c.title if c.relation == "own" else self.tr("{0} — {1}").format(c.title, c.teacher)
            self.ui.course.addItem(label, c.id)
        if not self.courses:
            self.ui.course.blockSignals(False)
            self.ui.period.blockSignals(True)
            self.ui.period.clear()
            self.ui.period.blockSignals(False)
            self.reload(keep_position=False)
            self.ui.heading.setText(self.tr("Нет страниц журнала, доступных вам в этом учебном году."))
            self._show_lesson(None)
            return
        remembered = self._settings.value(self._key("course"))
        index = self.ui.course.findData(int(remembered)) if remembered not in (None, "") else -1
        self.ui.course.setCurrentIndex(max(index, 0))
        self.ui.course.blockSignals(False)
        self._course_changed(remember=False)

    def select_year(self, academic_year_id: int) -> None:
        self.ui.year.setCurrentIndex(self.ui.year.findData(academic_year_id))

    # --- picking the page --------------------------------------------------------------------------------

    def _key(self, name: str) -> str:
        return f"journal/{self._actor.login}/{name}"

    def today(self) -> dt.date:
        return self._now().astimezone().date()

    def select_course(self, course_id: int) -> None:
        self.ui.course.setCurrentIndex(self.ui.course.findData(course_id))

    def select_period(self, period_id: int) -> None:
        self.ui.period.setCurrentIndex(self.ui.period.findData(period_id))

    def _course_changed(self, *_args, remember: bool = True) -> None:
        course_id = self.ui.course.currentData()
        if course_id is None:
            return
        if remember:
            self._settings.setValue(self._key("course"), course_id)
        periods = journal.periods_for(self._db, course_id)
        remembered = self._settings.value(self._key("period"))
        today = self.today()
        chosen = next((i for i, p in enumerate(periods) if remembered not in (None, "") and p.id == int(remembered)),
                      None)
        if chosen is None:
            chosen = next((i for i, p in enumerate(periods) if p.start <= today <= p.end), None)
        if chosen is None:
            chosen = max((i for i, p in enumerate(periods) if p.start <= today), default=0)
        self.ui.period.blockSignals(True)
        self.ui.period.clear()
        for p in periods:
            self.ui.period.addItem(self.tr("{0} ({1:%d.%m} – {2:%d.%m})").format(p.label, p.start, p.end), p.id)
        self.ui.period.setCurrentIndex(chosen if periods else -1)
        self.ui.period.blockSignals(False)
        self.reload(keep_position=False)

    def _period_changed(self, *_args) -> None:
        if self.ui.period.currentData() is not None:
            self._settings.setValue(self._key("period"), self.ui.period.currentData())
        self.reload(keep_position=False)

    # --- loading ---------------------------------------------------------------------------------------

    def check_for_changes(self) -> bool:
        """Re-read the page when someone else changed the journal since; True when it did."""
        if self.grid is None or not self.isVisible() or \
                self.view.state() == QAbstractItemView.State.EditingState:
            return False
        found = self._watcher.poll()
        if found is None or not found.touches():
            return False
        self.reload(keep_position=True)
        return True

    def reload(self, keep_position: bool = True) -> None:
        """Read the page again from the database; the current cell stays where it was."""
        course_id, period_id = self.ui.course.currentData(), self.ui.period.currentData()
        current = self.view.currentIndex()
        if course_id is None or period_id is None:
            self.grid = None
            self.model.set_grid(None)
            self._fill_page_state(None)
            return
        try:
            grid = journal.load_grid(self._db, self._actor, course_id, period_id, now=self._now())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        first = self.grid is None or self.grid.course.id != grid.course.id
        self.grid = grid
        self.model.set_grid(grid)
        if first:
            self._fill_work_types(grid)
            self._fill_legend(grid)
        self._fill_heading(grid)
        self._fill_page_state(grid)
        if keep_position and current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif not keep_position:
            self._go_to_today()
        self._current_changed(self.view.currentIndex())
        self._watcher.catch_up()  # everything written until now is on the page

    def _fill_work_types(self, grid: journal.GridData) -> None:
        chosen = self.ui.workType.currentData()
        self.ui.workType.blockSignals(True)
        self.ui.workType.clear()
        self.ui.workType.addItem(self.tr("по уроку"), None)
        for t in grid.work_types:
            self.ui.workType.addItem(self.tr("{0} (вес {1})").format(t.name, f"{t.weight:g}".replace(".", ",")), t.id)
        self.ui.workType.setCurrentIndex(max(self.ui.workType.findData(chosen), 0))
        self.ui.workType.blockSignals(False)
        self.model.set_work_type(self.ui.workType.currentData())
        self.ui.workKind.blockSignals(True)
        self.ui.workKind.clear()
        self.ui.workKind.addItem("")
        for t in grid.work_types:
            self.ui.workKind.addItem(t.name)
        self.ui.workKind.blockSignals(False)

    def _fill_legend(self, grid: journal.GridData) -> None:
        """What the colours mean: each work type's marks (with its weight), attendance, the cells' backgrounds."""
        parts = [self.tr("<b>Обозначения:</b>")]
        for t in grid.work_types:
            parts.append('<span style="color:{}"><b>5</b></span> {} ({})'.format(
                t.color or "#000000", t.name, self.tr("вес {0}").format(f"{t.weight:g}".replace(".", ","))))
        parts.append(self.tr('<span style="color:{0}">Н П Б ОП</span> посещаемость').format(ATTENDANCE_COLOR.name()))
        parts.append(self.tr('<span style="background:{0}">&nbsp;&nbsp;&nbsp;&nbsp;</span> сегодня').format(
            TODAY_BACKGROUND.name()))
        parts.append(self.tr('<span style="background:{0}; border:1px solid #b0b0b0">&nbsp;&nbsp;&nbsp;&nbsp;</span> запись закрыта').format(
            CLOSED_BACKGROUND.name()))
        parts.append(self.tr('<span style="background:{0}">&nbsp;&nbsp;&nbsp;&nbsp;</span> не в списке класса').format(
            ABSENT_BACKGROUND.name()))
        parts.append(self.tr('<span style="background:{0}">&nbsp;5&nbsp;</span> ждёт решения по заявке на '
                             'исправление').format(PENDING_BACKGROUND.name()))
        parts.append(self.tr('<i style="color:{0}">4</i> предлагаемая отметка за период').format(
            SUGGESTED_COLOR.name()))
        self.ui.legend.setText(" &nbsp;·&nbsp; ".join(parts))

    def _fill_heading(self, grid: journal.GridData) -> None:
        c, p = grid.course, grid.period
        year = next((y for y in self.years if y.id == self.ui.year.currentData()), None)
        parts = [self.tr("{0} учебный год закрыт (приказ № {1})").format(year.label, year.order_number)]  \
            if year is not None and year.closed else []
        parts += [c.title, self.tr("учитель {0}").format(c.teacher),
                 self.tr("{0}: {1:%d.%m.%Y} – {2:%d.%m.%Y}").format(p.label, p.start, p.end),
                 self.tr("учеников: {0}, уроков: {1}").format(len(grid.rows), len(grid.columns))]
        if not c.editable and not c.locked:  # a locked page has its banner
            parts.append(self.tr("только просмотр"))
        self.ui.heading.setText(" · ".join(parts))

    def _fill_page_state(self, grid: journal.GridData | None) -> None:
        """The lock banner and button, and whether absence reasons can be recorded on this page."""
        locked = grid is not None and grid.course.locked
        self.ui.lockedBanner.setVisible(locked)
        if locked:
            text = self.tr("Страница закрыта администратором (п. 4.2 г Положения): отметки, посещаемость, "
                           "темы уроков и исправления на ней не принимаются.")
            if may(self._actor.roles, Action.lock_course):
                text += " " + self.tr("Открыть её можно кнопкой «Открыть страницу».")
            self.ui.lockedBanner.setText(text)
        self.ui.lockCourse.setEnabled(grid is not None)
        self.ui.lockCourse.setText(self.tr("Открыть стр&аницу") if locked else self.tr("Закрыть стр&аницу"))
        self.ui.lockCourse.setToolTip(
            self.tr("Разрешить снова записи на этой предметной странице") if locked else
            self.tr("Закрыть предметную страницу: никто не сможет вносить и исправлять записи (п. 4.2 г)"))
        self.ui.absenceReasons.setVisible(self.may_record_absence_reasons())
        # New marks' work type matters only where marks can be put.
        editable = grid is not None and grid.course.editable
        self.ui.workTypeLabel.setVisible(editable)
        self.ui.workType.setVisible(editable)
        self.ui.thematicPlan.setVisible(editable)
        if grid is not None:
            self.periodChanged.emit(grid.period.label)

    def may_record_absence_reasons(self) -> bool:
        """The class teacher on a page of own class; the deputy on any page (as the service checks)."""
        grid = self.grid
        return grid is not None and permits(self._actor.roles, Action.record_absence_reason,
                                            own_class=grid.course.own_class)

    def period_label(self) -> str:
        return self.grid.period.label if self.grid is not None else ""

    def go_to_today(self) -> None:
        """«Сегодня»: the period of today (whatever period the page reopened on) and today's lesson."""
        today = self.today()
        for i in range(self.ui.period.count()):
            period = next((p for p in journal.periods_for(self._db, self.ui.course.currentData())
                           if p.id == self.ui.period.itemData(i)), None)
            if period is not None and period.start <= today <= period.end:
                if i != self.ui.period.currentIndex():
                    self.ui.period.setCurrentIndex(i)   # reloads and goes to today
                    return
                break
        self._go_to_today()
        self.view.setFocus()

    def _go_to_today(self) -> None:
        """Start on the last lesson held (today's when there is one), first pupil."""
        grid = self.grid
        if grid is None or not grid.rows or not grid.columns:
            return
        held = [i for i, c in enumerate(grid.columns) if c.date <= grid.today]
        col = JournalGridModel.FIRST_LESSON + (held[-1] if held else 0)
        self.view.setCurrentIndex(self.model.index(0, col))
        self.view.show_column_at_right(col)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.grid is not None and self.view.currentIndex().isValid():
            self.view.show_column_at_right(self.view.currentIndex().column())

    # --- entries -----------------------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False, index: QModelIndex | None = None,
                     action: str = "") -> None:
        """The message under the grid and in the status bar; a refusal at a cell also beside the cell."""
        self.ui.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.ui.message.setText(text)
        if text:
            self.statusMessage.emit(text)
        if error and index is not None and index.isValid():
            self.view.scrollTo(index)
            self.view.note.show_beside(self.view.visualRect(index), text, action)
        else:
            self.view.note.hide()

    def answer_closed_cell(self, index: QModelIndex, typed: str) -> None:
        """Keys typed into a cell that takes no entry: the reason beside the cell and in the status
        bar, the cursor where it was, nothing saved; a mark past its window offers a correction request."""
        verdict = self.model.verdict(index)
        reason = self.model.closed_reason(index) or self.tr("Эта клетка не принимает записей")
        action = ""
        if (verdict.action == rules.CORRECTION_REQUEST and self.model.marks_at(index)
                and self.grid is not None and self.grid.course.editable):
            action = self.tr("Создать заявку на исправление")
        self._note_index, self._note_typed = QPersistentModelIndex(index), typed
        self.show_message(self.tr("Не сохранено «{0}»: {1}").format(typed, reason) if typed else reason,
                          error=True, index=index, action=action)

    def _note_action(self) -> None:
        if self._note_index is not None and self._note_index.isValid():
            self.view.note.hide()
            self.request_correction(QModelIndex(self._note_index), self._note_typed)

    def _call(self, index: QModelIndex | None, call: Callable[[], object],
              retry: Callable[[], object] | None = None) -> bool:
        try:
            call()
        except Busy as exc:  # another program writes: the entry is kept and tried again shortly
            self.show_message(str(exc), error=True, index=index)
            if retry is not None and self._busy_retries < self.BUSY_RETRIES:
                self._busy_retries += 1
                QTimer.singleShot(self.BUSY_RETRY_MS, retry)
            return False
        except ServiceError as exc:
            return self._refused(index, exc)
        self.show_message("")
        self.reload()
        return True

    def _refused(self, index: QModelIndex | None, exc: ServiceError) -> bool:
        """A refusal: the reason beside the cell and in the status bar; the page re-read unless the
        text itself was wrong (then nothing changed and the editor stays open)."""
        self.show_message(str(exc), error=True, index=index)
        if not isinstance(exc, journal.InvalidEntry):  # a wrong text changed nothing: the editor stays
            self.reload()
            if index is not None and index.isValid():
                self.view.note.show_beside(self.view.visualRect(index), str(exc))
        return False

    def enter(self, index: QModelIndex, text: str, before: str = "") -> bool:
        """What the teacher typed into a cell, saved at once; False (and a message) when refused."""
        grid = self.grid
        row = self.model.pupil_at(index.row())
        if grid is None or row is None:
            return False
        column = self.model.lesson_at(index.column())
        if column is None:
            return self._enter_period_mark(index, row, text)
        work_type = self.model.work_type_for(column)
        # What the teacher saw: another PC's change in between is refused, not overwritten.
        shown = self.model.cell_text(row, column, work_type.id if work_type else None)
        shown_code = row.attendance.get(column.lesson_id, "")
        comment, self._pending_comment = self._pending_comment, ""
        try:
            result = journal_entry.enter_cell(
                self._db, self._actor, column.lesson_id, row.pupil_id, text, shown_marks=shown,
                shown_attendance=shown_code, work_type_id=self.model.work_type_id, comment=comment, now=self._now())
        except Busy as exc:  # another program writes: the entry is kept and tried again shortly
            self.show_message(str(exc), error=True, index=index)
            if self._busy_retries < self.BUSY_RETRIES:
                self._busy_retries += 1
                QTimer.singleShot(self.BUSY_RETRY_MS, lambda: self._retry_entry(index, text, comment))
            return False
        except journal.CorrectionRequired as exc:  # a fix past its time (entry_rules): nothing changed, the
            # editor keeps the text and the request is offered with it filled in
            self._note_index, self._note_typed = QPersistentModelIndex(index), text
            self.show_message(str(exc), error=True, index=index, action=self.tr("Создать заявку на исправление"))
            return False
        except ServiceError as exc:
            return self._refused(index, exc)
        self._busy_retries = 0
        self.show_message("")
        # Refresh from what changed: the cell and the pupil's average; a whole reload only when the
        # page mixes in other courses' lessons (individual schooling) or the period is another one.
        if (result.period_id == grid.period.id and not any(c.individual for c in grid.columns)
                and self.model.update_cell(row.pupil_id, column.lesson_id, result.marks, result.attendance,
                                           result.average, result.suggested)):
            self._watcher.catch_up()
        else:
            self.reload()
        return True

    def _retry_entry(self, index: QModelIndex, text: str, comment: str) -> None:
        if self.grid is not None and index.isValid():
            self._pending_comment = comment
            self.enter(index, text)

    def _enter_period_mark(self, index: QModelIndex, row: journal.GridRow, text: str) -> bool:
        kind = self.model.tail_kind(index.column())
        if kind in (None, JournalGridModel.AVERAGE) or self.grid is None:
            return False
        period_id = self.grid.period.id if kind == JournalGridModel.PERIOD else None
        return self._call(index, lambda: journal.set_period_mark(
            self._db, self._actor, self.grid.course.id, row.pupil_id, kind, period_id, text or None,
            now=self._now()))

    def remove(self, index: QModelIndex) -> None:
        """Del: the cell's last mark goes (inside its window); after it, a correction request."""
        row, column = self.model.pupil_at(index.row()), self.model.lesson_at(index.column())
        if row is None:
            return
        if column is None:
            if self.model.tail_kind(index.column()) not in (None, JournalGridModel.AVERAGE):
                self.enter(index, "")
            return
        marks = row.marks.get(column.lesson_id, ())
        if not marks:
            if row.attendance.get(column.lesson_id):
                self._call(index, lambda: journal.set_attendance(
                    self._db, self._actor, column.lesson_id, row.pupil_id, "", now=self._now()))
            return
        try:
            journal.remove_mark(self._db, self._actor, marks[-1].id, now=self._now(), expected=marks[-1].value)
        except journal.CorrectionRequired:
            self.request_correction(index)
            return
        except ServiceError as exc:
            self.show_message(str(exc), error=True, index=index)
            self.reload()  # shows what another PC changed
            return
        self.show_message("")
        self.reload()

    def request_correction(self, index: QModelIndex, new_value: str = "") -> CorrectionRequestDialog | None:
        row, column = self.model.pupil_at(index.row()), self.model.lesson_at(index.column())
        if row is None or column is None or not row.marks.get(column.lesson_id) or self.grid is None:
            return None
        dialog = CorrectionRequestDialog(
            self._db, self._actor, row.marks[column.lesson_id], row.full_name, column.date,
            {t.id: t.name for t in self.grid.work_types}, self._now, parent=self, new_value=new_value)
        self.correction_dialog = dialog
        if dialog.exec() and dialog.changes is not None:
            self.show_message(self.tr("Заявка на исправление отправлена заместителю директора."))
        return dialog

    def undo(self) -> None:
        self._call(self.view.currentIndex(), lambda: journal.undo_last(self._db, self._actor, now=self._now()))

    # --- context menu ------------------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        menu = self.context_menu(index)
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        column = self.model.lesson_at(index.column())
        if self.grid is None or column is None:
            return None
        menu = QMenu(self)
        row = self.model.pupil_at(index.row())
        if self.model.marks_at(index):
            history = menu.addAction(self.tr("История отметки…"))
            history.triggered.connect(lambda: self.show_mark_history(index))
        if (row is not None and row.attendance.get(column.lesson_id) == AttendanceCode.absent_unexcused.value
                and self.may_record_absence_reasons()):
            reason = menu.addAction(self.tr("Указать причину отсутствия…"))
            reason.triggered.connect(lambda: self.record_absence_reason(index))
        if not self.grid.course.editable:
            return menu if menu.actions() else None
        if menu.actions():
            menu.addSeparator()
        kinds = menu.addMenu(self.tr("Вид работы для новых отметок"))
        group = QActionGroup(menu)
        for i in range(self.ui.workType.count()):
            action = QAction(self.ui.workType.itemText(i), group)
            action.setCheckable(True)
            action.setChecked(i == self.ui.workType.currentIndex())
            action.triggered.connect(lambda _c=False, i=i: self.ui.workType.setCurrentIndex(i))
            kinds.addAction(action)
        comment = menu.addAction(self.tr("Комментарий к новой отметке…"))
        comment.triggered.connect(self._ask_comment)
        if self.model.marks_at(index):
            correction = menu.addAction(self.tr("Заявка на исправление отметки…"))
            correction.triggered.connect(lambda: self.request_correction(index))
        return menu

    def _ask_comment(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Комментарий к отметке"),
                                        self.tr("Комментарий к следующей отметке (виден ученику и родителям):"))
        if ok:
            self.set_pending_comment(text)

    def set_pending_comment(self, text: str) -> None:
        self._pending_comment = text.strip()
        if self._pending_comment:
            self.show_message(self.tr("Следующая отметка будет записана с комментарием «{0}».").format(
                self._pending_comment))

    # --- the lesson panel --------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, *_args) -> None:
        self._show_lesson(self.model.lesson_at(current.column()) if current.isValid() else None)

    def _show_lesson(self, column: journal.GridColumn | None) -> None:
        self._lesson = column
        box = self.ui
        grid = self.grid
        closed = None
        if column is not None and grid is not None:
            closed = rules.lesson_details(
                column.date, grid.today, grid.window_days, column.editable, grid.school_wide, grid.year_closed,
                grid.course.locked, bool(grid.rows) and all(r.year_mark_set for r in grid.rows),
                grid.course.title).reason
        # A closed lesson reads as closed: the fields read-only, the reason in the panel's title.
        for w in (box.topic, box.homework):
            w.setEnabled(column is not None and grid is not None and column.editable)
            w.setReadOnly(column is None or closed is not None)
        for w in (box.workKind, box.saveLesson):
            w.setEnabled(column is not None and closed is None)
        box.lessonBox.setTitle(self.tr("Урок") if closed is None or column is None
                               else self.tr("Урок — только просмотр: {0}").format(closed))
        for w in (box.topic, box.homework):
            w.blockSignals(True)
        if column is None:
            box.lessonDate.setText(self.tr("выберите столбец урока"))
            box.topic.clear()
            box.homework.clear()
            box.workKind.setCurrentIndex(0)
            box.substitute.setText("")
            self._show_substitute(None)
        else:
            weekday = weekday_name(column.date.weekday())
            box.lessonDate.setText(self.tr("{0:%d.%m.%Y}, {1}, {2}-й урок").format(column.date, weekday,
                                                                                column.number))
            box.topic.setText(column.topic)
            box.homework.setText(column.homework)
            box.topic.setCursorPosition(0)
            box.homework.setCursorPosition(0)
            kind = box.workKind.findText(column.work_kind)
            if kind < 0 and column.work_kind:   # a kind typed before the list was a list: still shown
                box.workKind.addItem(column.work_kind)
                kind = box.workKind.count() - 1
            box.workKind.setCurrentIndex(max(kind, 0))
            box.substitute.setText(column.substitute or self.tr("нет"))
            self._show_substitute(column)
        for w in (box.topic, box.homework):
            w.blockSignals(False)

    def save_lesson(self) -> bool:
        column = getattr(self, "_lesson", None)
        if column is None:
            return False
        topic, homework = self.ui.topic.text(), self.ui.homework.text()
        work_kind = self.ui.workKind.currentText()
        if (topic.strip(), homework.strip(), work_kind.strip()) == (column.topic, column.homework, column.work_kind):
            return True
        ok = self._call(None, lambda: journal.update_lesson(self._db, self._actor, column.lesson_id, topic=topic,
                                                            homework=homework, work_kind=work_kind,
                                                            now=self._now()))
        if ok:
            self.show_message(self.tr("Урок {0:%d.%m.%Y} сохранён.").format(column.date))
        return ok

    # --- corrections ---------------------------------------------------------------------------------------

    def open_thematic_plan(self) -> ThematicPlanDialog | None:
        """The course's thematic plan (КТП): import from Excel, fill the lessons' topics in order."""
        if self.grid is None:
            return None
        dialog = ThematicPlanDialog(self._db, self._actor, self.grid.course.id, parent=self, now=self._now)
        self.thematic_plan_dialog = dialog
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def open_inspection(self) -> InspectionDialog:
        """Remarks of the deputy's journal inspection on this course (regulation 7.2–7.4); the dialog
        offers only what the user may do: the deputy adds remarks, the teacher marks them fixed."""
        dialog = InspectionDialog(self._db, self._actor, self.ui.course.currentData(), self._now, parent=self)
        self.inspection_dialog = dialog
        dialog.exec()
        self.fill_counts()
        return dialog

    def open_corrections(self) -> CorrectionsDialog:
        dialog = CorrectionsDialog(self._db, self._actor, self._now, parent=self)
        self.corrections_dialog = dialog
        dialog.exec()
        if dialog.decided:
            self.reload()
        self.fill_counts()
        return dialog

    # --- substitutions (the deputy) --------------------------------------------------------------------------

    def _show_substitute(self, column: journal.GridColumn | None) -> None:
        combo = self.ui.substituteTeacher
        if not self._substitutions:
            return
        if self._staff is None:
            try:
                self._staff = journal.staff_for_substitution(self._db, self._actor)
            except ServiceError as exc:
                self._staff = []
                self.show_message(str(exc), error=True)
            combo.blockSignals(True)
            combo.addItem(self.tr("нет замены"), None)
            for person in self._staff:
                combo.addItem(person.short_name, person.id)
                combo.setItemData(combo.count() - 1, f"{person.full_name}, {person.position}",
                                  Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        combo.blockSignals(True)
        if column is not None and column.substitute_teacher_id is not None:
            index = combo.findData(column.substitute_teacher_id)
            if index < 0:  # dismissed since: still named
                combo.addItem(column.substitute, column.substitute_teacher_id)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentIndex(0)
        combo.blockSignals(False)
        combo.setEnabled(column is not None and self.grid is not None and not self.grid.course.locked)

    def _substitute_chosen(self, index: int) -> None:
        column = getattr(self, "_lesson", None)
        if column is None:
            return
        staff_id = self.ui.substituteTeacher.itemData(index)
        name = self.ui.substituteTeacher.itemText(index)
        ok = self._call(None, lambda: journal.set_substitute(self._db, self._actor, column.lesson_id, staff_id,
                                                             now=self._now()))
        if ok:
            self.show_message(self.tr("Урок {0:%d.%m.%Y}: замена — {1}.").format(column.date, name) if staff_id
                              else self.tr("Урок {0:%d.%m.%Y}: замена снята.").format(column.date))

    # --- absence reasons (the class teacher) ------------------------------------------------------------------

    def record_absence_reason(self, index: QModelIndex | None = None) -> AbsenceReasonDialog | None:
        """The dialog that turns Н into П or Б for a pupil and a range of days; the grid reloads."""
        if self.grid is None or not self.may_record_absence_reasons():
            return None
        index = index if index is not None and index.isValid() else self.view.currentIndex()
        row = self.model.pupil_at(index.row()) if index.isValid() else None
        column = self.model.lesson_at(index.column()) if index.isValid() else None
        day = column.date if column is not None else min(self.today(), self.grid.period.end)
        dialog = AbsenceReasonDialog(
            self._db, self._actor, [(r.pupil_id, r.full_name) for r in self.grid.rows],
            row.pupil_id if row is not None else None, day, day, parent=self)
        self.absence_dialog = dialog
        if dialog.exec() and dialog.changed:
            self.reload()
            self.show_message(self.tr("Причина отсутствия указана: изменено уроков — {0}.").format(dialog.changed))
        return dialog

    # --- locking the page (the administrator) -----------------------------------------------------------------

    def toggle_lock(self) -> None:
        if self.grid is None:
            return
        locked = not self.grid.course.locked
        title = self.grid.course.title
        if self._call(None, lambda: journal.set_course_locked(self._db, self._actor, self.grid.course.id, locked)):
            self.show_message(self.tr("Страница «{0}» закрыта.").format(title) if locked
                              else self.tr("Страница «{0}» снова открыта для записей.").format(title))

    # --- history of a mark ---------------------------------------------------------------------------------

    def show_mark_history(self, index: QModelIndex) -> MarkHistoryDialog | None:
        marks = self.model.marks_at(index)
        row, column = self.model.pupil_at(index.row()), self.model.lesson_at(index.column())
        if not marks or row is None or column is None or self.grid is None:
            return None
        dialog = MarkHistoryDialog(self._db, self._actor, marks, row.full_name, column.date,
                                   {t.code: t.name for t in self.grid.work_types}, parent=self)
        self.history_dialog = dialog
        dialog.exec()
        return dialog
