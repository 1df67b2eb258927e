"""An .xlsb book's cells in the form python-calamine reads.

[MS-XLSB] stores a cell in one of two forms: the full one (2.5.9 Cell: its column, then its style), which
Excel writes, and the short one (2.5.10 ShortCell: the style only; the column is the previous cell's plus
one), which SheetJS and the tools built on it write for every cell after the first of a row. calamine reads
only the full form, so such a book would read one column wide (the surnames of a class list and nothing
else). `full_form(path)` gives the book with its short cells rewritten to full ones (nothing else changed),
or None when it has none.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

__all__ = ["full_cells", "full_form"]

_ROW_HEADER = 0                                                       # BrtRowHdr: a new row begins
_SHORT_TO_FULL = {12: 1, 13: 2, 14: 3, 15: 4, 16: 5, 17: 6, 18: 7}    # BrtShortBlank … BrtShortIsst → BrtCell*
_FULL = frozenset(_SHORT_TO_FULL.values())


def _varint(data: bytes, i: int, limit: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(limit):
        if i >= len(data):
            raise ValueError("record header cut off")
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    return value, i


def _put_varint(value: int, limit: int) -> bytes:
    out = bytearray()
    for _ in range(limit):
        b = value & 0x7F
        value >>= 7
        out.append(b | (0x80 if value else 0))
        if not value:
            break
    return bytes(out)


def full_cells(sheet: bytes) -> tuple[bytes, int]:
    """A worksheet part (its records: type and size as variable-length integers, then the body) with each
    short cell record rewritten to the full one; and how many were rewritten."""
    out, i, column, changed = bytearray(), 0, -1, 0
    while i < len(sheet):
        kind, i = _varint(sheet, i, 2)
        size, i = _varint(sheet, i, 4)
        body = sheet[i:i + size]
        i += size
        if kind == _ROW_HEADER:
            column = -1
        elif kind in _FULL and len(body) >= 4:
            column = struct.unpack_from("<I", body)[0]
        elif kind in _SHORT_TO_FULL:
            column += 1
            kind, body, changed = _SHORT_TO_FULL[kind], struct.pack("<I", column) + body, changed + 1
        out += _put_varint(kind, 2) + _put_varint(len(body), 4) + body
    return bytes(out), changed


def full_form(path: Path) -> io.BytesIO | None:
    """The book with full cell records (in memory), or None when it is already so (or not a zip at all:
    calamine then names what is wrong with it). Sizes were checked by input_limits before this is called."""
    try:
        with zipfile.ZipFile(path) as zin:
            parts = {item.filename: zin.read(item) for item in zin.infolist()}
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
    changed = 0
    for name, data in parts.items():
        if name.startswith("xl/worksheets/") and name.endswith(".bin"):
            try:
                parts[name], n = full_cells(data)
            except (ValueError, struct.error):
                return None
            changed += n
    if not changed:
        return None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    buf.seek(0)
    return buf
