"""The preview of a built report on the Reports page: a table as it prints (ReportTableModel, its columns
shared out as the PDF shares the page) and a bar chart in QtCharts."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ..services.reports.kinds import BarChart, Table, format_cell
from .rows_model import scaled_width

__all__ = ["ReportTableModel", "chart_view", "lay_out_columns", "wrap_words"]

PALETTE = ("#2F5D8C", "#E39B3B", "#7FB069", "#B5485D", "#6C5B7B", "#4E9CA8")


class ReportTableModel(QAbstractTableModel):
    """A report's Table as it prints: cells by `format_cell`, numbers right-aligned, the totals row bold."""

    def __init__(self, table: Table, parent=None):
        super().__init__(parent)
        self.table = table
        self.columns = table.columns
        self.titles = [c.title for c in table.columns]   # as shown: wrapped to the column's width
        self.rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
        self.totals_row = len(table.rows) if table.totals is not None else -1
        self._bold = QFont()
        self._bold.setBold(True)
        self._totals_brush = QBrush(QColor(230, 230, 230))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, col = index.row(), index.column()
        column = self.columns[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column.kind == "text" else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row == self.totals_row else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._totals_brush if row == self.totals_row else None
        values = self.rows[row]
        value = values[col] if col < len(values) else None
        text = format_cell(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column.kind == "text" and text else None
        return text


def wrap_words(text: str, width: int, metrics) -> str:
    """The text broken into lines (at spaces) no wider than `width` pixels where a word allows."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def lay_out_columns(view: QTableView, model: ReportTableModel, available: int) -> None:
    """Fixed widths in the proportions of Column.width over the available width (as the PDF shares the
    page), none narrower than the longest word of its title; titles wrapped to their widths."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    pad = 14
    total = sum(c.width for c in model.columns) or 1
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for col, column in enumerate(model.columns):
        longest = max((metrics.horizontalAdvance(w) for w in column.title.split()), default=0)
        width = max(int(available * column.width / total), longest + pad, 40)
        header.resizeSection(col, scaled_width(header, width))
        model.titles[col] = wrap_words(column.title, width - pad, metrics)
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(model.columns) - 1, 0))


def chart_view(chart: BarChart, parent: QWidget | None = None) -> QChartView:
    """The bar chart in QtCharts: a bar set per series, categories along the bottom, the unit on the axis."""
    series = QBarSeries()
    top = 0.0
    for i, (name, values) in enumerate(chart.series):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        for value in values:
            bar_set.append(float(value or 0))
            top = max(top, float(value or 0))
        series.append(bar_set)
    series.setLabelsVisible(len(chart.categories) * max(len(chart.series), 1) <= 24)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3)  # «91.7», as the tables round, not «91.6667»
    qchart = QChart()
    qchart.addSeries(series)
    qchart.setTitle(chart.title)
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append(list(chart.categories))
    if len(chart.categories) > 8:
        categories.setLabelsAngle(-60)
    qchart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setRange(0, 100 if chart.unit == "%" and top <= 100 else (top * 1.1 if top > 0 else 1))
    values.setLabelFormat("%.0f")
    if chart.unit != "%" or top > 100:
        values.applyNiceNumbers()
    if chart.unit:
        values.setTitleText(chart.unit)
    qchart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    qchart.legend().setVisible(len(chart.series) > 1)
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(qchart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(320)
    return view
