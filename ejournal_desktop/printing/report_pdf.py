"""Any `Report` (printing.report) as a PDF: A4, landscape unless the report says otherwise.

Every page carries the furniture of document.py (the school on the left, the report's title on the
right, «лист N из M» at the foot). The first page opens with the title and the subtitle (class,
period, dates); each table has its title above it and its header row repeated on every page it runs
over; numbers are right-aligned and printed as `report.format_cell` prints them (decimal comma, «%»);
the totals row is bold. A `BarChart` is drawn with reportlab.graphics: bars per category and series,
the value axis with its unit, category labels (turned when there are many), a legend and the values
over the bars when they fit.

Only the bundled fonts are used: the text is embedded, searchable and copyable.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from .document import PageSetup, base_styles, pdf_bytes, write_pdf
from .fonts import SANS, SANS_BOLD, register_fonts
from .layout import HEAD_FILL, BuildCancelled, Checkpoint, pdf_text, stringWidth
from .layout import pdf_markup as escape
from .report import BarChart, Column, Report, Table, format_cell

__all__ = ["BuildCancelled", "chart_drawing", "report_pdf", "report_story", "report_setup", "write_report_pdf"]

BODY_SIZE = 8.5
HEADER_SIZE = 8
CELL_PAD = 3
CHART_HEIGHT = 85 * mm
MAX_BAR = 36          # points: a chart of three subjects does not draw three slabs
ZEBRA = colors.Color(0.975, 0.975, 0.975)
TOTALS_FILL = colors.Color(0.90, 0.90, 0.90)
GRID_COLOR = colors.Color(0.55, 0.55, 0.55)
# Series colours: distinct in colour and in grey when printed on a black-and-white printer.
PALETTE = (colors.HexColor("#2F5D8C"), colors.HexColor("#E39B3B"), colors.HexColor("#7FB069"),
           colors.HexColor("#B5485D"), colors.HexColor("#8C7AB8"), colors.HexColor("#5A5A5A"))

Progress = Callable[[int, int], None]


def _styles() -> dict[str, ParagraphStyle]:
    base = base_styles()
    normal = base["normal"]
    return {
        "title": ParagraphStyle("report-title", parent=base["title"], spaceAfter=1 * mm),
        "subtitle": ParagraphStyle("report-subtitle", parent=normal, fontSize=11, leading=14, alignment=TA_CENTER,
                                   spaceAfter=4 * mm),
        "heading": ParagraphStyle("report-heading", parent=base["heading"]),
        "head": ParagraphStyle("report-head", parent=normal, fontName=SANS_BOLD, fontSize=HEADER_SIZE,
                               leading=HEADER_SIZE + 1.5, alignment=TA_CENTER),
        "cell": ParagraphStyle("report-cell", parent=normal, fontSize=BODY_SIZE, leading=BODY_SIZE + 1.5),
        "cell-bold": ParagraphStyle("report-cell-bold", parent=normal, fontName=SANS_BOLD, fontSize=BODY_SIZE,
                                    leading=BODY_SIZE + 1.5),
        "note": ParagraphStyle("report-note", parent=normal, fontSize=8.5, leading=11, spaceBefore=1 * mm),
    }


def _numeric(column: Column) -> bool:
    return column.kind != "text"


def _widths(columns: list[Column], width: float) -> list[float]:
    total = sum(max(0.1, c.width) for c in columns) or 1.0
    return [width * max(0.1, c.width) / total for c in columns]


def _cell(value, column: Column, width: float, style: ParagraphStyle, font: str):
    """A plain string when it fits on one line (cheap), a wrapped Paragraph when it does not."""
    text = pdf_text(format_cell(value, column.kind))
    if _numeric(column) or stringWidth(text, font, BODY_SIZE) <= width - 2 * CELL_PAD:
        return text
    return Paragraph(escape(text), style)


def table_flowable(table: Table, width: float, styles: dict[str, ParagraphStyle]) -> RLTable:
    """One report table: header repeated on every page, numbers right-aligned, totals bold."""
    widths = _widths(table.columns, width)
    header = [Paragraph(escape(c.title), styles["head"]) for c in table.columns]
    body = [[_cell(v, c, w, styles["cell"], SANS) for v, c, w in zip(row, table.columns, widths)]
            for row in table.rows]
    if not body:
        body = [["Нет данных"] + [""] * (len(table.columns) - 1)]
    data = [header, *body]
    if table.totals is not None:
        data.append([_cell(v, c, w, styles["cell-bold"], SANS_BOLD)
                     for v, c, w in zip(table.totals, table.columns, widths)])
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), BODY_SIZE + 1.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
        ("GRID", (0, 0), (-1, -1), 0.35, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ]
    if len(body) > 3:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, len(body)), [colors.white, ZEBRA]))
    for index, column in enumerate(table.columns):
        if _numeric(column):
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    if not table.rows:
        commands += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                     ("TEXTCOLOR", (0, 1), (-1, 1), colors.Color(0.4, 0.4, 0.4))]
    if table.totals is not None:
        commands += [("FONTNAME", (0, -1), (-1, -1), SANS_BOLD), ("BACKGROUND", (0, -1), (-1, -1), TOTALS_FILL),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    flowable = RLTable(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")
    return flowable


def _fit_label(text: str, width: float, size: float = 7.5) -> str:
    if stringWidth(text, SANS, size) <= width:
        return text
    while text and stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_max(value: float, unit: str) -> float:
    if unit == "%" and value <= 100:
        return 100.0
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value * 1.08:
            return float(top)
    return float(10 * magnitude)


def chart_drawing(chart: BarChart, width: float, height: float = CHART_HEIGHT) -> Drawing:
    """The bar chart as a reportlab.graphics Drawing of `width` × `height` points."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    series = chart.series or [("", [])]
    categories = list(chart.categories)
    many = len(categories) > 10 or max((stringWidth(c, SANS, 7.5) for c in categories), default=0) > \
        (width - 90) / max(1, len(categories)) - 4
    legend_height = 14 if len(series) > 1 or series[0][0] else 0
    bottom = 62 if many else 30
    # Labels cut to the room they have: turned ones to the band under the axis, level ones to their bar group.
    room = (bottom - 12) / math.sin(math.radians(35)) if many else (width - 54) / max(1, len(categories)) - 4
    categories = [_fit_label(c, room) for c in categories]
    bars = VerticalBarChart()
    bars.x, bars.y = 42, bottom
    bars.width = width - bars.x - 12
    bars.height = height - bottom - 16 - legend_height
    values = [[(v if v is not None else 0) for v in vals] for _name, vals in series]
    bars.data = values if categories else [[0]]
    bars.categoryAxis.categoryNames = categories or [""]
    bars.categoryAxis.labels.fontName = SANS
    bars.categoryAxis.labels.fontSize = 7.5
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -3
    if many:
        bars.categoryAxis.labels.angle = 35
        bars.categoryAxis.labels.boxAnchor = "ne"
        bars.categoryAxis.labels.dx = 4
    bars.categoryAxis.strokeColor = colors.black
    highest = max((v for vals in values for v in vals), default=0.0)
    top = chart.value_max if chart.value_max and chart.value_max >= highest else _nice_max(highest, chart.unit)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top
    bars.valueAxis.valueStep = top / 5 if top > 5 or top != int(top) else 1
    bars.valueAxis.labels.fontName = SANS
    bars.valueAxis.labels.fontSize = 7.5
    bars.valueAxis.labelTextFormat = (lambda v: format_cell(v, "int") if v == int(v) else format_cell(v, "float"))
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    bars.valueAxis.gridStrokeWidth = 0.4
    bars.valueAxis.strokeColor = colors.black
    # Bar widths are relative: one bar is 10 units, a gap between series 1, between categories the rest.
    group = bars.width / max(1, len(categories))
    per_bar = min(MAX_BAR, group * (0.75 if len(categories) < 20 else 0.85) / max(1, len(values)))
    bars.barWidth, bars.barSpacing = 10, 0
    bars.groupSpacing = max(1.0, (group - per_bar * len(values)) / per_bar * 10)
    bars.strokeColor = None
    for index in range(len(values)):
        bars.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        bars.bars[index].strokeColor = None
    if len(categories) * len(values) <= 36:
        bars.barLabelFormat = (lambda v: format_cell(v, "float") if v != int(v) else format_cell(v, "int"))
        bars.barLabels.fontName = SANS
        bars.barLabels.fontSize = 6.5
        bars.barLabels.nudge = 6
    drawing.add(bars)
    if chart.unit:
        drawing.add(String(4, bars.y + bars.height + 9, chart.unit, fontName=SANS, fontSize=8))
    if chart.category_title:
        drawing.add(String(bars.x + bars.width, max(2, bars.y - (40 if many else 22)), chart.category_title,
                           fontName=SANS, fontSize=8, textAnchor="end"))
    if legend_height:
        legend = Legend()
        legend.fontName = SANS
        legend.fontSize = 8
        legend.alignment = "right"
        legend.boxAnchor = "nw"
        legend.x = bars.x
        legend.y = height - 2
        legend.columnMaximum = 1
        legend.deltax = max(70, max(stringWidth(name, SANS, 8) for name, _ in series) + 28)
        legend.dxTextSpace = 4
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _v) in enumerate(series)]
        drawing.add(legend)
    return drawing


class _Chart(Flowable):
    """A chart flowable that takes the frame's width."""

    def __init__(self, chart: BarChart, width: float):
        super().__init__()
        self._drawing = chart_drawing(chart, width)
        self.width, self.height = self._drawing.width, self._drawing.height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        self._drawing.drawOn(self.canv, 0, 0)


def report_setup(report: Report) -> PageSetup:
    return PageSetup(school_name=report.school, document_code=f"Сформирован {report.generated_on:%d.%m.%Y}",
                     title=report.title, landscape=report.landscape)


def report_story(report: Report, setup: PageSetup | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Flowable]:
    """The flowables of the report; checkpoints between sections report progress and stop a cancelled build."""
    setup = setup or report_setup(report)
    styles = _styles()
    width = setup.content_width
    total = len(report.sections) + 1

    def checkpoint(done: int) -> Checkpoint:
        def reach() -> None:
            if cancelled is not None and cancelled():
                raise BuildCancelled()
            if progress is not None:
                progress(done, total)
        return Checkpoint(reach)

    story: list[Flowable] = [Paragraph(escape(report.title), styles["title"])]
    if report.subtitle:
        story.append(Paragraph(escape(report.subtitle), styles["subtitle"]))
    for index, section in enumerate(report.sections):
        story.append(checkpoint(index))
        heading = Paragraph(escape(section.title), styles["heading"]) if section.title else None
        if isinstance(section, BarChart):
            parts = [p for p in (heading, _Chart(section, width)) if p is not None]
            story.append(KeepTogether(parts))
        else:
            if heading is not None:
                story.append(CondPageBreak(28 * mm))  # a title never sits alone at the foot of a page
                story.append(heading)
            story.append(table_flowable(section, width, styles))
        story.append(Spacer(1, 3 * mm))
    for note in report.notes:
        story.append(Paragraph(escape(note), styles["note"]))
    story.append(checkpoint(total))
    return story


def report_pdf(report: Report) -> bytes:
    """The report as PDF bytes."""
    setup = report_setup(report)
    return pdf_bytes(report_story(report, setup), setup)


def write_report_pdf(path: str | os.PathLike, report: Report, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Path:
    """The report written to `path` atomically; BuildCancelled (and no file) when `cancelled()` turns true."""
    setup = report_setup(report)
    return write_pdf(path, report_story(report, setup, progress, cancelled), setup)
