"""Printed journal pages in the layout of the paper class journal (A4 landscape).

For one course and one month, a spread of two pages:

- the left page: the pupils of the class (numbered, in Russian alphabetical order) × the lesson dates
  of the month, with marks and absences (Н, П, Б, ОП), and a column of period marks after the last
  lesson of a period (year, exam and final marks after the last one). A cell on a day when the pupil
  did not belong to the class (arrived later, left earlier) is shaded; the pupil's name says when
  he or she arrived or left. As on paper, the date grid has a fixed number of columns; a month with
  more lessons, or a class too long for one page, continues on further pages;
- the right page: each lesson's date, topic, homework and the teacher (and a substitute).

The data comes from services (`services.reports.printouts`) as the plain dataclasses below.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from .document import PageSetup, pdf_bytes, write_pdf
from .fonts import SANS, SANS_BOLD, register_fonts
from .layout import (
    GREY_FILL,
    GRID,
    GRID_BOLD,
    HEAD_FILL,
    MUTED,
    Checkpoint,
    PageFlowable,
    data_digest,
    draw_fitted,
    month_label,
    stringWidth,
    wrap_lines,
)
from .verification import PageFingerprint, qr_payload, split_cell, story_fingerprints

__all__ = ["JournalMonth", "LessonLine", "PupilLine", "ResultColumn", "journal_pdf", "month_pages",
           "write_journal_pdf", "journal_fingerprints", "ATTENDANCE_LEGEND"]

ATTENDANCE_LEGEND = ("Н — отсутствовал без уважительной причины, П — по уважительной причине, "
                     "Б — по болезни, ОП — опоздал; серым — дни, когда обучающийся не числился в классе.")

DATE_COLUMNS = 25          # the paper journal's grid: always this many date columns
MAX_DATE_COLUMNS = 31      # a month that needs up to this many fits with narrower columns
NUMBER_WIDTH = 16
NAME_WIDTH = 168
HEADING_HEIGHT = 30
HEADER_MONTH = 13
HEADER_DAYS = 15
LEGEND_HEIGHT = 14
MIN_ROW = 10.5
MAX_ROW = 15.5


@dataclass(frozen=True)
class LessonLine:
    """One lesson as the right page lists it."""

    date: object            # datetime.date
    number: int             # lesson number of the day
    topic: str
    homework: str
    teacher: str            # «Иванова А. П.»
    substitute: str = ""    # «Петров П. П.» when another teacher gave the lesson


@dataclass(frozen=True)
class PupilLine:
    """A pupil's row: `cells[i]` is what stands under lesson i (marks «5/4», an absence «Н», both «Н 2»),
    None on a day the pupil did not belong to the class."""

    number: int
    name: str
    cells: tuple[str | None, ...]
    note: str = ""          # «приб. 18.11», «выб. 22.10»
    pupil_id: int = 0


@dataclass(frozen=True)
class ResultColumn:
    """A column of period marks placed after lesson `after` (a count of lessons: 0 = before the first)."""

    after: int
    label: str              # «1 четв.», «Год»
    values: dict[int, str] = field(default_factory=dict)  # pupil_id → mark

    def __hash__(self):
        return hash((self.after, self.label))


@dataclass(frozen=True)
class JournalMonth:
    """One course's month: the spread of a left and a right page (more when it does not fit)."""

    academic_year: str      # «2026/2027»
    class_label: str        # «5А»
    subject: str            # «Математика», «Английский язык (1 группа)»
    teacher: str            # the course's teacher
    year: int
    month: int
    lessons: tuple[LessonLine, ...]
    pupils: tuple[PupilLine, ...]
    results: tuple[ResultColumn, ...] = ()

    @property
    def month_title(self) -> str:
        return month_label(self.year, self.month, capital=True)


# --- the heading over each page ------------------------------------------------------------------------

def _heading(canvas: Canvas, page: JournalMonth, width: float, top: float, side: str, part: str) -> None:
    """Subject, class, teacher on the left; month and year on the right; what the page holds under it."""
    y = top - 13
    canvas.setFillColor(colors.black)
    right_text = f"{page.month_title} · {page.academic_year} учебный год"
    right_width = stringWidth(right_text, SANS_BOLD, 11) + 4
    draw_fitted(canvas, width - right_width, y, right_text, right_width, font=SANS_BOLD, size=11, align="right")
    left = f"{page.subject}"
    draw_fitted(canvas, 0, y, left, width - right_width - 170, font=SANS_BOLD, size=13)
    left_width = min(stringWidth(left, SANS_BOLD, 13), width - right_width - 170)
    draw_fitted(canvas, left_width + 10, y, f"Класс {page.class_label} · учитель {page.teacher}",
                width - right_width - left_width - 14, size=10)
    canvas.setFillColor(MUTED)
    draw_fitted(canvas, 0, y - 12, f"{side} страница: {part}", width, size=7.5)
    canvas.setFillColor(colors.black)


# --- the left page: pupils × dates --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Column:
    kind: str               # "lesson", "result", "blank"
    index: int = -1         # lesson index or result index


def _columns(page: JournalMonth) -> list[list[_Column]]:
    """The date grid's columns per page: lessons with result columns after their period's last lesson,
    padded with blank columns to the paper journal's fixed count."""
    ordered: list[_Column] = []
    results = sorted(range(len(page.results)), key=lambda i: page.results[i].after)
    pending = list(results)
    for lesson in range(len(page.lessons) + 1):
        while pending and page.results[pending[0]].after <= lesson:
            ordered.append(_Column("result", pending.pop(0)))
        if lesson < len(page.lessons):
            ordered.append(_Column("lesson", lesson))
    ordered += [_Column("result", i) for i in pending]
    if len(ordered) <= MAX_DATE_COLUMNS:
        chunks = [ordered]
    else:
        count = math.ceil(len(ordered) / DATE_COLUMNS)
        size = math.ceil(len(ordered) / count)
        chunks = [ordered[i:i + size] for i in range(0, len(ordered), size)]
    return [chunk + [_Column("blank")] * max(0, DATE_COLUMNS - len(chunk)) for chunk in chunks]


def _rows_per_page(height: float) -> int:
    grid = height - HEADING_HEIGHT - HEADER_MONTH - HEADER_DAYS - LEGEND_HEIGHT
    return max(1, int(grid // MIN_ROW))


def _cell_text(canvas: Canvas, x: float, y: float, width: float, height: float, text: str) -> None:
    """Marks in black, absence codes in grey, centred; «5/4» and «Н 2» fit by shrinking."""
    if not text:
        return
    size = min(9.0, height - 2.5)
    baseline = y + (height - size * 0.72) / 2
    parts = text.split(" ")
    codes = [p for p in parts if p and not p[0].isdigit() and p not in ("зач", "н/з", "н/а", "осв.")]
    if codes and len(parts) == 1:
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, x + 1, baseline, text, width - 2, size=size, align="center", minimum=4.5)
        canvas.setFillColor(colors.black)
        return
    draw_fitted(canvas, x + 1, baseline, text, width - 2, size=size, align="center", minimum=4.5)


def _header_data(page: JournalMonth, side: str, continued: str) -> list:
    return [side, page.academic_year, page.class_label, page.subject, page.teacher, page.year, page.month,
            continued]


def _left_data(page: JournalMonth, columns: list[_Column], pupils: Sequence[PupilLine], continued: str) -> dict:
    """What the left page shows, by part: the fingerprint of the page (verification.py)."""
    shown = [c for c in columns if c.kind != "blank"]
    lessons = [c.index for c in shown if c.kind == "lesson"]
    results = [c.index for c in shown if c.kind == "result"]
    cells = [[split_cell(p.cells[i]) for i in lessons] for p in pupils]
    return {
        "header": _header_data(page, "left", continued),
        "columns": [["lesson", page.lessons[c.index].date, page.lessons[c.index].number] if c.kind == "lesson"
                    else ["result", page.results[c.index].label] for c in shown],
        "pupils": [[p.number, p.name, p.note] for p in pupils],
        "attendance": [[a for a, _ in row] for row in cells],
        "marks": [[m for _, m in row] for row in cells],
        "results": [[page.results[i].values.get(p.pupil_id, "") for i in results] for p in pupils],
    }


def _right_data(page: JournalMonth, indexes: list[int], continued: str) -> dict:
    lessons = [page.lessons[i] for i in indexes]
    return {
        "header": _header_data(page, "right", continued),
        "lessons": [[x.date, x.number] for x in lessons],
        "topics": [x.topic for x in lessons],
        "homework": [x.homework for x in lessons],
        "teachers": [[x.teacher, x.substitute] for x in lessons],
    }


def _left_page(page: JournalMonth, columns: list[_Column], pupils: Sequence[PupilLine], first_sheet: bool,
               continued: str) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        part = "список класса, отметки и посещаемость" + (f" ({continued})" if continued else "")
        _heading(canvas, page, width, height, "Левая", part)
        grid_width = width - NUMBER_WIDTH - NAME_WIDTH
        col_width = grid_width / len(columns)
        top = height - HEADING_HEIGHT
        space = top - HEADER_MONTH - HEADER_DAYS - LEGEND_HEIGHT
        row = max(MIN_ROW, min(MAX_ROW, space / max(1, len(pupils))))
        body_top = top - HEADER_MONTH - HEADER_DAYS
        bottom = body_top - row * len(pupils)
        x0 = NUMBER_WIDTH + NAME_WIDTH

        # Header: «№», the name column, the month over the dates, the day numbers.
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, body_top, width, HEADER_MONTH + HEADER_DAYS, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        draw_fitted(canvas, 0, body_top + 10, "№", NUMBER_WIDTH, size=8, align="center")
        draw_fitted(canvas, NUMBER_WIDTH + 4, body_top + 10, "Фамилия, имя, отчество обучающегося",
                    NAME_WIDTH - 8, size=8.5, font=SANS_BOLD)
        draw_fitted(canvas, x0, top - HEADER_MONTH + 3.5, f"Месяц, число: {page.month_title}", grid_width,
                    size=8.5, font=SANS_BOLD, align="center")
        for i, column in enumerate(columns):
            x = x0 + i * col_width
            if column.kind == "lesson":
                day = page.lessons[column.index].date
                draw_fitted(canvas, x, body_top + 4.5, f"{day.day}", col_width, size=9, align="center")
            elif column.kind == "result":
                canvas.setFillColor(HEAD_FILL)
                canvas.rect(x, body_top, col_width, HEADER_DAYS + HEADER_MONTH, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                words = page.results[column.index].label.split(" ", 1)
                for n, word in enumerate(words):
                    draw_fitted(canvas, x + 0.5, body_top + HEADER_DAYS + 3 - n * 9 - (0 if len(words) > 1 else 5),
                                word, col_width - 1, font=SANS_BOLD, size=7, align="center", minimum=4.5)

        # Rows.
        for r, pupil in enumerate(pupils):
            y = body_top - (r + 1) * row
            baseline = y + (row - 8 * 0.72) / 2
            draw_fitted(canvas, 0, baseline, str(pupil.number), NUMBER_WIDTH, size=8, align="center")
            note_width = 0.0
            if pupil.note:
                canvas.setFillColor(MUTED)
                note_width = stringWidth(pupil.note, SANS, 6.5) + 3
                draw_fitted(canvas, x0 - note_width - 2, baseline, pupil.note, note_width, size=6.5, align="right")
                canvas.setFillColor(colors.black)
            draw_fitted(canvas, NUMBER_WIDTH + 3, baseline, pupil.name, NAME_WIDTH - 6 - note_width, size=8.5)
            for i, column in enumerate(columns):
                x = x0 + i * col_width
                if column.kind == "lesson":
                    cell = pupil.cells[column.index]
                    if cell is None:
                        canvas.setFillColor(GREY_FILL)
                        canvas.rect(x, y, col_width, row, stroke=0, fill=1)
                        canvas.setFillColor(colors.black)
                    else:
                        _cell_text(canvas, x, y, col_width, row, cell)
                elif column.kind == "result":
                    canvas.setFillColor(HEAD_FILL)
                    canvas.rect(x, y, col_width, row, stroke=0, fill=1)
                    canvas.setFillColor(colors.black)
                    value = page.results[column.index].values.get(pupil.pupil_id, "")
                    if value:
                        size = min(9.0, row - 2.5)
                        draw_fitted(canvas, x + 1, y + (row - size * 0.72) / 2, value, col_width - 2,
                                    font=SANS_BOLD, size=size, align="center", minimum=4.5)

        # Rules: thin inside, heavier round the grid and under the header.
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.35)
        for r in range(1, len(pupils)):
            y = body_top - r * row
            canvas.line(0, y, width, y)
        for i in range(1, len(columns)):
            x = x0 + i * col_width
            boundary = columns[i].kind == "result" or columns[i - 1].kind == "result"
            canvas.line(x, bottom, x, top if boundary else body_top + HEADER_DAYS)
        for i, column in enumerate(columns):
            if column.kind != "result":
                canvas.line(x0 + i * col_width, body_top + HEADER_DAYS, x0 + (i + 1) * col_width,
                            body_top + HEADER_DAYS)
        canvas.setStrokeColor(GRID_BOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(0, bottom, width, top - bottom)
        canvas.line(0, body_top, width, body_top)
        canvas.line(NUMBER_WIDTH, bottom, NUMBER_WIDTH, top)
        canvas.line(x0, bottom, x0, top)
        for i, column in enumerate(columns):
            if column.kind == "result":
                canvas.setLineWidth(0.8)
                canvas.line(x0 + i * col_width, bottom, x0 + i * col_width, top)
                canvas.line(x0 + (i + 1) * col_width, bottom, x0 + (i + 1) * col_width, top)

        canvas.setFillColor(MUTED)
        draw_fitted(canvas, 0, bottom - 10, ATTENDANCE_LEGEND, width, size=7)
        canvas.setFillColor(colors.black)

    return PageFlowable(paint, _left_data(page, columns, pupils, continued))


# --- the right page: dates, topics, homework, teacher -----------------------------------------------------

DATE_WIDTH = 40
TEACHER_WIDTH = 128
TEXT_SIZE = 8.5
TEXT_LEADING = 10.2
RIGHT_HEADER = 18
CELL_PAD = 3


def _right_widths(width: float) -> tuple[float, float]:
    rest = width - DATE_WIDTH - TEACHER_WIDTH
    topic = rest * 0.56
    return topic, rest - topic


def _lesson_lines(lesson: LessonLine, width: float) -> tuple[list[str], list[str], list[str]]:
    topic_width, homework_width = _right_widths(width)
    teacher = [lesson.teacher] if not lesson.substitute else [f"замена: {lesson.substitute}",
                                                              f"(вместо {lesson.teacher})"]
    return (wrap_lines(lesson.topic, SANS, TEXT_SIZE, topic_width - 2 * CELL_PAD),
            wrap_lines(lesson.homework, SANS, TEXT_SIZE, homework_width - 2 * CELL_PAD),
            teacher)


def _lesson_height(lines: tuple[list[str], list[str], list[str]]) -> float:
    return max(1, *(len(part) for part in lines)) * TEXT_LEADING + 2 * CELL_PAD - 1


def _right_chunks(page: JournalMonth, width: float, height: float) -> list[list[int]]:
    space = height - HEADING_HEIGHT - RIGHT_HEADER - 4
    chunks: list[list[int]] = [[]]
    used = 0.0
    for index, lesson in enumerate(page.lessons):
        needed = _lesson_height(_lesson_lines(lesson, width))
        if chunks[-1] and used + needed > space:
            chunks.append([])
            used = 0.0
        chunks[-1].append(index)
        used += needed
    return chunks


def _right_page(page: JournalMonth, indexes: list[int], continued: str) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        part = "записи уроков: что пройдено, домашнее задание" + (f" ({continued})" if continued else "")
        _heading(canvas, page, width, height, "Правая", part)
        topic_width, homework_width = _right_widths(width)
        xs = [0, DATE_WIDTH, DATE_WIDTH + topic_width, DATE_WIDTH + topic_width + homework_width, width]
        top = height - HEADING_HEIGHT
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - RIGHT_HEADER, width, RIGHT_HEADER, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for x0, x1, title in zip(xs, xs[1:], ("Дата", "Что пройдено на уроке (тема)", "Домашнее задание",
                                               "Учитель"), strict=False):
            draw_fitted(canvas, x0 + CELL_PAD, top - RIGHT_HEADER + 6, title, x1 - x0 - 2 * CELL_PAD,
                        font=SANS_BOLD, size=8.5, align="center")
        y = top - RIGHT_HEADER
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.35)
        previous = None
        for index in indexes:
            lesson = page.lessons[index]
            lines = _lesson_lines(lesson, width)
            row = _lesson_height(lines)
            first = y - CELL_PAD - TEXT_SIZE * 0.8
            day = f"{lesson.date:%d.%m}"
            same_day = previous is not None and previous.date == lesson.date
            draw_fitted(canvas, 0, first, day, DATE_WIDTH, size=TEXT_SIZE, align="center",
                        font=SANS if not same_day else SANS)
            for column, part in enumerate(lines):
                canvas.setFillColor(MUTED if column == 2 and lesson.substitute else colors.black)
                for n, line in enumerate(part):
                    draw_fitted(canvas, xs[column + 1] + CELL_PAD, first - n * TEXT_LEADING, line,
                                xs[column + 2] - xs[column + 1] - 2 * CELL_PAD, size=TEXT_SIZE)
                canvas.setFillColor(colors.black)
            y -= row
            canvas.line(0, y, width, y)
            previous = lesson
        if not indexes:
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, DATE_WIDTH + CELL_PAD, y - 14, "В этом месяце уроков не было.", width / 2)
            canvas.setFillColor(colors.black)
            y -= 20
        for x in xs[1:-1]:
            canvas.line(x, y, x, top)
        canvas.setStrokeColor(GRID_BOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(0, y, width, top - y)
        canvas.line(0, top - RIGHT_HEADER, width, top - RIGHT_HEADER)

    return PageFlowable(paint, _right_data(page, indexes, continued))


# --- the pages of one month -----------------------------------------------------------------------------

def month_pages(page: JournalMonth, setup: PageSetup) -> list:
    """The month's pages as flowables, each a whole page, with PageBreaks between them (none after the
    last). Left pages first, then right pages: printed two-sided they face each other."""
    width, height = setup.content_width, setup.content_height
    flowables: list = []
    register_fonts()
    column_chunks = _columns(page)
    per_page = _rows_per_page(height)
    pupil_chunks = [page.pupils[i:i + per_page] for i in range(0, len(page.pupils), per_page)] or [()]
    lefts = [(c, p) for c in column_chunks for p in pupil_chunks]
    for n, (columns, pupils) in enumerate(lefts, start=1):
        continued = f"часть {n} из {len(lefts)}" if len(lefts) > 1 else ""
        flowables += [_left_page(page, columns, pupils, n == 1, continued), PageBreak()]
    rights = _right_chunks(page, width, height)
    for n, indexes in enumerate(rights, start=1):
        continued = f"часть {n} из {len(rights)}" if len(rights) > 1 else ""
        flowables += [_right_page(page, indexes, continued), PageBreak()]
    return flowables[:-1]


def page_count(page: JournalMonth, setup: PageSetup) -> int:
    return sum(1 for f in month_pages(page, setup) if isinstance(f, PageFlowable))


VERIFY_HINT = "Сверка с электронным журналом: QR-код листа или «ejournal print verify {code}»"


def journal_setup(school_name: str, months: Sequence[JournalMonth], code: str | None = None) -> PageSetup:
    """The pages' setup; with a printout `code` (from the registry of printouts) the pages are
    verifiable: the code in the footer and a QR code of each page's data."""
    first = months[0]
    subjects = sorted({m.subject for m in months})
    periods = ", ".join(month_label(m.year, m.month) for m in months)
    digest = code or data_digest(school_name, tuple(months))
    return PageSetup(
        school_name=school_name,
        document_code=f"Журнал {first.class_label} · {'; '.join(subjects)} · {periods} · код {digest}",
        title=f"Классный журнал {first.class_label} · {first.academic_year}",
        landscape=True,
        qr=code is not None,
        verify_hint=VERIFY_HINT.format(code=code) if code else "",
    )


def _story(months: Sequence[JournalMonth], setup: PageSetup) -> list:
    story: list = []
    for month in months:
        if story:
            story.append(PageBreak())
        story.append(Checkpoint(lambda: None))
        story += month_pages(month, setup)
    return story


def journal_fingerprints(school_name: str, months: Sequence[JournalMonth]) -> list[PageFingerprint]:
    """The fingerprints of the verifiable pages of these months, sheet by sheet, without building a PDF:
    what a check of a printout compares with what the printout's registry entry holds."""
    if not months:
        return []
    return story_fingerprints(_story(months, journal_setup(school_name, months, code="")))


def journal_pdf(school_name: str, months: Sequence[JournalMonth]) -> bytes:
    """The spreads of one or more months (of one course, or several) as one PDF."""
    if not months:
        raise ValueError("journal_pdf needs at least one month")
    setup = journal_setup(school_name, months)
    return pdf_bytes(_story(months, setup), setup)


def write_journal_pdf(path, school_name: str, months: Sequence[JournalMonth], code: str | None = None,
                      on_built: Callable[[list[PageFingerprint]], None] | None = None):
    """As journal_pdf, written to `path` atomically. With a printout `code` every page carries the code
    and a QR code of its data; `on_built(fingerprints)` runs once the file is built, before it takes
    its name (the caller records the printout there; an exception leaves no file)."""
    if not months:
        raise ValueError("write_journal_pdf needs at least one month")
    setup = journal_setup(school_name, months, code)
    story = _story(months, setup)
    prints = story_fingerprints(story)
    if code is not None:
        setup = replace(setup, page_codes=tuple(qr_payload(code, n, f.sha256) for n, f in enumerate(prints, 1)))
    hook = (lambda: on_built(prints)) if on_built is not None else None
    return write_pdf(path, story, setup, before_replace=hook)
