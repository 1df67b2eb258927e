"""Page furniture shared by every printed A4 document, and the ways a document leaves the program.

A document is a ReportLab story (a list of flowables) plus a `PageSetup`. Each page gets a header
(the school's name on the left, the document's title on the right, a hairline under them) and a footer
(the document code on the left, «лист N из M» on the right). The page count is known only when the
story has been laid out, so the canvas keeps every finished page and draws the furniture on all of
them at save time (`_FurnishedCanvas`): one layout pass, no second build.

`pdf_bytes` returns the PDF in memory; `write_pdf` and `write_bytes_atomic` put it in a file through a
temporary file in the same folder and os.replace, so a failed build or a full disk never leaves a
half-written PDF, nor destroys the previous one under that name.

All text is set in the bundled fonts (see fonts.py): ReportLab embeds their subsets and a ToUnicode map,
so the PDF prints the same everywhere and its text can be searched and copied.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from .fonts import FONT_FILES, SANS, SANS_BOLD, register_fonts
from .layout import pdf_text
from .verification import draw_qr

CREATOR = "Электронный журнал"

HEADER_FONT_SIZE = 9
FOOTER_FONT_SIZE = 8
# Height of the header band and of the footer band inside the margins; the frame lies between them.
HEADER_BAND = 9 * mm
FOOTER_BAND = 8 * mm
# A verifiable document (PageSetup.qr) has a taller footer: a QR code of the page's data in its right corner.
QR_SIZE = 19 * mm
QR_FOOTER_BAND = 17 * mm
QR_BOTTOM = 6 * mm          # from the paper's edge: clear of a printer's unprintable strip
# The padding ReportLab's SimpleDocTemplate puts inside its frame on every side.
FRAME_PADDING = 6
RULE_COLOR = colors.Color(0.45, 0.45, 0.45)
FURNITURE_COLOR = colors.Color(0.2, 0.2, 0.2)


@dataclass(frozen=True)
class PageSetup:
    """What every page of one document carries, and the paper it is laid on.

    Margins run from the paper's edge to the header and footer. The defaults follow Russian office
    practice for papers kept in binders: a wider left margin for the binding.
    """

    school_name: str
    document_code: str
    title: str = ""
    landscape: bool = False
    left_margin: float = 20 * mm
    right_margin: float = 10 * mm
    top_margin: float = 10 * mm
    bottom_margin: float = 10 * mm
    # A verifiable document: a taller footer with a QR code on every page. `page_codes[n - 1]` is the
    # text of sheet n's QR (verification.qr_payload); it is filled in once the pages' data are known,
    # and does not change the layout.
    qr: bool = False
    page_codes: tuple[str, ...] = ()
    verify_hint: str = ""       # a second footer line, e.g. how to check the printout

    @property
    def footer_band(self) -> float:
        return QR_FOOTER_BAND if self.qr else FOOTER_BAND

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else portrait(A4)

    @property
    def content_width(self) -> float:
        """The width a flowable may take (frame minus its padding)."""
        return self.pagesize[0] - self.left_margin - self.right_margin - 2 * FRAME_PADDING

    @property
    def content_height(self) -> float:
        """The height a flowable may take on one page (frame minus its padding)."""
        return (self.pagesize[1] - self.top_margin - self.bottom_margin - HEADER_BAND - self.footer_band
                - 2 * FRAME_PADDING)


def sheet_label(number: int, total: int) -> str:
    """The footer's page number, as Russian documents write it."""
    return f"лист {number} из {total}"


MIN_FURNITURE_FONT_SIZE = 6.5


class ForeignFontError(RuntimeError):
    """A document used a font that is not bundled (e.g. a Table string cell left in Helvetica)."""


def _fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """`text` and a size that fit `width`: smaller type first, then an ellipsis as a last resort.

    The header and footer must never run into their neighbours.
    """
    while size > MIN_FURNITURE_FONT_SIZE and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def _draw_fitted(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, width: float,
                 *, right: bool = False) -> float:
    """Draw `text` fitted into `width` (left- or right-aligned at x); return the width it took."""
    text, size = _fit(pdf_text(text), font, size, width)
    canvas.setFont(font, size)
    (canvas.drawRightString if right else canvas.drawString)(x, y, text)
    return stringWidth(text, font, size)


def draw_furniture(canvas: Canvas, setup: PageSetup, number: int, total: int) -> None:
    """Header and footer of page `number` of `total`."""
    page_width, page_height = setup.pagesize
    left = setup.left_margin
    right = page_width - setup.right_margin
    width = right - left
    canvas.saveState()
    canvas.setFillColor(FURNITURE_COLOR)
    canvas.setStrokeColor(RULE_COLOR)
    canvas.setLineWidth(0.4)

    # Header: school on the left, title on the right; the title gets at most half the line.
    baseline = page_height - setup.top_margin - HEADER_FONT_SIZE
    title_width = 0.0
    if setup.title:
        title_width = _draw_fitted(canvas, right, baseline, setup.title, SANS, HEADER_FONT_SIZE,
                                   width / 2 - 3 * mm, right=True) + 6 * mm
    _draw_fitted(canvas, left, baseline, setup.school_name, SANS_BOLD, HEADER_FONT_SIZE, width - title_width)
    rule_y = page_height - setup.top_margin - HEADER_BAND + 2.5 * mm
    canvas.line(left, rule_y, right, rule_y)

    # Footer: document code on the left, «лист N из M» on the right (left of the QR code, if any).
    rule_y = setup.bottom_margin + setup.footer_band - 2 * mm
    baseline = rule_y - 5 * mm
    if setup.qr:
        right -= QR_SIZE + 3 * mm
        width = right - left
    canvas.line(left, rule_y, right, rule_y)
    label_width = _draw_fitted(canvas, right, baseline, sheet_label(number, total), SANS, FOOTER_FONT_SIZE,
                               width, right=True) + 6 * mm
    _draw_fitted(canvas, left, baseline, setup.document_code, SANS, FOOTER_FONT_SIZE, width - label_width)
    if setup.verify_hint:
        _draw_fitted(canvas, left, baseline - FOOTER_FONT_SIZE - 2, setup.verify_hint, SANS,
                     FOOTER_FONT_SIZE - 1, width)
    if setup.qr and number <= len(setup.page_codes):
        draw_qr(canvas, setup.page_codes[number - 1], page_width - setup.right_margin - QR_SIZE, QR_BOTTOM,
                QR_SIZE)
    canvas.restoreState()


class _FurnishedCanvas(Canvas):
    """A canvas that holds back its pages until save(), then furnishes each knowing the page count."""

    def __init__(self, *args, setup: PageSetup, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._held_pages: list[dict] = []

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            draw_furniture(self, self._setup, number, total)
            super().showPage()
        # Only the bundled fonts carry Cyrillic and get embedded: anything else is a bug in the document.
        foreign = sorted(set(self._doc.fontMapping) - set(FONT_FILES))
        if foreign:
            raise ForeignFontError(
                f"the document uses fonts that are not bundled: {', '.join(foreign)}; "
                "set FONTNAME in table styles and fontName in paragraph styles to the fonts of fonts.py"
            )
        super().save()


def _build(target: BinaryIO, story: Iterable[Flowable], setup: PageSetup) -> None:
    register_fonts()
    doc = SimpleDocTemplate(
        target,
        pagesize=setup.pagesize,
        leftMargin=setup.left_margin,
        rightMargin=setup.right_margin,
        topMargin=setup.top_margin + HEADER_BAND,
        bottomMargin=setup.bottom_margin + setup.footer_band,
        title=setup.title or setup.document_code,
        author=setup.school_name,
        subject=setup.document_code,
        creator=CREATOR,
        lang="ru-RU",
        initialFontName=SANS,
    )
    doc.build(list(story), canvasmaker=partial(_FurnishedCanvas, setup=setup))


def pdf_bytes(story: Iterable[Flowable], setup: PageSetup) -> bytes:
    """The document as PDF bytes. A story's flowables are consumed: build each story once."""
    buffer = io.BytesIO()
    _build(buffer, story, setup)
    return buffer.getvalue()


@contextlib.contextmanager
def _atomic_target(path: Path):
    """A temporary file beside `path`, moved over it only if the block finishes without an exception."""
    path = Path(path)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def write_pdf(path: str | os.PathLike, story: Iterable[Flowable], setup: PageSetup,
              before_replace: Callable[[], None] | None = None) -> Path:
    """Build the document straight into `path`, atomically; the previous file survives any failure.

    `before_replace()` runs once the document is built and written to its temporary file, before it
    takes the name: a caller records the printout there (in its own transaction), and an exception from
    it leaves no file."""
    path = Path(path)
    with _atomic_target(path) as handle:
        _build(handle, story, setup)
        if before_replace is not None:
            handle.flush()
            before_replace()
    return path


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Save an already built document (e.g. from login_slips) to `path` atomically."""
    path = Path(path)
    with _atomic_target(path) as handle:
        handle.write(data)
    return path


def base_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the bundled fonts, for documents to derive their own from."""
    register_fonts()
    normal = ParagraphStyle("normal", fontName=SANS, fontSize=10, leading=12.5)
    return {
        "normal": normal,
        "small": ParagraphStyle("small", parent=normal, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=normal, fontName=SANS_BOLD, fontSize=14, leading=17,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", parent=normal, fontName=SANS_BOLD, fontSize=11, leading=14,
                                  spaceBefore=3 * mm, spaceAfter=2 * mm),
    }
