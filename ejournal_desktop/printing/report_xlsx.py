"""Any `Report` (printing.report) as an .xlsx workbook that opens in Excel and LibreOffice.

A sheet per `Table.sheet` (tables with no sheet go to the first one, named after the report). Each sheet
opens with the school, the title and the subtitle; each table has its title, a bold header row on a grey
fill and thin borders; the first table's header is frozen (and repeated on printed pages). Values stay
numbers: counts as 0, shares as 0.0% (stored as fractions), averages as 0.00; the totals row is bold.
Column widths follow the columns' relative widths. Each `BarChart` becomes an openpyxl bar chart on the
sheet «Диаграммы», over its data written beside it.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from .document import write_bytes_atomic
from .report import Column, Report, Table
from .xlsx_text import put

__all__ = ["report_workbook", "report_xlsx", "write_report_xlsx", "sheet_title"]

NUMBER_FORMATS = {"int": "0", "float": "0.0", "average": "0.00", "percent": "0.0%"}
WIDTH_UNIT = 9.0          # characters of a column of relative width 1
CHART_SHEET = "Диаграммы"
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unused sheet name: no []:*?/\\, at most 31 characters."""
    base = _FORBIDDEN.sub(" ", name).strip().strip("'") or "Лист"
    base = base[:31]
    title, n = base, 2
    while title.casefold() in used:
        suffix = f" ({n})"
        title = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(title.casefold())
    return title


def _value(value, column: Column):
    if value is None or value == "":
        return None
    if column.kind == "percent" and not isinstance(value, str):
        return float(value) / 100.0
    if column.kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def report_workbook(report: Report):
    """An openpyxl Workbook of the report."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart as XlBarChart
    from openpyxl.chart import Reference
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = report.title[:255]
    workbook.properties.creator = report.school[:255]
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="EEEEEE")
    totals_fill = PatternFill("solid", fgColor="E4E4E4")
    head_font, bold = Font(bold=True, size=10), Font(bold=True)
    head_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    text_alignment = Alignment(vertical="top", wrap_text=True)

    used: set[str] = set()
    first_name = sheet_title(report.title, used)
    by_sheet: dict[str, list[Table]] = {}
    for table in report.tables():
        by_sheet.setdefault(table.sheet or "", []).append(table)
    if not by_sheet:
        by_sheet[""] = []
    order = ([""] if "" in by_sheet else []) + [name for name in by_sheet if name]

    for name in order:
        sheet = workbook.create_sheet(first_name if not name else sheet_title(name, used))
        put(sheet, 1, 1, report.school).font = Font(size=10, color="555555")
        put(sheet, 2, 1, report.title).font = Font(bold=True, size=14)
        put(sheet, 3, 1, report.subtitle + (f" · {name}" if name and name not in report.subtitle else "")
                   ).font = Font(size=11)
        row = 5
        widths: dict[int, float] = {}
        frozen = False
        for table in by_sheet[name]:
            put(sheet, row, 1, table.title).font = Font(bold=True, size=11)
            row += 1
            for col, column in enumerate(table.columns, start=1):
                cell = put(sheet, row, col, column.title)
                cell.font, cell.fill, cell.border, cell.alignment = head_font, head_fill, border, head_alignment
                widths[col] = max(widths.get(col, 0), column.width * WIDTH_UNIT,
                                  min(40, len(column.title) * 0.9 / 2 + 2))
            if not frozen:
                sheet.freeze_panes = sheet.cell(row + 1, 1).coordinate
                sheet.print_title_rows = f"{row}:{row}"
                frozen = True
            sheet.row_dimensions[row].height = 30
            row += 1
            body = [(values, False) for values in table.rows]
            if table.totals is not None:
                body.append((table.totals, True))
            for values, is_total in body:
                for col, (value, column) in enumerate(zip(values, table.columns), start=1):
                    cell = put(sheet, row, col, _value(value, column))
                    cell.border = border
                    if column.kind in NUMBER_FORMATS and not isinstance(value, str):
                        cell.number_format = NUMBER_FORMATS[column.kind]
                    elif column.kind == "text":
                        cell.alignment = text_alignment
                    if is_total:
                        cell.font, cell.fill = bold, totals_fill
                row += 1
            row += 1
        for col, width in widths.items():
            sheet.column_dimensions[get_column_letter(col)].width = round(width, 1)
        sheet.page_setup.orientation = "landscape" if report.landscape else "portrait"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.oddFooter.left.text = report.title[:100]
        sheet.oddFooter.right.text = "лист &P из &N"

    charts = report.charts()
    if charts:
        sheet = workbook.create_sheet(sheet_title(CHART_SHEET, used))
        row = 1
        for chart in charts:
            put(sheet, row, 1, chart.title).font = Font(bold=True, size=11)
            header = row + 1
            put(sheet, header, 1, chart.category_title or "").font = bold
            for s, (series_name, _values) in enumerate(chart.series, start=2):
                put(sheet, header, s, series_name or chart.title).font = bold
            for c, category in enumerate(chart.categories, start=header + 1):
                put(sheet, c, 1, category)
                for s, (_name, values) in enumerate(chart.series, start=2):
                    value = values[c - header - 1]
                    cell = put(sheet, c, s, value)
                    cell.number_format = "0.0"
            last = header + len(chart.categories)
            bars = XlBarChart()
            bars.type = "col"
            bars.title = chart.title
            bars.y_axis.title = chart.unit or None
            bars.x_axis.title = chart.category_title or None
            bars.y_axis.scaling.min = 0
            if chart.value_max:
                bars.y_axis.scaling.max = chart.value_max
            elif chart.unit == "%":
                bars.y_axis.scaling.max = 100
            bars.y_axis.delete = False
            bars.x_axis.delete = False
            bars.height = 9
            bars.width = max(16, min(34, 1.2 * len(chart.categories) * max(1, len(chart.series)) / 2 + 8))
            data = Reference(sheet, min_col=2, max_col=1 + len(chart.series), min_row=header, max_row=last)
            bars.add_data(data, titles_from_data=True)
            bars.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=max(last, header + 1)))
            bars.legend.position = "b"
            sheet.add_chart(bars, sheet.cell(row, 3 + len(chart.series)).coordinate)
            row = max(last + 2, row + 20)
        sheet.column_dimensions["A"].width = 28
    return workbook


def report_xlsx(report: Report) -> bytes:
    buffer = io.BytesIO()
    report_workbook(report).save(buffer)
    return buffer.getvalue()


def write_report_xlsx(path: str | os.PathLike, report: Report) -> Path:
    """The workbook written atomically."""
    return write_bytes_atomic(path, report_xlsx(report))
