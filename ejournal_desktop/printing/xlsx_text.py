"""Writing any stored text into a workbook cell safely: characters Excel cannot hold (NUL and other
control characters, lone surrogates) become U+FFFD instead of aborting the export, and text that
starts with «=» stays text, never a formula."""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(value: str) -> str:
    return _SURROGATE.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def put(sheet, row: int, column: int, value=None):
    """sheet.cell(row, column, value) for any value the journal stores."""
    if isinstance(value, str):
        value = safe_text(value)
    cell = sheet.cell(row, column, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell
