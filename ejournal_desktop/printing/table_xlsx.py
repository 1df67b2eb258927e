"""One plain table as an .xlsx book of one sheet: headers in row 1, values as text (an upload template's
form, e.g. ФИС ФРДО's), written beside the target and moved in place."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

__all__ = ["write_table"]


def write_table(path: Path, sheet: str, headers: list[str], rows: list[list[str]]) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([str(v) if v is not None else "" for v in row])
        for cell in ws[ws.max_row]:
            cell.number_format = "@"   # text: a number like 00012 or a date stays as written
    for i, header in enumerate(headers, 1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(40, max(12, len(header) + 2))
    ws.freeze_panes = "A2"
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
