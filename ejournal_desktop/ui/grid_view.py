"""The journal grid's view: a table whose number and name columns stay put (Qt's "frozen column"
example: a second view laid over the first one), and the delegate that takes what is typed.

Keys: typing starts an entry; Enter saves and moves down, Tab saves and moves right; Del asks the
page to remove; Ctrl+Z asks it to undo. The view never writes: it emits, the page calls the service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .grid_model import JournalGridModel

NUMBER_WIDTH = 32
NAME_WIDTH = 250
LESSON_WIDTH = 46
TAIL_WIDTH = 54


class JournalDelegate(QStyledItemDelegate):
    """A QLineEdit editor; a finished entry is handed to the page (``entered``), never to the model."""

    entered = Signal(QModelIndex, str, str)   # index, new text, text before

    def __init__(self, parent=None):
        super().__init__(parent)
        # Enter or Tab in the editor asks this first (index, text, text before → saved?); a refused
        # entry keeps the editor open with the text, and the cursor where it is.
        self.submit: Callable[[QModelIndex, str, str], bool] | None = None
        self._editing = QPersistentModelIndex()
        self._fonts: dict[str, tuple] = {}   # font key → (fonts, metrics, space): not rebuilt per cell
        self._current: tuple | None = None   # those of the view's font; reset when it changes

    def font_changed(self) -> None:
        self._current = None

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.setMaxLength(40)
        self._editing = QPersistentModelIndex(index)
        return editor

    def setEditorData(self, editor, index):
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setText(text)
        editor.setProperty("before", text)

    def eventFilter(self, editor, event):
        if (event.type() == QEvent.Type.KeyPress and self.submit is not None and isinstance(editor, QLineEdit)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and self._editing.isValid()):
            before = editor.property("before") or ""
            text = editor.text().strip()
            if text != before:
                if not self.submit(QModelIndex(self._editing), text, before):
                    return True   # refused: the editor stays open with the text, the cursor stays
                editor.setProperty("before", text)
            # Saved (or unchanged): close and move at once, not from Qt's queued call.
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, {
                Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            }.get(event.key(), QAbstractItemDelegate.EndEditHint.SubmitModelCache))
            return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor, model, index):
        before = editor.property("before") or ""
        text = editor.text().strip()
        if text != before:
            self.entered.emit(index, text, before)

    def paint(self, painter: QPainter, option, index):
        """Paint a cell straight from the Python model: one call into Python per cell instead of
        one per role (Qt's item painting asks the model for eight roles a cell, each a costly crossing);
        the same roles, read in Python, decide the look."""
        model = index.model()
        col = index.column()
        if not isinstance(model, JournalGridModel):
            super().paint(painter, option, index)
            return
        if col < JournalGridModel.FIRST_LESSON:
            return  # under the frozen columns, which paint them
        rect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        background, segments = model.look(index)
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif background is not None:
            painter.fillRect(rect, background)
        if segments:
            fonts, metrics, space, widths = self._current or self._fonts_for(option.font)
            sizes = []
            for s in segments:
                key = (s.text, s.bold, s.italic)
                width = widths.get(key)
                if width is None:
                    width = widths[key] = metrics[s.bold, s.italic].horizontalAdvance(s.text)
                sizes.append(width)
            total = sum(sizes) + space * (len(segments) - 1)
            x = rect.x() + max(2, (rect.width() - total) // 2)
            highlighted = palette.highlightedText().color() if selected else None
            text_color = None
            for segment, width in zip(segments, sizes):
                painter.setFont(fonts[segment.bold, segment.italic])
                color = highlighted or segment.color
                if color is None:
                    color = text_color = text_color or palette.text().color()
                painter.setPen(color)
                painter.drawText(QRect(x, rect.y(), width + 1, rect.height()), _LEFT_VCENTER, segment.text)
                x += width + space
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.highlight().color().darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _fonts_for(self, base: QFont) -> tuple:
        """(fonts and metrics by (bold, italic), width of a space, cache of text widths) for the
        view's font: built once."""
        key = base.key()
        cached = self._fonts.get(key)
        if cached is None:
            fonts = {}
            for bold in (False, True):
                for italic in (False, True):
                    font = QFont(base)
                    font.setBold(bold)
                    font.setItalic(italic)
                    fonts[bold, italic] = font
            metrics = {k: QFontMetrics(f) for k, f in fonts.items()}
            cached = self._fonts[key] = (fonts, metrics, metrics[False, False].horizontalAdvance(" "), {})
        self._current = cached
        return cached


_LEFT_VCENTER = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CellNote(QFrame):
    """The answer to what was typed, beside the cell (not a tooltip): why the cell takes no entry,
    with the action it allows (a button)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("cellNote")
        self.covered: Callable[[], tuple[int, int]] = lambda: (0, 0)   # viewport covered (right, left)
        self.setStyleSheet("QFrame#cellNote { background: #fff4e5; border: 1px solid #e0a040; border-radius: 3px; }"
                           "QFrame#cellNote QLabel { color: #5d3a00; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        self.text = QLabel(self)
        self.text.setObjectName("cellNoteText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("cellNoteAction")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_at(self, cell: QRect, text: str, action: str = "", cover_right: int = 0, cover_left: int = 0) -> None:
        """Beside the cell, inside the viewport less the pixels the frozen columns cover on each side."""
        self.text.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        area = self.parentWidget().rect().adjusted(cover_left, 0, -cover_right, 0)
        width = min(520, max(260, area.width() // 2))
        self.text.setFixedWidth(width - (self.button.sizeHint().width() + 20 if action else 14))
        self.adjustSize()
        x, y = cell.right() + 4, cell.top()
        if x + self.width() > area.right():
            x = cell.left() - self.width() - 4
            if x < area.left():  # no room on either side: under the cell (above it at the bottom)
                x = max(area.left(), min(cell.left(), area.right() - self.width()))
                y = cell.bottom() + 3 if cell.bottom() + 3 + self.height() <= area.bottom() \
                    else cell.top() - self.height() - 3
        y = max(0, min(y, area.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()

    def show_beside(self, cell: QRect, text: str, action: str = "") -> None:
        self.show_at(cell, text, action, *self.covered())


class JournalGridView(QTableView):
    """The grid with its first columns frozen: a second view over them shares model and selection."""

    removeRequested = Signal(QModelIndex)
    undoRequested = Signal()
    closedTyped = Signal(QModelIndex, str)   # keys typed into a cell that takes no entry (all typed so far)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = CellNote(self.viewport())
        self.note.covered = lambda: (self.tail_width() if self.tail.isVisible() else 0, self.frozen_width())
        self._typed = ""
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumns")
        self.delegate = JournalDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        lines = self.fontMetrics().lineSpacing() * 2 + 10
        self.horizontalHeader().setFixedHeight(lines)

        f = self.frozen
        f.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.verticalHeader().hide()
        f.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        f.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        f.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        f.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        f.horizontalHeader().setHighlightSections(False)
        f.horizontalHeader().setFixedHeight(lines)
        f.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        f.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        f.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        f.setWordWrap(False)
        f.setStyleSheet("QTableView#frozenColumns { border: none; border-right: 2px solid palette(mid); }")
        self.viewport().stackUnder(f)
        f.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(f.verticalScrollBar().setValue)
        f.clicked.connect(self._frozen_clicked)
        f.show()

        # «Ср. балл», «За период» (and the year's columns) frozen on the right the same way: a view
        # over the viewport's right edge, shown while the lessons are scrolled away from them. When
        # the grid is scrolled to its end the grid's own columns are there, and the overlay goes.
        t = self.tail = QTableView(self)
        t.setObjectName("frozenTail")
        t.setItemDelegate(JournalDelegate(t))   # paints like the grid; never edits
        t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        t.verticalHeader().hide()
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        t.horizontalHeader().setHighlightSections(False)
        t.horizontalHeader().setFixedHeight(lines)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setWordWrap(False)
        t.setStyleSheet("QTableView#frozenTail { border: none; border-left: 2px solid palette(mid); }")
        t.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(t.verticalScrollBar().setValue)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._update_frozen_geometry())
        self.horizontalScrollBar().rangeChanged.connect(lambda _a, _b: self._update_frozen_geometry())
        t.clicked.connect(self._tail_clicked)
        t.hide()

    # --- model ------------------------------------------------------------------------------------------

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.tail.setModel(model)
        self.tail.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._layout_columns)
        self._layout_columns()

    def column_widths(self) -> tuple[int, int, int, int]:
        """(number, name, lesson, tail) widths: fixed, but wider with a large font (a date «28.12» and
        «Экза-» must fit; the name column grows in proportion, up to 1.6 times)."""
        widths = getattr(self, "_widths", None)
        if widths is None:  # measured once per font: scrolling asks for the frozen width often
            metrics = self.fontMetrics()
            lesson = max(LESSON_WIDTH, metrics.horizontalAdvance("00.00") + 14)
            ratio = lesson / LESSON_WIDTH
            exam = QCoreApplication.translate("", "Экза-\nмен").split("\n")[0]  # the grid model's heading
            tail = max(TAIL_WIDTH, metrics.horizontalAdvance(exam) + 14, lesson)
            widths = self._widths = (max(NUMBER_WIDTH, metrics.horizontalAdvance("99") + 14),
                                     round(NAME_WIDTH * min(ratio, 1.6)), lesson, tail)
        return widths

    def _layout_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        number, name, lesson, tail = self.column_widths()
        for col in range(model.columnCount()):
            if col == JournalGridModel.NUMBER:
                width = number
            elif col == JournalGridModel.NAME:
                width = name
            elif model.lesson_at(col) is not None:
                width = lesson
            else:
                width = tail
            header.resizeSection(col, width)
            self.frozen.setColumnHidden(col, col >= JournalGridModel.FIRST_LESSON)
            in_tail = col >= JournalGridModel.FIRST_LESSON and model.lesson_at(col) is None
            self.tail.setColumnHidden(col, not in_tail)
            if in_tail:
                self.tail.horizontalHeader().resizeSection(col, width)
            if col < JournalGridModel.FIRST_LESSON:
                self.frozen.horizontalHeader().resizeSection(col, width)
        self._update_frozen_geometry()

    def frozen_width(self) -> int:
        number, name, _lesson, _tail = self.column_widths()
        return number + name

    # --- geometry (Qt's frozen column example) -------------------------------------------------------------

    def _update_frozen_geometry(self) -> None:
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
                                self.frozen_width() + 2,
                                self.viewport().height() + self.horizontalHeader().height())
        if not hasattr(self, "tail"):
            return
        width = self.tail_width()
        bar = self.horizontalScrollBar()
        show = width > 0 and bar.value() < bar.maximum()
        if show:
            self.tail.setGeometry(self.verticalHeader().width() + self.frameWidth() + self.viewport().width() - width - 2,
                                  self.frameWidth(), width + 2,
                                  self.viewport().height() + self.horizontalHeader().height())
            self.tail.verticalScrollBar().setValue(self.verticalScrollBar().value())
        self.tail.setVisible(show)

    def tail_width(self) -> int:
        """The width of the average and period-mark columns frozen on the right (0: none)."""
        model = self.model()
        if model is None:
            return 0
        header = self.horizontalHeader()
        return sum(header.sectionSize(c) for c in range(JournalGridModel.FIRST_LESSON, model.columnCount())
                   if model.lesson_at(c) is None)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "delegate"):
            self.delegate.font_changed()
            self._widths = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_frozen_geometry()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._update_frozen_geometry()

    def moveCursor(self, action, modifiers):
        current = super().moveCursor(action, modifiers)
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.isValid()
                and current.column() >= JournalGridModel.FIRST_LESSON
                and self.visualRect(current).topLeft().x() < self.frozen_width()):
            new = self.horizontalScrollBar().value() + self.visualRect(current).topLeft().x() - self.frozen_width()
            self.horizontalScrollBar().setValue(new)
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= JournalGridModel.FIRST_LESSON:
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            if rect.left() < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (self.frozen_width() - rect.left()))
            if self.model().lesson_at(index.column()) is None:   # a period column: to the end, no overlay
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().maximum())
                return
            rect = self.visualRect(index)
            right = self.viewport().width() - (self.tail_width() if self.tail.isVisible() else 0)
            if self.model().lesson_at(index.column()) is not None and rect.right() > right:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + rect.right() - right)

    def show_column_at_right(self, col: int) -> None:
        """Scroll so that the column is the last one fully visible, left of the frozen average and
        period columns (which lie over the grid's right edge): the lessons before it show."""
        header = self.horizontalHeader()
        right = header.sectionPosition(col) + header.sectionSize(col)
        self.horizontalScrollBar().setValue(max(0, right - (self.viewport().width() - self.tail_width())))

    def _frozen_clicked(self, index: QModelIndex) -> None:
        self.setFocus()

    def _tail_clicked(self, index: QModelIndex) -> None:
        self.setFocus()
        self.scrollTo(index)   # the grid scrolls to its end: its own period columns take the overlay's place

    # --- keys ---------------------------------------------------------------------------------------------

    def keyboardSearch(self, search: str) -> None:
        """No type-to-search: a letter typed into the grid is an entry, never a jump to another pupil."""

    def currentChanged(self, current, previous) -> None:
        super().currentChanged(current, previous)
        self._typed = ""
        if hasattr(self, "note"):
            self.note.hide()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            return
        index = self.currentIndex()
        text = event.text()
        if (index.isValid() and text and text.isprintable()
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                and not self.model().flags(index) & Qt.ItemFlag.ItemIsEditable):
            self._typed += text
            self.closedTyped.emit(index, self._typed.strip())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid():
            self.removeRequested.emit(index)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            # From an open editor the delegate saves and closeEditor moves down; else just move.
            if self.state() != QAbstractItemView.State.EditingState:
                self.move_down()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        index = self.currentIndex()
        below = index.sibling(index.row() + 1, index.column())
        if below.isValid():
            rect = self.visualRect(below)
            if rect.bottom() >= self.viewport().height():
                # Half a page at once, not a row per entry: every scroll repaints the whole grid (the
                # frozen columns lie over it, so Qt cannot shift the picture), typing down a column
                # would pay that on each mark of the lower half. Vertically only: the column stays put.
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)
            self.setCurrentIndex(below)

    def focusInEvent(self, event) -> None:
        """Back from a cell editor: repaint only the current cell, not the whole viewport as
        QAbstractItemView does on every focus change (a full repaint of hundreds of cells per entry)."""
        if getattr(self, "_from_editor", False) and self.currentIndex().isValid():
            self._from_editor = False
            QAbstractScrollArea.focusInEvent(self, event)
            self.viewport().update(self.visualRect(self.currentIndex()))
            return
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        """Into a cell editor: the same, the other way — QAbstractItemView repaints its whole viewport
        when it loses focus, and a typed key opens an editor on every entry."""
        focus = QApplication.focusWidget()
        if focus is not None and self.viewport().isAncestorOf(focus):
            QAbstractScrollArea.focusOutEvent(self, event)
            if self.currentIndex().isValid():
                self.viewport().update(self.visualRect(self.currentIndex()))
            return
        super().focusOutEvent(event)

    def closeEditor(self, editor, hint) -> None:
        """Enter (SubmitModelCache) saves and moves down, without opening the next editor."""
        self._from_editor = True
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)
