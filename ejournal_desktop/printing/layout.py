"""Drawing helpers shared by the journal pages, the class book and the summary sheet.

These documents are grids of hundreds of cells per page. ReportLab's Table would lay each cell out as
a flowable and costs tens of milliseconds a page; here every page is one `PageFlowable` that draws its
rules and strings straight on the canvas (a few milliseconds), and each document splits itself into
pages before the build, so page numbers (the contents of a book) are known in advance.

Only the bundled fonts are used (fonts.py); every string is drawn with `draw_fitted`, which shrinks the
type and, as a last resort, cuts with an ellipsis, so that nothing runs over a cell's rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import astuple, is_dataclass
from xml.sax.saxutils import escape as _escape

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth as _string_width
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .fonts import SANS

__all__ = [
    "BuildCancelled", "Checkpoint", "PageFlowable", "TextBatch", "data_digest", "draw_fitted", "draw_rotated",
    "fit_size", "month_label", "pdf_markup", "pdf_text", "wrap_lines", "GRID", "GRID_BOLD", "GREY_FILL", "HEAD_FILL", "MUTED",
]

GRID = colors.Color(0.25, 0.25, 0.25)
GRID_BOLD = colors.black
GREY_FILL = colors.Color(0.86, 0.86, 0.86)
HEAD_FILL = colors.Color(0.94, 0.94, 0.94)
MUTED = colors.Color(0.38, 0.38, 0.38)

MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь")


# Characters stored text may hold (imports of older files, the exchange) that must not reach a page:
# NUL and the other C0/C1 controls and lone surrogates become «?», the invisible bidi and format
# controls (a right-to-left override would turn the rest of a line around) are dropped.
_PDF_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_PDF_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


def pdf_text(text: str) -> str:
    """`text` safe to draw: every string a printout draws passes through here (draw_fitted, wrap_lines,
    draw_rotated, the page furniture)."""
    if text.isprintable():
        return text
    return _PDF_INVISIBLE.sub("", _PDF_UNSAFE.sub("?", text))


def pdf_markup(text: str) -> str:
    """`text` safe for a ReportLab Paragraph: made safe as pdf_text, then «<», «>», «&» escaped."""
    return _escape(pdf_text(text))


@functools.lru_cache(maxsize=65536)
def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - ReportLab's name
    """ReportLab's stringWidth, remembered: a grid draws the same marks and labels thousands of times."""
    return _string_width(text, font, size)


class BuildCancelled(Exception):
    """The user cancelled a long build; the file being written is discarded."""


def month_label(year: int, month: int, *, capital: bool = False) -> str:
    """«ноябрь 2026»."""
    name = MONTHS[month - 1]
    return f"{name.capitalize() if capital else name} {year}"


def data_digest(*items) -> str:
    """A short, stable hash of the printed data: the document code names exactly what was printed."""
    digest = hashlib.sha256()

    def feed(value):
        if is_dataclass(value):
            value = astuple(value)
        if isinstance(value, dict):
            value = sorted(value.items(), key=repr)
        if isinstance(value, (list, tuple)):
            digest.update(b"(")
            for item in value:
                feed(item)
            digest.update(b")")
        elif isinstance(value, (dt.date, dt.datetime)):
            digest.update(value.isoformat().encode())
        else:
            digest.update(repr(value).encode())
        digest.update(b"\x1f")

    for item in items:
        feed(item)
    return digest.hexdigest()[:8].upper()


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 5.5) -> float:
    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _fitted(text: str, width: float, font: str, size: float, minimum: float) -> tuple[str, float]:
    text = pdf_text(text)
    size = fit_size(text, font, size, width, minimum)
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    return text, size


def draw_fitted(canvas: Canvas, x: float, y: float, text: str, width: float, *, font: str = SANS,
                size: float = 8, align: str = "left", minimum: float = 5.5) -> None:
    """`text` on baseline y within [x, x + width]: smaller type, then an ellipsis if still too wide."""
    if not text:
        return
    text, size = _fitted(text, width, font, size, minimum)
    if canvas._fontname != font or canvas._fontsize != size:
        canvas.setFont(font, size)
    if align == "center":
        canvas.drawCentredString(x + width / 2, y, text)
    elif align == "right":
        canvas.drawRightString(x + width, y, text)
    else:
        canvas.drawString(x, y, text)


class TextBatch:
    """Many fitted strings (a grid's cells) in one PDF text object: what draw_fitted draws, string for
    string, without a text object per cell. Use as `with TextBatch(canvas) as cells: cells.add(...)`;
    the fill colour is the canvas's when the block ends."""

    def __init__(self, canvas: Canvas):
        self._canvas = canvas
        self._text = canvas.beginText()
        self._font: tuple[str, float] | None = None

    def add(self, x: float, y: float, text: str, width: float, *, font: str = SANS, size: float = 8,
            align: str = "left", minimum: float = 5.5) -> None:
        if not text:
            return
        text, size = _fitted(text, width, font, size, minimum)
        if self._font != (font, size):
            self._text.setFont(font, size)
            self._font = (font, size)
        if align == "center":
            x += (width - stringWidth(text, font, size)) / 2
        elif align == "right":
            x += width - stringWidth(text, font, size)
        self._text.setTextOrigin(x, y)
        self._text.textOut(text)

    def __enter__(self) -> TextBatch:  # noqa: PYI034 - not subclassed
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None and self._font is not None:
            self._canvas.drawText(self._text)
            self._canvas.setFont(*self._font)   # the canvas knows the font the text object left set


def draw_rotated(canvas: Canvas, x: float, y: float, width: float, height: float, text: str, *,
                 font: str = SANS, size: float = 7.5, leading: float | None = None, pad: float = 3) -> None:
    """`text` turned 90° (read from the bottom up) in the box (x, y, width, height), wrapped in up to
    as many lines as the box is wide, centred across it."""
    leading = leading or size * 1.15
    lines = wrap_lines(text, font, size, height - 2 * pad)
    while size > 5 and (len(lines) * leading > width - 2 or any(
            stringWidth(line, font, size) > height - 2 * pad for line in lines)):
        size -= 0.25
        leading = size * 1.15
        lines = wrap_lines(text, font, size, height - 2 * pad)
    max_lines = max(1, int((width - 2) // leading))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + "…"
    canvas.saveState()
    canvas.translate(x + width / 2, y + pad)
    canvas.rotate(90)
    canvas.setFont(font, size)
    block = len(lines) * leading
    # After the rotation, +x runs up the page and +y to the left.
    first = block / 2 - size * 0.8
    for index, line in enumerate(lines):
        canvas.drawString(0, first - index * leading, line)
    canvas.restoreState()


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` that fit `width`, words kept whole where they can be (long words are broken)."""
    lines: list[str] = []
    for paragraph in pdf_text(text or "").splitlines() or [""]:
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                # A single word wider than the column: break it.
                cut = len(line)
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


class PageFlowable(Flowable):
    """One whole page drawn by `paint(canvas, width, height)`; the document puts a PageBreak after it.

    `data` is what the page shows, as a dict of named parts of plain values: the page's fingerprint
    (verification.py) is taken over it, so that a printout can be checked against the journal later.
    """

    def __init__(self, paint: Callable[[Canvas, float, float], None], data: dict | None = None):
        super().__init__()
        self._paint = paint
        self.data = data

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self):
        self._paint(self.canv, self.width, self.height)


class Checkpoint(Flowable):
    """Reports progress while the document is laid out and stops the build when cancelled."""

    def __init__(self, on_reach: Callable[[], None]):
        super().__init__()
        self._on_reach = on_reach

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self._on_reach()
