"""Finding a class list in a spreadsheet: the heading row and what each column holds, whatever the
school's own words for them, on any sheet of any file the spreadsheet reader opens."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ...domain.names import fold
from ...domain.words import plural
from ..errors import ServiceError
from ..exchange.spreadsheets import Sheet, SpreadsheetError, read_book

HEADING_SEARCH_ROWS = 20


class RosterFileError(ServiceError):
    """The file as a whole cannot be read: wrong format, no heading row, unknown encoding."""


_SPACES = re.compile(r"\s+")


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def clean(value) -> str:
    """A cell as text: numbers without «.0», every kind of space one space, ends stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    text = unicodedata.normalize("NFC", str(value)).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def person_key(surname: str, name: str, patronymic: str, birth_date: dt.date | None) -> tuple:
    return fold(surname), fold(name), fold(patronymic), birth_date


_HEADING_PUNCT = re.compile(r"[.,:;()\[\]{}\"'«»“”„/\\_*№#?!-]+")


def heading_norm(value) -> str:
    return _SPACES.sub(" ", _HEADING_PUNCT.sub(" ", clean(value).casefold().replace("ё", "е"))).strip()


def _years(n: int) -> str:
    return plural(n, "год", "года", "лет")


FIELD_LABELS = {
    "fio": "ФИО", "surname": "Фамилия", "name": "Имя", "patronymic": "Отчество",
    "birth_date": "Дата рождения", "sex": "Пол", "class": "Класс", "address": "Адрес",
    "phone": "Телефон", "document": "Документ",
    "mother": "Мать", "mother_phone": "Телефон матери", "father": "Отец", "father_phone": "Телефон отца",
    "parent": "Родитель", "parent_phone": "Телефон родителя",
    "parent2": "Родитель 2", "parent2_phone": "Телефон родителя 2",
}


GUARDIAN_SLOTS = {"mother": "мать", "father": "отец", "parent": "законный представитель",
                  "parent2": "законный представитель"}


_SLOT_STEMS = {"mother": ("мать", "матер", "мам"), "father": ("отец", "отц", "пап"),
               "parent": ("родител", "законн", "представител", "опекун", "попечител")}


_NOT_READ = ("работ", "email", "e mail", "почт", "снилс", "инн", "полис", "гражданств", "национальн",
             "место рожд", "примечан", "образован", "должност")


_FIO_HEADINGS = {"фио", "ф и о", "полное имя", "ученик", "ученица", "обучающийся", "обучающиеся",
                 "учащийся", "учащиеся", "ребенок", "фио ребенка"}


def classify_heading(value) -> str | None:
    """The field a column heading names (see FIELD_LABELS), or None when the column is not read."""
    h = heading_norm(value)
    if not h or h in ("п п", "n", "no", "номер", "номер п п", "пп"):
        return None
    words = h.split()
    if any(stem in h for stem in _NOT_READ):
        return None
    for slot, stems in _SLOT_STEMS.items():
        if any(w.startswith(stems) for w in words):
            if any(w.startswith(("тел", "моб", "контакт", "сот")) for w in words):
                return f"{slot}_phone"
            if any(w.startswith(("адрес", "дата", "паспорт", "документ")) for w in words):
                return None
            return slot
    if (h in _FIO_HEADINGS
            or h.startswith(("фио ", "ф и о ", "фамилия имя", "фамилия и имя", "ребенок ", "ученик "))
            or (words[0] in ("ученик", "обучающийся", "учащийся") and "фамил" not in h)):
        return "fio"
    if words[0].startswith(("документ", "свидетельств", "паспорт")) or h.startswith(("св во", "серия")):
        return "document"
    if words[0].startswith("фамил"):
        return "surname"
    if words[0] == "имя":
        return "name"
    if words[0].startswith("отчеств"):
        return "patronymic"
    if "рожд" in h or h in ("д р", "др"):
        return "birth_date"
    if words[0] == "пол":
        return "sex"
    if words[0] in ("класс", "кл", "класс литера", "группа"):
        return "class"
    if words[0].startswith("адрес") or h.startswith(("место жительства", "место проживания",
                                                      "домашний адрес")):
        return "address"
    if words[0].startswith(("телефон", "тел", "моб", "сотов", "контакт")):
        return "phone"
    return None


@dataclass
class _Layout:
    heading_rows: tuple[int, ...]
    fields: dict[int, str]      # column index -> field
    headings: dict[str, str]    # field -> heading text
    ignored: list[str]
    first_data_row: int         # 1-based
    score: int


def _row_fields(row: Sequence) -> dict[int, str]:
    return {c: f for c, v in enumerate(row) if (f := classify_heading(v))}


def _score(fields: dict[int, str]) -> int:
    found = set(fields.values())
    if not found & {"fio", "surname"}:
        return 0
    return len(found)


def _assign(raw: list[tuple[int, str, str]]) -> tuple[dict[int, str], dict[str, str], list[str]]:
    """Columns to fields; a second «Родитель» becomes parent2, other repeats are not read."""
    fields, headings, ignored = {}, {}, []
    for column, f, text in raw:
        if f in headings and f in ("parent", "parent_phone"):
            f = f.replace("parent", "parent2")
        if f in headings:
            ignored.append(f"{text} (повтор столбца «{headings[f]}»)")
            continue
        fields[column], headings[f] = f, text
    if "surname" in headings and "fio" in headings:  # separate columns win over a whole name
        column = next(c for c, f in fields.items() if f == "fio")
        ignored.append(f"{headings.pop('fio')} (есть отдельные столбцы Фамилия, Имя, Отчество)")
        del fields[column]
    return fields, headings, ignored


def find_layout(rows: Sequence[Sequence]) -> _Layout | None:
    """The heading row (and a sub-heading row under merged group headings) among the first rows."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:HEADING_SEARCH_ROWS]):
        score = _score(_row_fields(row))
        if score > best_score and score >= 2:
            best, best_score = index, score
    if best is None:
        return None
    head = list(rows[best])
    head_fields = _row_fields(head)
    heading_rows = [best]
    merged: list[tuple[int, str, str]] = []
    sub = list(rows[best + 1]) if best + 1 < len(rows) else []
    sub_fields = _row_fields(sub)
    is_sub = bool(sub_fields) and not any(isinstance(v, (dt.date, dt.datetime)) for v in sub) and (
        len(sub_fields) >= 2 or all(c not in head_fields or head_fields[c] in ("fio", *GUARDIAN_SLOTS)
                                    for c in sub_fields))
    width = max(len(head), len(sub) if is_sub else 0)
    group, last_slot = None, None
    for c in range(width):
        top = head[c] if c < len(head) else None
        if clean(top):
            group = head_fields.get(c)
        f, text = head_fields.get(c), clean(top)
        if is_sub and c in sub_fields:
            f, text = sub_fields[c], clean(sub[c])
            if f == "phone" and group in GUARDIAN_SLOTS and last_slot:
                f = f"{last_slot}_phone"
        elif is_sub and not clean(top) and group in ("fio",):
            f = None
        if f in GUARDIAN_SLOTS:
            last_slot = f
        if f:
            merged.append((c, f, text))
    if is_sub:
        heading_rows.append(best + 1)
    fields, headings, ignored = _assign(merged)
    for c in range(width):
        text = clean(head[c]) if c < len(head) else ""
        sub_text = clean(sub[c]) if is_sub and c < len(sub) else ""
        if c not in fields:
            shown = sub_text or text
            if shown and heading_norm(shown) not in ("п п", "n", "no", "номер", "пп", "") \
                    and not (text and head_fields.get(c) and sub_text == ""):
                ignored.append(shown)
    first = heading_rows[-1] + 1
    if first < len(rows) and _is_numbering(rows[first]):
        first += 1
    return _Layout(tuple(r + 1 for r in heading_rows), fields, headings, ignored, first + 1, best_score)


def _is_numbering(row: Sequence) -> bool:
    """The row of column numbers (1, 2, 3, …) that printed forms put under the heading."""
    values = [v for v in row if clean(v)]
    if len(values) < 3:
        return False
    try:
        numbers = [int(clean(v)) for v in values]
    except ValueError:
        return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_Sheet = Sheet  # the sheets of a file, as services/spreadsheets reads them


def _layout_score(rows: list[list]) -> tuple[int]:
    layout = find_layout(rows)
    return (layout.score if layout else 0,)


def read_table(path: str | Path) -> tuple[list[Sheet], str, str, str]:
    """(sheets, kind, encoding, delimiter) of any book (.xlsx, .xlsm, .xls, .xlsb, .ods) or text table (.csv)."""
    try:
        book = read_book(path, score=_layout_score)
    except SpreadsheetError as exc:
        raise RosterFileError(str(exc)) from None
    return book.sheets, book.kind, book.encoding, book.delimiter
