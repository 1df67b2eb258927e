"""What makes a printed page checkable later: a fingerprint of the data on it, and a QR code.

Every page a verifiable document prints is a `PageFlowable` that carries its data as `data`: a dict of
named parts (e.g. "marks", "attendance", "topics") of plain values — exactly what the page shows. The
page's fingerprint is the SHA-256 of a canonical serialisation of that dict (JSON, keys sorted, no
spaces, dates in ISO form), plus a short hash of each part, so that a later check can say not only
that a page differs but what on it: a mark, a topic, the list of pupils.

The QR code in the page's corner holds `EJ1:<code>:<sheet>:<SHA-256>` (upper case, so that the QR
uses its compact alphanumeric mode): the printout's code in the registry, the sheet number and the
hash. Reading it back needs no program: any phone shows the text; `ejournal print verify` takes the
code or the whole text.

Pure functions of plain data: no storage, no services (the arrows of DESIGN.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from ..domain.attendance import AttendanceCode

__all__ = ["PageFingerprint", "QR_PREFIX", "canonical", "fingerprint", "story_fingerprints", "qr_payload",
           "parse_payload", "draw_qr", "normalise_code", "PART_LABELS", "ATTENDANCE_CODES", "split_cell"]

QR_PREFIX = "EJ1"
ATTENDANCE_CODES = frozenset(c.value for c in AttendanceCode)

# What a changed part means to a reader, in the words of the check's report.
PART_LABELS: dict[str, str] = {
    "header": "изменились сведения в заголовке листа",
    "columns": "изменились даты уроков",
    "pupils": "изменился список учеников",
    "marks": "отметка изменена после печати",
    "attendance": "отметка посещаемости изменена после печати",
    "results": "отметка за период или год изменена после печати",
    "lessons": "изменились даты или номера уроков",
    "topics": "тема урока изменена после печати",
    "homework": "домашнее задание изменено после печати",
    "teachers": "изменился учитель урока (замена)",
    "book": "изменились сведения о книге (число листов, даты)",
    "contents": "изменилось содержание книги",
    "corrections": "изменился лист исправлений (исправления после печати)",
}


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def canonical(data) -> bytes:
    """The one byte form of a page's data that its hash is taken over."""
    return json.dumps(_plain(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class PageFingerprint:
    sha256: str                          # of the whole page's data, lower-case hex
    parts: dict[str, str]                # part name → first 16 hex digits of its own hash

    def as_dict(self) -> dict:
        return {"sha256": self.sha256, "parts": dict(self.parts)}

    @classmethod
    def from_dict(cls, data: dict) -> PageFingerprint:
        return cls(str(data["sha256"]).lower(), dict(data.get("parts") or {}))

    def changed_parts(self, other: PageFingerprint) -> list[str]:
        """The parts whose hashes differ (in this page's order), parts added or gone included."""
        names = list(self.parts) + [n for n in other.parts if n not in self.parts]
        return [n for n in names if self.parts.get(n) != other.parts.get(n)]


def fingerprint(data: dict | None) -> PageFingerprint:
    data = data if data is not None else {"content": None}
    parts = {name: hashlib.sha256(canonical(value)).hexdigest()[:16] for name, value in data.items()}
    return PageFingerprint(hashlib.sha256(canonical(data)).hexdigest(), parts)


def story_fingerprints(story: Iterable) -> list[PageFingerprint]:
    """The fingerprints of a story made of whole-page flowables (layout.PageFlowable), in sheet order."""
    from .layout import PageFlowable
    return [fingerprint(f.data) for f in story if isinstance(f, PageFlowable)]


def split_cell(cell: str | None) -> tuple[str | None, str | None]:
    """A journal cell «Н 5/4» as (attendance, marks): («Н», «5/4»); None for a day off the class list."""
    if cell is None:
        return None, None
    first, _, rest = cell.partition(" ")
    if first in ATTENDANCE_CODES:
        return first, rest
    return "", cell


# --- codes ----------------------------------------------------------------------------------------------

_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"   # no 0/O, 1/I/L: read off paper without doubt
_PAYLOAD = re.compile(rf"^\s*{QR_PREFIX}:([A-Z0-9-]+):(\d+):([0-9A-Fa-f]{{64}})\s*$")


def new_code(random_bytes: bytes) -> str:
    """«7KQM-3XWA» from 8 random bytes (the caller draws them: `secrets.token_bytes(8)`)."""
    chars = "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in random_bytes[:8])
    return f"{chars[:4]}-{chars[4:8]}"


def normalise_code(text: str) -> str:
    """The code as stored («7KQM-3XWA») from what a person typed: any case, with or without the dash,
    O read as 0 is not in the alphabet, so it is taken as a typing slip and left to fail the look-up."""
    plain = re.sub(r"[\s\-–]", "", text).upper()
    return f"{plain[:4]}-{plain[4:]}" if len(plain) == 8 else plain


def qr_payload(code: str, sheet: int, sha256: str) -> str:
    return f"{QR_PREFIX}:{code}:{sheet}:{sha256.upper()}"


def parse_payload(text: str) -> tuple[str, int, str] | None:
    """(code, sheet, sha256 lower-case) from a QR text, None when the text is not one."""
    match = _PAYLOAD.match(text.upper())
    if not match:
        return None
    return normalise_code(match.group(1)), int(match.group(2)), match.group(3).lower()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, border: int = 2) -> None:
    """A QR code of `text` (error correction M) as a `size`-square with its lower-left corner at (x, y),
    `border` light modules inside the square."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    # A fixed mask: choosing the "best" of eight costs 8 ms a code (a year's book has hundreds of sheets)
    # and buys nothing for a code printed black on white; scanners read every mask.
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    module = size / (count + 2 * border)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect(x + (border + start) * module, y + size - (border + r + 1) * module,
                          (c - start) * module, module)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
