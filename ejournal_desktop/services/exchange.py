"""The exchange format: the whole school journal as one JSON file, for moving it between installations and
to other systems (issue 7). docs/exchange-format.md describes it for people; the JSON Schema in
resources/exchange/ is generated from `SECTIONS` below (`json_schema()`), and a test keeps the two equal.

* `export_file(db, actor, path)` writes the school structure, people, classes, courses, timetable,
  lessons, marks, attendance, period marks, thematic plans, consents and journal remarks.
* `read_document(path)` + `validate(doc)` check a file without any database: every problem is named by
  its JSON path (`$.marks[12].pupil`) with a Russian reason.
* `preview(db, actor, path)` adds the checks against the target database and says what would be
  written; `import_file(db, actor, path)` writes it in ONE transaction with its audit entries, or nothing.
* `import_into_new(db_path, path, admin_login, admin_password)` creates a new school database from the
  file (no login: its administrator is created with it).

Ids in the file are the exchange's own keys (strings, unique within their section; this exporter writes
"pupil-17"): an importer maps them to its own ids. Reference data are keyed by their codes (grading
systems, work types) or names (subjects).

Into an existing database (the administrator's `exchange` right) the rule is "add years, merge people":
an academic year the database already has is refused (nothing written); staff, pupils and guardians who
are already in the database (same full name, and birth date for a pupil, phone for a guardian) are
linked, not created again, and their data there are kept; grading systems, work types, subjects and
bells already there are kept as they are; the school's own name and address are kept.

The file holds personal data (names, birth dates, addresses, phones, documents): the export needs the
`exchange` right and is audited; the file must be kept and sent as personal data.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Time, delete, func, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.attendance import AttendanceCode
from ..domain.calendar import PeriodKind
from ..domain.grading import EXEMPT, NOT_ASSESSED
from ..domain.names import fold
from ..domain.sizes import file_size
from ..domain.rights import Action
from ..paths import resource_dirs
from ..storage.database import Database
from ..storage.models import (
    AcademicYear,
    Attendance,
    AuditEntry,
    BellSchedule,
    Consent,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    GradeValue,
    GradingKind,
    GradingSystem,
    Guardian,
    Holiday,
    JournalRemark,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    PupilGuardian,
    School,
    SchoolClass,
    Sex,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    ThematicPlanItem,
    TimetableEntry,
    UTCDateTime,
    WorkType,
    YearDecision,
    YearDecisionKind,
    YearStatus,
    utcnow,
)
from . import audit, guard
from .actor import Actor
from .errors import Cancelled, ServiceError

__all__ = [
    "FORMAT", "VERSION", "SECTIONS", "ExchangeError", "Problem", "ExportResult", "ExchangePreview",
    "ImportResult", "export_file", "build_document", "read_document", "validate", "preview",
    "preview_new", "import_file", "import_into_new", "json_schema", "schema_path",
]

FORMAT = "ejournal-exchange"
VERSION = 1
MAX_PROBLEMS = 200
SCHEMA_FILE = "ejournal-exchange.schema.json"

Progress = Callable[[int, int, str], None]


# --- problems and results ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """One problem of the file: where (a JSON path such as `$.marks[12].pupil`) and why (Russian)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_dict(self) -> dict:
        return {"path": self.path, "message": self.message}


class ExchangeError(ServiceError):
    """Nothing was written: the file is not a journal exchange file, or it has `problems`."""

    def __init__(self, message: str, problems: list[Problem] | tuple[Problem, ...] = ()):
        super().__init__(message)
        self.problems = list(problems)


@dataclass
class ExportResult:
    path: Path
    size: int
    counts: dict[str, int]

    def summary(self) -> str:
        lines = [f"Файл обмена сохранён: {self.path} ({file_size(self.size)})"]
        lines += [f"  {SECTION_BY_NAME[k].label}: {v}" for k, v in self.counts.items() if v]
        lines.append("Файл содержит персональные данные: храните и передавайте его как персональные данные.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "size": self.size, "counts": self.counts}


@dataclass
class ExchangePreview:
    """What a file holds and what an import would do, before anything is written."""

    file: Path
    size: int
    school: str
    exported_at: str
    generator: str
    years: list[str]
    counts: dict[str, int]                      # section name → records in the file
    problems: list[Problem] = field(default_factory=list)
    new_database: bool = False
    matched: dict[str, int] = field(default_factory=dict)  # people already in the database: linked

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        lines = [f"Файл: {self.file.name} ({file_size(self.size)})"]
        if self.school:
            lines.append(f"Школа: {self.school}")
        if self.exported_at:
            try:
                when = dt.datetime.fromisoformat(self.exported_at).astimezone().strftime("%d.%m.%Y %H:%M")
            except ValueError:
                when = self.exported_at
            lines.append(f"Выгружен: {when}" + (f" ({self.generator})" if self.generator else ""))
        if self.years:
            lines.append(f"Учебные годы: {', '.join(self.years)}")
        for name, label in (("staff", "сотрудников"), ("pupils", "учеников"), ("guardians", "родителей")):
            if self.matched.get(name):
                lines.append(f"Уже есть в базе (будут связаны, не созданы заново) {label}: {self.matched[name]}")
        if self.problems:
            lines.append(f"Ошибок: {len(self.problems)}" + (" (показаны первые)" if len(self.problems) >= MAX_PROBLEMS
                                                             else "") + ". Ничего не будет записано.")
        else:
            lines.append("Ошибок нет: файл можно загрузить.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"file": str(self.file), "size": self.size, "school": self.school, "exported_at": self.exported_at,
                "generator": self.generator, "years": self.years, "counts": self.counts,
                "matched": self.matched, "new_database": self.new_database, "ok": self.ok,
                "problems": [p.as_dict() for p in self.problems]}


@dataclass
class ImportResult:
    file: Path
    years: list[str]
    created: dict[str, int]                     # section name → records written
    matched: dict[str, int]                     # people found in the database and linked
    audit_entries: int
    database: Path | None = None
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [f"Загружено из {self.file.name}" + (f" в новую базу {self.database}" if self.database else "")
                 + (f"; учебные годы: {', '.join(self.years)}" if self.years else "") + "."]
        lines += [f"  {SECTION_BY_NAME[k].label}: {v}" for k, v in self.created.items() if v]
        for name, label in (("staff", "сотрудников"), ("pupils", "учеников"), ("guardians", "родителей")):
            if self.matched.get(name):
                lines.append(f"  уже были в базе и связаны {label}: {self.matched[name]}")
        lines.append(f"Записей в журнале действий: {self.audit_entries}.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"file": str(self.file), "database": str(self.database) if self.database else None,
                "years": self.years, "created": self.created, "matched": self.matched,
                "audit_entries": self.audit_entries}


# --- the format: sections and fields ---------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    """One field of a record. `kind`: key (the record's own id), ref (another section's id), code (a
    grading system's or work type's code), str, text, int, num, bool, date, datetime, time, enum, refs
    (a list of ids), objects (a list of records of `item`)."""

    kind: str
    required: bool = False
    default: Any = None
    column: str | None = None      # the database column (None: the field's name, or name_id for a ref)
    max_length: int | None = None
    enum: type[enum.Enum] | None = None
    by_name: bool = False          # the enum as its member names (attendance: absent_ill, not «Б»)
    ref: str = ""                  # the section a ref, code or refs field points to
    minimum: float | None = None
    maximum: float | None = None
    item: dict[str, Field] | None = None
    description: str = ""

    @property
    def choices(self) -> tuple[str, ...]:
        if self.enum is None:
            return ()
        return tuple(m.name if self.by_name else m.value for m in self.enum)


@dataclass(frozen=True)
class Section:
    name: str
    label: str                     # Russian, for the preview and reports
    model: type | None
    fields: dict[str, Field]
    prefix: str = ""               # of the ids this exporter writes
    description: str = ""

    @property
    def key(self) -> str | None:
        return next((n for n, f in self.fields.items() if f.kind == "key"), None)


def _len(model, column: str) -> int | None:
    return getattr(model.__table__.c[column].type, "length", None)


def KEY(description: str = "the record's id in this file: any string, unique in its section") -> Field:
    return Field("key", required=True, description=description)


def REF(section: str, *, required: bool = False, column: str | None = None, description: str = "") -> Field:
    return Field("ref", required=required, ref=section, column=column, description=description)


def STR(model, column: str, *, required: bool = False, default: Any = "", description: str = "") -> Field:
    return Field("str", required=required, default=None if required else default, column=column,
                 max_length=_len(model, column), description=description)


def TEXT(*, required: bool = False, description: str = "") -> Field:
    return Field("text", required=required, default=None if required else "", description=description)


def DATE(*, required: bool = False, description: str = "") -> Field:
    return Field("date", required=required, description=description)


def ENUM(cls: type[enum.Enum], *, required: bool = True, default: Any = None, by_name: bool = False,
         description: str = "") -> Field:
    return Field("enum", required=required, enum=cls, default=default, by_name=by_name, description=description)


def INT(*, required: bool = True, default: Any = None, minimum: float | None = None,
        maximum: float | None = None, description: str = "") -> Field:
    return Field("int", required=required, default=default, minimum=minimum, maximum=maximum,
                 description=description)


def NUM(*, required: bool = True, default: Any = None, minimum: float | None = 0, description: str = "") -> Field:
    return Field("num", required=required, default=default, minimum=minimum, description=description)


def BOOL(default: bool, description: str = "") -> Field:
    return Field("bool", default=default, description=description)


def _person(model) -> dict[str, Field]:
    return {"id": KEY(),
            "surname": STR(model, "surname", required=True, description="фамилия"),
            "name": STR(model, "name", required=True, description="имя"),
            "patronymic": STR(model, "patronymic", description="отчество (may be absent)")}


SECTIONS: tuple[Section, ...] = (
    Section("grading_systems", "Системы оценивания", GradingSystem, {
        "code": Field("key", required=True, description="the system's code: five_point, pass_fail, …"),
        "name": STR(GradingSystem, "name", required=True),
        "kind": ENUM(GradingKind),
        "values": Field("objects", required=True, item={
            "code": STR(GradeValue, "code", required=True, description="what a mark stores: «5», «зач»"),
            "label": STR(GradeValue, "label", required=True),
            "points": Field("num", minimum=None, description="the value in an average; null: not averaged"),
            "passing": Field("bool", required=True, description="not a failing mark"),
            "quality": BOOL(False, "counts for the quality rate (4 and 5)"),
        }, description="in their order, best first")},
        description="grading systems (система оценивания); marks store a value code of their course's system"),
    Section("work_types", "Виды работ", WorkType, {
        "code": Field("key", required=True, description="the work type's code: answer, control, …"),
        "name": STR(WorkType, "name", required=True),
        "weight": NUM(description="вес отметки"),
        "color": STR(WorkType, "color", default="#000000"),
        "entry_days": INT(required=False, default=0, minimum=0, maximum=365,
                          description="days after the lesson its marks may still be entered"),
        "is_default": BOOL(False),
    }, description="work types (вид работы), in their order; each carries the weight of its marks"),
    Section("subjects", "Предметы", Subject, {
        "id": KEY(), "name": STR(Subject, "name", required=True), "short_name": STR(Subject, "short_name"),
    }, prefix="subject-", description="subjects (предмет) in the order of a report card"),
    Section("bells", "Звонки", BellSchedule, {
        "shift": INT(required=False, default=1, minimum=1, maximum=3),
        "lesson_number": INT(minimum=0, maximum=12),
        "starts_at": Field("time", required=True), "ends_at": Field("time", required=True),
    }, description="bell schedule (звонки): lesson number → start and end time, local time"),
    Section("staff", "Сотрудники", Staff, {
        **_person(Staff),
        "position": STR(Staff, "position", default="учитель"),
        "phone": STR(Staff, "phone"), "email": STR(Staff, "email"),
        "hired_on": DATE(), "dismissed_on": DATE(),
    }, prefix="staff-", description="staff: teachers, class teachers, the administration"),
    Section("guardians", "Родители", Guardian, {
        **_person(Guardian),
        "phone": STR(Guardian, "phone"), "email": STR(Guardian, "email"), "address": STR(Guardian, "address"),
    }, prefix="guardian-", description="guardians (родители, законные представители)"),
    Section("pupils", "Ученики", Pupil, {
        **_person(Pupil),
        "birth_date": DATE(), "sex": ENUM(Sex, required=False),
        "address": STR(Pupil, "address"), "phone": STR(Pupil, "phone"),
        "document": STR(Pupil, "document", description="birth certificate or passport"),
        "guardians": Field("objects", item={
            "guardian": REF("guardians", required=True),
            "relation": STR(PupilGuardian, "relation", description="мать, отец, опекун"),
        }),
    }, prefix="pupil-", description="pupils (ученики) with links to their guardians"),
    Section("consents", "Согласия на обработку ПДн", Consent, {
        "pupil": REF("pupils"), "guardian": REF("guardians"), "staff": REF("staff"),
        "given_by": STR(Consent, "given_by", description="who signed (a parent for a pupil)"),
        "given_on": DATE(required=True), "document": STR(Consent, "document"), "withdrawn_on": DATE(),
    }, description="consents to personal-data processing; exactly one of pupil, guardian, staff"),
    Section("academic_years", "Учебные годы", AcademicYear, {
        "id": KEY(), "start_year": INT(minimum=1990, maximum=2200, description="2026 for 2026/2027"),
        "status": ENUM(YearStatus, required=False, default=YearStatus.open),
        "closing_order_number": STR(AcademicYear, "closing_order_number", default=None),
        "closed_on": DATE(),
    }, prefix="year-", description="academic years (учебный год)"),
    Section("periods", "Учебные периоды", Period, {
        "id": KEY(), "academic_year": REF("academic_years", required=True),
        "kind": ENUM(PeriodKind), "number": INT(minimum=1, maximum=4),
        "start": DATE(required=True), "end": DATE(required=True),
        "grade_from": INT(required=False, default=1, minimum=1, maximum=11),
        "grade_to": INT(required=False, default=11, minimum=1, maximum=11),
    }, prefix="period-", description="periods (четверть, триместр, полугодие) for a range of grades"),
    Section("holidays", "Каникулы", Holiday, {
        "academic_year": REF("academic_years", required=True), "name": STR(Holiday, "name", required=True),
        "start": DATE(required=True), "end": DATE(required=True),
        "grade_from": INT(required=False, default=1, minimum=1, maximum=11),
        "grade_to": INT(required=False, default=11, minimum=1, maximum=11),
    }, description="holidays (каникулы)"),
    Section("classes", "Классы", SchoolClass, {
        "id": KEY(), "academic_year": REF("academic_years", required=True),
        "grade": INT(minimum=1, maximum=11), "letter": STR(SchoolClass, "letter", required=True),
        "class_teacher": REF("staff"),
    }, prefix="class-", description="classes (класс 5А) of a year"),
    Section("enrollments", "Движение учащихся", Enrollment, {
        "pupil": REF("pupils", required=True), "class": REF("classes", required=True, column="school_class_id"),
        "arrived_on": DATE(required=True), "arrival_event": ENUM(EnrollmentEvent),
        "arrival_order_number": STR(Enrollment, "arrival_order_number", description="приказ №"),
        "arrived_from": STR(Enrollment, "arrived_from"),
        "departed_on": DATE(), "departure_event": ENUM(EnrollmentEvent, required=False),
        "departure_order_number": STR(Enrollment, "departure_order_number"),
        "departed_to": STR(Enrollment, "departed_to"),
    }, description="a pupil's stay in a class from arrival to departure, each by an order"),
    Section("year_decisions", "Решения по итогам года", YearDecision, {
        "academic_year": REF("academic_years", required=True), "pupil": REF("pupils", required=True),
        "decision": ENUM(YearDecisionKind), "note": TEXT(),
    }, description="a pupil's outcome of the year decided before closing it, where it is not the default"),
    Section("subgroups", "Подгруппы", Subgroup, {
        "id": KEY(), "class": REF("classes", required=True, column="school_class_id"),
        "subject": REF("subjects", required=True), "name": STR(Subgroup, "name", required=True),
        "members": Field("refs", ref="pupils"),
    }, prefix="subgroup-", description="subgroups (подгруппа) of a class in one subject"),
    Section("courses", "Учебная нагрузка", Course, {
        "id": KEY(), "academic_year": REF("academic_years", required=True),
        "kind": ENUM(CourseKind, required=False, default=CourseKind.lesson),
        "subject": REF("subjects", required=True),
        "class": REF("classes", column="school_class_id"), "subgroup": REF("subgroups"),
        "pupil": REF("pupils", description="individual schooling"),
        "teacher": REF("staff", required=True),
        "grading_system": Field("code", required=True, ref="grading_systems"),
        "hours_per_week": NUM(required=False, default=1.0),
        "has_marks": BOOL(True), "name": STR(Course, "name", description="a club's own name"),
        "locked": BOOL(False, "access to the page closed"),
        "members": Field("refs", ref="pupils", description="pupils of a course that is not a whole class"),
    }, prefix="course-", description="courses (учебная нагрузка): a teacher teaching a class, subgroup or "
                                     "group one subject in one year; one journal page"),
    Section("timetable", "Расписание", TimetableEntry, {
        "course": REF("courses", required=True), "weekday": INT(minimum=0, maximum=5, description="0 = Monday"),
        "lesson_number": INT(minimum=1, maximum=10), "room": STR(TimetableEntry, "room"),
        "valid_from": DATE(required=True), "valid_to": DATE(),
    }, description="the weekly timetable (расписание)"),
    Section("thematic_plans", "Темы КТП", ThematicPlanItem, {
        "course": REF("courses", required=True), "position": INT(minimum=1),
        "topic": TEXT(required=True), "hours": NUM(required=False, default=1.0),
    }, description="thematic plans (КТП): a course's planned topics in order"),
    Section("lessons", "Уроки", Lesson, {
        "id": KEY(), "course": REF("courses", required=True), "date": DATE(required=True),
        "number": INT(minimum=0, maximum=12, description="lesson number of the day (bells)"),
        "topic": TEXT(), "homework": TEXT(), "work_kind": STR(Lesson, "work_kind"),
        "substitute_teacher": REF("staff", description="замена"), "room": STR(Lesson, "room"),
    }, prefix="lesson-", description="dated lessons of a course"),
    Section("marks", "Отметки", Mark, {
        "lesson": REF("lessons", required=True), "pupil": REF("pupils", required=True),
        "value": STR(Mark, "value", required=True, description="a value code of the course's grading system"),
        "work_type": Field("code", required=True, ref="work_types"),
        "weight": NUM(description="the weight when the mark was put"),
        "comment": TEXT(), "entered_at": Field("datetime", column="created_at", description="when it was put"),
    }, description="current marks; several per pupil and lesson are allowed"),
    Section("attendance", "Посещаемость", Attendance, {
        "lesson": REF("lessons", required=True), "pupil": REF("pupils", required=True),
        "code": ENUM(AttendanceCode, by_name=True,
                     description="absent_unexcused Н, absent_excused П, absent_ill Б, late ОП"),
        "reason_note": TEXT(),
    }, description="absences and lateness; a pupil without a record was present"),
    Section("period_marks", "Итоговые отметки", PeriodMark, {
        "course": REF("courses", required=True), "pupil": REF("pupils", required=True),
        "kind": ENUM(PeriodMarkKind), "period": REF("periods", description="only and always for kind period"),
        "value": STR(PeriodMark, "value", required=True, description="a value code, or «н/а», «осв.»"),
        "suggested_value": STR(PeriodMark, "suggested_value", default=None),
    }, description="period, year, exam and final marks"),
    Section("journal_remarks", "Замечания по журналу", JournalRemark, {
        "course": REF("courses", required=True), "inspected_on": DATE(required=True),
        "text": TEXT(required=True), "due_on": DATE(), "fixed_at": Field("datetime"),
    }, description="remarks of journal inspections"),
)
SECTION_BY_NAME = {s.name: s for s in SECTIONS}

SCHOOL_FIELDS: dict[str, Field] = {
    "name": STR(School, "name", required=True), "short_name": STR(School, "short_name", required=True),
    "address": STR(School, "address"), "director_name": STR(School, "director_name"),
    "phone": STR(School, "phone"),
}
TOP_FIELDS = ("format", "version", "exported_at", "generator", "school")


# --- reading and validating a file (no database) -----------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
_TYPE_NAMES = {dict: "объект", list: "список", str: "строка", int: "целое число", float: "число",
               bool: "логическое значение", type(None): "null"}


class _TooMany(Exception):
    pass


class _Lazy:
    """A JSON path built only when a problem names it."""

    __slots__ = ("base", "name")

    def __init__(self, base: str, name: str | None):
        self.base, self.name = base, name

    def __str__(self) -> str:
        return self.base if self.name is None else f"{self.base}.{self.name}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _type_name(value) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def read_document(path: str | Path) -> dict:
    """The file's JSON object; ExchangeError (path `$`) when it is not JSON or not UTF-8."""
    path = Path(path)
    data = path.read_bytes()
    return parse_document(data, path.name)


def parse_document(data: bytes, name: str = "файл") -> dict:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"Файл {name} не в кодировке UTF-8 (байт {exc.start}): это не файл обмена журнала.",
                            [Problem("$", f"не в кодировке UTF-8 (байт {exc.start})")]) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"строка {exc.lineno}, столбец {exc.colno}"
        raise ExchangeError(f"Файл {name} повреждён или не является JSON: {where} ({exc.msg}). Ничего не записано.",
                            [Problem("$", f"ошибка JSON: {where} ({exc.msg})")]) from None
    if not isinstance(doc, dict):
        raise ExchangeError(f"Файл {name} — не файл обмена журнала: в нём {_type_name(doc)}, а не объект.",
                            [Problem("$", f"ожидается объект, а не {_type_name(doc)}")])
    return doc


class _Validator:
    """Checks a loaded document in place: dates, times and enums are replaced by Python values, refs are
    resolved to record indexes (`self.index[section][key]`), problems are collected with their paths."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.problems: list[Problem] = []
        self.index: dict[str, dict[str, int]] = {}
        self._dates: dict[str, dt.date] = {}
        self._specs: dict[int, list[tuple]] = {}

    def bad(self, path, message: str) -> None:
        self.problems.append(Problem(str(path), message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooMany

    # one value
    def value(self, f: Field, value, base: str, name: str | None = None):  # noqa: C901 - a branch per kind
        k = f.kind
        if value is None:
            if f.required:
                self.bad(_Lazy(base, name), "обязательное поле равно null")
            return f.default
        if k in ("str", "text", "key"):
            if not isinstance(value, str):
                self.bad(_Lazy(base, name), f"ожидается строка, а не {_type_name(value)}")
                return f.default
            if f.required and not value.strip():
                self.bad(_Lazy(base, name), "пустая строка в обязательном поле")
            elif f.max_length is not None and len(value) > f.max_length:
                self.bad(_Lazy(base, name), f"строка длиннее {f.max_length} знаков ({len(value)})")
            return value
        if k in ("ref", "code"):
            if not isinstance(value, str):
                self.bad(_Lazy(base, name), f"ожидается id (строка), а не {_type_name(value)}")
                return None
            target = self.index.get(f.ref, {})
            if value not in target:
                what = "кода" if k == "code" else "id"
                self.bad(_Lazy(base, name), f"нет записи с {what} «{value}» в разделе {f.ref} "
                               f"({SECTION_BY_NAME[f.ref].label.lower()})")
                return None
            return value
        if k == "date":
            d = self._dates.get(value) if isinstance(value, str) else None
            if d is not None:
                return d
            if not isinstance(value, str) or not _DATE_RE.match(value):
                self.bad(_Lazy(base, name), f"ожидается дата ГГГГ-ММ-ДД, а не «{value}»")
                return None
            try:
                d = dt.date.fromisoformat(value)
            except ValueError:
                self.bad(_Lazy(base, name), f"нет такой даты: «{value}»")
                return None
            self._dates[value] = d
            return d
        if k == "datetime":
            try:
                moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                moment = None
            if moment is None or moment.tzinfo is None:
                self.bad(_Lazy(base, name), f"ожидается момент времени ISO 8601 с поясом "
                                            f"(2026-11-27T10:15:00Z), а не «{value}»")
                return None
            return moment.astimezone(dt.timezone.utc)
        if k == "time":
            if not isinstance(value, str) or not _TIME_RE.match(value):
                self.bad(_Lazy(base, name), f"ожидается время ЧЧ:ММ, а не «{value}»")
                return None
            return dt.time.fromisoformat(value)
        if k == "enum":
            try:
                return f.enum[value] if f.by_name else f.enum(value)
            except (KeyError, ValueError, TypeError):
                self.bad(_Lazy(base, name), f"недопустимое значение «{value}»: допустимы {', '.join(f.choices)}")
                return None
        if k == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    self.bad(_Lazy(base, name), f"ожидается целое число, а не «{value}»")
                    return f.default
            return self._range(f, value, base, name)
        if k == "num":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.bad(_Lazy(base, name), f"ожидается число, а не «{value}»")
                return f.default
            return self._range(f, float(value), base, name)
        if k == "bool":
            if not isinstance(value, bool):
                self.bad(_Lazy(base, name), f"ожидается true или false, а не «{value}»")
                return f.default
            return value
        if k == "refs":
            if not isinstance(value, list):
                self.bad(_Lazy(base, name), f"ожидается список id, а не {_type_name(value)}")
                return []
            ref = Field("ref", required=True, ref=f.ref)
            out = [self.value(ref, v, f"{_Lazy(base, name)}[{i}]") for i, v in enumerate(value)]
            seen = set()
            for i, v in enumerate(out):
                if v is not None and v in seen:
                    self.bad(f"{_Lazy(base, name)}[{i}]", f"«{v}» указан дважды")
                seen.add(v)
            return [v for v in out if v is not None]
        if k == "objects":
            if not isinstance(value, list):
                self.bad(_Lazy(base, name), f"ожидается список, а не {_type_name(value)}")
                return []
            for i, item in enumerate(value):
                self.record(f.item, item, f"{_Lazy(base, name)}[{i}]")
            return value
        raise AssertionError(k)

    def _range(self, f: Field, value, base: str, name: str | None):
        if f.minimum is not None and value < f.minimum:
            self.bad(_Lazy(base, name), f"значение {value} меньше допустимого {f.minimum:g}")
        elif f.maximum is not None and value > f.maximum:
            self.bad(_Lazy(base, name), f"значение {value} больше допустимого {f.maximum:g}")
        return value

    def _spec(self, fields: dict[str, Field]) -> list[tuple]:
        """Per field: what record() needs, looked up once (the index a ref points to exists by then)."""
        spec = self._specs.get(id(fields))
        if spec is None:
            spec = [(name, f.kind, f, f.required, f.default,
                     self.index.get(f.ref) if f.kind in ("ref", "code") else None, f.max_length)
                    for name, f in fields.items()]
            self._specs[id(fields)] = spec
        return spec

    def record(self, fields: dict[str, Field], rec, path: str) -> bool:
        """Check one record in place; False when it is not an object at all."""
        if rec.__class__ is not dict:
            self.bad(path, f"ожидается объект, а не {_type_name(rec)}")
            return False
        if not rec.keys() <= fields.keys():
            for name in rec.keys() - fields.keys():
                self.bad(f"{path}.{name}", "неизвестное поле")
        for name, kind, f, required, default, target, max_length in self._spec(fields):
            if name in rec:
                v = rec[name]
                # the usual cases first, without a call: a known id, a short enough string
                if target is not None:
                    if v.__class__ is str and v in target:
                        continue
                elif kind == "str" or kind == "text":
                    if v.__class__ is str and (max_length is None or len(v) <= max_length) \
                            and (not required or v.strip()):
                        continue
                rec[name] = self.value(f, v, path, name)
            elif required:
                self.bad(f"{path}.{name}", "обязательное поле отсутствует")
                rec[name] = None
            else:
                rec[name] = [] if kind == "refs" or kind == "objects" else default
        return True

    # the document
    def run(self) -> list[Problem]:
        try:
            self._run()
        except _TooMany:
            pass
        return self.problems

    def _run(self) -> None:
        doc = self.doc
        fmt, version = doc.get("format"), doc.get("version")
        if fmt != FORMAT:
            self.bad("$.format", f"это не файл обмена электронного журнала: ожидается «{FORMAT}», "
                                 f"а не «{fmt}»" if fmt is not None else
                     f"нет поля format: это не файл обмена электронного журнала (ожидается «{FORMAT}»)")
            return
        if isinstance(version, bool) or not isinstance(version, int):
            self.bad("$.version", f"версия формата — целое число, а не «{version}»")
            return
        if version != VERSION:
            newer = version > VERSION
            self.bad("$.version", f"версия формата {version} не поддерживается: программа читает версию {VERSION}"
                     + ("; обновите программу" if newer else ""))
            return
        allowed = set(TOP_FIELDS) | {s.name for s in SECTIONS}
        for name in doc.keys() - allowed:
            self.bad(f"$.{name}", "неизвестный раздел")
        for name in ("exported_at", "generator"):
            if name in doc and not isinstance(doc[name], str):
                self.bad(f"$.{name}", f"ожидается строка, а не {_type_name(doc[name])}")
        if "school" not in doc:
            self.bad("$.school", "нет раздела school (школа)")
        else:
            self.record(SCHOOL_FIELDS, doc["school"], "$.school")
        for section in SECTIONS:
            self._section(section)

    def _section(self, s: Section) -> None:
        doc = self.doc
        records = doc.get(s.name)
        path = f"$.{s.name}"
        if records is None:
            doc[s.name] = records = []
        if not isinstance(records, list):
            self.bad(path, f"ожидается список, а не {_type_name(records)}")
            doc[s.name] = []
            return
        key = s.key
        index: dict[str, int] = {}
        self.index[s.name] = index
        keep = []
        for i, rec in enumerate(records):
            p = f"{path}[{i}]"
            if not self.record(s.fields, rec, p):
                continue
            rec["_path"] = p
            if key is not None:
                k = rec.get(key)
                if k is None:
                    continue
                if k in index:
                    self.bad(f"{p}.{key}", f"«{k}» повторяет {key} записи {path}[{index[k]}]")
                    continue
                index[k] = i
            keep.append(rec)
        check = getattr(self, f"_check_{s.name}", None)
        if check is not None:
            check(records)

    # cross-record checks
    def _rec(self, section: str, key: str | None) -> dict | None:
        if key is None:
            return None
        i = self.index[section].get(key)
        return None if i is None else self.doc[section][i]

    def _unique(self, records, what: str, fn) -> None:
        seen: dict[tuple, str] = {}
        for r in records:
            if not isinstance(r, dict) or "_path" not in r:
                continue
            k = fn(r)
            if k is None or None in k:
                continue
            if k in seen:
                self.bad(r["_path"], f"{what} уже есть в {seen[k]}")
            else:
                seen[k] = r["_path"]

    def _dates_order(self, r: dict, first: str, second: str) -> None:
        a, b = r.get(first), r.get(second)
        if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a:
            self.bad(f"{r['_path']}.{second}", f"дата {b:%d.%m.%Y} раньше {first} {a:%d.%m.%Y}")

    def _grades(self, r: dict) -> None:
        a, b = r.get("grade_from"), r.get("grade_to")
        if isinstance(a, int) and isinstance(b, int) and a > b:
            self.bad(f"{r['_path']}.grade_to", f"параллели с {a} по {b}: конец раньше начала")

    def _check_grading_systems(self, records) -> None:
        for r in _ok(records):
            if not r["values"]:
                self.bad(f"{r['_path']}.values", "в системе оценивания нет ни одного значения")
            self._unique([dict(v, _path=f"{r['_path']}.values[{i}]") for i, v in enumerate(r["values"])
                          if isinstance(v, dict)], "такое значение", lambda v: (v.get("code"),))

    def _check_subjects(self, records) -> None:
        self._unique(records, "предмет с таким названием", lambda r: (r["name"],))

    def _check_bells(self, records) -> None:
        self._unique(records, "звонок с этим номером урока и сменой", lambda r: (r["shift"], r["lesson_number"]))
        for r in _ok(records):
            if r["starts_at"] and r["ends_at"] and r["ends_at"] <= r["starts_at"]:
                self.bad(f"{r['_path']}.ends_at", "урок кончается не позже, чем начинается")

    def _check_staff(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "hired_on", "dismissed_on")

    def _check_pupils(self, records) -> None:
        for r in _ok(records):
            self._unique([dict(g, _path=f"{r['_path']}.guardians[{i}]") for i, g in enumerate(r["guardians"])
                          if isinstance(g, dict)], "этот родитель", lambda g: (g.get("guardian"),))

    def _check_consents(self, records) -> None:
        for r in _ok(records):
            who = [n for n in ("pupil", "guardian", "staff") if r[n] is not None]
            if len(who) != 1:
                self.bad(r["_path"], "согласие даётся за одного человека: укажите ровно одно из pupil, guardian, "
                                     "staff")
            self._dates_order(r, "given_on", "withdrawn_on")

    def _check_academic_years(self, records) -> None:
        self._unique(records, "учебный год с этим start_year", lambda r: (r["start_year"],))

    def _check_periods(self, records) -> None:
        self._unique(records, "период с этим видом, номером и первой параллелью",
                     lambda r: (r["academic_year"], r["kind"], r["number"], r["grade_from"]))
        for r in _ok(records):
            self._dates_order(r, "start", "end")
            self._grades(r)
            self._in_year(r, "start", r["academic_year"])
            self._in_year(r, "end", r["academic_year"])

    def _check_holidays(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "start", "end")
            self._grades(r)

    def _in_year(self, r: dict, name: str, year_key: str | None) -> None:
        year, day = self._rec("academic_years", year_key), r.get(name)
        if year is None or not isinstance(day, dt.date) or not isinstance(year.get("start_year"), int):
            return
        y = year["start_year"]
        if not dt.date(y, 9, 1) - dt.timedelta(days=31) <= day <= dt.date(y + 1, 8, 31):
            self.bad(f"{r['_path']}.{name}", f"дата {day:%d.%m.%Y} вне {y}/{y + 1} учебного года")

    def _check_classes(self, records) -> None:
        self._unique(records, "класс с этой параллелью и буквой в этом году",
                     lambda r: (r["academic_year"], r["grade"], r["letter"]))

    def _check_enrollments(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "arrived_on", "departed_on")
            if r["departure_event"] is not None and r["departed_on"] is None:
                self.bad(f"{r['_path']}.departed_on", "указано событие выбытия, но нет даты выбытия")

    def _check_year_decisions(self, records) -> None:
        self._unique(records, "решение по этому ученику за этот год", lambda r: (r["academic_year"], r["pupil"]))

    def _check_subgroups(self, records) -> None:
        self._unique(records, "подгруппа с этим названием по этому предмету в этом классе",
                     lambda r: (r["class"], r["subject"], r["name"]))

    def _check_courses(self, records) -> None:
        for r in _ok(records):
            cls = self._rec("classes", r["class"])
            if cls is not None and cls["academic_year"] != r["academic_year"]:
                self.bad(f"{r['_path']}.class", f"класс «{r['class']}» из другого учебного года")
            sg = self._rec("subgroups", r["subgroup"])
            if sg is not None and r["class"] is not None and sg["class"] != r["class"]:
                self.bad(f"{r['_path']}.subgroup", f"подгруппа «{r['subgroup']}» из другого класса")

    def _check_timetable(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "valid_from", "valid_to")

    def _check_thematic_plans(self, records) -> None:
        self._unique(records, "тема с этим номером в этом курсе", lambda r: (r["course"], r["position"]))

    def _check_lessons(self, records) -> None:
        self._unique(records, "урок этого курса в этот день с этим номером",
                     lambda r: (r["course"], r["date"], r["number"]))
        courses = self.doc["courses"]
        course_index = self.index["courses"]
        for r in _ok(records):
            c = r["course"]
            if c is not None and r["date"] is not None:
                self._in_year(r, "date", courses[course_index[c]]["academic_year"])

    def _system_of_lesson(self) -> Callable[[str], tuple[str, frozenset[str]] | None]:
        systems = {g["code"]: frozenset(v.get("code") for v in g["values"] if isinstance(v, dict))
                   for g in _ok(self.doc["grading_systems"])}
        courses, lessons = self.doc["courses"], self.doc["lessons"]
        ci, li = self.index["courses"], self.index["lessons"]

        def course_system(course_key: str) -> tuple[str, frozenset[str]] | None:
            code = courses[ci[course_key]]["grading_system"]
            return None if code is None else (code, systems.get(code, frozenset()))

        self._course_system = course_system
        return lambda lesson_key: course_system(lessons[li[lesson_key]]["course"]) \
            if lessons[li[lesson_key]]["course"] is not None else None

    def _check_marks(self, records) -> None:
        system_of = self._system_of_lesson()
        cache: dict[str, tuple[str, frozenset[str]] | None] = {}
        for r in _ok(records):
            lesson, value = r["lesson"], r["value"]
            if lesson is None or value is None:
                continue
            if lesson not in cache:
                cache[lesson] = system_of(lesson)
            system = cache[lesson]
            if system is not None and value not in system[1]:
                self.bad(f"{r['_path']}.value", f"«{value}» нет в системе оценивания «{system[0]}» этого курса")

    def _check_attendance(self, records) -> None:
        self._unique(records, "отметка посещаемости этого ученика на этом уроке", lambda r: (r["lesson"], r["pupil"]))

    def _check_period_marks(self, records) -> None:
        self._unique(records, "итоговая отметка того же вида за тот же период",
                     lambda r: (r["course"], r["pupil"], r["kind"], r["period"] or ""))
        if not hasattr(self, "_course_system"):
            self._system_of_lesson()
        courses, periods = self.doc["courses"], self.doc["periods"]
        ci, pi = self.index["courses"], self.index["periods"]
        for r in _ok(records):
            kind, period = r["kind"], r["period"]
            if kind is PeriodMarkKind.period and period is None:
                self.bad(f"{r['_path']}.period", "у четвертной (полугодовой) отметки нужен период")
            elif kind is not None and kind is not PeriodMarkKind.period and period is not None:
                self.bad(f"{r['_path']}.period", f"у отметки вида {kind.value} периода не бывает")
            if r["course"] is None:
                continue
            if period is not None and periods[pi[period]]["academic_year"] != courses[ci[r["course"]]]["academic_year"]:
                self.bad(f"{r['_path']}.period", f"период «{period}» из другого учебного года, чем курс")
            system = self._course_system(r["course"])
            for name in ("value", "suggested_value"):
                v = r[name]
                if v is not None and system is not None and v not in system[1] and v not in (NOT_ASSESSED, EXEMPT):
                    self.bad(f"{r['_path']}.{name}", f"«{v}» нет в системе оценивания «{system[0]}» этого курса "
                                                      f"(и это не «{NOT_ASSESSED}» или «{EXEMPT}»)")

    def _check_journal_remarks(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "inspected_on", "due_on")


def _ok(records) -> Iterator[dict]:
    return (r for r in records if isinstance(r, dict) and "_path" in r)


def validate(doc: dict) -> list[Problem]:
    """Check a loaded document in place (values become Python values); the problems, at most MAX_PROBLEMS."""
    return _Validator(doc).run()


def _counts(doc: dict) -> dict[str, int]:
    return {s.name: len(doc.get(s.name) or []) if isinstance(doc.get(s.name), list) else 0 for s in SECTIONS}


# --- the JSON Schema ------------------------------------------------------------------------------------

def _field_schema(f: Field) -> dict:
    desc = {"description": f.description} if f.description else {}
    if f.kind in ("key", "ref"):
        out = {"type": "string", "minLength": 1}
        if f.kind == "ref":
            out["description"] = f"id of a record of {f.ref}" + (f"; {f.description}" if f.description else "")
            return out
        return out | desc
    if f.kind == "code":
        return {"type": "string", "minLength": 1, "description": f"code of a record of {f.ref}"}
    if f.kind in ("str", "text"):
        out = {"type": "string"}
        if f.required:
            out["minLength"] = 1
        if f.max_length:
            out["maxLength"] = f.max_length
        return out | desc
    if f.kind == "date":
        return {"type": "string", "format": "date", "pattern": _DATE_RE.pattern} | desc
    if f.kind == "datetime":
        return {"type": "string", "format": "date-time"} | desc
    if f.kind == "time":
        return {"type": "string", "pattern": _TIME_RE.pattern} | desc
    if f.kind == "enum":
        return {"enum": list(f.choices)} | desc
    if f.kind in ("int", "num"):
        out = {"type": "integer" if f.kind == "int" else "number"}
        if f.minimum is not None:
            out["minimum"] = f.minimum if f.kind == "num" else int(f.minimum)
        if f.maximum is not None:
            out["maximum"] = int(f.maximum) if f.kind == "int" else f.maximum
        return out | desc
    if f.kind == "bool":
        return {"type": "boolean"} | desc
    if f.kind == "refs":
        return {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True,
                "description": f"ids of records of {f.ref}" + (f"; {f.description}" if f.description else "")}
    if f.kind == "objects":
        return {"type": "array", "items": _object_schema(f.item)} | desc
    raise AssertionError(f.kind)


def _object_schema(fields: dict[str, Field], description: str = "") -> dict:
    props = {}
    for name, f in fields.items():
        s = _field_schema(f)
        if not f.required and f.kind not in ("refs", "objects", "bool", "key"):
            s = {"anyOf": [s, {"type": "null"}]} if "description" not in s else \
                {"anyOf": [{k: v for k, v in s.items() if k != "description"}, {"type": "null"}],
                 "description": s["description"]}
        if f.default is not None and not f.required:
            s["default"] = f.default.value if isinstance(f.default, enum.Enum) else f.default
        props[name] = s
    out: dict = {"type": "object"}
    if description:
        out["description"] = description
    out |= {"properties": props, "required": [n for n, f in fields.items() if f.required],
            "additionalProperties": False}
    return out


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of the format, generated from SECTIONS."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://ejournal-desktop.example/schema/{FORMAT}-{VERSION}.json",
        "title": "Electronic school journal: exchange file",
        "description": "The school journal as one file (docs/exchange-format.md). Ids are strings unique within "
                       "their section; refs name them. Holds personal data.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "generator": {"type": "string"},
            "school": _object_schema(SCHOOL_FIELDS, "the school (школа)"),
            **{s.name: {"type": "array", "description": s.description,
                        "items": {"$ref": f"#/$defs/{s.name}"}} for s in SECTIONS},
        },
        "required": ["format", "version", "school"],
        "additionalProperties": False,
        "$defs": {s.name: _object_schema(s.fields, s.description) for s in SECTIONS},
    }


def schema_path() -> Path:
    """The shipped schema file (resources/exchange/ejournal-exchange.schema.json)."""
    candidates = [folder / SCHEMA_FILE for folder in resource_dirs("exchange")]
    return next((c for c in candidates if c.is_file()), candidates[0])


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


# --- export ---------------------------------------------------------------------------------------------

def _to_json_value(f: Field, value):
    if value is None:
        return None
    if f.kind == "enum":
        return value.name if f.by_name else value.value
    if f.kind == "date":
        return value.isoformat()
    if f.kind == "datetime":
        return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if f.kind == "time":
        return value.strftime("%H:%M") if value.second == 0 else value.strftime("%H:%M:%S")
    return value


def _column(name: str, f: Field) -> str:
    if f.column:
        return f.column
    return f"{name}_id" if f.kind in ("ref", "code") else name


def build_document(session: Session, *, progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None) -> dict:
    """The whole school as the exchange document (plain JSON values)."""
    conn = session.connection()
    prefix = {s.name: s.prefix for s in SECTIONS}
    codes = {"grading_systems": dict(conn.execute(select(GradingSystem.id, GradingSystem.code)).all()),
             "work_types": dict(conn.execute(select(WorkType.id, WorkType.code)).all())}
    school = conn.execute(select(School.__table__).order_by(School.id).limit(1)).mappings().first() or {}
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "exported_at": _to_json_value(Field("datetime"), utcnow()),
        "generator": f"ejournal-desktop {__version__}",
        "school": {n: school.get(n) or "" for n in SCHOOL_FIELDS},
    }
    subgroup_members: dict[int, list[int]] = defaultdict(list)
    for sg, pupil in conn.execute(select(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)
                                  .order_by(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)):
        subgroup_members[sg].append(pupil)
    course_members: dict[int, list[int]] = defaultdict(list)
    for c, pupil in conn.execute(select(CourseMember.course_id, CourseMember.pupil_id)
                                 .order_by(CourseMember.course_id, CourseMember.pupil_id)):
        course_members[c].append(pupil)
    pupil_guardians: dict[int, list[dict]] = defaultdict(list)
    for pupil, guardian, relation in conn.execute(
            select(PupilGuardian.pupil_id, PupilGuardian.guardian_id, PupilGuardian.relation)
            .order_by(PupilGuardian.pupil_id, PupilGuardian.guardian_id)):
        link = {"guardian": f"{prefix['guardians']}{guardian}"}
        if relation:
            link["relation"] = relation
        pupil_guardians[pupil].append(link)
    values: dict[int, list[dict]] = defaultdict(list)
    value_fields = SECTION_BY_NAME["grading_systems"].fields["values"].item
    for v in conn.execute(select(GradeValue.__table__).order_by(GradeValue.grading_system_id,
                                                                GradeValue.sort_order, GradeValue.id)).mappings():
        values[v["grading_system_id"]].append(
            {n: v[n] for n, f in value_fields.items() if v[n] is not None and v[n] != f.default})

    for number, s in enumerate(SECTIONS):
        if cancel is not None and cancel():
            raise Cancelled("Выгрузка отменена; файл не записан.")
        if progress is not None:
            progress(number, len(SECTIONS) + 1, f"Выгрузка: {s.label.lower()}…")
        table = s.model.__table__
        order = [table.c.sort_order] if "sort_order" in table.c else []
        if s.name == "bells":
            order = [table.c.shift, table.c.lesson_number]
        stmt = select(table).order_by(*order, *table.primary_key.columns)
        # (name, column index, converter, default to omit)
        plan = []
        cols = list(table.columns.keys())
        for name, f in s.fields.items():
            if f.kind in ("refs", "objects"):
                continue
            plan.append((name, cols.index(_column(name, f)), f))
        out = []
        enum_kinds = ("enum", "date", "datetime", "time")
        for row in conn.execute(stmt):
            rec = {}
            for name, i, f in plan:
                v = row[i]
                if v is None or (v == f.default and not f.required):
                    continue
                k = f.kind
                if k == "key":
                    v = f"{s.prefix}{v}" if s.prefix else v  # grading systems and work types: their code
                elif k == "ref":
                    v = f"{prefix[f.ref]}{v}"
                elif k == "code":
                    v = codes[f.ref][v]
                elif k in enum_kinds:
                    v = _to_json_value(f, v)
                elif v == "" and not f.required:
                    continue
                rec[name] = v
            if s.name == "grading_systems":
                rec["values"] = values.get(row.id, [])
            elif s.name == "pupils" and row.id in pupil_guardians:
                rec["guardians"] = pupil_guardians[row.id]
            elif s.name == "subgroups" and row.id in subgroup_members:
                rec["members"] = [f"{prefix['pupils']}{p}" for p in subgroup_members[row.id]]
            elif s.name == "courses" and row.id in course_members:
                rec["members"] = [f"{prefix['pupils']}{p}" for p in course_members[row.id]]
            out.append(rec)
        doc[s.name] = out
    return doc


def _write_json(doc: dict, path: Path, cancel: Callable[[], bool] | None) -> int:
    """One record a line (readable, diffable), written to a temporary file and renamed: a cancelled or
    failed export leaves no file."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            out.write("{\n")
            keys = list(doc)
            for n, key in enumerate(keys):
                value = doc[key]
                end = ",\n" if n < len(keys) - 1 else "\n"
                if isinstance(value, list):
                    if cancel is not None and cancel():
                        raise Cancelled("Выгрузка отменена; файл не записан.")
                    if not value:
                        out.write(f"  {encode(key)}: []{end}")
                        continue
                    out.write(f"  {encode(key)}: [\n    ")
                    out.write(",\n    ".join(map(encode, value)))
                    out.write(f"\n  ]{end}")
                else:
                    out.write(f"  {encode(key)}: {encode(value)}{end}")
            out.write("}\n")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path.stat().st_size


def export_file(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the whole school to `path` as an exchange file (the administrator's `exchange` right)."""
    path = Path(path)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="выгрузка файла обмена")
        doc = build_document(session, progress=progress, cancel=cancel)
        if progress is not None:
            progress(len(SECTIONS), len(SECTIONS) + 1, "Запись файла…")
        try:
            size = _write_json(doc, path, cancel)
        except OSError as exc:
            raise ServiceError(f"Не удалось записать {path}: {exc.strerror or exc}") from None
        counts = _counts(doc)
        audit.record(session, actor.account_id, "export", "exchange", None,
                     new={"file": path.name, "size": size, "format": FORMAT, "version": VERSION, "counts": counts})
    if progress is not None:
        progress(len(SECTIONS) + 1, len(SECTIONS) + 1, "Готово")
    return ExportResult(path, size, counts)


# --- import: planning against the database --------------------------------------------------------------

def _digits(phone: str | None) -> str:
    d = re.sub(r"\D", "", phone or "")
    return "7" + d[1:] if len(d) == 11 and d[0] in "78" else d


def _person_key(section: str, r) -> tuple:
    base = (fold(r["surname"]), fold(r["name"]), fold(r["patronymic"]))
    if section == "pupils":
        return base + (r["birth_date"],)
    if section == "guardians":
        return base + (_digits(r["phone"]),)
    return base


@dataclass
class _Plan:
    new_database: bool
    problems: list[Problem] = field(default_factory=list)
    people: dict[str, dict[str, int]] = field(default_factory=dict)   # section → file key → existing id
    matched: dict[str, int] = field(default_factory=dict)


def _plan(session: Session, doc: dict, *, new_database: bool) -> _Plan:
    """Checks that need the target database; which people are already there."""
    plan = _Plan(new_database)
    if new_database:
        return plan
    conn = session.connection()
    years = set(conn.scalars(select(AcademicYear.start_year)))
    for r in _ok(doc["academic_years"]):
        if r["start_year"] in years:
            y = r["start_year"]
            plan.problems.append(Problem(
                f"{r['_path']}.start_year", f"{y}/{y + 1} учебный год уже есть в этой базе: год загружается только в "
                                           f"базу, где его ещё нет (журналы одного года не объединяются)"))
    systems: dict[str, set[str]] = defaultdict(set)
    for code, value in conn.execute(select(GradingSystem.code, GradeValue.code).join(
            GradeValue, GradeValue.grading_system_id == GradingSystem.id)):
        systems[code].add(value)
    for r in _ok(doc["grading_systems"]):
        if r["code"] in systems:
            for i, v in enumerate(r["values"]):
                if isinstance(v, dict) and v.get("code") not in systems[r["code"]]:
                    plan.problems.append(Problem(
                        f"{r['_path']}.values[{i}].code",
                        f"в системе оценивания «{r['code']}» этой базы нет значения «{v.get('code')}»; "
                        f"системы оценивания при загрузке не меняются"))
    for section, model in (("staff", Staff), ("guardians", Guardian), ("pupils", Pupil)):
        cols = [model.id, model.surname, model.name, model.patronymic]
        if section == "pupils":
            cols.append(Pupil.birth_date)
        if section == "guardians":
            cols.append(Guardian.phone)
        existing: dict[tuple, list[int]] = defaultdict(list)
        for row in conn.execute(select(*cols)):
            existing[_person_key(section, row._mapping)].append(row.id)
        found: dict[str, int] = {}
        for r in _ok(doc[section]):
            ids = existing.get(_person_key(section, r))
            if not ids:
                continue
            if len(ids) > 1:
                plan.problems.append(Problem(r["_path"], f"в базе {len(ids)} человека с теми же ФИО"
                                                         + (" и датой рождения" if section == "pupils" else "")
                                                         + ": неясно, с кем связать; уточните данные в базе"))
                continue
            found[r["id"]] = ids[0]
        plan.people[section] = found
        plan.matched[section] = len(found)
    return plan


def _prepare(path: Path, progress: Progress | None) -> tuple[dict, list[Problem], int, str]:
    if progress is not None:
        progress(0, 100, "Чтение файла…")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"Не удалось прочитать {path}: {exc.strerror or exc}") from None
    sha, size = hashlib.sha256(data).hexdigest(), len(data)
    doc = parse_document(data, path.name)
    del data
    if progress is not None:
        progress(10, 100, "Проверка файла…")
    return doc, validate(doc), size, sha


def _preview_of(path: Path, doc: dict, problems: list[Problem], size: int, plan: _Plan | None,
                new_database: bool) -> ExchangePreview:
    school = doc.get("school") if isinstance(doc.get("school"), dict) else {}
    years = sorted(f"{r['start_year']}/{r['start_year'] + 1}" for r in _ok(doc.get("academic_years") or [])
                   if isinstance(r.get("start_year"), int))
    if plan is not None:
        problems = problems + plan.problems
    return ExchangePreview(path, size, str(school.get("name") or ""), str(doc.get("exported_at") or ""),
                           str(doc.get("generator") or ""), years, _counts(doc), problems[:MAX_PROBLEMS],
                           new_database, plan.matched if plan else {})


def preview(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None) -> ExchangePreview:
    """Read and check a file against this database; writes nothing (but the audit's refusal)."""
    path = Path(path)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="загрузка файла обмена")
        try:
            doc, problems, size, _sha = _prepare(path, progress)
        except ExchangeError as exc:
            return ExchangePreview(path, _size(path), "", "", "", [], {}, exc.problems or [Problem("$", str(exc))])
        plan = _plan(session, doc, new_database=False) if not problems else None
        return _preview_of(path, doc, problems, size, plan, False)


def preview_new(path: str | Path, *, progress: Progress | None = None) -> ExchangePreview:
    """Check a file for a new database (no database, no login)."""
    path = Path(path)
    try:
        doc, problems, size, _sha = _prepare(path, progress)
    except ExchangeError as exc:
        return ExchangePreview(path, _size(path), "", "", "", [], {}, exc.problems or [Problem("$", str(exc))], True)
    return _preview_of(path, doc, problems, size, None, True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _refuse(path: Path, problems: list[Problem]) -> ExchangeError:
    n = len(problems)
    more = " (показаны первые)" if n >= MAX_PROBLEMS else ""
    return ExchangeError(f"Ничего не записано: в файле {path.name} ошибок: {n}{more}.", problems)


# --- import: writing --------------------------------------------------------------------------------------

def _sqlite_datetime(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.timezone.utc).isoformat(" ", "microseconds")[:26]


class _Writer:
    """Rows go in with ids given here (the tables' max id + 1), through the driver's executemany on SQLite
    (SQLAlchemy's per-row processing would cost more than SQLite itself for 300 000 marks)."""

    def __init__(self, session: Session, actor: Actor, cancel: Callable[[], bool] | None):
        self.session, self.actor, self.cancel = session, actor, cancel
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.now = utcnow()
        self.audit: list[tuple[str, list[str], list[tuple]]] = []  # (table, columns, stored values)
        self.next_ids: dict[str, int] = {}

    def ids(self, model, count: int) -> int:
        table = model.__tablename__
        if table not in self.next_ids:
            self.next_ids[table] = (self.conn.scalar(select(func.max(model.id))) or 0) + 1
        first = self.next_ids[table]
        self.next_ids[table] += count
        return first

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Загрузка отменена; база не изменена.")

    @staticmethod
    def _stored(table, rows: list[dict]) -> tuple[list[str], list[tuple]]:
        """The rows as SQLAlchemy stores them in SQLite: enums as values, dates as ISO text, booleans as 0/1."""
        names, convert = [], []
        for c in table.columns:
            names.append(c.name)
            if isinstance(c.type, UTCDateTime):
                convert.append(_sqlite_datetime)
            elif isinstance(c.type, SAEnum):
                convert.append(lambda v: None if v is None else v.value)
            elif isinstance(c.type, Date):
                convert.append(lambda v: None if v is None else v.isoformat())
            elif isinstance(c.type, Boolean):
                convert.append(lambda v: None if v is None else int(v))
            else:
                convert.append(None)
        conv = [(i, f) for i, f in enumerate(convert) if f is not None]
        # A column the file's format does not carry (added by a later schema: a class's shift, a holiday's
        # kind) takes its declared default, not NULL.
        defaults = [c.default.arg if c.default is not None and c.default.is_scalar else None for c in table.columns]
        data = []
        for r in rows:
            values = [r[n] if n in r else d for n, d in zip(names, defaults)]
            for i, f in conv:
                values[i] = f(values[i])
            data.append(tuple(values))
        return names, data

    def insert(self, model, rows: list[dict], *, audited: bool = True) -> None:
        if not rows:
            return
        table = model.__table__
        has_time = any(isinstance(c.type, Time) for c in table.columns)
        names, data = self._stored(table, rows) if not has_time else ([], [])
        if self.sqlite and not has_time:
            sql = (f"INSERT INTO {table.name} ({', '.join(chr(34) + n + chr(34) for n in names)}) "
                   f"VALUES ({', '.join('?' for _ in names)})")
            self.conn.exec_driver_sql(sql, data)
        else:
            for i in range(0, len(rows), 10000):
                self.conn.execute(insert(table), rows[i:i + 10000])
        if audited and "id" in table.c and names:
            self.audit.append((str(table.name), names, data))

    _NOT_AUDITED = frozenset({"id", "created_by", "created_at", "decided_by", "decided_at", "recorded_by",
                              "recorded_at", "fixed_by", "updated_at"})

    def write_audit(self, summary: dict) -> int:
        """The import's own entry, then one `import` entry per created row (its stored values), chained as
        `audit.record` chains them (the first is checked against `audit.entry_hash` itself)."""
        audit.record(self.session, self.actor.account_id, "import", "exchange", None, new=summary, at=self.now)
        prev = audit.last_hash(self.session)
        total = sum(len(data) for _t, _n, data in self.audit)
        first = self.ids(AuditEntry, total)
        to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
        quote = json.encoder.encode_basestring  # json.dumps(..., ensure_ascii=False) of one string
        sha256 = hashlib.sha256
        at = self.now
        at_utc = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
        at_stored = _sqlite_datetime(at) if self.sqlite else at
        account = self.actor.account_id
        head = f'", "{at_utc}", {json.dumps(account)}, "import", '
        rows = []
        n = first
        for entity, names, data in self.audit:
            keep = sorted((name, i) for i, name in enumerate(names) if name not in self._NOT_AUDITED)
            id_at = names.index("id")
            prefix = head + f'"{entity}", '
            for t in data:
                new_s = to_json({name: t[i] for name, i in keep if t[i] is not None and t[i] != ""})
                entity_id = t[id_at]
                h = sha256(f'["{prev}{prefix}{entity_id}, null, {quote(new_s)}]'.encode("utf-8")).hexdigest()
                rows.append((n, at_stored, account, "import", entity, entity_id, None, new_s, prev, h))
                prev = h
                n += 1
        if rows:
            r = rows[0]
            assert r[9] == audit.entry_hash(r[8], at, account, "import", r[4], r[5], None, r[7]), \
                "the import's audit chain differs from audit.record's"
        columns = ["id", "at", "account_id", "action", "entity", "entity_id", "old", "new", "prev_hash", "hash"]
        if self.sqlite:
            self.conn.exec_driver_sql(
                f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows)
        else:
            for i in range(0, len(rows), 10000):
                self.conn.execute(insert(AuditEntry.__table__), [dict(zip(columns, r)) for r in rows[i:i + 10000]])
        if self.conn.dialect.name == "postgresql":  # ids were given here: move the server's sequences past them
            for table in self.next_ids:
                self.conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                          f"(SELECT coalesce(max(id), 1) FROM {table}))")
        return len(rows) + 1


def _row(section: Section, rec: dict, ids: dict[str, dict[str, int]], codes: dict[str, dict[str, int]]) -> dict:
    row = {}
    for name, f in section.fields.items():
        if f.kind in ("key", "refs", "objects"):
            continue
        v = rec[name]
        if f.kind == "ref":
            v = None if v is None else ids[f.ref][v]
        elif f.kind == "code":
            v = codes[f.ref][v]
        elif v is None and f.default is not None:
            v = f.default
        row[_column(name, f)] = v
    return row


def _write(session: Session, actor: Actor, doc: dict, plan: _Plan, *, progress: Progress | None,
           cancel: Callable[[], bool] | None, source: dict) -> tuple[dict[str, int], int]:
    w = _Writer(session, actor, cancel)
    conn = w.conn
    ids: dict[str, dict[str, int]] = {s.name: {} for s in SECTIONS}
    codes: dict[str, dict[str, int]] = {}
    created: Counter[str] = Counter()
    new_db = plan.new_database
    total = len(SECTIONS) + 2

    def step(n: int, text: str) -> None:
        w.check_cancel()
        if progress is not None:
            progress(20 + 75 * n // total, 100, text)

    # the school: a new database takes the file's; an existing one keeps its own
    if new_db:
        school = doc["school"]
        sid = conn.scalar(select(School.id).order_by(School.id).limit(1))
        values = {n: school[n] if school[n] is not None else "" for n in SCHOOL_FIELDS}
        if sid is None:
            session.add(School(**values))
        else:
            row = session.get(School, sid)
            for n, v in values.items():
                setattr(row, n, v)
        session.flush()

    # reference data: by code (grading systems, work types), by name (subjects), by number (bells)
    step(0, "Запись: справочники…")
    existing = {gs.code: gs for gs in session.scalars(select(GradingSystem))}
    for r in _ok(doc["grading_systems"]):
        gs = existing.get(r["code"])
        values = [GradeValue(code=v["code"], label=v["label"], points=v["points"], passing=v["passing"],
                             quality=v["quality"], sort_order=i) for i, v in enumerate(r["values"])]
        if gs is None:
            gs = GradingSystem(code=r["code"], name=r["name"], kind=r["kind"])
            gs.values = values
            session.add(gs)
            created["grading_systems"] += 1
        elif new_db:
            gs.name, gs.kind = r["name"], r["kind"]
            gs.values.clear()
            session.flush()
            gs.values.extend(values)
    session.flush()
    codes["grading_systems"] = dict(conn.execute(select(GradingSystem.code, GradingSystem.id)).all())

    existing_wt = {wt.code: wt for wt in session.scalars(select(WorkType))}
    for order, r in enumerate(_ok(doc["work_types"])):
        values = {"name": r["name"], "weight": r["weight"], "color": r["color"], "entry_days": r["entry_days"],
                  "is_default": r["is_default"], "sort_order": order}
        wt = existing_wt.get(r["code"])
        if wt is None:
            session.add(WorkType(code=r["code"], **values))
            created["work_types"] += 1
        elif new_db:
            for k, v in values.items():
                setattr(wt, k, v)
    session.flush()
    codes["work_types"] = dict(conn.execute(select(WorkType.code, WorkType.id)).all())

    existing_subjects = {s.name: s for s in session.scalars(select(Subject))}
    for order, r in enumerate(_ok(doc["subjects"]), start=1):
        subject = existing_subjects.get(r["name"])
        if subject is None:
            subject = Subject(name=r["name"], short_name=r["short_name"] or r["name"][:50], sort_order=order * 10)
            session.add(subject)
            session.flush()
            created["subjects"] += 1
        elif new_db:
            subject.short_name, subject.sort_order = r["short_name"] or subject.short_name, order * 10
        ids["subjects"][r["id"]] = subject.id

    bells = list(_ok(doc["bells"]))
    if new_db and bells:
        conn.execute(delete(BellSchedule))
    have = set() if new_db else set(conn.execute(select(BellSchedule.shift, BellSchedule.lesson_number)).all())
    bell_rows = [{"shift": r["shift"], "lesson_number": r["lesson_number"], "starts_at": r["starts_at"],
                  "ends_at": r["ends_at"]} for r in bells if (r["shift"], r["lesson_number"]) not in have]
    if bell_rows:
        conn.execute(insert(BellSchedule), bell_rows)
    created["bells"] = len(bell_rows)

    # people, years and the journal: ids given here
    for n, s in enumerate(SECTIONS[4:], start=1):
        step(n, f"Запись: {s.label.lower()}…")
        records = list(_ok(doc[s.name]))
        matched = plan.people.get(s.name, {})
        if matched:
            ids[s.name].update(matched)
            records = [r for r in records if r["id"] not in matched]
        if s.name == "consents" and not new_db:  # a consent of a linked person may be there already
            have = set(conn.execute(select(Consent.pupil_id, Consent.guardian_id, Consent.staff_id,
                                           Consent.given_on, Consent.document)).all())
            records = [r for r in records if tuple(
                None if r[n] is None else ids[sec][r[n]] for n, sec in
                (("pupil", "pupils"), ("guardian", "guardians"), ("staff", "staff"))) + (r["given_on"], r["document"])
                not in have]
        first = w.ids(s.model, len(records)) if "id" in s.model.__table__.c else 0
        rows = []
        key = s.key
        for i, r in enumerate(records):
            row = _row(s, r, ids, codes)
            if first:
                row["id"] = first + i
                if key is not None:
                    ids[s.name][r[key]] = first + i
            rows.append(row)
        _complete(s.name, rows, records, w)
        w.insert(s.model, rows)
        created[s.name] = len(rows)
        # the lists inside records
        if s.name == "pupils":
            have_links = set()
            if matched:
                have_links = set(conn.execute(select(PupilGuardian.pupil_id, PupilGuardian.guardian_id)
                                              .where(PupilGuardian.pupil_id.in_(list(matched.values())))).all())
            links = []
            for r in _ok(doc["pupils"]):
                pid = ids["pupils"][r["id"]]
                for g in r["guardians"]:
                    pair = (pid, ids["guardians"][g["guardian"]])
                    if pair not in have_links:
                        have_links.add(pair)
                        links.append({"pupil_id": pair[0], "guardian_id": pair[1], "relation": g["relation"] or ""})
            w.insert(PupilGuardian, links)
        elif s.name == "subgroups":
            w.insert(SubgroupMember, [{"subgroup_id": ids["subgroups"][r["id"]], "pupil_id": ids["pupils"][p]}
                                      for r in records for p in r["members"]])
        elif s.name == "courses":
            w.insert(CourseMember, [{"course_id": ids["courses"][r["id"]], "pupil_id": ids["pupils"][p]}
                                    for r in records for p in r["members"]])
    step(total - 1, "Запись журнала действий…")
    counts = {k: v for k, v in created.items()}
    entries = w.write_audit({**source, "created": counts, "matched": plan.matched,
                             "new_database": new_db})
    w.check_cancel()
    return counts, entries


def _complete(section: str, rows: list[dict], records: list[dict], w: _Writer) -> None:
    """Columns the file does not carry: who entered a row (the importing administrator) and when."""
    account, now = w.actor.account_id, w.now
    if section in ("marks", "attendance", "period_marks"):
        for row in rows:
            row["created_by"] = account
            if row.get("created_at") is None:
                row["created_at"] = now
            if section == "marks":
                row["updated_at"] = None
    elif section == "consents":
        for row in rows:
            row["recorded_by"], row["recorded_at"] = account, now
    elif section == "year_decisions":
        for row in rows:
            row["decided_by"], row["decided_at"] = account, now
    elif section == "journal_remarks":
        for row in rows:
            row["created_by"], row["created_at"] = account, now
            row["fixed_by"] = account if row.get("fixed_at") is not None else None


def import_file(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Load an exchange file into this database (the administrator's `exchange` right): everything is
    checked first, then written in one transaction with its audit entries; ExchangeError lists the problems
    when anything is wrong, and nothing is written."""
    path = Path(path)
    started = time.perf_counter()
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="загрузка файла обмена")
        doc, problems, _size_, sha = _prepare(path, progress)
        if problems:
            raise _refuse(path, problems)
        plan = _plan(session, doc, new_database=False)
        if plan.problems:
            raise _refuse(path, plan.problems)
        created, entries = _write(session, actor, doc, plan, progress=progress, cancel=cancel,
                                  source={"file": path.name, "sha256": sha})
    if progress is not None:
        progress(100, 100, "Готово")
    return ImportResult(path, _years(doc), created, plan.matched, entries, seconds=time.perf_counter() - started)


def _years(doc: dict) -> list[str]:
    return sorted(f"{r['start_year']}/{r['start_year'] + 1}" for r in _ok(doc["academic_years"]))


def import_into_new(db_path: str | Path, path: str | Path, *, admin_login: str, admin_password: str,
                    progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Create a new school database at `db_path` from an exchange file, with its administrator's account
    (no login is needed: there is nobody yet). The file is checked before the database is created; when
    anything fails afterwards, the new file is removed."""
    from . import accounts, files
    db_path, path = Path(db_path), Path(path)
    started = time.perf_counter()
    if db_path.exists():
        raise ServiceError(f"Файл {db_path} уже существует: новая база создаётся только в новом файле.")
    doc, problems, _size_, sha = _prepare(path, progress)
    if problems:
        raise _refuse(path, problems)
    school = doc["school"]
    db = files.create_school(db_path, school_name=school["name"], short_name=school["short_name"],
                             admin_login=admin_login, admin_password=admin_password)
    try:
        actor = accounts.authenticate(db, admin_login, admin_password)
        with guard.unit(db, actor) as session:
            guard.require(actor, Action.exchange, detail="загрузка файла обмена")
            plan = _plan(session, doc, new_database=True)
            created, entries = _write(session, actor, doc, plan, progress=progress, cancel=cancel,
                                      source={"file": path.name, "sha256": sha})
    except BaseException:
        db.close()
        for leftover in db_path.parent.glob(db_path.name + "*"):
            leftover.unlink()
        raise
    db.close()
    if progress is not None:
        progress(100, 100, "Готово")
    return ImportResult(path, _years(doc), created, {}, entries, database=db_path,
                        seconds=time.perf_counter() - started)
