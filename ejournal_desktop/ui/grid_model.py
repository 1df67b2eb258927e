"""The journal grid as a Qt model: pupils × lessons over the service's GridData, no item per cell.

Columns: the pupil's number and name (frozen on screen), one column per lesson in date order,
the weighted average, the period mark and, on the last period of the year, the year, exam and
final marks. Whether a cell takes a new entry is asked of `domain.entry_rules` with what GridData
carries (the lesson's date, today, the school's window, the work type's window); the services
refuse by the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain import entry_rules as rules
from ..services.journal import GridColumn, GridData, GridRow, MarkCell, WorkTypeInfo, period_mark_what
from .formats import weekday_short

# Attendance codes: a brown no work type uses (weighted marks are dark red, purple, blue…).
ATTENDANCE_COLOR = QColor("#8D6E63")
TODAY_BACKGROUND = QColor("#FFF6D5")
CLOSED_BACKGROUND = QColor("#F1F1F1")
ABSENT_BACKGROUND = QColor("#D6D6D6")
SUGGESTED_COLOR = QColor("#9E9E9E")
PENDING_BACKGROUND = QColor("#D6E9FB")   # a mark waiting for the deputy's decision on a correction
_MISSING = object()


def tr(text: str) -> str:
    """pyside6-lupdate files a bare tr("…") under the empty context, so it is looked up there."""
    return QCoreApplication.translate("", text)


def format_average(value: float | None) -> str:
    """4.0909 → «4,09» (Russian decimal comma)."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")


@dataclass(frozen=True)
class Segment:
    """One piece of a cell as painted: a mark in its work type's colour, or an attendance code."""

    text: str
    color: QColor
    bold: bool
    italic: bool = False


class JournalGridModel(QAbstractTableModel):
    # Fixed columns on the left (frozen on screen); lessons start at FIRST_LESSON.
    NUMBER, NAME = 0, 1
    FIRST_LESSON = 2
    # Columns after the lessons, by kind.
    AVERAGE, PERIOD, YEAR, EXAM, FINAL = "average", "period", "year", "exam", "final"

    SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 1   # list[Segment] of a lesson cell
    CLOSED_ROLE = Qt.ItemDataRole.UserRole + 2     # why the cell takes no entry (str) or None

    _SERVED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                         SEGMENTS_ROLE, CLOSED_ROLE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: GridData | None = None
        self.work_type_id: int | None = None   # chosen for new marks; None: the lesson's or the default
        self._tail: list[str] = []
        self._types: dict[int, WorkTypeInfo] = {}
        # Per cell, computed once: painting asks for every visible cell, several times.
        self._flags: dict[tuple[int, int], Qt.ItemFlag] = {}
        self._closed: dict[tuple[int, int], object] = {}       # the per-cell rule's verdict
        self._looks: dict[tuple[int, int], tuple] = {}         # what the delegate paints, per cell
        self._colors: dict[int, QColor] = {}
        self._brushes = {"absent": QBrush(ABSENT_BACKGROUND), "closed": QBrush(CLOSED_BACKGROUND),
                         "today": QBrush(TODAY_BACKGROUND), "suggested": QBrush(SUGGESTED_COLOR),
                         "attendance": QBrush(ATTENDANCE_COLOR),
                         "pending": QBrush(PENDING_BACKGROUND)}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- the data -------------------------------------------------------------------------------------

    def set_grid(self, grid: GridData | None) -> None:
        """Show a grid; the same page reloaded keeps the view's current cell (only data changes)."""
        same = (self.grid is not None and grid is not None and self._shape(self.grid) == self._shape(grid))
        if not same:
            self.beginResetModel()
        self.grid = grid
        self._types = {t.id: t for t in grid.work_types} if grid else {}
        self._colors = {t.id: QColor(t.color) if t.color else QColor("#000000") for t in self._types.values()}
        self._flags = {}
        self._closed = {}
        self._looks = {}
        self._tail = []
        if grid is not None:
            self._tail = [self.AVERAGE, self.PERIOD]
            if grid.period.last:
                self._tail += [self.YEAR, self.EXAM, self.FINAL]
        if not same:
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def update_cell(self, pupil_id: int, lesson_id: int, marks: tuple[MarkCell, ...], attendance: str,
                    average: float | None, suggested: str | None) -> bool:
        """What the service answered after an entry: the cell, the pupil's average and suggested mark
        change, and only those cells are redrawn (dataChanged on them). False: not on this page."""
        r, c = self.row_of(pupil_id), self.column_of(lesson_id)
        if r < 0 or c < 0:
            return False
        row = self.grid.rows[r]
        if marks:
            row.marks[lesson_id] = marks
        else:
            row.marks.pop(lesson_id, None)
        if attendance:
            row.attendance[lesson_id] = attendance
        else:
            row.attendance.pop(lesson_id, None)
        row.average, row.suggested = average, suggested
        touched = [c] + [self.column_of(k) for k in (self.AVERAGE, self.PERIOD)]
        for col in touched:
            for cache in (self._flags, self._closed, self._looks):
                cache.pop((r, col), None)
            self.dataChanged.emit(self.index(r, col), self.index(r, col))
        return True

    @staticmethod
    def _shape(grid: GridData) -> tuple:
        return (grid.course.id, grid.period.id, tuple(c.lesson_id for c in grid.columns),
                tuple(r.pupil_id for r in grid.rows))

    def set_work_type(self, work_type_id: int | None) -> None:
        self.work_type_id = work_type_id
        self._flags = {}
        self._closed = {}
        self._looks = {}
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- what a column or row is -------------------------------------------------------------------------

    def lesson_at(self, col: int) -> GridColumn | None:
        if self.grid is None:
            return None
        i = col - self.FIRST_LESSON
        return self.grid.columns[i] if 0 <= i < len(self.grid.columns) else None

    def tail_kind(self, col: int) -> str | None:
        if self.grid is None:
            return None
        i = col - self.FIRST_LESSON - len(self.grid.columns)
        return self._tail[i] if 0 <= i < len(self._tail) else None

    def column_of(self, kind_or_lesson: str | int) -> int:
        """The column of a lesson id or of a tail kind (AVERAGE, PERIOD…); -1 when absent."""
        if self.grid is None:
            return -1
        if isinstance(kind_or_lesson, str):
            if kind_or_lesson not in self._tail:
                return -1
            return self.FIRST_LESSON + len(self.grid.columns) + self._tail.index(kind_or_lesson)
        for i, c in enumerate(self.grid.columns):
            if c.lesson_id == kind_or_lesson:
                return self.FIRST_LESSON + i
        return -1

    def row_of(self, pupil_id: int) -> int:
        if self.grid is not None:
            for i, r in enumerate(self.grid.rows):
                if r.pupil_id == pupil_id:
                    return i
        return -1

    def pupil_at(self, row: int) -> GridRow | None:
        if self.grid is None or not 0 <= row < len(self.grid.rows):
            return None
        return self.grid.rows[row]

    def work_type_for(self, column: GridColumn) -> WorkTypeInfo | None:
        """The work type a new mark in the column gets: the chosen one, else the one the lesson's
        work kind names, else the school's default (as `journal.put_marks` picks it)."""
        if self.grid is None or not self.grid.work_types:
            return None
        if self.work_type_id in self._types:
            return self._types[self.work_type_id]
        kind = column.work_kind.strip().casefold()
        for t in self.grid.work_types:
            if kind and t.name.casefold() == kind:
                return t
        return next((t for t in self.grid.work_types if t.is_default), self.grid.work_types[0])

    def cell_text(self, row: GridRow, column: GridColumn, work_type_id: int | None = None) -> str:
        """The marks of a cell as typed («5 4»); of one work type when given."""
        return " ".join(m.value for m in row.marks.get(column.lesson_id, ())
                        if work_type_id is None or m.work_type_id == work_type_id)

    def marks_at(self, index: QModelIndex) -> tuple[MarkCell, ...]:
        row, column = self.pupil_at(index.row()), self.lesson_at(index.column())
        if row is None or column is None:
            return ()
        return row.marks.get(column.lesson_id, ())

    # --- rules ------------------------------------------------------------------------------------------

    def closed_reason(self, index: QModelIndex) -> str | None:
        """Why the cell takes no entry now (None: it does), from the one rule of domain.entry_rules."""
        return self.verdict(index).reason

    def verdict(self, index: QModelIndex) -> rules.Verdict | rules.LessonCell:
        """The per-cell rule's answer, fed from GridData: a lesson cell's (marks, attendance), a period
        cell's verdict; the services answer by the same rule from the database. Kept per cell."""
        key = (index.row(), index.column())
        verdict = self._closed.get(key)
        if verdict is None:
            verdict = self._closed[key] = self._verdict(index)
        return verdict

    def _verdict(self, index: QModelIndex) -> rules.Verdict | rules.LessonCell:
        grid, row = self.grid, self.pupil_at(index.row())
        if grid is None or row is None:
            return rules.Verdict.refuse(tr("Нет данных"))
        col = index.column()
        if col < self.FIRST_LESSON:
            return rules.Verdict.refuse(tr("Список класса здесь не изменяется"))
        column = self.lesson_at(col)
        course = grid.course
        if column is not None:
            work_type = self.work_type_for(column)
            marks = row.marks.get(column.lesson_id, ())
            return rules.lesson_cell(rules.LessonCellFacts(
                column.date, grid.today, grid.window_days, work_type.entry_days if work_type else 0,
                column.editable, grid.school_wide, grid.year_closed, course.locked, course.has_marks,
                row.stays, row.year_mark_set, bool(marks), course.title, grid.now, grid.fix_minutes,
                tuple((m.typed_at, m.own) for m in marks
                      if m.typed_at is not None and (work_type is None or m.work_type_id == work_type.id))))
        kind = self.tail_kind(col)
        if kind == self.AVERAGE:
            return rules.Verdict.refuse(tr("Средний балл вычисляется по отметкам"))
        if kind == self.PERIOD:
            last = grid.last_lesson or grid.period.end
        else:
            last = grid.year_last_lesson or grid.period.end
        return rules.period_cell(rules.PeriodCellFacts(
            kind, period_mark_what(kind, grid.period.label), last, grid.today,
            course.editable and course.relation != "substitute", grid.school_wide, grid.year_closed,
            course.locked, course.has_marks, bool(row.stays), row.year_mark_set, row.final_mark_set,
            grid.period_mark_days, course.title))

    def is_open(self, index: QModelIndex) -> bool:
        verdict = self.verdict(index)
        return verdict.open if isinstance(verdict, rules.LessonCell) else verdict.allowed

    def look(self, index: QModelIndex) -> tuple:
        """(background brush or None, segments) of a lesson or tail cell, from the roles `data`
        serves, kept per cell until the grid or the work type changes: what the delegate paints."""
        key = (index.row(), index.column())
        look = self._looks.get(key)
        if look is None:
            background = self.data(index, Qt.ItemDataRole.BackgroundRole)
            segments = self.data(index, self.SEGMENTS_ROLE)
            if segments is None:  # the average and the period, year, exam, final marks
                segments = []
                text = self.data(index, Qt.ItemDataRole.DisplayRole)
                if text:
                    font = self.data(index, Qt.ItemDataRole.FontRole)
                    brush = self.data(index, Qt.ItemDataRole.ForegroundRole)
                    segments = [Segment(text, brush.color() if brush is not None else None,
                                        font is None or font.bold(), font is not None and font.italic())]
            look = self._looks[key] = (background, tuple(segments))
        return look

    # --- Qt ---------------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent=QModelIndex()):
        if parent.isValid() or self.grid is None:
            return 0
        return self.FIRST_LESSON + len(self.grid.columns) + len(self._tail)

    _ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _EDITABLE = _ENABLED | Qt.ItemFlag.ItemIsEditable

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = (index.row(), index.column())
        flags = self._flags.get(key)
        if flags is None:
            flags = self._flags[key] = (self._EDITABLE if key[1] >= self.FIRST_LESSON
                                        and self.is_open(index) else self._ENABLED)
        return flags

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):
            return None
        column = self.lesson_at(section)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column is not None and column.date == self.grid.today else None
        if section == self.NUMBER:
            return "№" if role == Qt.ItemDataRole.DisplayRole else tr("Номер по списку")
        if section == self.NAME:
            return tr("Ученик") if role == Qt.ItemDataRole.DisplayRole else tr("Фамилия, имя, отчество")
        if column is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                second = tr("инд.") if column.individual else tr("{0} ур.").format(column.number) \
                    if column.two_on_day else weekday_short(column.date.weekday())
                return f"{column.date:%d.%m}\n{second}"
            tip = [tr("Урок {0:%d.%m.%Y}, {1}-й по расписанию").format(column.date, column.number)]
            if column.time is not None:
                tip[0] += ", " + column.time.text() + (tr(" (сокращённый день)") if column.time.short else "")
            if column.topic:
                tip.append(tr("Тема: {0}").format(column.topic))
            if column.homework:
                tip.append(tr("Домашнее задание: {0}").format(column.homework))
            if column.work_kind:
                tip.append(tr("Вид работы: {0}").format(column.work_kind))
            if column.substitute:
                tip.append(tr("Замена: урок ведёт {0}").format(column.substitute))
            if column.individual:
                tip.append(tr("Индивидуальное обучение: {0} (отметки ставятся на его странице)").format(
                    column.individual))
            return "\n".join(tip)
        kind = self.tail_kind(section)
        labels = {self.AVERAGE: (tr("Ср.\nбалл"), tr("Средний взвешенный балл за период")),
                  self.PERIOD: (tr("За\nпериод"), tr("Отметка за {0}").format(self.grid.period.label)),
                  self.YEAR: (tr("Год"), tr("Годовая отметка")),
                  self.EXAM: (tr("Экза-\nмен"), tr("Экзаменационная отметка")),
                  self.FINAL: (tr("Итог"), tr("Итоговая отметка"))}
        if kind in labels:
            return labels[kind][0 if role == Qt.ItemDataRole.DisplayRole else 1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._SERVED or not index.isValid() or self.grid is None:
            return None
        row = self.grid.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.NAME:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.CLOSED_ROLE:
            return self.closed_reason(index) if col >= self.FIRST_LESSON else None
        if col == self.NUMBER:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return str(row.number)
            # № по журналу stays with a pupil who left (or came later): greyed like the name
            return self._name_data(row, role) if role == Qt.ItemDataRole.ForegroundRole else None
        if col == self.NAME:
            return self._name_data(row, role)
        column = self.lesson_at(col)
        if column is not None:
            return self._lesson_data(row, column, index, role)
        return self._tail_data(row, self.tail_kind(col), index, role)

    def _name_data(self, row: GridRow, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.full_name
        if role == Qt.ItemDataRole.ForegroundRole and not row.whole_period:
            return QBrush(SUGGESTED_COLOR)
        if role == Qt.ItemDataRole.FontRole and not row.whole_period:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and not row.whole_period:
            spans = "; ".join(f"{a:%d.%m} – {b:%d.%m.%Y}" for a, b in row.stays)
            return tr("{0}: в списке класса (группы) в этом периоде {1}").format(row.full_name, spans)
        return None

    def _lesson_data(self, row: GridRow, column: GridColumn, index: QModelIndex, role):
        marks = row.marks.get(column.lesson_id, ())
        code = row.attendance.get(column.lesson_id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join([m.value for m in marks] + ([code] if code else []))
        if role == Qt.ItemDataRole.EditRole:  # what typing over the cell replaces: its work type's marks and the code
            work_type = self.work_type_for(column)
            text = self.cell_text(row, column, work_type.id if work_type else None)
            return " ".join(p for p in (text, code) if p)
        if role == self.SEGMENTS_ROLE:
            out = [Segment(m.value, self._color(m.work_type_id), True) for m in marks]
            if code:
                out.append(Segment(code, ATTENDANCE_COLOR, False))
            return out
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(self._color(marks[0].work_type_id)) if marks else (
                self._brushes["attendance"] if code else None)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if marks else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.belongs_on(column.date):
                return self._brushes["absent"]
            if any(m.pending_correction for m in marks):
                return self._brushes["pending"]
            if self.closed_reason(index) is not None:
                return self._brushes["closed"]
            if column.date == self.grid.today:
                return self._brushes["today"]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            for m in marks:
                wt = self._types.get(m.work_type_id)
                line = tr("{0} — {1} (вес {2})").format(m.value, wt.name if wt else "?",
                                                       f"{m.weight:g}".replace(".", ","))
                if m.comment:
                    line += ": " + m.comment
                if m.pending_correction:
                    line += " — " + tr("заявка на исправление ждёт решения заместителя директора")
                lines.append(line)
            if code:
                lines.append(tr("Посещаемость: {0}").format(code))
            closed = self.closed_reason(index)
            if closed:
                lines.append(closed)
            return "\n".join(lines) or None
        return None

    def _tail_data(self, row: GridRow, kind: str | None, index: QModelIndex, role):
        if kind == self.AVERAGE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return format_average(row.average)
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._brushes["closed"]
            return None
        value = {self.PERIOD: row.period_mark, self.YEAR: row.year_mark, self.EXAM: row.exam_mark,
                 self.FINAL: row.final_mark}.get(kind)
        suggested = row.suggested if kind == self.PERIOD and value is None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return value or suggested or ""
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if suggested else self._bold
        if role == Qt.ItemDataRole.ForegroundRole and suggested:
            return self._brushes["suggested"]
        if role == Qt.ItemDataRole.BackgroundRole and self.closed_reason(index) is not None:
            return self._brushes["closed"]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if suggested:
                lines.append(tr("Предлагается по среднему баллу: {0} (ещё не выставлена)").format(suggested))
            closed = self.closed_reason(index)
            if closed:
                lines.append(closed)
            return "\n".join(lines) or None
        return None

    def _color(self, work_type_id: int) -> QColor:
        color = self._colors.get(work_type_id)
        return color if color is not None else QColor("#000000")
