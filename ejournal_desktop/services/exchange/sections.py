"""The exchange format itself: its sections and fields (one declaration from which the JSON Schema, the
validation, the export and the import all follow), and the problems and results a check or an import reports."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.attendance import AttendanceCode
from ...domain.calendar import PeriodKind
from ...domain.sizes import file_size
from ...paths import resource_dirs
from ...storage.models import (
    AcademicYear,
    Attendance,
    BellSchedule,
    CertificateKind,
    Consent,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentEvent,
    GradeValue,
    GradingKind,
    GraduationCertificate,
    GradingSystem,
    Guardian,
    Holiday,
    JournalRemark,
    Lesson,
    Mark,
    MovedDay,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    PupilGuardian,
    School,
    SchoolClass,
    Sex,
    ShortDay,
    Staff,
    Subgroup,
    Subject,
    ThematicPlanItem,
    TimetableEntry,
    WorkType,
    YearDecision,
    YearDecisionKind,
    YearStatus,
)
from ..errors import ServiceError

FORMAT = "ejournal-exchange"


VERSION = 1


MAX_PROBLEMS = 200


SCHEMA_FILE = "ejournal-exchange.schema.json"


Progress = Callable[[int, int, str], None]


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
        "snils": STR(Pupil, "snils", description="СНИЛС «123-456-789 01» (personal data)"),
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
        "start": DATE(description="the year's first day; absent: 1 September"),
        "end": DATE(description="the year's last day; absent: 31 August"),
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
        "kind": STR(Holiday, "kind", default="holiday",
                    description="holiday (каникулы) or day_off (an extra day off, выходной день)"),
    }, description="holidays (каникулы) and extra days off"),
    Section("moved_days", "Переносы рабочих дней", MovedDay, {
        "academic_year": REF("academic_years", required=True),
        "day_off": DATE(required=True, description="the day with no lessons"),
        "working_day": DATE(required=True, description="the day that works instead"),
        "works_as": INT(minimum=0, maximum=5, description="whose timetable the working day follows: 0 Monday … 5 Saturday"),
        "decree": STR(MovedDay, "decree", description="постановление Правительства РФ № …"),
    }, description="working days moved by a government decree (перенос рабочего дня)"),
    Section("short_days", "Сокращённые дни", ShortDay, {
        "academic_year": REF("academic_years", required=True), "date": DATE(required=True),
        "lesson_minutes": INT(minimum=10, maximum=45, description="the length of a lesson that day"),
        "reason": STR(ShortDay, "reason"),
    }, description="short days (сокращённый день): shorter lessons, the same breaks"),
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
    Section("graduation_certificates", "Аттестаты выпускников", GraduationCertificate, {
        "pupil": REF("pupils", required=True), "academic_year": REF("academic_years", required=True,
                                                                   description="the year it was issued at the end of"),
        "kind": ENUM(CertificateKind, description="basic: об основном общем (9 класс); secondary: о среднем общем (11)"),
        "series": STR(GraduationCertificate, "series", description="серия бланка (may be empty)"),
        "number": STR(GraduationCertificate, "number", required=True, description="номер бланка: digits"),
        "registration_number": STR(GraduationCertificate, "registration_number", required=True,
                                   description="регистрационный номер в книге выдачи"),
        "issued_on": DATE(required=True, description="дата выдачи"),
        "with_honours": BOOL(False, "с отличием"),
    }, description="graduates' certificates (аттестат) as they go to ФИС ФРДО (personal data)"),
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


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


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
            out["pattern"] = r"\S"  # not only spaces
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
