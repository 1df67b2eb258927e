"""Login slips: a class's logins and first passwords, eight to an A4 sheet, to cut out and hand out.

The class teacher prints them after the administrator has created the accounts, cuts along the dashed
lines and gives each parent (or pupil) their own slip. The caller supplies the passwords already made
without look-alike characters; here they are only set in a monospaced face (PT Mono) large enough to
copy without mistakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import PageSetup, pdf_bytes
from .fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts

SlipKind = Literal["guardian", "pupil", "staff"]

COLUMNS = 2
ROWS = 4
SLIPS_PER_PAGE = COLUMNS * ROWS
SLIP_PADDING = 4 * mm
CUT_LINE_COLOR = colors.Color(0.55, 0.55, 0.55)
CUT_LINE_DASH = (4, 3)
VALUE_FONT_SIZE = 15
MIN_VALUE_FONT_SIZE = 8
# Below this size beside its label, a login or password moves under the label, at full width.
MIN_SIDE_VALUE_FONT_SIZE = 12
VALUE_PADDING = 2 * mm
VALUE_BACKGROUND = colors.Color(0.93, 0.93, 0.93)

GUARDIAN_NOTE = (
    "При первом входе программа попросит сменить пароль. "
    "Храните пароль в тайне; не передавайте его ребёнку."
)
PUPIL_NOTE = (
    "При первом входе программа попросит сменить пароль. "
    "Никому не сообщай свой пароль, кроме родителей."
)
STAFF_NOTE = (
    "При первом входе программа попросит сменить пароль. Пароль открывает журнал школы: "
    "храните его в тайне и не записывайте рядом с компьютером."
)

# Slips are cut apart, so no binding margin: the same narrow margin all round.
SLIP_MARGIN = 10 * mm


@dataclass(frozen=True)
class Slip:
    """One account's slip.

    full_name: whom the account belongs to (the parent, or the pupil on a pupil's slip);
    pupil_name: the child it concerns (ignored on a pupil's slip); role_label: as printed before the
    name, e.g. «Родитель», «Законный представитель», «Ученик».
    """

    full_name: str
    pupil_name: str
    login: str
    password: str
    role_label: str
    kind: SlipKind = "guardian"

    def __post_init__(self):
        if self.kind not in ("guardian", "pupil", "staff"):
            raise ValueError(f"slip kind must be 'guardian', 'pupil' or 'staff', not {self.kind!r}")
        for field in ("full_name", "login", "password", "role_label"):
            if not getattr(self, field).strip():
                raise ValueError(f"slip for {self.full_name!r}: {field} is empty")
        if self.kind == "guardian" and not self.pupil_name.strip():
            raise ValueError(f"slip for {self.full_name!r}: a guardian's slip needs the pupil's name")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("slip", fontName=SANS, fontSize=9.5, leading=12, textColor=colors.black)
    return {
        "school": ParagraphStyle("slip-school", parent=base, fontSize=8, leading=9.5,
                                 textColor=colors.Color(0.3, 0.3, 0.3)),
        "product": ParagraphStyle("slip-product", parent=base, fontName=SANS_BOLD, fontSize=12.5,
                                  leading=15, spaceBefore=1, spaceAfter=3),
        "person": base,
        "label": ParagraphStyle("slip-label", parent=base, fontSize=9.5, leading=11),
        "note": ParagraphStyle("slip-note", parent=base, fontSize=8, leading=9.8),
        "date": ParagraphStyle("slip-date", parent=base, fontSize=8, leading=9.8, alignment=TA_RIGHT,
                               textColor=colors.Color(0.3, 0.3, 0.3)),
    }


def _value_size(text: str, width: float) -> float:
    """The largest size up to VALUE_FONT_SIZE at which `text` fits `width` on one line."""
    size = float(VALUE_FONT_SIZE)
    while size > MIN_VALUE_FONT_SIZE and stringWidth(text, MONO_BOLD, size) > width:
        size -= 0.5
    return size


def _credentials(slip: Slip, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """Login and password, each in a grey box; a value too long to sit beside its label goes under it."""
    label_style = styles["label"]
    labels = ("Логин:", "Временный пароль:")
    label_width = max(stringWidth(label, SANS, label_style.fontSize) for label in labels) + 3 * mm
    side_room = width - label_width - 2 * VALUE_PADDING
    full_room = width - 2 * VALUE_PADDING
    rows: list[list] = []
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]

    def value_paragraph(value: str, size: float) -> Paragraph:
        style = ParagraphStyle("slip-value", fontName=MONO_BOLD, fontSize=size, leading=size * 1.2)
        return Paragraph(escape(value), style)

    for label, value in zip(labels, (slip.login, slip.password), strict=True):
        row = len(rows)
        size = _value_size(value, side_room)
        if size >= MIN_SIDE_VALUE_FONT_SIZE:
            rows.append([Paragraph(escape(label), label_style), value_paragraph(value, size)])
            box = ((1, row), (1, row))
        else:
            rows.append([Paragraph(escape(label), label_style), ""])
            rows.append([value_paragraph(value, _value_size(value, full_room)), ""])
            commands.append(("SPAN", (0, row + 1), (1, row + 1)))
            box = ((0, row + 1), (1, row + 1))
        commands += [
            ("BACKGROUND", *box, VALUE_BACKGROUND),
            ("LEFTPADDING", *box, VALUE_PADDING),
            ("RIGHTPADDING", *box, VALUE_PADDING),
        ]
    # A white gap between the two grey boxes.
    commands.append(("LINEBELOW", (0, 0), (-1, -2), 2, colors.white))
    # Left-aligned: inside a shrunk KeepInFrame a centred table would drift right of the text.
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _slip_content(slip: Slip, school_name: str, class_label: str, issued_on: date,
                  width: float, styles: dict[str, ParagraphStyle]) -> list:
    if slip.kind == "guardian":
        whom = [
            Paragraph(f"{escape(slip.role_label)}: <b>{escape(slip.full_name)}</b>", styles["person"]),
            Paragraph(f"{escape(slip.pupil_name)}, {escape(class_label)} класс", styles["person"]),
        ]
        note = GUARDIAN_NOTE
    elif slip.kind == "staff":  # pupil_name holds the position; class_label names the staff list
        whom = [
            Paragraph(f"{escape(slip.role_label)}: <b>{escape(slip.full_name)}</b>", styles["person"]),
            Paragraph(escape(slip.pupil_name), styles["person"]),
        ]
        note = STAFF_NOTE
    else:
        whom = [
            Paragraph(f"{escape(slip.role_label)}: <b>{escape(slip.full_name)}</b>", styles["person"]),
            Paragraph(f"класс {escape(class_label)}", styles["person"]),
        ]
        note = PUPIL_NOTE
    return [
        Paragraph(escape(school_name), styles["school"]),
        Paragraph("Электронный журнал", styles["product"]),
        *whom,
        Spacer(0, 2.5 * mm),
        _credentials(slip, width, styles),
        Spacer(0, 2 * mm),
        Paragraph(escape(note), styles["note"]),
        Spacer(0, 1 * mm),
        Paragraph(f"Дата выдачи: {issued_on:%d.%m.%Y}", styles["date"]),
    ]


def _page_table(page_slips: Sequence[Slip], school_name: str, class_label: str, issued_on: date,
                cell_width: float, cell_height: float, styles: dict[str, ParagraphStyle]) -> Table:
    inner_width = cell_width - 2 * SLIP_PADDING
    inner_height = cell_height - 2 * SLIP_PADDING
    rows: list[list] = []
    commands: list[tuple] = [
        # Empty cells are strings, drawn in the table's own font: never let it default to Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), SLIP_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), SLIP_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), SLIP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), SLIP_PADDING),
    ]
    for index, slip in enumerate(page_slips):
        row, column = divmod(index, COLUMNS)
        if column == 0:
            rows.append([""] * COLUMNS)
        content = _slip_content(slip, school_name, class_label, issued_on, inner_width, styles)
        # Shrinks an unusually long name or school to fit rather than spilling past the cut line.
        rows[row][column] = KeepInFrame(inner_width, inner_height, content, mode="shrink")
        commands.append(("BOX", (column, row), (column, row), 0.6, CUT_LINE_COLOR, None, CUT_LINE_DASH))
    table = Table(rows, colWidths=[cell_width] * COLUMNS, rowHeights=[cell_height] * len(rows))
    table.setStyle(TableStyle(commands))
    return table


def login_slips(school_name: str, class_label: str, slips: list[Slip], issued_on: date, *,
                document_code: str | None = None) -> bytes:
    """A PDF of cut-out slips with logins and temporary passwords, in the order given.

    Eight slips to an A4 portrait sheet in a 2×4 grid, dashed cut lines round each slip; the sheet's
    header names the school and the class, its footer the document code and «лист N из M».
    """
    if not slips:
        raise ValueError("login_slips needs at least one slip")
    setup = PageSetup(
        school_name=school_name,
        document_code=document_code or f"Логины и временные пароли · {class_label} · {issued_on:%d.%m.%Y}",
        title=f"Доступ к электронному журналу: {class_label}",
        left_margin=SLIP_MARGIN,
        right_margin=SLIP_MARGIN,
        top_margin=SLIP_MARGIN,
        bottom_margin=SLIP_MARGIN,
    )
    styles = _styles()
    # A hair under the exact share, so rounding never pushes a full sheet's last row onto a new page.
    cell_width = setup.content_width / COLUMNS - 0.01
    cell_height = setup.content_height / ROWS - 0.01
    story: list = []
    for start in range(0, len(slips), SLIPS_PER_PAGE):
        if story:
            story.append(PageBreak())
        story.append(_page_table(slips[start:start + SLIPS_PER_PAGE], school_name, class_label, issued_on,
                                 cell_width, cell_height, styles))
    return pdf_bytes(story, setup)
