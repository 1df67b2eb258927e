"""Bounds on files read from outside (class lists, thematic plans, exchange files), checked before
they are parsed: a zip bomb named .xlsx, a CSV cell of millions of characters, JSON nested
100 000 deep or holding NaN. Each is refused with a Russian message naming the file and the place;
nothing is written."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

# An .xlsx is a zip: what its parts may unpack to.
XLSX_MAX_UNPACKED = 200 * 2**20       # bytes, all parts together
XLSX_MAX_PART = 100 * 2**20           # bytes, one part
XLSX_MAX_RATIO = 200                  # unpacked / packed, for a part larger than 1 MB
XLSX_MAX_PARTS = 10_000
CSV_FIELD_LIMIT = 10_000              # characters in one cell
JSON_MAX_DEPTH = 64


class InputRefused(ValueError):
    """A file refused before it was parsed; the message names the file and the place."""


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} МБ"


def check_xlsx(path: Path, display: str | None = None) -> None:
    """Refuse an .xlsx whose parts would unpack too large or with a suspicious ratio (zip bomb)."""
    name = display or str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return  # not a zip at all: the reader's own message says so
    if len(infos) > XLSX_MAX_PARTS:
        raise InputRefused(f"Файл {name} отклонён: в нём {len(infos)} частей (допустимо до {XLSX_MAX_PARTS}). "
                           f"Ничего не записано.")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > XLSX_MAX_PART or (info.file_size > 2**20 and ratio > XLSX_MAX_RATIO):
            raise InputRefused(
                f"Файл {name} отклонён: часть {info.filename} распаковывается в {_mb(info.file_size)} "
                f"(сжата в {ratio:.0f} раз) — так выглядит «zip-бомба», а не таблица Excel. Ничего не записано.")
        if total > XLSX_MAX_UNPACKED:
            raise InputRefused(f"Файл {name} отклонён: распакованный он занял бы больше {_mb(XLSX_MAX_UNPACKED)}. "
                               f"Ничего не записано.")


def csv_rows(text: str, delimiter: str, display: str) -> list[list[str]]:
    """Rows of a CSV text; a cell longer than CSV_FIELD_LIMIT is refused naming its row."""
    previous = csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(__import__("io").StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        raise InputRefused(f"Файл {display}, строка {reader.line_num}: ячейка длиннее {CSV_FIELD_LIMIT} знаков "
                           f"или повреждена ({exc}). Ничего не записано.") from None
    finally:
        csv.field_size_limit(previous)
    return rows


def _refuse_constant(name: str):
    raise InputRefused(name)


def json_problem_depth(text: str) -> int | None:
    """The position where nesting exceeds JSON_MAX_DEPTH, else None (strings skipped)."""
    depth, in_string, escape = 0, False, False
    for i, ch in enumerate(text):
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > JSON_MAX_DEPTH:
                return i
        elif ch in "]}":
            depth -= 1
    return None


def load_json(text: str, display: str):
    """json.loads with bounded depth and no NaN/Infinity; InputRefused names the file and the place."""
    at = json_problem_depth(text)
    if at is not None:
        line = text.count("\n", 0, at) + 1
        raise InputRefused(f"Файл {display}: вложенность глубже {JSON_MAX_DEPTH} уровней (строка {line}, "
                           f"знак {at + 1}). Ничего не записано.")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except InputRefused as exc:
        raise InputRefused(f"Файл {display}: значение {exc} (не число) не допускается. Ничего не записано.") from None
