"""Table models over plain lists of rows: the shared base, and a read-only one over tuples."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget


class ListTableModel(QAbstractTableModel):
    """Headers and a list of rows; subclasses say what a cell shows in `data()`."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class RowsModel(ListTableModel):
    """Read-only rows of display values (tuples), with optional tooltips per cell."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(headers, parent)
        self.tooltips: list[tuple] = []

    def set_rows(self, rows: list[tuple], tooltips: list[tuple] | None = None) -> None:
        self.tooltips = tooltips or []
        super().set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltips:
            return self.tooltips[index.row()][index.column()]
        return None



class ItemRowsModel(RowsModel):
    """Rows of display tuples that also keep the objects they show (`items[row]`)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(headers, parent)
        self.items: list = []

    def show(self, items: list, rows: list[tuple]) -> None:
        self.items = items
        self.set_rows(rows)

def scaled_width(widget: QWidget, width: int) -> int:
    """A column width designed for the system font, grown with the larger font chosen in Настройки
    (ui.app_preferences keeps the system font on the application), so headers stay readable."""
    base = getattr(QApplication.instance(), "_system_font", None)
    if base is None:
        return width
    scale = QFontMetrics(widget.font()).averageCharWidth() / max(1, QFontMetrics(base).averageCharWidth())
    return round(width * max(1.0, scale))


def fixed_columns(view: QTableView, widths: tuple[int, ...]) -> None:
    """Fixed widths (never ResizeToContents on a large model), grown with a large font; the last column
    takes what is left; no row numbers."""
    header = view.horizontalHeader()
    for col, width in enumerate(widths):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, scaled_width(header, width))
    header.setStretchLastSection(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
