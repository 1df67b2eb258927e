"""Import of class lists (or the whole school) from .xlsx and .csv, as secretaries write them.

Two halves:

* Reading (pure, no database): `read_table` finds the heading row among the first rows of each sheet
  by its Russian headings in any order and case, `parse_file` turns each data row into a `Candidate`
  or into named `Problem`s (row numbers as the spreadsheet shows them), and `validate` adds the checks
  that need facts about the school (classes of the year, pupils already there) given as plain data.
* The use cases: `preview(db, actor, path)` reads and checks without writing; `import_roster(...)`
  writes the pupils, their arrival into the class (an `Enrollment` by order) and their guardians in
  one transaction with an audit entry for every created row, and writes nothing unless every row is
  good or the caller chose to skip the named bad rows.

Who may import: the administrator (`exchange`, import and export), the deputy (`edit_pupil_data` over
the whole school) and the secretary (`register_movement`: an import is a batch of arrivals by order).
A class teacher's right to edit pupils reaches only pupils already in the own class, so new pupils
are not theirs to create; teachers, parents and pupils are refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.names import fold, full_name
from ...domain.rights import Action
from ...paths import resource_dirs
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    AuditEntry,
    Enrollment,
    EnrollmentEvent,
    Guardian,
    Period,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    YearStatus,
    utcnow,
)
from .. import text_rules
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from ..errors import ServiceError
from ..exchange.spreadsheets import ENCODING_NAMES, Sheet, SpreadsheetError, read_book

__all__ = [
    "Candidate", "GuardianCandidate", "ImportPreview", "ImportResult", "ParsedFile", "Problem",
    "RosterFileError", "RosterImportError", "SchoolFacts", "SheetInfo", "blank_template",
    "import_roster", "normalize_class_label", "parse_date", "parse_file", "parse_sex", "preview",
    "read_table", "split_full_name", "template_path", "validate", "IMPORT_ACTIONS",
]

HEADING_SEARCH_ROWS = 20
SUPPORTED = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt")

# --- messages and results ----------------------------------------------------------------------------


class RosterFileError(ServiceError):
    """The file as a whole cannot be read: wrong format, no heading row, unknown encoding."""


class RosterImportError(ServiceError):
    """Nothing was written: some rows are bad (`problems`) and skipping them was not chosen."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()):
        super().__init__(message)
        self.problems = list(problems)


@dataclass(frozen=True)
class Problem:
    """A named problem of one row: the row number as the spreadsheet shows it (1-based, heading rows
    counted), the column (its Russian name, empty for the whole row) and the reason."""

    row: int
    field: str
    message: str
    sheet: str = ""

    def __str__(self) -> str:
        where = (f"лист «{self.sheet}», " if self.sheet else "") + f"строка {self.row}"
        return f"{where}: {self.field + ': ' if self.field else ''}{self.message}"

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class GuardianCandidate:
    surname: str
    name: str
    patronymic: str
    phone: str
    relation: str  # мать, отец, законный представитель

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)


@dataclass
class Candidate:
    """One pupil read from the file, cleaned: names split and capitalised, dates as dates."""

    row: int
    sheet: str
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    sex: Sex | None
    class_label: str  # «5А», normalised; "" when none was given
    address: str = ""
    phone: str = ""
    document: str = ""
    guardians: tuple[GuardianCandidate, ...] = ()
    warnings: list[str] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)

    @property
    def key(self) -> tuple:
        return person_key(self.surname, self.name, self.patronymic, self.birth_date)

    @property
    def grade(self) -> int | None:
        digits = "".join(ch for ch in self.class_label if ch.isdigit())
        return int(digits) if digits else None


@dataclass
class SheetInfo:
    name: str
    heading_rows: tuple[int, ...]          # 1-based
    columns: dict[str, str]                # field -> the heading as written
    ignored: list[str]                     # headings not understood (not read)
    rows_read: int = 0


@dataclass
class ParsedFile:
    path: Path
    kind: str                              # "xlsx" or "csv"
    sheets: list[SheetInfo]
    candidates: list[Candidate]            # every data row that could be read into a pupil
    problems: list[Problem]                # rows that could not, or are wrong in themselves
    encoding: str = ""
    delimiter: str = ""
    sha256: str = ""

    @property
    def rows_read(self) -> int:
        return sum(s.rows_read for s in self.sheets)


@dataclass
class ImportPreview:
    """What an import would do: the good rows, and each bad row's problems by row number."""

    rows: list[Candidate]                  # the rows that would be imported
    problems: list[Problem]
    sheets: list[SheetInfo]
    academic_year: str
    arrived_on: dt.date
    kind: str = ""
    encoding: str = ""
    delimiter: str = ""
    rows_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_rows(self) -> list[tuple[str, int]]:
        return sorted({(p.sheet, p.row) for p in self.problems}, key=lambda k: (k[0], k[1]))

    @property
    def classes(self) -> dict[str, int]:
        return dict(Counter(c.class_label for c in self.rows))

    @property
    def guardians(self) -> int:
        return sum(len(c.guardians) for c in self.rows)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "rows_read": self.rows_read, "rows_good": len(self.rows),
                "rows_bad": len(self.bad_rows), "academic_year": self.academic_year,
                "arrived_on": self.arrived_on.isoformat(), "classes": self.classes,
                "problems": [p.as_dict() for p in self.problems]}


@dataclass
class ImportResult:
    pupils: int
    guardians_created: int
    guardians_reused: int
    enrollments: dict[str, int]            # class label -> pupils arrived
    skipped: list[Problem]                 # the problems of the rows left out
    pupil_ids: list[int]
    arrived_on: dt.date
    order_number: str
    academic_year: str

    def as_dict(self) -> dict:
        return {"pupils": self.pupils, "guardians_created": self.guardians_created,
                "guardians_reused": self.guardians_reused, "enrollments": self.enrollments,
                "skipped_rows": len({(p.sheet, p.row) for p in self.skipped}),
                "skipped": [p.as_dict() for p in self.skipped], "arrived_on": self.arrived_on.isoformat(),
                "order_number": self.order_number, "academic_year": self.academic_year}


# --- text helpers ---------------------------------------------------------------------------------------

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
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


# --- headings -------------------------------------------------------------------------------------------

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


# --- reading the file ------------------------------------------------------------------------------------

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


# --- values -----------------------------------------------------------------------------------------------

_PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "ична", "инична", "вна", "ич")
_TURKIC = ("оглы", "кызы", "улы", "уулу", "гызы", "кизи", "угли")


def _is_patronymic(word: str) -> bool:
    w = word.casefold()
    return len(w) > 4 and w.endswith(_PATRONYMIC_ENDINGS)


def _proper(word: str) -> str:
    """«ИВАНОВ» and «иванов» become «Иванов»; mixed spelling (МакКуин) is kept as written."""
    if word.casefold() in _TURKIC:
        return word.casefold()
    if not (word.isupper() or word.islower()):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)


def _name_part(text: str) -> str:
    text = re.sub(r"\s*-\s*", "-", clean(text))  # «Петрова - Водкина» → «Петрова-Водкина»
    return " ".join(_proper(w) for w in text.split())


class ValueProblem(ValueError):
    """A cell that cannot be read: the message names the reason in Russian."""


def split_full_name(text: str) -> tuple[str, str, str]:
    """«Иванов Иван Иванович» → (surname, name, patronymic). Double surnames with a hyphen stay one word;
    Turkic patronymics (Ильхам оглы, Рашид кызы) keep their second word; «Иван Иванович Иванов» is
    recognised by the patronymic in the middle."""
    words = _name_part(text.replace(",", " ")).split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    if len(words) == 2:
        return words[0], words[1], ""
    if len(words) == 3:
        if not _is_patronymic(words[2]) and _is_patronymic(words[1]):
            return words[2], words[0], words[1]
        return words[0], words[1], words[2]
    if len(words) == 4 and words[3].casefold() in _TURKIC:
        return words[0], words[1], f"{words[2]} {words[3]}"
    raise ValueProblem(f"не удаётся разделить «{clean(text)}» на фамилию, имя и отчество — "
                       f"заполните отдельные столбцы Фамилия, Имя, Отчество")


_DMY = re.compile(r"(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})")


def parse_date(value, today: dt.date | None = None) -> dt.date | None:
    """An Excel date, an Excel serial number, «01.09.2015», «1.9.15», «2015-09-01»; None when empty."""
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            from openpyxl.utils.datetime import from_excel
            return from_excel(value).date()
        raise ValueProblem(f"«{clean(value)}» — не дата")
    text = clean(value).lower().removesuffix("г.").removesuffix("г").strip()
    text = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", text)  # «2015-09-01 00:00:00»
    m = _YMD.fullmatch(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY.fullmatch(text)
        if not m:
            raise ValueProblem(f"«{clean(value)}» — не дата (ожидается ДД.ММ.ГГГГ)")
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            this = (today or dt.date.today()).year % 100
            year += 2000 if year <= this else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueProblem(f"такой даты нет: «{clean(value)}»") from None


_SEX_WORDS = {
    "м": Sex.male, "муж": Sex.male, "мужской": Sex.male, "мальчик": Sex.male, "мал": Sex.male,
    "m": Sex.male, "male": Sex.male,
    "ж": Sex.female, "жен": Sex.female, "женский": Sex.female, "девочка": Sex.female, "дев": Sex.female,
    "f": Sex.female, "female": Sex.female, "w": Sex.female,
}


def parse_sex(value) -> Sex | None:
    text = clean(value).casefold().strip(". ")
    if not text:
        return None
    if text in _SEX_WORDS:
        return _SEX_WORDS[text]
    raise ValueProblem(f"«{clean(value)}» — неизвестное значение (ожидается м или ж)")


_LATIN_LOOKALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")


def normalize_class_label(value) -> str | None:
    """«5А», «5 а», «5-A» (Latin), «5 «А» класс» → «5А»; None when the text is not a class."""
    text = clean(value).upper().translate(_LATIN_LOOKALIKES)
    text = re.sub(r"КЛАСС|КЛ\.?|[\s\"'«»“”\-_.()]", "", text)
    m = re.fullmatch(r"(\d{1,2})([А-ЯЁ]{0,3})", text)
    if not m or not 1 <= int(m.group(1)) <= 11:
        return None
    return f"{int(m.group(1))}{m.group(2)}"


_PHONE = re.compile(r"(?:\+7|8|7)?[\s(\-]*\d{3}[\s)\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}|\+?\d[\d\s()\-]{5,}\d")


def _split_name_and_phone(text: str) -> tuple[str, str]:
    """«Иванова Мария Петровна, 8 (900) 123-45-67» → the name and the phone."""
    m = _PHONE.search(text)
    if not m:
        return text, ""
    name = (text[:m.start()] + " " + text[m.end():]).replace("тел.", " ").replace("тел", " ")
    return clean(name.strip(" ,;")), clean(m.group(0))


# --- rows -------------------------------------------------------------------------------------------------

def _read_as(kind: str, encoding: str, delimiter: str) -> str:
    if kind != "csv":
        return ""
    shown = {";": "«;»", ",": "«,»", "\t": "табуляция"}.get(delimiter, f"«{delimiter}»")
    return f" Файл прочитан как текст в кодировке {ENCODING_NAMES.get(encoding, encoding)}, разделитель {shown}."


def parse_file(path: str | Path, *, default_class: str | None = None,
               today: dt.date | None = None) -> ParsedFile:
    """Every data row of every sheet with a heading row: a candidate, or its named problems.
    Checks here need nothing from the database (see `validate` for the rest)."""
    path = Path(path)
    today = today or dt.date.today()
    sheets, kind, encoding, delimiter = read_table(path)
    parsed = ParsedFile(path, kind, [], [], [], encoding, delimiter,
                        hashlib.sha256(path.read_bytes()).hexdigest())
    layouts = [(s, find_layout(s.rows)) for s in sheets]
    with_heading = [(s, lay) for s, lay in layouts if lay is not None]
    if not with_heading and any(s.rows and "sourcedId" in [str(c).strip() for c in s.rows[0] if c] for s in sheets):
        raise RosterFileError(
            f"Файл {path.name} — таблица OneRoster (столбец sourcedId), а не список класса: загрузите весь "
            f"архив OneRoster (.zip с manifest.csv) в «Администрирование → Обмен данными» или командой "
            f"ejournal import --format oneroster ФАЙЛ.zip.")
    if not with_heading:
        raise RosterFileError(
            f"В файле {path.name} не найдена строка заголовков: в первых {HEADING_SEARCH_ROWS} строках "
            f"нужны столбцы «Фамилия» (или «ФИО») и ещё хотя бы один из: Имя, Отчество, Дата рождения, "
            f"Пол, Класс.{_read_as(kind, encoding, delimiter)}")
    name_sheets = len(with_heading) > 1
    default = normalize_class_label(default_class) if default_class else None
    if default_class and default is None:
        raise RosterFileError(f"«{default_class}» — не класс (ожидается, например, 5А).")
    for sheet, layout in with_heading:
        info = SheetInfo(sheet.name, layout.heading_rows, dict(layout.headings), layout.ignored)
        parsed.sheets.append(info)
        sheet_label = sheet.name if name_sheets else ""
        sheet_class = normalize_class_label(sheet.name) if sheet.name else None
        for index in range(layout.first_data_row - 1, len(sheet.rows)):
            raw = sheet.rows[index]
            values = {f: raw[c] for c, f in layout.fields.items() if c < len(raw)}
            if not any(clean(v) for v in values.values()):
                continue
            info.rows_read += 1
            candidate, problems = _parse_row(values, index + 1, sheet_label, default or sheet_class, today)
            parsed.problems += problems
            if candidate is not None:
                parsed.candidates.append(candidate)
    return parsed


def _parse_row(values: dict, row: int, sheet: str, default_class: str | None,
               today: dt.date) -> tuple[Candidate | None, list[Problem]]:
    problems: list[Problem] = []

    def bad(f: str, message: str) -> None:
        problems.append(Problem(row, FIELD_LABELS.get(f, f), message, sheet))

    def text(f: str) -> str:
        return clean(values.get(f))

    for f, raw_value in values.items():  # NUL, bidi overrides, lone surrogates: refused, the field named
        if isinstance(raw_value, str):
            problem = (text_rules.name_problem(raw_value.strip()) if f in ("surname", "name", "patronymic", "fio")
                       else text_rules.text_problem(raw_value)) or text_rules.limit_problem(raw_value, "imported_cell")
            if problem:
                bad(f, problem)
    if problems:
        return None, problems

    surname, name, patronymic = text("surname"), text("name"), text("patronymic")
    if "fio" in values:
        try:
            surname, name, patronymic = split_full_name(text("fio"))
        except ValueProblem as exc:
            bad("fio", str(exc))
            return None, problems
    else:
        surname, name, patronymic = _name_part(surname), _name_part(name), _name_part(patronymic)
    for f, value in (("surname", surname), ("name", name), ("patronymic", patronymic)):
        if re.search(r"[\d@#$%^&*=+<>|]", value):
            bad(f, f"«{value}» — в имени не может быть цифр и знаков")
    if not surname:
        bad("fio" if "fio" in values else "surname", "не указана фамилия")
    if not name:
        bad("fio" if "fio" in values else "name", "не указано имя")

    birth = None
    try:
        birth = parse_date(values.get("birth_date"), today)
    except ValueProblem as exc:
        bad("birth_date", str(exc))
    if birth is not None and birth > today:
        bad("birth_date", f"{birth:%d.%m.%Y} — дата в будущем")
        birth = None
    if birth is not None and birth.year < 1900:
        bad("birth_date", f"{birth:%d.%m.%Y} — невозможная дата рождения")

    sex = None
    try:
        sex = parse_sex(values.get("sex"))
    except ValueProblem as exc:
        bad("sex", str(exc))
    else:
        if sex is None and patronymic:
            last = patronymic.split()[-1].casefold()
            if last.endswith(("ович", "евич", "ьич", "оглы", "улы", "уулу", "угли")):
                sex = Sex.male
            elif last.endswith(("овна", "евна", "ична", "инична", "кызы", "гызы", "кизи")):
                sex = Sex.female

    class_label = ""
    if clean(values.get("class")):
        found = normalize_class_label(values.get("class"))
        if found is None:
            bad("class", f"«{clean(values.get('class'))}» — не класс (ожидается, например, 5А)")
        else:
            class_label = found
    elif default_class:
        class_label = default_class
    else:
        bad("class", "не указан класс (нет столбца «Класс» — укажите класс для всего файла)")

    guardians = []
    warnings = []
    for slot, relation in GUARDIAN_SLOTS.items():
        g_name, g_phone = text(slot), text(f"{slot}_phone")
        if g_name and not g_phone:
            g_name, g_phone = _split_name_and_phone(g_name)
        if not g_name:
            if g_phone:
                warnings.append(f"{FIELD_LABELS[slot + '_phone']} {g_phone} без ФИО — не записан")
            continue
        relation_here = relation
        for note in re.findall(r"\(([^)]*)\)", g_name):
            if re.search(r"опекун|попечител", note, re.I):
                relation_here = "опекун"
            elif re.search(r"бабушк|дедушк|мачех|отчим|тет|дяд|брат|сестр", note, re.I):
                relation_here = clean(note).lower()
        g_name = clean(re.sub(r"\([^)]*\)", " ", g_name))
        words = _name_part(g_name.replace(",", " ")).split()
        if len(words) > 3 and words[3].casefold() not in _TURKIC:
            words = [words[0], words[1], " ".join(words[2:])]
        elif len(words) == 4:
            words = [words[0], words[1], f"{words[2]} {words[3]}"]
        if re.search(r"\d", " ".join(words)):
            bad(slot, f"«{g_name}» — в имени не может быть цифр")
            continue
        s, n, p = (words + ["", "", ""])[:3]
        guardians.append(GuardianCandidate(s, n, p, g_phone, relation_here))

    if problems and not (surname or name):
        return None, problems
    candidate = Candidate(row, sheet, surname, name, patronymic, birth, sex, class_label,
                          address=text("address"), phone=text("phone"), document=text("document"),
                          guardians=tuple(guardians), warnings=warnings)
    if birth is None and not any(p.field == FIELD_LABELS["birth_date"] for p in problems):
        warnings.append("не указана дата рождения")
    if problems:
        return candidate, problems  # kept for duplicate checks; bad anyway
    return candidate, problems


# --- checks against the school ----------------------------------------------------------------------------

@dataclass
class SchoolFacts:
    """What `validate` needs to know about the school, as plain data."""

    academic_year: str                       # «2026/2027»
    start_year: int
    classes: dict[str, int]                  # label -> school_class id, of the current year
    pupils: dict[tuple, str]                 # person_key -> «Иванов Иван Иванович (5А)»
    first_day: dt.date = dt.date(1, 1, 1)
    last_day: dt.date = dt.date(9999, 12, 31)


def validate(parsed: ParsedFile, facts: SchoolFacts) -> list[Problem]:
    """The file's own problems plus: unknown class, age not fitting the grade (±2 years), a pupil
    already in the school, and the same pupil twice in the file. Sorted by sheet and row."""
    problems = list(parsed.problems)
    september = dt.date(facts.start_year, 9, 1)
    seen: dict[tuple, Candidate] = {}
    for c in parsed.candidates:
        def bad(f: str, message: str, c=c) -> None:
            problems.append(Problem(c.row, FIELD_LABELS.get(f, f), message, c.sheet))

        if c.class_label and c.class_label not in facts.classes:
            same_grade = sorted(label for label in facts.classes
                                if re.fullmatch(rf"{c.grade}\D*", label))
            hint = f" (есть: {', '.join(same_grade)})" if same_grade else ""
            bad("class", f"класса {c.class_label} в {facts.academic_year} учебном году нет{hint}")
        if c.birth_date is not None and c.grade is not None:
            age = september.year - c.birth_date.year - ((september.month, september.day)
                                                         < (c.birth_date.month, c.birth_date.day))
            low, high = c.grade + 4, c.grade + 8
            if not low <= age <= high:
                bad("birth_date", f"{c.birth_date:%d.%m.%Y}: на 1 сентября {facts.start_year} г. возраст "
                                  f"{_years(age)} — для {c.grade} класса ожидается от {low} до {high} лет")
        if c.surname and c.name:
            existing = facts.pupils.get(c.key)
            if existing:
                bad("", f"{c.full_name}{_born(c)} уже есть в школе: {existing}")
            first = seen.get(c.key)
            if first is not None:
                bad("", f"{c.full_name}{_born(c)} повторяется: уже в строке {first.row}"
                        + (f" листа «{first.sheet}»" if first.sheet and first.sheet != c.sheet else ""))
            else:
                seen[c.key] = c
    return sorted(problems, key=lambda p: (p.sheet, p.row))


def _born(c: Candidate) -> str:
    return f", {c.birth_date:%d.%m.%Y} г. р.," if c.birth_date else ""


# --- the use cases ------------------------------------------------------------------------------------------

IMPORT_ACTIONS = (Action.exchange, Action.edit_pupil_data, Action.register_movement)


def _require_import(actor: Actor) -> None:
    if not any(permits_action(actor, a) for a in IMPORT_ACTIONS):
        raise Denied(Action.exchange, "импорт списков классов")


def _current_year(session: Session) -> AcademicYear:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    if year is None:
        raise ServiceError("В журнале нет открытого учебного года: импортировать учеников некуда.")
    return year


def _year_bounds(session: Session, year: AcademicYear) -> tuple[dt.date, dt.date]:
    first, last = session.execute(select(func.min(Period.start), func.max(Period.end))
                                  .where(Period.academic_year_id == year.id)).one()
    return (first or dt.date(year.start_year, 9, 1)), (last or dt.date(year.start_year + 1, 8, 31))


def _facts(session: Session) -> SchoolFacts:
    year = _current_year(session)
    first, last = _year_bounds(session, year)
    classes = {f"{g}{ltr}": cid for cid, g, ltr in session.execute(
        select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
        .where(SchoolClass.academic_year_id == year.id))}
    label_of = {cid: label for label, cid in classes.items()}
    current = dict(session.execute(
        select(Enrollment.pupil_id, Enrollment.school_class_id)
        .where(Enrollment.school_class_id.in_(list(label_of) or [-1]),
               Enrollment.departed_on.is_(None))).all())
    pupils = {}
    for pid, s, n, p, born in session.execute(select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic,
                                                     Pupil.birth_date)):
        where = f" ({label_of[current[pid]]})" if pid in current else ""
        pupils[person_key(s, n, p or "", born)] = full_name(s, n, p) + (
            f", {born:%d.%m.%Y} г. р." if born else "") + where
    return SchoolFacts(year.label, year.start_year, classes, pupils, first, last)


def _default_arrival(facts: SchoolFacts, today: dt.date) -> dt.date:
    """The year's first day when the school is being set up before or at its start; today during the year."""
    return facts.first_day if today <= facts.first_day or today > facts.last_day else today


def preview(db: Database, actor: Actor, path: str | Path, *, default_class: str | None = None,
            today: dt.date | None = None) -> ImportPreview:
    """Read and check the file; nothing is written."""
    today = today or dt.date.today()
    with unit(db, actor) as session:
        _require_import(actor)
        parsed = parse_file(path, default_class=default_class, today=today)
        facts = _facts(session)
    problems = validate(parsed, facts)
    bad = {(p.sheet, p.row) for p in problems}
    good = [c for c in parsed.candidates if (c.sheet, c.row) not in bad]
    return ImportPreview(good, problems, parsed.sheets,
                         facts.academic_year, _default_arrival(facts, today), parsed.kind, parsed.encoding,
                         parsed.delimiter, parsed.rows_read)


class _AuditBatch:
    """Audit entries for many created rows, chained exactly as `audit.record` chains them, written at once."""

    def __init__(self, session: Session, account_id: int):
        self.session, self.account_id = session, account_id
        self.prev = audit.last_hash(session)
        self.at = utcnow()
        self.rows: list[dict] = []

    def add(self, action: str, entity: str, entity_id: int | None, new) -> None:
        new_s = audit.to_json(new)
        h = audit.entry_hash(self.prev, self.at, self.account_id, action, entity, entity_id, None, new_s)
        self.rows.append({"at": self.at, "account_id": self.account_id, "action": action, "entity": entity,
                          "entity_id": entity_id, "old": None, "new": new_s, "prev_hash": self.prev,
                          "hash": h})
        self.prev = h

    def write(self) -> None:
        if self.rows:
            self.session.execute(insert(AuditEntry), self.rows)


def _digits(phone: str) -> str:
    d = re.sub(r"\D", "", phone)
    return "7" + d[1:] if len(d) == 11 and d[0] in "78" else d


def import_roster(db: Database, actor: Actor, path: str | Path, *, skip_bad_rows: bool = False,
                  arrived_on: dt.date | None = None, order_number: str = "",
                  default_class: str | None = None, today: dt.date | None = None) -> ImportResult:
    """Write the file's pupils, each with an arrival into the class on `arrived_on` by the order, and
    their guardians, in one transaction with an audit entry for every created row.

    Nothing is written when any row is bad, unless `skip_bad_rows`: then the good rows are written and
    the bad ones are returned in `skipped`. A guardian already in the school with the same full name and
    phone (a sibling's parent) is linked, not created again; so is one named twice in the file.
    """
    path = Path(path)
    today = today or dt.date.today()
    order_number = clean(order_number)
    with unit(db, actor) as session:
        _require_import(actor)
        parsed = parse_file(path, default_class=default_class, today=today)
        facts = _facts(session)
        problems = validate(parsed, facts)
        bad = {(p.sheet, p.row) for p in problems}
        if problems and not skip_bad_rows:
            rows = len(bad)
            raise RosterImportError(
                f"Ничего не записано: в файле {path.name} ошибки в {rows} "
                f"{'строке' if rows % 10 == 1 and rows % 100 != 11 else 'строках'}. Исправьте их "
                f"или пропустите эти строки.", problems)
        good = [c for c in parsed.candidates if (c.sheet, c.row) not in bad]
        if not good:
            raise RosterImportError(f"Ничего не записано: в файле {path.name} нет ни одной верной строки "
                                    f"с учеником.", problems)
        arrived_on = arrived_on or _default_arrival(facts, today)
        if not facts.first_day <= arrived_on <= facts.last_day:
            raise ServiceError(f"Дата прибытия {arrived_on:%d.%m.%Y} вне {facts.academic_year} учебного года "
                               f"({facts.first_day:%d.%m.%Y} — {facts.last_day:%d.%m.%Y}).")
        if len(order_number) > 50:
            raise ServiceError("Номер приказа длиннее 50 знаков.")

        log = _AuditBatch(session, actor.account_id)
        pupils = [Pupil(surname=c.surname[:100], name=c.name[:100], patronymic=c.patronymic[:100],
                        birth_date=c.birth_date, sex=c.sex, address=c.address[:500], phone=c.phone[:100],
                        document=c.document[:200]) for c in good]
        session.add_all(pupils)
        session.flush()

        # Guardians: reuse one already in the school (same full name and phone) or named earlier in the file.
        wanted_names = {fold(g.full_name) for c in good for g in c.guardians}
        known: dict[tuple[str, str], int] = {}
        if wanted_names:
            for gid, s, n, p, phone in session.execute(
                    select(Guardian.id, Guardian.surname, Guardian.name, Guardian.patronymic, Guardian.phone)
                    .where(Guardian.surname.in_({g.surname for c in good for g in c.guardians}))):
                if phone and fold(full_name(s, n, p)) in wanted_names:
                    known.setdefault((fold(full_name(s, n, p)), _digits(phone)), gid)
        reused = set()
        new_guardians: list[tuple[Guardian, GuardianCandidate, str]] = []
        in_file: dict[tuple[str, str], Guardian] = {}
        links: list[tuple[Pupil, object, str]] = []
        for c, pupil in zip(good, pupils, strict=True):
            for g in c.guardians:
                key = (fold(g.full_name), _digits(g.phone))
                if g.phone and key in known:
                    links.append((pupil, known[key], g.relation))
                    reused.add(known[key])
                elif key in in_file and (g.phone or in_file[key].address == c.address):
                    links.append((pupil, in_file[key], g.relation))
                else:
                    row = Guardian(surname=g.surname[:100], name=g.name[:100], patronymic=g.patronymic[:100],
                                   phone=g.phone[:100], address=c.address[:500])
                    in_file[key] = row
                    new_guardians.append((row, g, c.address))
                    links.append((pupil, row, g.relation))
        session.add_all(row for row, _g, _a in new_guardians)
        session.flush()

        enrollments = []
        counts: Counter[str] = Counter()
        for c, pupil in zip(good, pupils, strict=True):
            enrollments.append({"pupil_id": pupil.id, "school_class_id": facts.classes[c.class_label],
                                "arrived_on": arrived_on, "arrival_event": EnrollmentEvent.arrival,
                                "arrival_order_number": order_number, "arrived_from": "",
                                "departure_order_number": "", "departed_to": ""})
            counts[c.class_label] += 1
        session.execute(insert(Enrollment), enrollments)
        link_rows, seen_links = [], set()
        for pupil, guardian, relation in links:
            gid = guardian if isinstance(guardian, int) else guardian.id
            if (pupil.id, gid) not in seen_links:
                seen_links.add((pupil.id, gid))
                link_rows.append({"pupil_id": pupil.id, "guardian_id": gid, "relation": relation})
        if link_rows:
            session.execute(insert(PupilGuardian), link_rows)
        enrollment_ids = dict(session.execute(
            select(Enrollment.pupil_id, Enrollment.id)
            .where(Enrollment.pupil_id.in_([p.id for p in pupils]))).all())

        source = {"file": path.name, "sha256": parsed.sha256}
        log.add("import", "roster", None, {**source, "pupils": len(pupils), "guardians": len(new_guardians),
                                            "skipped_rows": len(bad), "order_number": order_number,
                                            "arrived_on": arrived_on})
        for c, pupil in zip(good, pupils, strict=True):
            log.add("create", "pupil", pupil.id, {
                "surname": pupil.surname, "name": pupil.name, "patronymic": pupil.patronymic,
                "birth_date": pupil.birth_date, "sex": pupil.sex.value if pupil.sex else None,
                "address": pupil.address, "phone": pupil.phone, "document": pupil.document,
                "source": f"{path.name}: {c.sheet + ', ' if c.sheet else ''}строка {c.row}"})
            log.add("create", "enrollment", enrollment_ids[pupil.id], {
                "pupil_id": pupil.id, "school_class_id": facts.classes[c.class_label],
                "arrived_on": arrived_on,
                "arrival_event": EnrollmentEvent.arrival.value, "arrival_order_number": order_number})
        for row, _g, _address in new_guardians:
            log.add("create", "guardian", row.id, {"surname": row.surname, "name": row.name,
                                                   "patronymic": row.patronymic, "phone": row.phone,
                                                   "address": row.address})
        for link in link_rows:
            log.add("create", "pupil_guardian", link["pupil_id"], link)
        log.write()
        return ImportResult(len(pupils), len(new_guardians), len(reused), dict(sorted(counts.items())),
                            [p for p in problems], [p.id for p in pupils], arrived_on, order_number,
                            facts.academic_year)


# --- the templates ------------------------------------------------------------------------------------------

TEMPLATE_NAMES = {"xlsx": "class_list_template.xlsx", "csv": "class_list_template.csv"}


def template_path(kind: str = "xlsx") -> Path:
    """The shipped blank template of a class list (.xlsx or .csv) for the «save blank template» button."""
    if kind not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template kind {kind!r}")
    candidates = [folder / TEMPLATE_NAMES[kind] for folder in resource_dirs("templates")]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Шаблон {TEMPLATE_NAMES[kind]} не найден; искали: "
                            + "; ".join(str(c) for c in candidates))


def blank_template(kind: str = "xlsx") -> bytes:
    return template_path(kind).read_bytes()


def headings_of(parsed: Iterable[SheetInfo]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sheet in parsed:
        out.update(sheet.columns)
    return out
