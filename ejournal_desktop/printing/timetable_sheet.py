"""The timetable on paper and in a spreadsheet, from plain data (services.timetable builds it).

PDF: a landscape A4 page per week (a class's, a teacher's or a room's): the days across, the lessons
down with their bell times, each cell the subject in bold, the teacher and the room (subgroups one
under the other). Workbook: for classes, a first sheet «Все классы» (days and lessons down, a column
per class: what the secretary pins up and the deputy checks), then a sheet per week laid out as the
PDF; borders, fixed widths, frozen headings, A4 landscape one page wide, so that a secretary keeps it.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import PageSetup, base_styles, pdf_bytes, write_bytes_atomic
from .fonts import SANS, SANS_BOLD
from .layout import GRID, HEAD_FILL, data_digest
from .xlsx_text import put

__all__ = ["SheetEntry", "TimetableBook", "WeekSheet", "timetable_pdf", "timetable_workbook", "timetable_xlsx",
           "write_pdf_file", "write_xlsx_file"]

OVERVIEW_WIDTH = 20   # characters: a class's column on «Все классы»
WEEK_WIDTH = 24       # a day's column on a week's sheet
DAYS_SHORT = {"понедельник": "Пн", "вторник": "Вт", "среда": "Ср", "четверг": "Чт", "пятница": "Пт",
              "суббота": "Сб"}


@dataclass(frozen=True)
class SheetEntry:
    subject: str             # «Математика»
    subject_short: str       # «Математика», «Рус. яз.»
    teacher: str = ""        # «Иванова А. П.» ("" in a teacher's own week)
    room: str = ""           # ("" in a room's week)
    group: str = ""          # «1 группа»
    class_label: str = ""    # «5А» in a teacher's or a room's week

    def lines(self) -> list[str]:
        head = f"{self.class_label} {self.subject}".strip()
        if self.group:
            head += f" ({self.group})"
        room = f"каб. {self.room}" if self.room[:1].isdigit() else self.room
        return [head, *(x for x in (self.teacher, room) if x)]


@dataclass(frozen=True)
class WeekSheet:
    title: str                                       # «5А класс», «Иванова Анна Петровна», «Кабинет 204»
    view: str                                        # class, teacher, room
    days: tuple[str, ...]                            # «понедельник» …
    numbers: tuple[int, ...]                         # lesson numbers shown
    bells: tuple[str, ...]                           # «8:30–9:10» per number ("" unknown)
    cells: dict[tuple[int, int], tuple[SheetEntry, ...]] = field(default_factory=dict)  # (weekday, number)


@dataclass(frozen=True)
class TimetableBook:
    school_name: str
    academic_year: str                               # «2026/2027»
    on: object                                       # the date the timetable is valid on
    weeks: tuple[WeekSheet, ...]


def _heading(week: WeekSheet) -> str:
    if week.view == "class":
        return f"Расписание уроков {week.title.replace(' класс', '')} класса"
    if week.view == "teacher":
        return f"Расписание учителя: {week.title}"
    return f"Расписание: {week.title.lower() if week.title.startswith('Кабинет') else week.title}"


# --- PDF -------------------------------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    base = base_styles()
    normal = base["normal"]
    return {
        "title": ParagraphStyle("tt-title", parent=base["title"], fontSize=16, leading=19, spaceAfter=1 * mm),
        "sub": ParagraphStyle("tt-sub", parent=normal, fontSize=9.5, leading=12, alignment=TA_CENTER,
                              textColor=colors.Color(0.3, 0.3, 0.3), spaceAfter=4 * mm),
        "day": ParagraphStyle("tt-day", parent=normal, fontName=SANS_BOLD, fontSize=11, alignment=TA_CENTER),
        "num": ParagraphStyle("tt-num", parent=normal, fontName=SANS_BOLD, fontSize=13, leading=15,
                              alignment=TA_CENTER),
        "bell": ParagraphStyle("tt-bell", parent=normal, fontSize=7.5, leading=9, alignment=TA_CENTER,
                               textColor=colors.Color(0.3, 0.3, 0.3)),
        "subject": ParagraphStyle("tt-subject", parent=normal, fontName=SANS_BOLD, fontSize=9.5, leading=11),
        "detail": ParagraphStyle("tt-detail", parent=normal, fontSize=8, leading=9.5,
                                 textColor=colors.Color(0.25, 0.25, 0.25)),
    }


def _cell(entries: tuple[SheetEntry, ...], st: dict) -> list:
    out: list = []
    for i, e in enumerate(entries):
        if i:
            out.append(Spacer(1, 1.2 * mm))
        first, *rest = e.lines()
        out.append(Paragraph(escape(first), st["subject"]))
        if rest:
            out.append(Paragraph(escape(" · ".join(rest)), st["detail"]))
    return out


def _week_flowables(book: TimetableBook, week: WeekSheet, setup: PageSetup, st: dict) -> list:
    on = getattr(book.on, "strftime", None)
    sub = f"{book.academic_year} учебный год" + (f" · действует на {book.on:%d.%m.%Y}" if on else "")
    head = [Paragraph(escape(_heading(week)), st["title"]), Paragraph(escape(sub), st["sub"])]
    number_width = 22 * mm
    day_width = (setup.content_width - number_width) / max(1, len(week.days))
    rows = [[Paragraph("Урок", st["day"]), *(Paragraph(escape(d.capitalize()), st["day"]) for d in week.days)]]
    for number, bell in zip(week.numbers, week.bells, strict=True):
        row = [[Paragraph(str(number), st["num"]), Paragraph(escape(bell), st["bell"])]]
        for wd in range(len(week.days)):
            row.append(_cell(week.cells.get((wd, number), ()), st))
        rows.append(row)
    heading_height = 9 * mm
    spare = setup.content_height - 30 * mm - heading_height
    row_height = max(14 * mm, min(24 * mm, spare / max(1, len(week.numbers))))
    table = Table(rows, colWidths=[number_width] + [day_width] * len(week.days),
                  rowHeights=[heading_height] + [row_height] * len(week.numbers), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("LINEAFTER", (0, 0), (0, -1), 1.2, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("BACKGROUND", (0, 1), (0, -1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (1, 1), (-1, -1), 4),
        ("TOPPADDING", (1, 1), (-1, -1), 3),
    ]))
    return [*head, table]


def _setup(book: TimetableBook) -> PageSetup:
    what = ", ".join(w.title for w in book.weeks) if len(book.weeks) <= 2 else f"{len(book.weeks)} недель"
    return PageSetup(school_name=book.school_name,
                     document_code=f"Расписание · {what} · {book.academic_year} · код {data_digest(book)}",
                     title=f"Расписание уроков · {book.academic_year}", landscape=True)


def _story(book: TimetableBook, setup: PageSetup) -> list:
    st = _styles()
    story: list = []
    for week in book.weeks:
        if story:
            story.append(PageBreak())
        story += _week_flowables(book, week, setup, st)
    return story


def timetable_pdf(book: TimetableBook) -> bytes:
    if not book.weeks:
        raise ValueError("timetable_pdf needs at least one week")
    setup = _setup(book)
    return pdf_bytes(_story(book, setup), setup)


def write_pdf_file(path: str | os.PathLike, book: TimetableBook) -> Path:
    """The PDF written atomically (a failure leaves the previous file as it was)."""
    return write_bytes_atomic(path, timetable_pdf(book))


# --- .xlsx --------------------------------------------------------------------------------------------------

def _sheet_title(label: str, used: set[str]) -> str:
    title = "".join("_" if ch in "[]:*?/\\" else ch for ch in label)[:31] or "Лист"
    base, n = title, 2
    while title in used:
        title = f"{base[:27]} ({n})"
        n += 1
    used.add(title)
    return title


def _print_setup(sheet, footer: str, title_rows: str) -> None:
    sheet.print_title_rows = title_rows
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.left.text = footer
    sheet.oddFooter.left.size = 8
    sheet.oddFooter.right.text = "лист &P из &N"
    sheet.oddFooter.right.size = 8


def _styles_xlsx():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin, thick = Side(style="thin", color="404040"), Side(style="medium", color="000000")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "day_top": Border(left=thin, right=thin, top=thick, bottom=thin),
        "head": Border(left=thin, right=thin, top=thick, bottom=thick),
        "fill": PatternFill("solid", fgColor="E8E8E8"),
        "bold": Font(bold=True, size=10),
        "title": Font(bold=True, size=13),
        "muted": Font(size=9, color="555555"),
        "small": Font(size=9),
        "centre": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "cell": Alignment(horizontal="left", vertical="top", wrap_text=True),
    }


def _titles(sheet, s, title: str, subtitle: str, last_column: int) -> None:
    # Not merged: a long school name runs on to the right over the empty cells, as a secretary types it.
    put(sheet, 1, 1, title).font = s["title"]
    put(sheet, 2, 1, subtitle).font = s["muted"]


def _height(lines: list[str], width: float) -> float:
    """Row height (points) for lines in 9-point type wrapped in a column `width` characters (of the
    default 11-point font) wide."""
    import math
    count = sum(max(1, math.ceil(len(line) / max(1.0, width * 1.3))) for line in lines) if lines else 1
    return max(15.0, 11.5 * count + 3)


def _overview_sheet(workbook, book: TimetableBook, s, used: set[str]) -> None:
    """Every class in one sheet: rows are (day, lesson), a column per class."""
    from openpyxl.utils import get_column_letter
    sheet = workbook.create_sheet(_sheet_title("Все классы", used))
    weeks = book.weeks
    days = max((len(w.days) for w in weeks), default=5)
    numbers = sorted({n for w in weeks for n in w.numbers})
    last = 3 + len(weeks)
    on = f", на {book.on:%d.%m.%Y}" if hasattr(book.on, "strftime") else ""
    _titles(sheet, s, f"Расписание уроков, {book.academic_year} учебный год", f"{book.school_name}{on}", last)
    for column, heading in enumerate(["День", "Урок", "Время", *(w.title.replace(" класс", "") for w in weeks)],
                                     start=1):
        cell = put(sheet, 4, column, heading)
        cell.font, cell.fill, cell.border, cell.alignment = s["bold"], s["fill"], s["head"], s["centre"]
    bells = {}
    for w in weeks:
        for n, b in zip(w.numbers, w.bells, strict=True):
            bells.setdefault(n, b)
    row = 5
    all_days = next((w.days for w in weeks if len(w.days) == days), weeks[0].days if weeks else ())
    for wd in range(days):
        first_row = row
        for n in numbers:
            top = s["day_top"] if n == numbers[0] else s["border"]
            values = [DAYS_SHORT.get(all_days[wd], all_days[wd]) if n == numbers[0] else None, n, bells.get(n, "")]
            lines: list[str] = []
            for w in weeks:
                entries = w.cells.get((wd, n), ())
                text = [f"{e.subject_short}{' (' + e.group.replace(' группа', ' гр.') + ')' if e.group else ''}"
                        + (f" — {e.room}" if e.room else "") for e in entries]
                values.append("\n".join(text) or None)
                lines = max(lines, text, key=lambda t: _height(t, OVERVIEW_WIDTH))
            sheet.row_dimensions[row].height = _height(lines, OVERVIEW_WIDTH)
            for column, value in enumerate(values, start=1):
                cell = put(sheet, row, column, value)
                cell.border = top
                cell.alignment = s["centre"] if column <= 3 else s["cell"]
                cell.font = s["bold"] if column <= 2 else s["small"]
            row += 1
        if numbers:
            sheet.merge_cells(start_row=first_row, start_column=1, end_row=row - 1, end_column=1)
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 5
    sheet.column_dimensions["C"].width = 11
    for i in range(len(weeks)):
        sheet.column_dimensions[get_column_letter(4 + i)].width = OVERVIEW_WIDTH
    sheet.freeze_panes = "D5"
    sheet.row_dimensions[4].height = 20
    _print_setup(sheet, f"Расписание уроков · {book.academic_year}", "4:4")


def _week_sheet(workbook, book: TimetableBook, week: WeekSheet, s, used: set[str]) -> None:
    from openpyxl.utils import get_column_letter
    sheet = workbook.create_sheet(_sheet_title(week.title.replace(" класс", ""), used))
    last = 2 + len(week.days)
    on = f" · действует на {book.on:%d.%m.%Y}" if hasattr(book.on, "strftime") else ""
    _titles(sheet, s, _heading(week), f"{book.school_name} · {book.academic_year} учебный год{on}", last)
    for column, heading in enumerate(["Урок", "Время", *(d.capitalize() for d in week.days)], start=1):
        cell = put(sheet, 4, column, heading)
        cell.font, cell.fill, cell.border, cell.alignment = s["bold"], s["fill"], s["head"], s["centre"]
    for r, (n, bell) in enumerate(zip(week.numbers, week.bells, strict=True), start=5):
        values = [n, bell]
        height = 36.0
        for wd in range(len(week.days)):
            lines = [line for e in week.cells.get((wd, n), ()) for line in e.lines()]
            height = max(height, _height(lines, WEEK_WIDTH))
            values.append("\n".join(lines) or None)
        for column, value in enumerate(values, start=1):
            cell = put(sheet, r, column, value)
            cell.border = s["border"]
            cell.alignment = s["centre"] if column <= 2 else s["cell"]
            cell.font = s["bold"] if column == 1 else s["small"]
        sheet.row_dimensions[r].height = height
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 11
    for i in range(len(week.days)):
        sheet.column_dimensions[get_column_letter(3 + i)].width = WEEK_WIDTH
    sheet.freeze_panes = "C5"
    _print_setup(sheet, f"{_heading(week)} · {book.academic_year}", "4:4")


def timetable_workbook(book: TimetableBook):
    """An openpyxl Workbook: «Все классы» (for a book of classes), then a sheet per week."""
    from openpyxl import Workbook
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = f"Расписание уроков {book.academic_year}"
    workbook.properties.creator = book.school_name[:255] or "ejournal"
    s = _styles_xlsx()
    used: set[str] = set()
    if book.weeks and all(w.view == "class" for w in book.weeks) and len(book.weeks) > 1:
        _overview_sheet(workbook, book, s, used)
    for week in book.weeks:
        _week_sheet(workbook, book, week, s, used)
    return workbook


def timetable_xlsx(book: TimetableBook) -> bytes:
    if not book.weeks:
        raise ValueError("timetable_xlsx needs at least one week")
    buffer = io.BytesIO()
    timetable_workbook(book).save(buffer)
    return buffer.getvalue()


def write_xlsx_file(path: str | os.PathLike, book: TimetableBook) -> Path:
    """The workbook written atomically."""
    return write_bytes_atomic(path, timetable_xlsx(book))
