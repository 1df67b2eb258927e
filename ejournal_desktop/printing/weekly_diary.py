"""«Дневник на неделю» on paper: one A4 sheet per pupil, for a family without a computer at home.

A sheet: the pupil's name, class and week; a table of the six school days — each lesson's number, subject,
homework, the pupil's marks with their work types and the absence; the teachers' remarks; the week's
absences counted; the class teacher's line and a place for the parent's signature and the date. A long
week is shrunk to its sheet rather than spilling onto another pupil's page: a sheet is handed to one
family.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain.attendance import AttendanceCode
from ..domain.names import short_name
from .document import PageSetup, base_styles, write_pdf
from .fonts import SANS, SANS_BOLD
from .layout import MUTED, BuildCancelled, Checkpoint, pdf_markup

__all__ = ["DiaryDay", "DiaryLine", "PupilWeek", "WeeklyDiary", "weekly_diary_story", "write_weekly_diary"]

GRID = colors.Color(0.55, 0.55, 0.55)
DAY_SHADE = colors.Color(0.94, 0.94, 0.94)


@dataclass(frozen=True)
class DiaryLine:
    """One lesson of the pupil's day."""
    number: int
    subject: str
    homework: str
    marks: tuple[str, ...]          # «5 (контрольная работа)»
    absence: str                    # «Н», «П», «Б», «ОП» or ""
    remarks: tuple[str, ...]        # the teacher's comments to the marks


@dataclass(frozen=True)
class DiaryDay:
    date: dt.date
    title: str                      # «Понедельник»
    lines: tuple[DiaryLine, ...]


@dataclass(frozen=True)
class PupilWeek:
    number: int                     # in the class list
    name: str
    days: tuple[DiaryDay, ...]
    missed: dict[AttendanceCode, int]


@dataclass(frozen=True)
class WeeklyDiary:
    school_name: str
    academic_year: str
    class_label: str
    class_teacher: str              # full name; "" when the class has none
    monday: dt.date
    saturday: dt.date
    pupils: tuple[PupilWeek, ...]

    @property
    def span_label(self) -> str:
        return f"неделя с {self.monday:%d.%m.%Y} по {self.saturday:%d.%m.%Y}"


def _styles() -> dict[str, ParagraphStyle]:
    base = base_styles()
    normal = ParagraphStyle("diary", parent=base["normal"], fontSize=9, leading=11)
    return {
        "name": ParagraphStyle("diary-name", parent=normal, fontName=SANS_BOLD, fontSize=14, leading=17),
        "line": ParagraphStyle("diary-line", parent=normal, fontSize=10, leading=13, spaceAfter=2 * mm),
        "cell": normal,
        "head": ParagraphStyle("diary-head", parent=normal, fontName=SANS_BOLD, fontSize=8.5, leading=10),
        "day": ParagraphStyle("diary-day", parent=normal, fontName=SANS_BOLD),
        "heading": ParagraphStyle("diary-heading", parent=normal, fontName=SANS_BOLD, fontSize=10, leading=13,
                                  spaceBefore=3 * mm, spaceAfter=1 * mm),
        "small": ParagraphStyle("diary-small", parent=normal, fontSize=8, leading=10, textColor=MUTED),
        "sign": ParagraphStyle("diary-sign", parent=normal, fontSize=10, leading=13, spaceBefore=5 * mm),
    }


_WIDTHS = (0.12, 0.04, 0.22, 0.29, 0.22, 0.11)   # shares of the width: day, №, subject, homework, marks, absence


def _week_table(week: PupilWeek, width: float, styles) -> Table:
    p = lambda text, style="cell": Paragraph(pdf_markup(text), styles[style])  # noqa: E731
    rows: list[list] = [[p(t, "head") for t in ("День", "№", "Предмет", "Домашнее задание",
                                                  "Отметки (вид работы)", "Пропуск")]]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),       # empty cells too: never Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), DAY_SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for day in week.days:
        first = len(rows)
        label = Paragraph(f"{pdf_markup(day.title)}<br/>{day.date:%d.%m}", styles["day"])
        lines = day.lines or (None,)
        for n, line in enumerate(lines):
            cell = label if n == 0 else ""
            if line is None:
                rows.append([cell, "", p("уроков нет", "small"), "", "", ""])
                continue
            rows.append([cell, p(str(line.number)), p(line.subject), p(line.homework),
                         p(", ".join(line.marks)), p(line.absence)])
        if len(lines) > 1:
            commands.append(("SPAN", (0, first), (0, len(rows) - 1)))
        commands.append(("LINEABOVE", (0, first), (-1, first), 1.0, colors.black))
    table = Table(rows, colWidths=[width * share for share in _WIDTHS], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _remarks(week: PupilWeek) -> list[str]:
    return [f"{day.date:%d.%m}, {line.subject}: {remark}" for day in week.days for line in day.lines
            for remark in line.remarks]


def _missed_line(week: PupilWeek) -> str:
    missed = {code: n for code, n in week.missed.items() if code.counts_as_missed and n}
    late = week.missed.get(AttendanceCode.late, 0)
    if not missed and not late:
        return "Пропусков уроков и опозданий на этой неделе нет."
    parts = []
    if missed:
        detail = ", ".join(f"{code.reason} — {missed[code]}" for code in AttendanceCode if code in missed)
        parts.append(f"Пропущено уроков: {sum(missed.values())} ({detail})")
    if late:
        parts.append(f"опозданий: {late}")
    return "; ".join(parts) + "."


def _teacher_short(full: str) -> str:
    parts = full.split()
    return short_name(parts[0], *parts[1:3]) if parts else ""


def _pupil_page(diary: WeeklyDiary, week: PupilWeek, setup: PageSetup, styles) -> KeepInFrame:
    width = setup.content_width
    remarks = _remarks(week)
    teacher = _teacher_short(diary.class_teacher)
    content = [
        Paragraph(pdf_markup(week.name), styles["name"]),
        Paragraph(pdf_markup(f"{diary.class_label} класс · {diary.span_label} · {diary.academic_year} "
                             "учебный год"), styles["line"]),
        _week_table(week, width, styles),
        Paragraph("Н — без уважительной причины, П — по уважительной причине, Б — по болезни, ОП — опоздание.",
                  styles["small"]),
        Paragraph("Замечания учителей", styles["heading"]),
        *([Paragraph(pdf_markup(r), styles["cell"]) for r in remarks] or
          [Paragraph("Замечаний нет.", styles["cell"])]),
        Paragraph("Посещаемость", styles["heading"]),
        Paragraph(pdf_markup(_missed_line(week)), styles["cell"]),
        Spacer(0, 3 * mm),
        Paragraph(pdf_markup("Классный руководитель: ____________________ "
                             + (f"/ {teacher} /" if teacher else "/ ______________ /")), styles["sign"]),
        Paragraph("С дневником ознакомлен(а), подпись родителя (законного представителя): "
                  "____________________", styles["sign"]),
        Paragraph("Дата: «____» ________________ 20____ г.", styles["sign"]),
    ]
    return KeepInFrame(width, setup.content_height, content, mode="shrink")


def weekly_diary_story(diary: WeeklyDiary, setup: PageSetup,
                       checkpoint: Callable[[int], Callable[[], None]] | None = None) -> list:
    styles = _styles()
    story: list = []
    for n, week in enumerate(diary.pupils):
        if story:
            story.append(PageBreak())
        if checkpoint is not None:
            story.append(Checkpoint(checkpoint(n)))
        story.append(_pupil_page(diary, week, setup, styles))
    return story


def diary_setup(diary: WeeklyDiary) -> PageSetup:
    return PageSetup(school_name=diary.school_name, title=f"Дневник на неделю · {diary.class_label} класс",
                     document_code=f"Дневник {diary.class_label} · {diary.monday:%d.%m}–{diary.saturday:%d.%m.%Y}")


def write_weekly_diary(path: str | Path, diary: WeeklyDiary, *, progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> Path:
    """The class's diary of the week as a PDF, a sheet per pupil, written atomically; a cancel raises
    BuildCancelled and leaves no file."""
    total = len(diary.pupils)

    def checkpoint(done: int) -> Callable[[], None]:
        def reached() -> None:
            if cancelled is not None and cancelled():
                raise BuildCancelled("построение дневника отменено")
            if progress is not None:
                progress(done, total)
        return reached

    setup = diary_setup(diary)
    written = write_pdf(path, weekly_diary_story(diary, setup, checkpoint), setup)
    if progress is not None:
        progress(total, total)
    return written
