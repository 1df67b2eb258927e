"""The summary sheet (сводная ведомость учёта успеваемости): PDF pages and an .xlsx workbook.

The form of the paper class journal, kept 75 years (regulation 7.7): the subjects run across the top
(their names turned upright), each pupil takes a block of rows, one per result: the periods
(I–IV четверть, or I–II полугодие), the year, and in graduating classes the exam and the final
mark. A pupil who arrived or left during the year keeps his or her rows, with the date noted.

The workbook has the same layout, a sheet per class: frozen headers, fixed column widths, borders,
marks as numbers (so that a spreadsheet can average them) and «н/а», «осв.», «зач» as text; it
prints in landscape, one page wide.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from .document import PageSetup, pdf_bytes, write_bytes_atomic, write_pdf
from .fonts import SANS_BOLD, register_fonts
from .layout import (
    GRID,
    GRID_BOLD,
    HEAD_FILL,
    MUTED,
    BuildCancelled,
    Checkpoint,
    PageFlowable,
    TextBatch,
    data_digest,
    draw_fitted,
    draw_rotated,
    wrap_lines,
)
from .verification import PageFingerprint, qr_payload, story_fingerprints
from .xlsx_text import put

__all__ = ["ClassSummary", "SchoolSummary", "SummaryPupil", "summary_flowables", "summary_pages_setup",
           "summary_pdf", "summary_workbook", "summary_fingerprints", "write_summary_pdf",
           "write_summary_xlsx"]


@dataclass(frozen=True)
class SummaryPupil:
    number: int
    name: str               # «Иванов Иван Иванович»
    marks: tuple[tuple[str, ...], ...]   # [result row][subject] → «5», «н/а», "" (none)
    note: str = ""          # «прибыл 18.11.2026», «выбыл 22.10.2026»
    pupil_id: int = 0


@dataclass(frozen=True)
class ClassSummary:
    class_label: str        # «5А»
    class_teacher: str      # «Иванова Анна Петровна»
    academic_year: str      # «2026/2027»
    subjects: tuple[str, ...]
    rows: tuple[str, ...]   # the results' labels: «I четв.», …, «Год», «Экз.», «Итог»
    pupils: tuple[SummaryPupil, ...]


@dataclass(frozen=True)
class SchoolSummary:
    school_name: str
    academic_year: str
    classes: tuple[ClassSummary, ...]
    director: str = ""      # «Ёлкина С. П.»


# --- PDF ---------------------------------------------------------------------------------------------------

NUMBER_WIDTH = 18
NAME_WIDTH = 150
ROW_LABEL_WIDTH = 40
MAX_SUBJECT_WIDTH = 46
HEADING_HEIGHT = 30
HEADER_HEIGHT = 88
ROW_HEIGHT = 9.2
SIGNATURE_HEIGHT = 26


def _blocks_per_page(summary: ClassSummary, height: float) -> int:
    space = height - HEADING_HEIGHT - HEADER_HEIGHT - SIGNATURE_HEIGHT
    return max(1, int(space // (ROW_HEIGHT * max(1, len(summary.rows)))))


def _summary_page(summary: ClassSummary, pupils: Sequence[SummaryPupil], sheet: int, sheets: int,
                  last: bool) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        top = height
        draw_fitted(canvas, 0, top - 13, "Сводная ведомость учёта успеваемости обучающихся", width * 0.62,
                    font=SANS_BOLD, size=13)
        draw_fitted(canvas, width * 0.62, top - 13, f"{summary.class_label} класс · {summary.academic_year} "
                    "учебный год", width * 0.38, font=SANS_BOLD, size=11, align="right")
        canvas.setFillColor(MUTED)
        teacher = f"Классный руководитель: {summary.class_teacher}" if summary.class_teacher else ""
        part = f" · часть {sheet} из {sheets}" if sheets > 1 else ""
        draw_fitted(canvas, 0, top - 24, teacher + part, width, size=8.5)
        canvas.setFillColor(colors.black)

        subjects = max(1, len(summary.subjects))
        fixed = NUMBER_WIDTH + NAME_WIDTH + ROW_LABEL_WIDTH
        subject_width = min(MAX_SUBJECT_WIDTH, (width - fixed) / subjects)
        table_width = fixed + subject_width * len(summary.subjects)
        header_top = top - HEADING_HEIGHT
        body_top = header_top - HEADER_HEIGHT
        block = ROW_HEIGHT * len(summary.rows)
        bottom = body_top - block * len(pupils)
        x_subjects = fixed

        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, body_top, table_width, HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        draw_fitted(canvas, 0, body_top + HEADER_HEIGHT / 2, "№", NUMBER_WIDTH, size=8, align="center")
        name_lines = ["Фамилия, имя, отчество", "обучающегося"]
        for n, line in enumerate(name_lines):
            draw_fitted(canvas, NUMBER_WIDTH, body_top + HEADER_HEIGHT / 2 + 5 - n * 11, line, NAME_WIDTH,
                        font=SANS_BOLD, size=8.5, align="center")
        draw_rotated(canvas, NUMBER_WIDTH + NAME_WIDTH, body_top, ROW_LABEL_WIDTH, HEADER_HEIGHT,
                     "Учебный период", size=8)
        for i, subject in enumerate(summary.subjects):
            draw_rotated(canvas, x_subjects + i * subject_width, body_top, subject_width, HEADER_HEIGHT,
                         subject, size=8)

        for b, pupil in enumerate(pupils):
            y_block = body_top - b * block
            name_area = NAME_WIDTH - 6
            lines = wrap_lines(pupil.name, SANS_BOLD, 8.5, name_area)[:3]
            for n, line in enumerate(lines):
                draw_fitted(canvas, NUMBER_WIDTH + 3, y_block - 10 - n * 10, line, name_area, font=SANS_BOLD,
                            size=8.5)
            if pupil.note:
                canvas.setFillColor(MUTED)
                for n, line in enumerate(wrap_lines(pupil.note, "JournalSans", 7, name_area)[:2]):
                    draw_fitted(canvas, NUMBER_WIDTH + 3, y_block - 10 - (len(lines) + n) * 10, line, name_area,
                                size=7)
                canvas.setFillColor(colors.black)
            draw_fitted(canvas, 0, y_block - 10, str(pupil.number), NUMBER_WIDTH, size=8.5, align="center")
            for r, label in enumerate(summary.rows):
                y = y_block - (r + 1) * ROW_HEIGHT
                baseline = y + 2.4
                important = r >= len(summary.rows) - 1 or label.startswith("Год")
                draw_fitted(canvas, NUMBER_WIDTH + NAME_WIDTH + 3, baseline, label, ROW_LABEL_WIDTH - 6,
                            size=7, font=SANS_BOLD if important else "JournalSans")
                with TextBatch(canvas) as cells:
                    for s, value in enumerate(pupil.marks[r]):
                        if value:
                            cells.add(x_subjects + s * subject_width + 1, baseline, value, subject_width - 2,
                                      size=8, align="center",
                                      font=SANS_BOLD if label.startswith("Год") else "JournalSans", minimum=5)

        # Rules.
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        for b in range(len(pupils)):
            y_block = body_top - b * block
            for r in range(1, len(summary.rows)):
                y = y_block - r * ROW_HEIGHT
                canvas.line(NUMBER_WIDTH + NAME_WIDTH, y, table_width, y)
        for i in range(1, len(summary.subjects)):
            x = x_subjects + i * subject_width
            canvas.line(x, bottom, x, header_top)
        canvas.setStrokeColor(GRID_BOLD)
        canvas.setLineWidth(0.7)
        for b in range(1, len(pupils)):
            y = body_top - b * block
            canvas.line(0, y, table_width, y)
        for x in (NUMBER_WIDTH, NUMBER_WIDTH + NAME_WIDTH, x_subjects):
            canvas.line(x, bottom, x, header_top)
        canvas.line(0, body_top, table_width, body_top)
        canvas.setLineWidth(0.9)
        canvas.rect(0, bottom, table_width, header_top - bottom)

        if last:
            y = bottom - 20
            draw_fitted(canvas, 0, y, "Классный руководитель  ______________________  /"
                        f"{summary.class_teacher or '                    '}/", width * 0.6, size=9)
            draw_fitted(canvas, width * 0.6, y, "«____» ______________ 20___ г.", width * 0.4, size=9,
                        align="right")

    data = {"header": [summary.class_label, summary.class_teacher, summary.academic_year, sheet, sheets],
            "columns": [list(summary.subjects), list(summary.rows)],
            "pupils": [[p.number, p.name, p.note] for p in pupils],
            "results": [[list(row) for row in p.marks] for p in pupils]}
    return PageFlowable(paint, data)


def summary_flowables(summary: ClassSummary, setup: PageSetup,
                      checkpoint: Callable[[], None] | None = None) -> list:
    """The class's pages (PageBreaks between them, none after the last)."""
    register_fonts()
    per_page = _blocks_per_page(summary, setup.content_height)
    chunks = [summary.pupils[i:i + per_page] for i in range(0, len(summary.pupils), per_page)] or [()]
    flowables: list = []
    for n, chunk in enumerate(chunks, start=1):
        if flowables:
            flowables.append(PageBreak())
        if checkpoint is not None:
            flowables.append(Checkpoint(checkpoint))
        flowables.append(_summary_page(summary, chunk, n, len(chunks), n == len(chunks)))
    return flowables


def summary_page_count(summary: ClassSummary, setup: PageSetup) -> int:
    per_page = _blocks_per_page(summary, setup.content_height)
    return max(1, math.ceil(len(summary.pupils) / per_page))


def summary_pages_setup(school: SchoolSummary, code: str | None = None) -> PageSetup:
    """With a printout `code` the sheets are verifiable: the code in the footer, a QR code on each."""
    labels = ", ".join(c.class_label for c in school.classes) if len(school.classes) <= 3 else "вся школа"
    return PageSetup(
        school_name=school.school_name,
        document_code=f"Сводная ведомость · {labels} · {school.academic_year} · код {code or data_digest(school)}",
        title=f"Сводная ведомость успеваемости · {school.academic_year}",
        landscape=True,
        qr=code is not None,
        verify_hint=(f"Сверка с электронным журналом: QR-код листа или «ejournal print verify {code}»"
                     if code else ""),
    )


def _story(school: SchoolSummary, setup: PageSetup, progress, cancelled) -> list:
    story: list = []
    total = len(school.classes)
    for done, summary in enumerate(school.classes):
        if story:
            story.append(PageBreak())

        def reached(done=done):
            if cancelled is not None and cancelled():
                raise BuildCancelled("построение сводной ведомости отменено")
            if progress is not None:
                progress(done, total)

        story += summary_flowables(summary, setup, reached)
    return story


def summary_pdf(school: SchoolSummary) -> bytes:
    if not school.classes:
        raise ValueError("summary_pdf needs at least one class")
    setup = summary_pages_setup(school)
    return pdf_bytes(_story(school, setup, None, None), setup)


def summary_fingerprints(school: SchoolSummary) -> list[PageFingerprint]:
    """The fingerprints of the sheets, in order, without building a PDF (for verifying a printout)."""
    return story_fingerprints(_story(school, summary_pages_setup(school, code=""), None, None))


def write_summary_pdf(path, school: SchoolSummary, progress=None, cancelled=None, code: str | None = None,
                      on_built: Callable[[list[PageFingerprint]], None] | None = None) -> Path:
    """The PDF written atomically; a cancelled or failed build leaves no file. With a printout `code`
    every sheet carries the code and a QR code of its data; `on_built(fingerprints)` runs once the file is
    built, before it takes its name."""
    if not school.classes:
        raise ValueError("write_summary_pdf needs at least one class")
    setup = summary_pages_setup(school, code)
    story = _story(school, setup, progress, cancelled)
    prints = story_fingerprints(story)
    if code is not None:
        setup = replace(setup, page_codes=tuple(qr_payload(code, n, f.sha256) for n, f in enumerate(prints, 1)))
    result = write_pdf(path, story, setup,
                       before_replace=(lambda: on_built(prints)) if on_built is not None else None)
    if progress is not None:
        progress(len(school.classes), len(school.classes))
    return result


# --- .xlsx ---------------------------------------------------------------------------------------------------

def _sheet_title(label: str, used: set[str]) -> str:
    title = "".join("_" if ch in "[]:*?/\\" else ch for ch in label)[:31] or "Класс"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]} ({n})"
        n += 1
    used.add(title)
    return title


class _Styles:
    """Cell styles made once and copied: openpyxl interns every Border/Font it is given, which costs
    more than the rest of the workbook when done for each of a hundred thousand cells."""

    def __init__(self, thin, thick):
        from openpyxl.styles import Alignment, Border, Font
        self._thin, self._thick = thin, thick
        self._border, self._font, self._alignment = Border, Font, Alignment
        self._cache: dict[tuple, object] = {}

    def apply(self, cell, kind: str, edge: str, bold: bool) -> None:
        from copy import copy
        key = (kind, edge, bold)
        style = self._cache.get(key)
        if style is not None:
            cell._style = copy(style)
            return
        # The number and the name stand in the block's first row; no rule inside the block under them
        # (merged cells would do the same, at a far higher cost in openpyxl).
        inner = None if kind in ("number", "name", "note") else self._thin
        top = self._thick if edge in ("top", "both") else inner
        bottom = self._thick if edge in ("bottom", "both") else inner
        cell.border = self._border(left=self._thin, right=self._thin, top=top, bottom=bottom)
        if kind == "note":
            cell.font = self._font(size=8, italic=True, color="555555")
        if kind in ("name", "note"):
            cell.alignment = self._alignment(vertical="center")
        elif kind == "number":
            cell.alignment = self._alignment(horizontal="center", vertical="top")
        elif kind == "label":
            cell.alignment = self._alignment(horizontal="left", vertical="center")
        else:
            cell.alignment = self._alignment(horizontal="center", vertical="center")
        if bold and kind in ("label", "mark"):
            cell.font = self._font(bold=True)
        self._cache[key] = copy(cell._style)


def summary_workbook(school: SchoolSummary):
    """An openpyxl Workbook: a sheet per class, the layout of the paper form."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    thin = Side(style="thin", color="404040")
    thick = Side(style="medium", color="000000")
    head_fill = PatternFill("solid", fgColor="EEEEEE")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    used: set[str] = set()
    styles = _Styles(thin, thick)
    workbook.properties.title = f"Сводная ведомость успеваемости {school.academic_year}"
    workbook.properties.creator = school.school_name[:255]

    for summary in school.classes:
        sheet = workbook.create_sheet(_sheet_title(summary.class_label, used))
        last_column = 3 + len(summary.subjects)
        put(sheet, 1, 1, f"Сводная ведомость учёта успеваемости обучающихся {summary.class_label} класса, "
                         f"{summary.academic_year} учебный год").font = Font(bold=True, size=13)
        put(sheet, 2, 1, f"{school.school_name}. Классный руководитель: {summary.class_teacher or '—'}"
                   ).font = Font(size=10, color="555555")
        header = ["№", "Фамилия, имя, отчество обучающегося", "Учебный период", *summary.subjects]
        for column, title in enumerate(header, start=1):
            cell = put(sheet, 4, column, title)
            cell.font = Font(bold=True, size=9)
            cell.fill = head_fill
            cell.border = Border(left=thin, right=thin, top=thick, bottom=thick)
            cell.alignment = (Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
                              if column > 3 else centre)
        sheet.row_dimensions[4].height = 120

        row = 5
        block = len(summary.rows)
        year_rows = {r for r, label in enumerate(summary.rows) if label.startswith("Год")}
        for pupil in summary.pupils:
            for r in range(block):
                edge = "top" if r == 0 else "bottom" if r == block - 1 else ""
                if block == 1:
                    edge = "both"
                bold = r in year_rows
                for column in range(1, last_column + 1):
                    value = None
                    if r == 0 and column == 1:
                        value = pupil.number
                    elif r == 0 and column == 2:
                        value = pupil.name
                    elif r == 1 and column == 2 and pupil.note:
                        value = pupil.note
                    elif column == 3:
                        value = summary.rows[r]
                    elif column > 3:
                        mark = pupil.marks[r][column - 4]
                        value = (int(mark) if mark.isdigit() else mark) if mark else None
                    cell = put(sheet, row + r, column, value)
                    kind = ("number" if column == 1 else "note" if column == 2 and r > 0 else "name" if column == 2
                            else "label" if column == 3 else "mark")
                    styles.apply(cell, kind, edge, bold)
            row += block

        sheet.column_dimensions["A"].width = 4.5
        sheet.column_dimensions["B"].width = 34
        sheet.column_dimensions["C"].width = 10
        for s in range(len(summary.subjects)):
            sheet.column_dimensions[get_column_letter(4 + s)].width = 5.2
        sheet.freeze_panes = "D5"
        sheet.print_title_rows = "4:4"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = 0.6
        sheet.page_margins.right = 0.3
        sheet.page_margins.top = 0.4
        sheet.page_margins.bottom = 0.5
        sheet.oddFooter.left.text = f"Сводная ведомость · {summary.class_label} · {summary.academic_year}"
        sheet.oddFooter.right.text = "лист &P из &N"
    return workbook


def summary_xlsx(school: SchoolSummary) -> bytes:
    if not school.classes:
        raise ValueError("summary_xlsx needs at least one class")
    buffer = io.BytesIO()
    summary_workbook(school).save(buffer)
    return buffer.getvalue()


def write_summary_xlsx(path: str | os.PathLike, school: SchoolSummary) -> Path:
    """The workbook written atomically."""
    return write_bytes_atomic(path, summary_xlsx(school))
