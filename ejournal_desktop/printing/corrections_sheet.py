"""The corrections sheet (лист исправлений) of a class's book: every approved correction of a mark in
the book's span, with the old and the new value, the reason (the teacher's explanation), who asked for
it and who approved it, and when.

A paper journal is corrected by crossing out and a note signed by the deputy; the printed book lists
the electronic journal's corrections instead, so that a reader of the certified book sees every mark
that was changed after its entry window. A span without corrections gets a sheet that says so.

Rows are wrapped in their cells and split over as many sheets as they need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from .document import PageSetup
from .fonts import SANS, SANS_BOLD, register_fonts
from .layout import GRID, GRID_BOLD, HEAD_FILL, MUTED, PageFlowable, draw_fitted, wrap_lines

__all__ = ["CorrectionLine", "corrections_flowables", "CORRECTIONS_TITLE"]

CORRECTIONS_TITLE = "Лист исправлений отметок"


@dataclass(frozen=True)
class CorrectionLine:
    lesson_date: dt.date
    subject: str             # «Математика», «Английский язык (1 группа)»
    pupil: str               # «Иванов Иван Иванович»
    old_value: str
    new_value: str           # "" when the mark was removed
    reason: str
    requested_by: str        # «Петрова А. И.»
    requested_on: dt.date
    approved_by: str         # «Ёлкина С. П.»
    approved_on: dt.date
    note: str = ""           # the deputy's note on the decision


HEADING = 40
HEAD_ROW = 24
SIZE = 8
LEADING = 9.6
PAD = 3
# Relative widths of: №, date, subject, pupil, was, became, reason, asked, approved.
_SHARES = (0.03, 0.06, 0.12, 0.15, 0.05, 0.05, 0.25, 0.14, 0.15)
_TITLES = ("№", "Дата урока", "Предмет", "Обучающийся", "Было", "Стало", "Причина исправления",
           "Кто просил", "Кто утвердил")


def _cells(number: int, line: CorrectionLine) -> list[str]:
    approved = f"{line.approved_by}, {line.approved_on:%d.%m.%Y}"
    if line.note:
        approved += f"; {line.note}"
    return [str(number), f"{line.lesson_date:%d.%m.%Y}", line.subject, line.pupil, line.old_value,
            line.new_value or "удалена", line.reason, f"{line.requested_by}, {line.requested_on:%d.%m.%Y}",
            approved]


def _widths(width: float) -> list[float]:
    return [width * share / sum(_SHARES) for share in _SHARES]


def _wrapped(cells: list[str], widths: list[float]) -> list[list[str]]:
    return [wrap_lines(text, SANS, SIZE, w - 2 * PAD) for text, w in zip(cells, widths, strict=True)]


def _height(lines: list[list[str]]) -> float:
    return max(len(cell) for cell in lines) * LEADING + 2 * PAD


def _page(lines: Sequence[CorrectionLine], first: int, span: str, sheet: int, sheets: int,
          rows: list[list[list[str]]]) -> PageFlowable:
    def paint(canvas: Canvas, width: float, height: float) -> None:
        title = CORRECTIONS_TITLE + (f" (часть {sheet} из {sheets})" if sheets > 1 else "")
        draw_fitted(canvas, 0, height - 16, title, width, font=SANS_BOLD, size=14, align="center")
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, 0, height - 30, f"Исправления отметок после окончания срока выставления, "
                    f"утверждённые заместителем директора, {span}", width, size=8.5, align="center")
        canvas.setFillColor(colors.black)
        widths = _widths(width)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = height - HEADING
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - HEAD_ROW, width, HEAD_ROW, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for x, w, text in zip(xs, widths, _TITLES, strict=False):
            parts = wrap_lines(text, SANS_BOLD, 7.5, w - 2 * PAD)[:2]
            for n, part in enumerate(parts):
                baseline = top - HEAD_ROW / 2 + (len(parts) - 1) * 4.5 - n * 9 - 2.5
                draw_fitted(canvas, x + PAD, baseline, part, w - 2 * PAD, font=SANS_BOLD, size=7.5,
                            align="center")
        y = top - HEAD_ROW
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.35)
        for cells in rows:
            row = _height(cells)
            for column, (x, w, cell) in enumerate(zip(xs, widths, cells, strict=False)):
                centred = column in (0, 1, 4, 5)
                font = SANS_BOLD if column in (4, 5) else SANS
                for n, text in enumerate(cell):
                    draw_fitted(canvas, x + PAD, y - PAD - SIZE * 0.9 - n * LEADING, text, w - 2 * PAD,
                                font=font, size=SIZE, align="center" if centred else "left")
            y -= row
            canvas.line(0, y, width, y)
        if not rows:
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, 0, y - 16, "Исправлений отметок за этот период не было.", width, size=10,
                        align="center")
            canvas.setFillColor(colors.black)
            y -= 26
        for x in xs[1:-1]:
            canvas.line(x, y, x, top)
        canvas.setStrokeColor(GRID_BOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(0, y, width, top - y)
        canvas.line(0, top - HEAD_ROW, width, top - HEAD_ROW)
        if sheet == sheets:
            y -= 34
            draw_fitted(canvas, 0, y, "Заместитель директора  ______________________  "
                        "/_____________________/", width * 0.6, size=9.5)
            draw_fitted(canvas, width * 0.6, y, "«____» ______________ 20___ г.", width * 0.4, size=9.5,
                        align="right")

    data = {"header": [span, sheet, sheets],
            "corrections": [[first + i, c.lesson_date, c.subject, c.pupil, c.old_value, c.new_value, c.reason,
                             c.requested_by, c.requested_on, c.approved_by, c.approved_on, c.note]
                            for i, c in enumerate(lines)]}
    return PageFlowable(paint, data)


def corrections_flowables(lines: Sequence[CorrectionLine], setup: PageSetup, span: str) -> list:
    """The sheet's pages (PageBreaks between them, none after the last); `span` says for what time,
    e.g. «за 2026/2027 учебный год»."""
    register_fonts()
    width, height = setup.content_width, setup.content_height
    widths = _widths(width)
    space = height - HEADING - HEAD_ROW - 50   # room for the deputy's signature under the last row
    chunks: list[list[int]] = [[]]
    used = 0.0
    wrapped = [_wrapped(_cells(n, line), widths) for n, line in enumerate(lines, start=1)]
    for index, cells in enumerate(wrapped):
        needed = _height(cells)
        if chunks[-1] and used + needed > space:
            chunks.append([])
            used = 0.0
        chunks[-1].append(index)
        used += needed
    flowables: list = []
    for sheet, chunk in enumerate(chunks, start=1):
        if flowables:
            flowables.append(PageBreak())
        first = chunk[0] + 1 if chunk else 1
        flowables.append(_page([lines[i] for i in chunk], first, span, sheet, len(chunks),
                               [wrapped[i] for i in chunk]))
    return flowables
