"""The recovery sheet (issue 7): the database key on paper, as text and as a QR code, for the school's safe.

The keyring that holds the key belongs to one user on one PC: a reinstalled PC would make every backup
unreadable. This one A4 page keeps the key outside any computer. It is built from plain data (the
service reads the key and the school; see services/administration/recovery.py) and says, in Russian, what it is,
where it must be kept, that whoever holds it bypasses every role, and how to restore a backup with it.

The key is printed as 64 hexadecimal digits in groups of four, four groups to a numbered line, in a
monospaced face large enough to type without mistakes; the QR code holds exactly the 64 digits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from ..paths import command_name
from .document import PageSetup, base_styles, pdf_bytes
from .fonts import MONO, MONO_BOLD, SANS, SANS_BOLD
from .layout import pdf_markup as escape

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
QR_SIZE = 48 * mm
KEY_FONT_SIZE = 16
WARNING_BACKGROUND = colors.Color(1.0, 0.94, 0.88)
WARNING_BORDER = colors.Color(0.75, 0.25, 0.1)
KEY_BACKGROUND = colors.Color(0.94, 0.94, 0.94)
ENV_KEY = "EJOURNAL_DB_KEY"


@dataclass(frozen=True)
class RecoverySheet:
    """What the sheet shows. `key_hex`: the 256-bit database key as 64 hexadecimal digits."""

    school_name: str
    database_id: str
    db_path: str
    key_hex: str
    made_on: dt.date
    made_by: str = ""

    def __post_init__(self):
        if not _HEX64.match(self.key_hex.lower()):
            raise ValueError("the key must be 64 hexadecimal digits")


def key_groups(key_hex: str) -> list[str]:
    """The key in groups of four digits, upper case (no «b» to mistake for «6»)."""
    key = key_hex.upper()
    return [key[i:i + 4] for i in range(0, len(key), 4)]


class QrFlowable(Flowable):
    """A QR code drawn module by module as black squares (no Drawing: its renderer starts in Helvetica,
    which must not reach the PDF), with the standard quiet zone of four modules."""

    QUIET = 4

    def __init__(self, data: str, size: float):
        super().__init__()
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(data)
        qr.make()
        n = qr.getModuleCount()
        self.modules = [[qr.isDark(r, c) for c in range(n)] for r in range(n)]
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        n = len(self.modules)
        cell = self.size / (n + 2 * self.QUIET)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            y = self.size - (self.QUIET + r + 1) * cell
            c = 0
            while c < n:  # one rectangle per run of dark modules
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    canv.rect((self.QUIET + start) * cell, y, (c - start) * cell, cell, stroke=0, fill=1)
                c += 1
        canv.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    s = base_styles()
    normal = ParagraphStyle("rs-normal", parent=s["normal"], fontSize=10, leading=13)
    return {
        "title": ParagraphStyle("rs-title", parent=s["title"], fontSize=16, leading=20, spaceAfter=2 * mm),
        "heading": ParagraphStyle("rs-heading", parent=s["heading"], fontSize=12, leading=15),
        "normal": normal,
        "warning": ParagraphStyle("rs-warning", parent=normal, fontName=SANS, fontSize=10.5, leading=14),
        "label": ParagraphStyle("rs-label", parent=normal, textColor=colors.Color(0.3, 0.3, 0.3)),
        "value": ParagraphStyle("rs-value", parent=normal, fontName=SANS_BOLD),
        "mono": ParagraphStyle("rs-mono", parent=normal, fontName=MONO, fontSize=10, leading=13),
        "command": ParagraphStyle("rs-cmd", parent=normal, fontName=MONO_BOLD, fontSize=10, leading=13,
                                  leftIndent=6 * mm, backColor=KEY_BACKGROUND, borderPadding=(1.5 * mm, 2 * mm),
                                  spaceBefore=1.5 * mm, spaceAfter=2 * mm),
        "small": ParagraphStyle("rs-small", parent=normal, fontSize=9, leading=11.5),
    }


def _facts(sheet: RecoverySheet, width: float, st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        ("Школа", sheet.school_name),
        ("Идентификатор базы", sheet.database_id),
        ("Файл базы на день составления", sheet.db_path),
        ("Лист составлен", f"{sheet.made_on:%d.%m.%Y}" + (f", {sheet.made_by}" if sheet.made_by else "")),
    ]
    label_width = 52 * mm
    data = [[Paragraph(escape(label), st["label"]),
             Paragraph(escape(value), st["mono"] if label != "Школа" and label != "Лист составлен" else st["value"])]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(0.8, 0.8, 0.8)),
    ]))
    return table


def _key_block(sheet: RecoverySheet, width: float, st: dict[str, ParagraphStyle]) -> Table:
    groups = key_groups(sheet.key_hex)
    line_style = ParagraphStyle("rs-key", fontName=MONO_BOLD, fontSize=KEY_FONT_SIZE, leading=KEY_FONT_SIZE * 1.4)
    # The line number sits on the key's baseline, small and grey: it helps to keep one's place when typing.
    key_lines = [Paragraph(f"<font name='{MONO}' size='9' color='#777777'>{n + 1}.</font>\u00a0\u00a0"
                           + "\u00a0\u00a0".join(groups[n * 4:(n + 1) * 4]), line_style) for n in range(4)]
    left = [
        Paragraph("<b>Ключ базы</b> (64 шестнадцатеричные цифры: 0–9 и A–F; буква «O» не встречается, "
                  "это всегда цифра ноль):", st["small"]),
        Spacer(0, 2 * mm),
        *key_lines,
        Spacer(0, 2 * mm),
        Paragraph("Справа тот же ключ в QR-коде: его можно считать сканером штрихкодов вместо ручного набора. "
                  "Не фотографируйте лист телефоном.", st["small"]),
    ]
    qr_cell = [QrFlowable(sheet.key_hex.lower(), QR_SIZE)]
    qr_width = QR_SIZE + 6 * mm
    table = Table([[left, qr_cell]], colWidths=[width - qr_width, qr_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (0, 0), KEY_BACKGROUND),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.Color(0.4, 0.4, 0.4)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, 0), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
        ("RIGHTPADDING", (1, 0), (1, 0), 3 * mm),
    ]))
    return table


def _warning(width: float, st: dict[str, ParagraphStyle]) -> Table:
    text = ("<b>СЕКРЕТНО. Храните этот лист в сейфе школы, в запечатанном конверте.</b> "
            "Кто держит этот лист, тот откроет базу журнала и любую её резервную копию в обход всех ролей "
            "и паролей: увидит и изменит любые отметки и личные данные. Не храните лист рядом с компьютером "
            "или носителями копий, не снимайте с него копий и не пересылайте ключ по почте или в мессенджерах.")
    table = Table([[Paragraph(text, st["warning"])]], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (-1, -1), WARNING_BACKGROUND),
        ("BOX", (0, 0), (-1, -1), 1.2, WARNING_BORDER),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]))
    return table


def _instructions(st: dict[str, ParagraphStyle]) -> list:
    n = st["normal"]
    cmd = st["command"]
    return [
        Paragraph("Как восстановить базу из резервной копии на новом компьютере", st["heading"]),
        Paragraph("Обычно базу открывает пароль администратора или хранилище ключей компьютера. Лист нужен, "
                  "если компьютер переустановлен или заменён, а пароль администратора на день копии неизвестен: "
                  "без ключа резервные копии на внешних носителях прочитать нельзя.", n),
        Spacer(0, 1.5 * mm),
        Paragraph("1. Установите программу «Электронный журнал» той же или более новой версии.", n),
        Paragraph("2. Подключите носитель с резервной копией (файл вида <font name='%s'>ejournal-…-weekly.ejb</font>)." % MONO, n),
        Paragraph("3. Откройте командную строку и задайте ключ — 64 цифры из рамки выше, подряд, без пробелов. "
                  "В Windows (командная строка — «Пуск» → «Журнал — командная строка», программа "
                  "<font name='%s'>ejournal-cli</font>):" % MONO, n),
        Paragraph(f"set {ENV_KEY}=ключ", cmd),
        Paragraph(f"{command_name('win32')} restore E:\\ejournal-…-weekly.ejb", cmd),
        Paragraph("В Astra Linux, ALT, Debian (программа <font name='%s'>ejournal</font>) — одной строкой:" % MONO, n),
        Paragraph(f"{ENV_KEY}=ключ {command_name('linux')} restore ФАЙЛ", cmd),
        Paragraph("Программа проверит копию, покажет, что в ней (дата, число учеников, уроков и отметок), "
                  "и восстановит базу в папку данных программы (другое место — ключ <font name='%s'>--db ФАЙЛ</font>); "
                  "прежняя база, если была, сохраняется рядом." % MONO, n),
        Paragraph("4. Закройте командную строку: ключ не должен оставаться на экране. Запустите программу, "
                  "войдите как администратор и при необходимости включите «Хранить ключ базы на этом "
                  "компьютере» (раздел «Администрирование», вкладка «Учётные записи»).", n),
        Paragraph("5. Верните лист в сейф. Если лист потерян или его видели посторонние, сообщите директору: "
                  "базу нужно перешифровать новым ключом и составить новый лист.", n),
    ]


def _signatures(width: float, st: dict[str, ParagraphStyle]) -> Table:
    row = [Paragraph("Лист составил: ____________________", st["normal"]),
           Paragraph("Принял на хранение: ____________________", st["normal"])]
    table = Table([row, [Paragraph("(подпись, ФИО)", st["small"]), Paragraph("(подпись, ФИО, дата)", st["small"])]],
                  colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    """One A4 page: warning, facts, the key as text and QR code, how to restore, signatures."""
    setup = PageSetup(school_name=sheet.school_name,
                      document_code=f"Лист восстановления ключа · база {sheet.database_id} · {sheet.made_on:%d.%m.%Y}",
                      title="Лист восстановления ключа базы")
    st = _styles()
    width = setup.content_width
    content = [
        Paragraph("Лист восстановления ключа базы электронного журнала", st["title"]),
        Spacer(0, 1 * mm),
        _warning(width, st),
        Spacer(0, 4 * mm),
        _facts(sheet, width, st),
        Spacer(0, 4 * mm),
        _key_block(sheet, width, st),
        *_instructions(st),
        Spacer(0, 7 * mm),
        _signatures(width, st),
    ]
    # One sheet, always: a very long school name or path shrinks the type a little rather than
    # pushing the signatures onto a second page that could be lost from the envelope.
    return pdf_bytes([KeepInFrame(width, setup.content_height, content, mode="shrink")], setup)
