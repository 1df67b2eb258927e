"""A class-list file read into candidates (pupils with their guardians) and checked against the school,
without writing anything; each problem named by sheet, row and column."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.names import full_name
from ...storage.models import (
    Sex,
)
from .. import text_rules
from ..errors import ServiceError
from ..exchange.spreadsheets import ENCODING_NAMES
from .roster_layout import (
    FIELD_LABELS,
    GUARDIAN_SLOTS,
    HEADING_SEARCH_ROWS,
    RosterFileError,
    _years,
    clean,
    find_layout,
    person_key,
    read_table,
)
from .roster_values import (
    _TURKIC,
    ValueProblem,
    _name_part,
    _split_name_and_phone,
    normalize_class_label,
    parse_date,
    parse_sex,
    split_full_name,
)


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
