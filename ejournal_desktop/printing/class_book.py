"""A class's journal book for a period or the year, to be certified by the director (regulation 4.2 б).

The sheets in order: a title page, the contents, every subject's pages month by month (journal_pages),
the summary sheet of period marks (summary_sheet), the corrections sheet (corrections_sheet: every
approved correction of a mark in the span) and, last, the certification page: how many sheets the book
holds, «Директор ______ /Фамилия И. О./», the date and «М.П.» with room for the stamp.

Printed with a printout code (the registry of printouts, services.reports.printouts) every sheet carries the
code and a QR code of its data (verification.py), so that the book can be checked against the journal.

Every part splits itself into pages before the build, so the contents give real sheet numbers in one
layout pass. The file is written atomically: a cancelled (`cancelled()` turns true) or failed build
leaves no file, and an older file under the same name survives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from ..domain.words import plural
from .corrections_sheet import CORRECTIONS_TITLE, CorrectionLine, corrections_flowables
from .document import PageSetup, pdf_bytes, write_pdf
from .fonts import SANS, SANS_BOLD, register_fonts
from .journal_pages import JournalMonth, month_pages
from .layout import (
    MUTED,
    BuildCancelled,
    Checkpoint,
    PageFlowable,
    data_digest,
    draw_fitted,
    month_label,
    stringWidth,
    wrap_lines,
)
from .summary_sheet import ClassSummary, summary_flowables
from .verification import PageFingerprint, qr_payload, story_fingerprints

__all__ = ["BookCourse", "ClassBook", "CorrectionLine", "class_book_pdf", "class_book_fingerprints",
           "write_class_book", "BuildCancelled"]


@dataclass(frozen=True)
class BookCourse:
    subject: str            # «Английский язык (1 группа)»
    teacher: str            # «Иванова А. П.»
    months: tuple[JournalMonth, ...]


@dataclass(frozen=True)
class ClassBook:
    school_name: str
    academic_year: str      # «2026/2027»
    class_label: str        # «5А»
    class_teacher: str      # «Иванова Анна Петровна»
    director: str           # «Ёлкина С. П.»
    span_label: str         # «учебный год», «2-я четверть»
    start: dt.date
    end: dt.date
    printed_on: dt.date
    courses: tuple[BookCourse, ...]
    summary: ClassSummary | None = None
    corrections: tuple[CorrectionLine, ...] = ()   # approved corrections of marks in [start, end]


Progress = Callable[[int, int], None]


def sheets_word(count: int) -> str:
    """«1 лист», «2 листа», «5 листов», «242 листа»."""
    return plural(count, "лист", "листа", "листов")


def _span_text(book: ClassBook) -> str:
    """«2026/2027 учебный год» or «2-ю четверть 2026/2027 учебного года» (after «за»)."""
    if book.span_label == "учебный год":
        return f"{book.academic_year} учебный год"
    return f"{book.span_label} {book.academic_year} учебного года"


def _class_words(label: str) -> str:
    """«5А» → «5 «А» класса»."""
    digits = "".join(ch for ch in label if ch.isdigit())
    letter = label[len(digits):]
    return f"{digits} «{letter}» класса" if digits and letter else f"{label} класса"


def _title_page(book: ClassBook, total: int) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        y = height - 30
        for line in wrap_lines(book.school_name, SANS, 12, width * 0.8):
            draw_fitted(canvas, 0, y, line, width, size=12, align="center")
            y -= 15
        y = height * 0.62
        draw_fitted(canvas, 0, y, "КЛАССНЫЙ ЖУРНАЛ", width, font=SANS_BOLD, size=34, align="center")
        draw_fitted(canvas, 0, y - 42, _class_words(book.class_label), width, font=SANS_BOLD, size=22,
                    align="center")
        draw_fitted(canvas, 0, y - 74, f"{book.academic_year} учебный год", width, size=16, align="center")
        span = (f"за {book.span_label}" if book.span_label != "учебный год" else "за учебный год")
        draw_fitted(canvas, 0, y - 98, f"{span}: с {book.start:%d.%m.%Y} по {book.end:%d.%m.%Y}", width, size=12,
                    align="center")
        x = width * 0.5
        draw_fitted(canvas, x, 110, "Классный руководитель:", width - x, size=11)
        draw_fitted(canvas, x, 94, book.class_teacher or "—", width - x, font=SANS_BOLD, size=12)
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, 0, 20, f"Распечатано из электронного журнала {book.printed_on:%d.%m.%Y}. "
                    f"В книге {sheets_word(total)}.", width, size=8.5)
        canvas.setFillColor(colors.black)

    return PageFlowable(paint, {"book": _book_data(book, total)})


def _book_data(book: ClassBook, total: int) -> list:
    return [book.school_name, book.academic_year, book.class_label, book.class_teacher, book.director,
            book.span_label, book.start, book.end, book.printed_on, total]


def _contents_page(entries: list[tuple[str, str, str]]) -> PageFlowable:
    """entries: (title, detail, sheets)."""
    def paint(canvas: Canvas, width: float, height: float) -> None:
        draw_fitted(canvas, 0, height - 20, "Содержание", width, font=SANS_BOLD, size=15, align="center")
        leading = min(17.0, (height - 60) / max(1, len(entries)))
        size = min(10.5, leading * 0.68)
        y = height - 52
        left, right = width * 0.08, width * 0.92
        sheet_width = 90
        for title, detail, sheets in entries:
            draw_fitted(canvas, left, y, title, width * 0.42, font=SANS_BOLD if not detail else SANS, size=size)
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, left + width * 0.43, y, detail, width * 0.25, size=size * 0.92)
            canvas.setFillColor(colors.black)
            draw_fitted(canvas, right - sheet_width, y, sheets, sheet_width, size=size, align="right")
            # Dotted leader between the entry and its sheets.
            start = left + width * 0.43 + min(width * 0.25, stringWidth(detail, SANS, size * 0.92)) + 6
            end = right - stringWidth(sheets, SANS, size) - 6
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.5)
            canvas.setDash(0.6, 2.4)
            if end > start:
                canvas.line(start, y + 1, end, y + 1)
            canvas.setDash()
            y -= leading

    return PageFlowable(paint, {"contents": [list(e) for e in entries]})


def _certification_page(book: ClassBook, total: int) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        draw_fitted(canvas, 0, height - 24, "Заверение журнала", width, font=SANS_BOLD, size=15, align="center")
        x = width * 0.1
        text_width = width * 0.8
        y = height - 70
        paragraph = (f"Классный журнал {book.class_label} класса за {_span_text(book)} "
                     f"(с {book.start:%d.%m.%Y} по {book.end:%d.%m.%Y}) "
                     f"распечатан из электронного журнала {book.printed_on:%d.%m.%Y}. "
                     f"В журнале пронумеровано {sheets_word(total)}, включая этот. Сведения на листах "
                     "соответствуют электронному журналу на дату распечатки.")
        for line in wrap_lines(paragraph, SANS, 11, text_width):
            draw_fitted(canvas, x, y, line, text_width, size=11)
            y -= 16
        y -= 50
        director = book.director or "                              "
        draw_fitted(canvas, x, y, f"Директор  ________________________  /{director}/", text_width * 0.7,
                    font=SANS_BOLD, size=13)
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, x + 62, y - 12, "(подпись)", 150, size=7.5, align="center")
        canvas.setFillColor(colors.black)
        draw_fitted(canvas, x, y - 44, "«_____» ____________________ 20____ г.", text_width * 0.6, size=12)
        # The stamp: «М.П.» and a dashed circle showing where it goes.
        cx, cy, radius = x + text_width * 0.78, y - 30, 48
        canvas.setStrokeColor(MUTED)
        canvas.setDash(2, 3)
        canvas.setLineWidth(0.6)
        canvas.circle(cx, cy, radius)
        canvas.setDash()
        draw_fitted(canvas, cx - radius, cy - 5, "М.П.", 2 * radius, font=SANS_BOLD, size=14, align="center")

    return PageFlowable(paint, {"book": _book_data(book, total)})


def _course_pages(course: BookCourse, setup: PageSetup) -> list:
    flowables: list = []
    for month in course.months:
        if flowables:
            flowables.append(PageBreak())
        flowables += month_pages(month, setup)
    return flowables


def _count(flowables: list) -> int:
    return sum(1 for f in flowables if isinstance(f, PageFlowable))


def book_setup(book: ClassBook, code: str | None = None) -> PageSetup:
    """With a printout `code` the sheets are verifiable: the code in the footer, a QR code on each."""
    return PageSetup(
        school_name=book.school_name,
        document_code=(f"Классный журнал {book.class_label} · {book.academic_year} · {book.span_label} · "
                       f"код {code or data_digest(book)}"),
        title=f"Классный журнал {book.class_label} · {book.academic_year}",
        landscape=True,
        qr=code is not None,
        verify_hint=(f"Сверка с электронным журналом: QR-код листа или «ejournal print verify {code}»"
                     if code else ""),
    )


def _story(book: ClassBook, setup: PageSetup, progress: Progress | None,
           cancelled: Callable[[], bool] | None) -> list:
    register_fonts()
    parts: list[tuple[str, str, list]] = []
    for course in book.courses:
        months = ", ".join(month_label(m.year, m.month) for m in (course.months[0], course.months[-1])) \
            if course.months else ""
        if course.months and len(course.months) > 1:
            first, last = course.months[0], course.months[-1]
            months = f"{month_label(first.year, first.month)} — {month_label(last.year, last.month)}"
        parts.append((course.subject, f"{course.teacher} · {months}" if months else course.teacher,
                      _course_pages(course, setup)))
    if book.summary is not None:
        parts.append(("Сводная ведомость учёта успеваемости", "", summary_flowables(book.summary, setup)))
    parts.append((CORRECTIONS_TITLE, "", corrections_flowables(book.corrections, setup, f"за {_span_text(book)}")))
    steps = len(parts) + 1
    total = 2 + sum(_count(p[2]) for p in parts) + 1

    def checkpoint(done: int) -> Callable[[], None]:
        def reached():
            if cancelled is not None and cancelled():
                raise BuildCancelled("построение журнала отменено")
            if progress is not None:
                progress(done, steps)
        return reached

    entries: list[tuple[str, str, str]] = []
    sheet = 3
    for title, detail, flowables in parts:
        count = _count(flowables)
        sheets = f"лист {sheet}" if count == 1 else f"листы {sheet}–{sheet + count - 1}"
        entries.append((title, detail, sheets))
        sheet += count
    entries.append(("Заверение журнала", "", f"лист {sheet}"))

    story: list = [Checkpoint(checkpoint(0)), _title_page(book, total), PageBreak(), _contents_page(entries)]
    for n, (_, _, flowables) in enumerate(parts):
        story += [PageBreak(), Checkpoint(checkpoint(n)), *flowables]
    story += [PageBreak(), Checkpoint(checkpoint(len(parts))), _certification_page(book, total)]
    return story


def class_book_pdf(book: ClassBook) -> bytes:
    setup = book_setup(book)
    return pdf_bytes(_story(book, setup, None, None), setup)


def class_book_fingerprints(book: ClassBook) -> list[PageFingerprint]:
    """The fingerprints of the book's verifiable sheets, in order, without building a PDF."""
    return story_fingerprints(_story(book, book_setup(book, code=""), None, None))


def write_class_book(path, book: ClassBook, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None, code: str | None = None,
                     on_built: Callable[[list[PageFingerprint]], None] | None = None) -> Path:
    """Lay the book out into `path` atomically. `progress(done, total)` is called as parts are laid
    out; when `cancelled()` returns true the build stops with BuildCancelled and no file is left.
    With a printout `code` every sheet carries the code and a QR code of its data; `on_built(fingerprints)`
    runs once the file is built, before it takes its name (an exception there leaves no file)."""
    setup = book_setup(book, code)
    story = _story(book, setup, progress, cancelled)
    prints = story_fingerprints(story)
    if code is not None:
        setup = replace(setup, page_codes=tuple(qr_payload(code, n, f.sha256) for n, f in enumerate(prints, 1)))
    result = write_pdf(path, story, setup,
                       before_replace=(lambda: on_built(prints)) if on_built is not None else None)
    if progress is not None:
        steps = len(book.courses) + (1 if book.summary is not None else 0) + 2
        progress(steps, steps)
    return result
