"""Reading any spreadsheet a school holds: the rows of every sheet of an .xlsx, .xlsm, .xls, .xlsb or .ods
book, or of a .csv / .txt text table, for the importers (class lists, КТП, the set-up workbook).

- `read_book(path)` → `Book`: its sheets (name, rows as lists of cell values), the kind of file, and for a
  text table the encoding and the delimiter found. Row i of `Sheet.rows` is row i + 1 as the spreadsheet
  program shows it (leading empty rows and columns are kept), an empty cell is None.
- Books are read with python-calamine (one reader for every Excel and OpenDocument format); a formula
  cell gives the value the program that saved the book computed. A formula with no saved value (a book
  written by a script and never opened in Excel) is refused naming the sheet and the cell, instead of
  reading as an empty cell.
- Text tables: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1251, KOI8-R and CP866 (DOS) are
  told apart by charset-normalizer among these candidates; a file none of them reads is refused with the
  encodings tried. The delimiter («;», «,», tab) is the one giving the most columns, or the one a
  caller's `score(rows)` prefers.

Writing stays with openpyxl (printing/); nothing here needs the database.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from .. import input_limits
from ..errors import ServiceError
from . import xlsb_cells

__all__ = [
    "BOOK_SUFFIXES",
    "ENCODING_NAMES",
    "TEXT_SUFFIXES",
    "Book",
    "Sheet",
    "SpreadsheetError",
    "cell_name",
    "decode_text",
    "read_book",
]

BOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
#: The encodings a Russian school's text tables come in, in the order they are preferred on a tie.
CANDIDATES = ("utf_8", "cp1251", "koi8_r", "cp866")
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 с BOM", "utf-16": "UTF-16", "cp1251": "Windows-1251",
                  "koi8-r": "KOI8-R", "cp866": "CP866 (DOS)"}
FILE_FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt"


class SpreadsheetError(ServiceError):
    """The file cannot be read as a table: unknown format, damaged book, unknown encoding, a formula
    without its value."""


@dataclass
class Sheet:
    name: str
    rows: list[list]


@dataclass
class Book:
    path: Path
    kind: str                        # "xlsx", "xls", "xlsb", "ods" or "csv"
    sheets: list[Sheet] = field(default_factory=list)
    encoding: str = ""               # a text table's encoding (a Python codec name)
    delimiter: str = ""

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def cell_name(row: int, column: int) -> str:
    """«B3» for row 3, column 2 (both 1-based)."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


# --- books -------------------------------------------------------------------------------------------------------

_KINDS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".xlsb": "xlsb", ".ods": "ods"}
_FORMAT_NAMES = {"xlsx": "книга Excel (.xlsx)", "xls": "книга Excel 97–2003 (.xls)",
                 "xlsb": "двоичная книга Excel (.xlsb)", "ods": "таблица OpenDocument (.ods)"}


def _sniff_kind(path: Path, head: bytes) -> str | None:
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):         # OLE2 compound file: .xls
        return "xls"
    if head.startswith(b"PK\x03\x04"):
        if suffix in _KINDS:
            return _KINDS[suffix]
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                if "mimetype" in names and b"opendocument.spreadsheet" in z.read("mimetype"):
                    return "ods"
                if "xl/workbook.bin" in names:
                    return "xlsb"
                if "xl/workbook.xml" in names:
                    return "xlsx"
        except zipfile.BadZipFile:
            return _KINDS.get(suffix)
        return None
    return _KINDS.get(suffix)


def _value(cell):
    if cell == "":
        return None
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 2 ** 53:
        return int(cell)
    if isinstance(cell, dt.timedelta):
        return str(cell)
    return cell


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _formulas_without_value(path: Path) -> list[tuple[str, str]]:
    """(sheet, cell) of every formula an .xlsx keeps without its computed value."""
    found: list[tuple[str, str]] = []
    try:
        with zipfile.ZipFile(path) as z:
            workbook = ElementTree.fromstring(z.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG_REL}Relationship")}
            for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
                target = targets.get(sheet.get(f"{_NS_REL}id"), "")
                member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
                if member not in z.namelist():
                    continue
                with z.open(member) as stream:
                    for _event, element in ElementTree.iterparse(stream):
                        if element.tag != f"{_NS_MAIN}c":
                            continue
                        formula = element.find(f"{_NS_MAIN}f")
                        value = element.find(f"{_NS_MAIN}v")
                        if formula is not None and (formula.text or formula.get("t")) and \
                                (value is None or value.text in (None, "")) and element.get("t") != "inlineStr":
                            found.append((sheet.get("name", ""), element.get("r", "")))
                        element.clear()
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return found                                  # calamine names what is wrong with the book
    return found


def _read_workbook(path: Path, kind: str) -> list[Sheet]:
    from python_calamine import (
        CalamineError,
        CalamineWorkbook,
        PasswordError,
        SheetTypeEnum,
        SheetVisibleEnum,
    )

    if kind == "xlsx":
        missing = _formulas_without_value(path)
        if missing:
            sheet, cell = missing[0]
            more = f" (и ещё {len(missing) - 1})" if len(missing) > 1 else ""
            raise SpreadsheetError(
                f"Файл {path.name}, лист «{sheet}», ячейка {cell}{more}: формула без вычисленного значения "
                f"(файл записан программой, которая не считает формулы). Откройте файл в Excel или LibreOffice "
                f"и сохраните его, или замените формулы значениями.")
    try:
        # an .xlsb with short cell records (SheetJS) is read from a copy with full ones (xlsb_cells)
        rewritten = xlsb_cells.full_form(path) if kind == "xlsb" else None
        workbook = (CalamineWorkbook.from_filelike(rewritten) if rewritten is not None
                    else CalamineWorkbook.from_path(str(path)))
    except (CalamineError, OSError, ValueError) as exc:  # ZipError, XmlError, PasswordError are CalamineErrors
        reason = "файл защищён паролем" if isinstance(exc, PasswordError) else str(exc) or type(exc).__name__
        raise SpreadsheetError(f"Файл {path.name} не читается как {_FORMAT_NAMES[kind]}: {reason}") from None
    try:
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ not in (SheetTypeEnum.WorkSheet,) or meta.visible == SheetVisibleEnum.VeryHidden:
                continue
            try:
                data = workbook.get_sheet_by_name(meta.name)
                raw = data.to_python(skip_empty_area=False)
            except (CalamineError, ValueError) as exc:
                raise SpreadsheetError(f"Файл {path.name}, лист «{meta.name}» не читается: {exc}") from None
            rows = [[_value(c) for c in row] for row in raw]
            while rows and not any(v is not None for v in rows[-1]):
                rows.pop()
            sheets.append(Sheet(meta.name, rows))
        return sheets
    finally:
        workbook.close()


# --- text tables -----------------------------------------------------------------------------------------------

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_MIXED_CASE = re.compile(r"[а-яё][А-ЯЁ]")
_FREQUENT = set("оеаинтсрвлкмдпуяыь")


def _plausibility(text: str) -> float:
    """How much the text looks like Russian: frequent lower-case letters count, a capital inside a word and
    box-drawing characters (CP866 read as another code page, or the other way) count against."""
    sample = text[:20000]
    letters = _CYRILLIC.findall(sample)
    if not letters:
        return 0.0
    frequent = sum(1 for c in letters if c in _FREQUENT)
    lower = sum(1 for c in letters if c.islower())
    odd = len(_MIXED_CASE.findall(sample)) + sum(1 for c in sample if "\u2500" <= c <= "\u259f" or c in "¤¦§©®°±µ¶·")
    return (frequent + lower) / len(letters) - 3 * odd / len(letters)


def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """(text, codec) of a text table in one of the encodings a Russian school's files come in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {}
    for codec in ("cp1251", "koi8-r", "cp866"):
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if decoded:
        guess = None
        try:
            from charset_normalizer import from_bytes
            best = from_bytes(data, cp_isolation=list(CANDIDATES[1:])).best()
            guess = codecs.lookup(best.encoding).name if best is not None else None
        except (LookupError, ValueError):  # a detector's odd answer must not stop the import: the scoring decides
            guess = None
        scores = {codec: _plausibility(text) for codec, text in decoded.items()}
        top = max(scores, key=lambda c: (scores[c], c == guess))
        if guess in scores and scores[guess] >= scores[top] - 0.05:
            top = guess
        if scores[top] > 0.5 or (not any(_CYRILLIC.search(t) for t in decoded.values())):
            return decoded[top], top
    tried = ", ".join(ENCODING_NAMES[c] for c in ("utf-8", "cp1251", "koi8-r", "cp866"))
    raise SpreadsheetError(
        f"Не удалось прочитать текст файла {name}: пробовали кодировки {tried} — ни в одной текст не похож на "
        f"русский. Сохраните файл из Excel как «CSV UTF-8» или как книгу .xlsx.")


def _read_text(path: Path, score: Callable[[list[list]], Sequence] | None) -> tuple[list[Sheet], str, str]:
    text, encoding = decode_text(path.read_bytes(), path.name)
    best = None
    for delimiter in (";", ",", "\t"):
        try:
            raw = input_limits.csv_rows(text, delimiter, path.name)
        except input_limits.InputRefused as exc:
            raise SpreadsheetError(str(exc)) from None
        rows = [[c if c != "" else None for c in r] for r in raw]
        width = max((len(r) for r in rows[:20]), default=0)
        rank = (tuple(score(rows)) if score else (), width)
        if best is None or rank > best[0]:
            best = (rank, delimiter, rows)
    _rank, delimiter, rows = best
    return [Sheet("", rows)], encoding, delimiter


# --- any file --------------------------------------------------------------------------------------------------

def read_book(path: str | Path, *, score: Callable[[list[list]], Sequence] | None = None) -> Book:
    """Every sheet of a book, or the one sheet of a text table (see the module's docstring).
    `score(rows)`, for a text table, ranks the delimiters (a caller that knows its heading row)."""
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError(f"Файл не найден: {path}")
    with path.open("rb") as f:
        head = f.read(8)
    kind = _sniff_kind(path, head)
    if kind is not None:
        if head.startswith(b"PK"):  # .xlsx, .xlsb, .ods are zips: sizes checked before anything is unpacked
            try:
                input_limits.check_xlsx(path, path.name)
            except input_limits.InputRefused as exc:
                raise SpreadsheetError(str(exc)) from None
        return Book(path, kind, _read_workbook(path, kind))
    if path.suffix.lower() not in TEXT_SUFFIXES and path.suffix:
        raise SpreadsheetError(
            f"Формат {path.suffix} не поддерживается: нужна таблица .xlsx, .xls, .xlsb, .ods или текст .csv.")
    sheets, encoding, delimiter = _read_text(path, score)
    return Book(path, "csv", sheets, encoding, delimiter)
