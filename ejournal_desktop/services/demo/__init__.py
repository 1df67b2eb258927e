"""The demo school: an invented Russian school with a year of journal entries up to `today`.

Everything comes from ``random.Random(seed)`` and ``today``: two runs with the same arguments write
identical rows (ids, timestamps, hashes). The school is written as if it had been entered through the
program: each mark, absence, topic, period mark and enrollment has its audit-log entry, by the
teacher or secretary who entered it, at the time it was entered (the lesson's afternoon).

Bulk rows go through SQLAlchemy Core ``insert()`` with lists of dicts (executemany) with ids assigned
here, in the caller's single transaction: the large school (44 classes, ~1,100 pupils) takes seconds,
not minutes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, func, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.calendar import Holiday as CalHoliday
from ...domain.calendar import PeriodKind as CalPeriodKind
from ...domain.calendar import academic_year_of, default_holidays, default_periods, lesson_dates
from ...domain.grading import FIVE_POINT
from ...domain.names import person_sort_key, short_name
from ...domain.roles import Role
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    AccountRole,
    Attendance,
    AttendanceCode,
    AuditEntry,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    Guardian,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodKind,
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
    TimetableEntry,
    UTCDateTime,
    YearStatus,
)
from ..access import audit
from ..access.accounts import hash_password, write_staff_slots
from ..journal import payloads
from ..people.list_numbers import number_new_stays
from ..school.reference import WORK_TYPES, install_reference_data
from . import data as names

__all__ = ["DEMO_PASSWORD", "SIZES", "DemoReport", "generate", "login_letter"]

DEMO_PASSWORD = "demo"

# size → classes as (grade, letter)
SIZES: dict[str, tuple[tuple[int, str], ...]] = {
    "small": ((2, "А"), (5, "А"), (10, "А")),
    "school": tuple((g, letter) for g in range(1, 12) for letter in "АБ"),
    "large": tuple((g, letter) for g in range(1, 12) for letter in "АБВГ"),
}
_PUPILS_PER_CLASS = {"small": (24, 26), "school": (22, 28), "large": (22, 28)}
_MOVEMENTS = {"small": (1, 1, 0), "school": (3, 3, 1), "large": (6, 6, 2)}  # arrivals, departures, transfers

_LETTERS_LATIN = {"А": "a", "Б": "b", "В": "v", "Г": "g", "Д": "d", "Е": "e"}

# Moscow time, where the demo school is: UTC+3 all year.
_LOCAL = dt.timezone(dt.timedelta(hours=3))

# --- the curriculum (5-day ФОП plans; grades 10-11 universal profile on a six-day week) -------------

_PRIMARY = "primary"  # taught by the class's own primary-school teacher

# subject → teacher specialty for grades 5-11 (primary: see _PRIMARY_SPECIALTY)
_SPECIALTY = {
    "Русский язык": "russian", "Литература": "russian", "Индивидуальный проект": "russian",
    "Математика": "math", "Алгебра": "math", "Алгебра и начала математического анализа": "math",
    "Геометрия": "math", "Вероятность и статистика": "math",
    "Английский язык": "english", "Информатика": "informatics",
    "История": "history", "Обществознание": "history",
    "Основы духовно-нравственной культуры народов России": "history",
    "География": "geography", "Биология": "biology", "Химия": "chemistry", "Физика": "physics",
    "Музыка": "music", "Изобразительное искусство": "art", "Технология": "technology",
    "Основы безопасности и защиты Родины": "obzr", "Физическая культура": "pe",
}
_PRIMARY_SPECIALTY = {"Английский язык": "english", "Музыка": "music", "Физическая культура": "pe"}
# A specialty with too few hours in a small school is merged into its partner.
_PARTNER = {"chemistry": "biology", "geography": "biology", "biology": "chemistry",
            "informatics": "math", "physics": "math", "art": "music", "music": "art",
            "technology": "art", "obzr": "pe"}
_POSITION = {
    "russian": "русского языка и литературы", "math": "математики", "english": "английского языка",
    "informatics": "информатики", "history": "истории и обществознания", "geography": "географии",
    "biology": "биологии", "chemistry": "химии", "physics": "физики", "music": "музыки",
    "art": "изобразительного искусства", "technology": "технологии", "obzr": "ОБЗР",
    "pe": "физической культуры",
}
_SPECIALTY_ORDER = ("russian", "math", "english", "informatics", "history", "geography", "biology",
                    "chemistry", "physics", "music", "art", "technology", "obzr", "pe")

_PLAN_1 = (("Русский язык", 5), ("Литературное чтение", 4), ("Математика", 4), ("Окружающий мир", 2),
           ("Музыка", 1), ("Изобразительное искусство", 1), ("Технология", 1), ("Физическая культура", 2))
_PLAN_23 = (("Русский язык", 5), ("Литературное чтение", 4), ("Английский язык", 2), ("Математика", 4),
            ("Окружающий мир", 2), ("Музыка", 1), ("Изобразительное искусство", 1), ("Технология", 1),
            ("Физическая культура", 2))
_PLAN_4 = (("Русский язык", 5), ("Литературное чтение", 3), ("Английский язык", 2), ("Математика", 4),
           ("Окружающий мир", 2), ("Основы религиозных культур и светской этики", 1), ("Музыка", 1),
           ("Изобразительное искусство", 1), ("Технология", 1), ("Физическая культура", 2))
_PLANS: dict[int, tuple[tuple[str, int], ...]] = {
    1: _PLAN_1, 2: _PLAN_23, 3: _PLAN_23, 4: _PLAN_4,
    5: (("Русский язык", 5), ("Литература", 3), ("Английский язык", 3), ("Математика", 5), ("История", 2),
        ("География", 1), ("Биология", 1), ("Основы духовно-нравственной культуры народов России", 1),
        ("Музыка", 1), ("Изобразительное искусство", 1), ("Технология", 2), ("Физическая культура", 2)),
    6: (("Русский язык", 6), ("Литература", 3), ("Английский язык", 3), ("Математика", 5), ("История", 2),
        ("Обществознание", 1), ("География", 1), ("Биология", 1),
        ("Основы духовно-нравственной культуры народов России", 1), ("Музыка", 1),
        ("Изобразительное искусство", 1), ("Технология", 2), ("Физическая культура", 2)),
    7: (("Русский язык", 4), ("Литература", 2), ("Английский язык", 3), ("Алгебра", 3), ("Геометрия", 2),
        ("Вероятность и статистика", 1), ("Информатика", 1), ("История", 2), ("Обществознание", 1),
        ("География", 2), ("Биология", 1), ("Физика", 2), ("Музыка", 1), ("Изобразительное искусство", 1),
        ("Технология", 2), ("Физическая культура", 2)),
    8: (("Русский язык", 3), ("Литература", 2), ("Английский язык", 3), ("Алгебра", 3), ("Геометрия", 2),
        ("Вероятность и статистика", 1), ("Информатика", 1), ("История", 2), ("Обществознание", 1),
        ("География", 2), ("Биология", 2), ("Физика", 2), ("Химия", 2), ("Музыка", 1), ("Технология", 1),
        ("Основы безопасности и защиты Родины", 1), ("Физическая культура", 2)),
    9: (("Русский язык", 3), ("Литература", 3), ("Английский язык", 3), ("Алгебра", 3), ("Геометрия", 2),
        ("Вероятность и статистика", 1), ("Информатика", 1), ("История", 2), ("Обществознание", 1),
        ("География", 2), ("Биология", 2), ("Физика", 3), ("Химия", 2), ("Технология", 1),
        ("Основы безопасности и защиты Родины", 1), ("Физическая культура", 2)),
}
_PLAN_SENIOR = (("Русский язык", 2), ("Литература", 3), ("Английский язык", 3),
                ("Алгебра и начала математического анализа", 3), ("Геометрия", 2),
                ("Вероятность и статистика", 1), ("Информатика", 1), ("История", 2), ("Обществознание", 2),
                ("География", 1), ("Биология", 1), ("Физика", 2), ("Химия", 1),
                ("Основы безопасности и защиты Родины", 1), ("Физическая культура", 2))
_PLANS[10] = (*_PLAN_SENIOR, ("Индивидуальный проект", 1))
_PLANS[11] = _PLAN_SENIOR

_PASS_FAIL_SUBJECTS = {"Основы религиозных культур и светской этики",
                       "Основы духовно-нравственной культуры народов России"}
_NO_HOMEWORK = {"Физическая культура", "Музыка", "Изобразительное искусство", "Технология",
                "Основы безопасности и защиты Родины", "Внеурочная деятельность"}
_WRITTEN_WORK = {  # subject → work-type codes of its "every few weeks" works, in turn
    "Русский язык": ("dictation", "control"),
    "Литература": ("essay", "check"),
    "Литературное чтение": ("check",),
    "Математика": ("control",), "Алгебра": ("control",), "Геометрия": ("control",),
    "Алгебра и начала математического анализа": ("control",),
    "Физика": ("practical", "control"), "Химия": ("practical", "control"), "Биология": ("practical", "check"),
    "Информатика": ("practical", "control"), "Английский язык": ("check", "control"),
    "Физическая культура": ("practical",),
}


def _weekdays(grade: int) -> tuple[int, ...]:
    return (0, 1, 2, 3, 4, 5) if grade >= 10 else (0, 1, 2, 3, 4)


def _max_per_day(grade: int) -> int:
    return 5 if grade == 1 else 6 if grade <= 4 else 7


def login_letter(letter: str) -> str:
    """The Latin letter of a class in logins: А→a, Б→b, В→v, Г→g."""
    return _LETTERS_LATIN.get(letter.upper(), names.translit(letter))


@dataclass
class DemoReport:
    size: str
    seed: int
    today: dt.date
    academic_year: str
    classes: int = 0
    pupils: int = 0
    guardians: int = 0
    teachers: int = 0
    courses: int = 0
    lessons: int = 0
    marks: int = 0
    attendance: int = 0
    period_marks: int = 0
    accounts: int = 0
    audit_entries: int = 0
    account_list: list[tuple[str, str]] = field(default_factory=list)  # (login, description)

    def summary(self) -> str:
        return (f"Демонстрационная школа ({self.size}), {self.academic_year} учебный год, "
                f"на {self.today:%d.%m.%Y}: классов {self.classes}, учеников {self.pupils}, "
                f"учителей {self.teachers}, уроков {self.lessons}, отметок {self.marks}, "
                f"пропусков {self.attendance}, отметок за периоды {self.period_marks}, "
                f"учётных записей {self.accounts}. Пароль всех учётных записей: «{DEMO_PASSWORD}».")


def generate(db: Database, size: str, seed: int = 1, today: dt.date | None = None) -> DemoReport:
    """Fill an empty journal database with the demo school, in one transaction."""
    if size not in SIZES:
        raise ValueError(f"Неизвестный размер демонстрационной школы «{size}»: "
                         f"допустимы {', '.join(SIZES)}")
    if today is None:
        today = dt.date.today()
    with db.write_session() as session, session.begin():
        if session.scalar(select(func.count()).select_from(School)):
            raise ValueError("В базе уже есть школа: демонстрационные данные создаются только в новой базе.")
        report = _Builder(session, size, seed, today).build()
        staff_logins = list(session.scalars(select(Account.login).where(Account.staff_id.is_not(None))))
    # Staff log in anywhere with `demo`, as in a school: their slots unwrap the database key.
    write_staff_slots(db, staff_logins, DEMO_PASSWORD)
    return report


def _sqlite_datetime(value: dt.datetime | None) -> str | None:
    # UTCDateTime stores naive UTC; SQLAlchemy's SQLite DATETIME text always has microseconds.
    if value is None:
        return None
    return value.astimezone(dt.timezone.utc).isoformat(" ", "microseconds")[:26]


def _enum_value(value: enum.Enum | None):
    return None if value is None else value.value


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _int(value: bool | None) -> int | None:
    return None if value is None else int(value)


# --- the builder ---------------------------------------------------------------------------------

@dataclass
class _Person:
    surname: str
    name: str
    patronymic: str
    sex: Sex


@dataclass
class _Family:
    surname: str                      # masculine form
    father: _Person
    mother: _Person | None
    father_is_guardian: bool
    mother_first: bool
    address: str
    guardian_ids: list[int] = field(default_factory=list)  # in order: first guardian first
    relations: list[str] = field(default_factory=list)


@dataclass
class _PupilInfo:
    id: int
    person: _Person
    family: _Family
    class_idx: int
    ability: float
    arrived: dt.date
    departed: dt.date | None = None  # first day no longer in the school
    current_ci: int | None = None      # the class at the end (after a transfer)
    subject_bias: dict[str, float] = field(default_factory=dict)


@dataclass
class _CourseInfo:
    id: int
    subject: str
    class_idx: int | None
    teacher: int                       # staff index in self.staff
    hours: int
    kind: CourseKind = CourseKind.lesson
    subgroup: int | None = None        # subgroup row id
    group_no: int = 0
    members: list[int] | None = None   # pupil ids for club/elective/extended day
    pass_fail: bool = False
    has_marks: bool = True
    name: str = ""
    room: str = ""
    slots: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _StaffInfo:
    id: int
    person: _Person
    position: str
    specialty: str = ""
    room: str = ""
    hours: int = 0
    account_id: int | None = None
    class_idx: int | None = None       # the class of which this is the class teacher


class _Builder:
    def __init__(self, session: Session, size: str, seed: int, today: dt.date):
        self.session = session
        self.conn = session.connection()
        self.size = size
        self.rng = random.Random(seed)
        self.today = today
        self.start_year = academic_year_of(today)
        self.report = DemoReport(size=size, seed=seed, today=today,
                                 academic_year=f"{self.start_year}/{self.start_year + 1}")
        self.events: list[tuple] = []  # (at, seq, account_id, action, entity, entity_id, new)
        self.seq = 0
        self.next_id: dict[str, int] = {}

    # ids and audit --------------------------------------------------------------------------------

    def _ids(self, model, count: int = 1) -> int:
        """First of ``count`` fresh ids of a table."""
        table = model.__tablename__
        if table not in self.next_id:
            self.next_id[table] = (self.session.scalar(select(func.max(model.id))) or 0) + 1
        first = self.next_id[table]
        self.next_id[table] += count
        return first

    def _event(self, at: dt.datetime, account_id: int | None, action: str, entity: str,
               entity_id: int | None, new, old=None) -> None:
        self.seq += 1
        self.events.append((at, self.seq, account_id, action, entity, entity_id, old, new))

    def _insert(self, model, rows: list[dict]) -> None:
        if not rows:
            return
        if self.conn.dialect.name == "sqlite" and len(rows) > 5000:
            self._insert_raw(model, rows)
            return
        for i in range(0, len(rows), 20000):
            self.conn.execute(insert(model.__table__), rows[i:i + 20000])

    def _insert_raw(self, model, rows: list[dict]) -> None:
        """executemany on the driver, values formatted as SQLAlchemy stores them in SQLite.

        SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself for the
        hundreds of thousands of marks and audit entries of the large school.
        """
        table = model.__table__
        names_ = [c.name for c in table.columns]
        convert = []
        for c in table.columns:
            if isinstance(c.type, UTCDateTime):
                convert.append(_sqlite_datetime)
            elif isinstance(c.type, SAEnum):
                convert.append(_enum_value)
            elif isinstance(c.type, Date):
                convert.append(_iso)
            elif isinstance(c.type, Boolean):
                convert.append(_int)
            else:
                convert.append(None)
        pairs = list(zip(names_, convert, strict=True))
        if all(f is None for f in convert):
            data = [tuple(r[n] for n in names_) for r in rows]
        else:
            data = [tuple(r[n] if f is None else f(r[n]) for n, f in pairs) for r in rows]
        sql = (f"INSERT INTO {table.name} ({', '.join(chr(34) + n + chr(34) for n in names_)}) "
               f"VALUES ({', '.join('?' for _ in names_)})")
        self.conn.exec_driver_sql(sql, data)

    @staticmethod
    def _at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
        local = dt.datetime(day.year, day.month, day.day, hour, 0, 0, tzinfo=_LOCAL)
        return (local + dt.timedelta(minutes=minute, seconds=second)).astimezone(dt.timezone.utc)

    # people -----------------------------------------------------------------------------------------

    def _man(self, surname: str, rng_names=names.MEN) -> _Person:
        rng = self.rng
        return _Person(surname, rng.choice(rng_names), names.MALE_NAMES[rng.choice(names.MEN)][0], Sex.male)

    def _woman(self, surname: str, rng_names=names.WOMEN) -> _Person:
        rng = self.rng
        return _Person(names.feminine_surname(surname), rng.choice(rng_names),
                       names.MALE_NAMES[rng.choice(names.MEN)][1], Sex.female)

    def _address(self) -> str:
        rng = self.rng
        street = rng.choice(names.STREETS)
        house = rng.randint(1, 60)
        if rng.random() < 0.2:
            return f"{names.CITY}, {street}, д. {house}"
        return f"{names.CITY}, {street}, д. {house}, кв. {rng.randint(1, 120)}"

    def _phone(self) -> str:
        r = self.rng
        return f"+7 9{r.randint(0, 99):02d} {r.randint(100, 999)}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"

    def _email(self, p: _Person) -> str:
        return f"{names.translit(p.name)}.{names.translit(p.surname)}{self.rng.randint(1, 99)}@example.org"

    # the build --------------------------------------------------------------------------------------

    def build(self) -> DemoReport:
        self.ref = install_reference_data(self.session)
        self.subject_ids = self.ref.subjects
        self.wt_ids = self.ref.work_types
        self.wt_weight = {w.code: w.weight for w in WORK_TYPES}
        self.wt_name = {w.code: w.name for w in WORK_TYPES}
        self.wt_days = {w.code: w.entry_days for w in WORK_TYPES}
        self.setup_day = dt.date(self.start_year, 8, 28)

        self._school_and_year()
        self._classes_and_pupils()
        self._staff_and_courses()
        self._timetable()
        self._rows_people()
        self._movements()
        self._accounts()
        self._enrollments()
        self._lessons_and_marks()
        self._period_marks()
        self._audit()
        return self.report

    def _school_and_year(self) -> None:
        y = self.start_year
        self.director = _Person("Ёлкина", "Светлана", "Петровна", Sex.female)
        self.conn.execute(insert(School.__table__), [{
            "id": self._ids(School),
            "name": "Муниципальное бюджетное общеобразовательное учреждение "
                    "«Средняя общеобразовательная школа № 7 г. Новоозёрска» (демонстрационная)",
            "short_name": "МБОУ СОШ № 7 (демо)",
            "address": f"{names.CITY}, ул. Школьная, д. 12",
            "director_name": "Ёлкина Светлана Петровна",
            "phone": "+7 (48 12) 55-01-07",
        }])
        self.year_id = self._ids(AcademicYear)
        self.conn.execute(insert(AcademicYear.__table__), [
            {"id": self.year_id, "start_year": y, "status": YearStatus.open,
             "closing_order_number": None, "closed_on": None}])
        # Periods: quarters for grades 1-9, half-years for 10-11.
        self.periods: dict[str, list[tuple[int, dt.date, dt.date]]] = {}  # "junior"/"senior" → (id, start, end)
        rows = []
        for key, kind, cal_kind, g_from, g_to in (
                ("junior", PeriodKind.quarter, CalPeriodKind.quarter, 1, 9),
                ("senior", PeriodKind.half_year, CalPeriodKind.half_year, 10, 11)):
            self.periods[key] = []
            for p in default_periods(y, cal_kind):
                pid = self._ids(Period)
                rows.append({"id": pid, "academic_year_id": self.year_id, "kind": kind, "number": p.number,
                             "start": p.start, "end": p.end, "grade_from": g_from, "grade_to": g_to})
                self.periods[key].append((pid, p.start, p.end))
        self.conn.execute(insert(Period.__table__), rows)
        self.classes_end = max(e for ps in self.periods.values() for _, _, e in ps)

        # Holidays: the usual breaks, the February week of the first grade, and public holidays.
        common = list(default_holidays(y))
        first_only = [h for h in default_holidays(y, first_grade=True) if h not in common]
        n = y + 1
        public = [CalHoliday("День защитника Отечества", date, date) for date in (dt.date(n, 2, 23),)]
        public += [CalHoliday("Международный женский день", dt.date(n, 3, 8), dt.date(n, 3, 8)),
                   CalHoliday("Праздник Весны и Труда", dt.date(n, 5, 1), dt.date(n, 5, 1)),
                   CalHoliday("День Победы", dt.date(n, 5, 9), dt.date(n, 5, 9))]
        moved = []
        for h in public:  # a holiday on Sunday moves to Monday
            d = h.start + dt.timedelta(days=1) if h.start.weekday() == 6 else h.start
            if not any(d in c for c in common):
                moved.append(CalHoliday(h.name, d, d))
        rows = []
        for h in common + moved:
            rows.append({"id": self._ids(Holiday), "academic_year_id": self.year_id, "name": h.name,
                         "start": h.start, "end": h.end, "grade_from": 1, "grade_to": 11})
        for h in first_only:
            rows.append({"id": self._ids(Holiday), "academic_year_id": self.year_id, "name": h.name,
                         "start": h.start, "end": h.end, "grade_from": 1, "grade_to": 1})
        self.conn.execute(insert(Holiday.__table__), rows)
        self.holidays = {False: tuple(common + moved), True: tuple(common + moved + first_only)}
        at = self._at(self.setup_day, 10)
        self._event(at, None, "create", "academic_year", self.year_id, {"start_year": y})

    def _classes_and_pupils(self) -> None:
        rng = self.rng
        y = self.start_year
        self.classes = list(SIZES[self.size])
        self.class_ids = [self._ids(SchoolClass) for _ in self.classes]
        self.pupils: list[_PupilInfo] = []
        self.families: list[_Family] = []
        lo, hi = _PUPILS_PER_CLASS[self.size]
        for ci, (grade, _letter) in enumerate(self.classes):
            for _ in range(rng.randint(lo, hi)):
                self._new_pupil(ci, dt.date(y, 9, 1))

    def _new_family(self) -> _Family:
        rng = self.rng
        surname = rng.choice(names.SURNAMES)
        father = self._man(surname)
        single = rng.random()
        mother = None if single < 0.04 else self._woman(surname)
        if mother is not None and rng.random() < 0.06:  # kept her own surname
            mother.surname = names.feminine_surname(rng.choice(names.SURNAMES))
        father_is_guardian = mother is None or single > 0.22
        return _Family(surname, father, mother, father_is_guardian,
                       mother_first=mother is not None and rng.random() < 0.8, address=self._address())

    def _new_pupil(self, ci: int, arrived: dt.date, sibling_ok: bool = True) -> _PupilInfo:
        rng = self.rng
        grade = self.classes[ci][0]
        family = None
        if sibling_ok and self.pupils and rng.random() < 0.08:
            other = rng.choice(self.pupils)
            if self.classes[other.class_idx][0] != grade:
                family = other.family
        if family is None:
            family = self._new_family()
            self.families.append(family)
        sex = Sex.male if rng.random() < 0.5 else Sex.female
        if sex is Sex.male:
            person = _Person(family.surname, rng.choice(names.BOYS), names.MALE_NAMES[family.father.name][0], sex)
        else:
            person = _Person(names.feminine_surname(family.surname), rng.choice(names.GIRLS),
                             names.MALE_NAMES[family.father.name][1], sex)
        kind = rng.random()
        ability = (rng.gauss(4.6, 0.15) if kind < 0.2 else rng.gauss(3.3, 0.2) if kind > 0.75
                   else rng.gauss(3.95, 0.25))
        info = _PupilInfo(self._ids(Pupil), person, family, ci, ability, arrived, current_ci=ci)
        info.grade_at_start = grade  # for the birth date
        self.pupils.append(info)
        return info

    # staff, courses ------------------------------------------------------------------------------

    def _staff_and_courses(self) -> None:
        rng = self.rng
        self.staff: list[_StaffInfo] = []

        def add_staff(position: str, woman_share: float = 0.85, specialty: str = "") -> int:
            surname = rng.choice(names.SURNAMES)
            person = self._woman(surname) if rng.random() < woman_share else self._man(surname)
            self.staff.append(_StaffInfo(self._ids(Staff), person, position, specialty))
            return len(self.staff) - 1

        self.staff.append(_StaffInfo(self._ids(Staff), self.director, "директор"))
        self.director_idx = 0
        self.deputy_idx = add_staff("заместитель директора по учебной работе")
        self.secretary_idx = add_staff("секретарь", 1.0)
        self.admin_idx = add_staff("администратор электронного журнала", 0.3)
        self.first_teacher = len(self.staff)

        # Primary classes: one teacher each, who is also their class teacher.
        primary_teacher: dict[int, int] = {}
        for ci, (grade, letter) in enumerate(self.classes):
            if grade <= 4:
                t = add_staff("учитель начальных классов", 0.95, "primary")
                self.staff[t].room = f"{100 + ci + 1}"
                self.staff[t].class_idx = ci
                primary_teacher[ci] = t

        # Units of teaching: (class, subject, hours, group number or 0 for the whole class).
        self.split_english = {ci for ci, (g, letter) in enumerate(self.classes)
                              if g >= 5 and "АБВГ".index(letter) % 2 == 0}
        self.split_informatics = {ci for ci, (g, letter) in enumerate(self.classes)
                                  if g >= 7 and letter == "А"}
        units_by_specialty: dict[str, list[tuple[int, str, int, int]]] = defaultdict(list)
        primary_units: list[tuple[int, str, int, int, int]] = []
        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, hours in _PLANS[grade]:
                groups = (1, 2) if ((subject == "Английский язык" and ci in self.split_english)
                                    or (subject == "Информатика" and ci in self.split_informatics)) else (0,)
                if grade <= 4:
                    spec = _PRIMARY_SPECIALTY.get(subject)
                    if spec is None:
                        primary_units.append((ci, subject, hours, 0, primary_teacher[ci]))
                        continue
                else:
                    spec = _SPECIALTY[subject]
                for g in groups:
                    units_by_specialty[spec].append((ci, subject, hours, g))

        # Merge specialties too small for a teacher of their own.
        totals = {s: sum(u[2] for u in us) for s, us in units_by_specialty.items()}
        merged: dict[str, str] = {}
        for spec in _SPECIALTY_ORDER:
            if spec in totals and totals[spec] < 8 and spec not in merged.values():
                partner = _PARTNER.get(spec)
                if partner and partner in totals and partner not in merged:
                    merged[spec] = partner
        groups_of: dict[str, list[str]] = defaultdict(list)
        for spec in _SPECIALTY_ORDER:
            if spec in units_by_specialty:
                groups_of[merged.get(spec, spec)].append(spec)

        assignment: dict[tuple[int, str, int], int] = {}
        room_no = 200
        for head in _SPECIALTY_ORDER:
            if head not in groups_of:
                continue
            specs = groups_of[head]
            units = sorted((u for s in specs for u in units_by_specialty[s]),
                           key=lambda u: (self.classes[u[0]][0], self.classes[u[0]][1], u[3]))
            total = sum(u[2] for u in units)
            n = max(1, round(total / 20))
            if any(u[3] for u in units):
                n = max(n, 2)
            parts = list(dict.fromkeys(_POSITION[s] for s in specs))
            position = ("учитель " if head != "obzr" else "преподаватель-организатор ") + (
                parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " и " + parts[-1])
            teachers = []
            for _ in range(n):
                t = add_staff(position, 0.55 if head in ("pe", "obzr", "informatics", "physics") else 0.9, head)
                room_no += 1
                # Each PE teacher has a gym of their own: a shared one would be a room taken twice.
                gyms = sum(1 for s in self.staff if s.room.startswith("Спортзал"))
                self.staff[t].room = f"Спортзал {gyms + 1}" if head == "pe" else \
                    str(room_no + (100 if room_no > 230 else 0))
                teachers.append(t)
            load = dict.fromkeys(teachers, 0)
            target = total / n
            current = 0
            by_class_teacher: dict[tuple[int, str], int] = {}
            for ci, subject, hours, g in units:
                if g == 2:
                    first = assignment[(ci, subject, 1)]
                    t = min((x for x in teachers if x != first), key=lambda x: (load[x], x))
                else:
                    # A teacher keeps all the subjects of the specialty in one class (algebra and geometry).
                    t = by_class_teacher.get((ci, head))
                    if t is None:
                        while load[teachers[current]] + hours > target * 1.1 and current < n - 1:
                            current += 1
                        t = teachers[current]
                        by_class_teacher[(ci, head)] = t
                assignment[(ci, subject, g)] = t
                load[t] += hours

        # Class teachers of grades 5-11: a teacher of the class, not yet a class teacher.
        for ci, (grade, _letter) in enumerate(self.classes):
            if grade <= 4:
                continue
            hours_here: dict[int, int] = defaultdict(int)
            for (cj, subject, _g), t in assignment.items():
                if cj == ci:
                    hours_here[t] += dict(_PLANS[grade])[subject]
            free = [t for t in sorted(hours_here) if self.staff[t].class_idx is None]
            if not free:
                free = [t for t in range(self.first_teacher, len(self.staff)) if self.staff[t].class_idx is None]
            t = max(free, key=lambda x: (hours_here.get(x, 0), -x))
            self.staff[t].class_idx = ci

        # Subgroups and courses.
        five, passfail = self.ref.grading_systems["five_point"], self.ref.grading_systems["pass_fail"]
        self.five_id, self.pass_fail_id = five, passfail
        self.courses: list[_CourseInfo] = []
        self.subgroups: list[dict] = []
        self.subgroup_members: dict[int, list[int]] = {}
        subgroup_of: dict[tuple[int, str, int], int] = {}
        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, _hours in _PLANS[grade]:
                if (ci, subject, 1) in assignment:
                    for g in (1, 2):
                        sid = self._ids(Subgroup)
                        self.subgroups.append({"id": sid, "school_class_id": self.class_ids[ci],
                                               "subject_id": self.subject_ids[subject], "name": f"{g} группа"})
                        subgroup_of[(ci, subject, g)] = sid
                        self.subgroup_members[sid] = []
        # Split the class lists in two, alphabetically (as schools do).
        pupils_of = defaultdict(list)
        for p in self.pupils:
            pupils_of[p.class_idx].append(p)
        for (ci, subject, g), sid in subgroup_of.items():
            members = sorted(pupils_of[ci], key=lambda p: person_sort_key(
                p.person.surname, p.person.name, p.person.patronymic))
            half = (len(members) + 1) // 2
            part = members[:half] if g == 1 else members[half:]
            self.subgroup_members[sid] = [p.id for p in part]
        self.subgroup_by_class = defaultdict(list)
        for (ci, subject, g), sid in subgroup_of.items():
            self.subgroup_by_class[ci].append(sid)

        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, hours in _PLANS[grade]:
                keys = [(ci, subject, 1), (ci, subject, 2)] if (ci, subject, 1) in assignment else [(ci, subject, 0)]
                for key in keys:
                    if grade <= 4 and subject not in _PRIMARY_SPECIALTY:
                        t = primary_teacher[ci]
                    else:
                        t = assignment[key]
                    c = _CourseInfo(self._ids(Course), subject, ci, t, hours, subgroup=subgroup_of.get(key),
                                    group_no=key[2], pass_fail=subject in _PASS_FAIL_SUBJECTS,
                                    has_marks=grade >= 2)
                    c.room = self.staff[t].room
                    self.courses.append(c)
                    self.staff[t].hours += hours

        # One elective, one club, an extended-day group.
        senior = max(range(len(self.classes)), key=lambda i: (self.classes[i][0] == 9, self.classes[i][0], -i))
        math_course = next(c for c in self.courses if c.class_idx == senior and c.subject in (
            "Математика", "Алгебра", "Алгебра и начала математического анализа"))
        members = [p.id for p in pupils_of[senior]]
        rng.shuffle(members)
        self.courses.append(_CourseInfo(
            self._ids(Course), math_course.subject, senior, math_course.teacher, 1, CourseKind.elective,
            members=sorted(members[:12]), pass_fail=True, name="Решение задач повышенной сложности",
            room=math_course.room))
        middle = [p.id for p in self.pupils if 5 <= self.classes[p.class_idx][0] <= 7]
        rng.shuffle(middle)
        tech = next((t for t in range(len(self.staff)) if self.staff[t].specialty in ("technology", "art")),
                    self.first_teacher)
        self.courses.append(_CourseInfo(
            self._ids(Course), "Внеурочная деятельность", None, tech, 1, CourseKind.club,
            members=sorted(middle[:14]), has_marks=False, name="Кружок «Робототехника»",
            room=self.staff[tech].room))
        young = [p.id for p in self.pupils if self.classes[p.class_idx][0] <= 2]
        rng.shuffle(young)
        gpd = add_staff("воспитатель группы продлённого дня", 1.0, "gpd")
        self.staff[gpd].room = "Игровая"
        self.courses.append(_CourseInfo(
            self._ids(Course), "Внеурочная деятельность", None, gpd, 5, CourseKind.extended_day, members=sorted(young[:20]), has_marks=False,
            name="Группа продлённого дня", room="Игровая"))
        for c in self.courses[-3:]:
            self.staff[c.teacher].hours += c.hours
        self.pupils_of = pupils_of

    # timetable -------------------------------------------------------------------------------------

    def _timetable(self) -> None:
        rng = self.rng
        busy: dict[int, set[int]] = defaultdict(set)  # staff index → {weekday * 10 + lesson number}
        by_class: dict[int, list[_CourseInfo]] = defaultdict(list)
        for c in self.courses:
            if c.kind is CourseKind.lesson:
                by_class[c.class_idx].append(c)
        order = sorted(by_class, key=lambda ci: (-self.classes[ci][0], ci))
        for ci in order:
            grade = self.classes[ci][0]
            days = _weekdays(grade)
            # Items: one hour of a course, or of both subgroup courses together.
            items: list[tuple[tuple[_CourseInfo, ...], str]] = []
            seen_pairs = set()
            for c in by_class[ci]:
                if c.subgroup is not None:
                    if c.subject in seen_pairs:
                        continue
                    seen_pairs.add(c.subject)
                    pair = tuple(x for x in by_class[ci] if x.subject == c.subject)
                    items += [(pair, c.subject)] * c.hours
                else:
                    items += [((c,), c.subject)] * c.hours
            total = len(items)
            counts = {d: total // len(days) for d in days}
            for d in rng.sample(days, total % len(days)):
                counts[d] += 1
            slots = [d * 10 + n for d in days for n in range(1, counts[d] + 1)]
            while True:
                placed = self._match(items, slots, busy)
                if placed is not None:
                    break
                open_days = [d for d in days if counts[d] < _max_per_day(grade)]
                if not open_days:
                    raise RuntimeError(f"Не удалось составить расписание класса {grade}{self.classes[ci][1]}")
                d = min(open_days, key=lambda x: (counts[x], x))
                counts[d] += 1
                slots.append(d * 10 + counts[d])
            for (courses, _subject), slot in zip(items, placed, strict=True):
                for c in courses:
                    c.slots.append((slot // 10, slot % 10))
                    busy[c.teacher].add(slot)
        # Elective and club after lessons (8th), extended day every weekday from the 7th.
        for c in self.courses:
            if c.kind in (CourseKind.elective, CourseKind.club):
                for d in (2, 3, 1, 4, 0):
                    if d * 10 + 8 not in busy[c.teacher]:
                        c.slots.append((d, 8))
                        busy[c.teacher].add(d * 10 + 8)
                        break
            elif c.kind is CourseKind.extended_day:
                c.slots = [(d, 7) for d in range(5)]

    def _match(self, items, slots, busy) -> list[int] | None:
        """Give each item a slot where its teachers are free: greedy, then augmenting paths."""
        rng = self.rng
        n = len(items)

        def allowed(i: int, s: int) -> bool:
            return all(s not in busy[c.teacher] for c in items[i][0])

        slot_of: list[int | None] = [None] * n
        holder: dict[int, int] = {}
        per_day: dict[tuple[str, int], int] = defaultdict(int)
        order = sorted(range(n), key=lambda i: (-len(items[i][0]),
                                                -max(len(busy[c.teacher]) for c in items[i][0]), rng.random()))
        for i in order:
            subject = items[i][1]
            best, best_score = None, None
            for s in slots:
                if s in holder or not allowed(i, s):
                    continue
                score = per_day[(subject, s // 10)] * 10 + rng.random()
                if best_score is None or score < best_score:
                    best, best_score = s, score
            if best is not None:
                slot_of[i] = best
                holder[best] = i
                per_day[(subject, best // 10)] += 1
        for i in range(n):
            if slot_of[i] is None:
                if not self._augment(i, slots, allowed, slot_of, holder, set()):
                    return None
        return slot_of  # type: ignore[return-value]

    def _augment(self, i, slots, allowed, slot_of, holder, visited) -> bool:
        for s in slots:
            if s in visited or not allowed(i, s):
                continue
            visited.add(s)
            j = holder.get(s)
            if j is None or self._augment(j, slots, allowed, slot_of, holder, visited):
                slot_of[i] = s
                holder[s] = i
                return True
        return False

    # rows of people, classes, courses, timetable ------------------------------------------------

    def _rows_people(self) -> None:
        rng = self.rng
        y = self.start_year
        admin_ev = []  # (day, entity, id, new) created by the administrator before the year

        staff_rows = []
        for s in self.staff:
            p = s.person
            staff_rows.append({
                "id": s.id, "surname": p.surname, "name": p.name, "patronymic": p.patronymic,
                "position": s.position, "phone": self._phone(), "email": self._email(p),
                "hired_on": dt.date(y - rng.randint(0, 25), 8, rng.randint(15, 31)), "dismissed_on": None})
            admin_ev.append(("staff", s.id, {"surname": p.surname, "name": p.name, "position": s.position}))
        self._insert(Staff, staff_rows)

        class_rows = []
        self.class_teacher = {}
        for s_idx, s in enumerate(self.staff):
            if s.class_idx is not None:
                self.class_teacher[s.class_idx] = s_idx
        for ci, (grade, letter) in enumerate(self.classes):
            class_rows.append({"id": self.class_ids[ci], "academic_year_id": self.year_id, "grade": grade,
                               "letter": letter, "class_teacher_id": self.staff[self.class_teacher[ci]].id})
            admin_ev.append(("school_class", self.class_ids[ci], {"grade": grade, "letter": letter}))
        self._insert(SchoolClass, class_rows)

        # Guardians: one row per parent, shared by siblings.
        guardian_rows, pupil_rows, link_rows = [], [], []
        for fam in self.families:
            people = []
            if fam.mother is not None:
                people.append((fam.mother, "мать"))
            if fam.father_is_guardian:
                people.append((fam.father, "отец"))
            if not fam.mother_first:
                people.reverse()
            for person, relation in people:
                gid = self._ids(Guardian)
                guardian_rows.append({"id": gid, "surname": person.surname, "name": person.name,
                                      "patronymic": person.patronymic, "phone": self._phone(),
                                      "email": self._email(person) if rng.random() < 0.7 else "",
                                      "address": fam.address})
                fam.guardian_ids.append(gid)
                fam.relations.append(relation)
                admin_ev.append(("guardian", gid, {"surname": person.surname, "name": person.name}))
        self.pupil_by_id = {}
        for p in self.pupils:
            self.pupil_by_id[p.id] = p
            grade = p.grade_at_start
            age_days = int(365.25 * (5.5 + grade + rng.random()))
            birth = dt.date(y, 9, 1) - dt.timedelta(days=age_days)
            age = (dt.date(y, 9, 1) - birth).days // 365
            if age >= 14:
                document = f"Паспорт {rng.randint(10, 99)} {rng.randint(10, 25)} {rng.randint(100000, 999999)}"
            else:
                document = (f"Свидетельство о рождении {rng.choice(('I', 'II', 'III', 'IV', 'V'))}-ИК "
                            f"№ {rng.randint(100000, 999999)}")
            pupil_rows.append({
                "id": p.id, "surname": p.person.surname, "name": p.person.name,
                "patronymic": p.person.patronymic, "birth_date": birth, "sex": p.person.sex,
                "address": p.family.address, "phone": self._phone() if grade >= 5 and rng.random() < 0.8 else "",
                "document": document})
            for gid, relation in zip(p.family.guardian_ids, p.family.relations, strict=True):
                link_rows.append({"pupil_id": p.id, "guardian_id": gid, "relation": relation})
            admin_ev.append(("pupil", p.id, {"surname": p.person.surname, "name": p.person.name,
                                             "patronymic": p.person.patronymic}))
        self._insert(Guardian, guardian_rows)
        self._insert(Pupil, pupil_rows)
        self._insert(PupilGuardian, link_rows)
        self.report.guardians = len(guardian_rows)

        course_rows, member_rows, tt_rows = [], [], []
        self._insert(Subgroup, self.subgroups)
        sg_rows = [{"subgroup_id": sid, "pupil_id": pid}
                   for sid, members in self.subgroup_members.items() for pid in members]
        start = dt.date(y, 9, 1)
        for c in self.courses:
            course_rows.append({
                "id": c.id, "academic_year_id": self.year_id, "kind": c.kind,
                "subject_id": self.subject_ids[c.subject],
                "school_class_id": self.class_ids[c.class_idx] if c.class_idx is not None else None,
                "subgroup_id": c.subgroup, "pupil_id": None, "teacher_id": self.staff[c.teacher].id,
                "grading_system_id": self.pass_fail_id if c.pass_fail else self.five_id,
                "hours_per_week": float(c.hours), "has_marks": c.has_marks, "name": c.name, "locked": False})
            for pid in c.members or ():
                member_rows.append({"course_id": c.id, "pupil_id": pid})
            for weekday, number in sorted(c.slots):
                tt_rows.append({"id": self._ids(TimetableEntry), "course_id": c.id, "weekday": weekday,
                                "lesson_number": number, "room": c.room, "valid_from": start, "valid_to": None})
            admin_ev.append(("course", c.id, {"subject": c.subject, "teacher_id": self.staff[c.teacher].id,
                                              "hours_per_week": c.hours}))
        self._insert(Course, course_rows)
        self._insert(CourseMember, member_rows)
        self._insert(TimetableEntry, tt_rows)
        self._sg_rows = sg_rows  # inserted with the enrollments (arrivals join a subgroup)
        self._admin_ev = admin_ev
        self.report.classes = len(self.classes)
        self.report.teachers = len(self.staff) - self.first_teacher
        self.report.courses = len(self.courses)

    # accounts --------------------------------------------------------------------------------------

    def _accounts(self) -> None:
        pw = hash_password(DEMO_PASSWORD)
        created = self._at(self.setup_day, 11)
        rows, roles, listing = [], [], []
        self.account_of_staff: dict[int, int] = {}

        def add(login: str, description: str, roles_: list[Role], staff=None, pupil=None, guardian=None):
            aid = self._ids(Account)
            at = created + dt.timedelta(seconds=len(rows) * 7)
            rows.append({"id": aid, "login": login, "password_hash": pw, "must_change_password": False,
                         "disabled": False, "failed_logins": 0, "locked_until": None, "staff_id": staff,
                         "pupil_id": pupil, "guardian_id": guardian, "created_at": at, "last_login_at": None})
            roles.extend({"account_id": aid, "role": r.value} for r in roles_)
            listing.append((login, description))
            self._event(at, self.admin_account if rows[1:] else None, "create", "account", aid,
                        {"login": login, "roles": [r.value for r in roles_]})
            return aid

        def fio(p: _Person) -> str:
            return f"{p.surname} {p.name} {p.patronymic}"

        s = self.staff
        self.admin_account = None
        self.admin_account = add("admin", f"Администратор электронного журнала: {fio(s[self.admin_idx].person)}",
                                 [Role.administrator], staff=s[self.admin_idx].id)
        s[self.admin_idx].account_id = self.admin_account
        s[0].account_id = add("director", f"Директор: {fio(s[0].person)}", [Role.director], staff=s[0].id)
        s[self.deputy_idx].account_id = add(
            "zavuch", f"Заместитель директора по УР (завуч): {fio(s[self.deputy_idx].person)}",
            [Role.deputy], staff=s[self.deputy_idx].id)
        s[self.secretary_idx].account_id = add(
            "secretary", f"Секретарь: {fio(s[self.secretary_idx].person)}", [Role.secretary],
            staff=s[self.secretary_idx].id)
        for number, t in enumerate(range(self.first_teacher, len(s)), start=1):
            st = s[t]
            subjects = sorted({c.subject for c in self.courses if c.teacher == t and c.kind is CourseKind.lesson})
            desc = f"{st.position[:1].upper()}{st.position[1:]}: {fio(st.person)}"
            if subjects and st.specialty != "primary":
                desc += f" ({', '.join(subjects)})"
            role_list = [Role.teacher]
            if st.class_idx is not None:
                g, letter = self.classes[st.class_idx]
                desc += f", классный руководитель {g}{letter}"
                role_list.append(Role.class_teacher)
            st.account_id = add(f"teacher{number:02d}", desc, role_list, staff=st.id)

        guardian_account: dict[int, int] = {}
        children_of: dict[int, list[_PupilInfo]] = defaultdict(list)
        for q in self.pupils:
            children_of[id(q.family)].append(q)
        self.pupil_account: dict[int, int] = {}
        for ci, (grade, letter) in enumerate(self.classes):
            current = sorted((p for p in self.class_list(ci) if p.departed is None and p.current_ci == ci),
                             key=lambda p: person_sort_key(p.person.surname, p.person.name, p.person.patronymic))
            cls = f"{grade}{login_letter(letter)}"
            for number, p in enumerate(current, start=1):
                pp = p.person
                self.pupil_account[p.id] = add(
                    f"pupil-{cls}-{number:02d}",
                    f"{'Ученик' if pp.sex is Sex.male else 'Ученица'} {grade}{letter}: {fio(pp)}",
                    [Role.pupil], pupil=p.id)
            for number, p in enumerate(current, start=1):
                gid = p.family.guardian_ids[0]
                if gid in guardian_account:
                    continue
                relation = p.family.relations[0]
                parent = p.family.mother if relation == "мать" else p.family.father
                children = [q for q in children_of[id(p.family)] if q.departed is None]
                kids = ", ".join(f"{self.classes[q.class_idx][0]}{self.classes[q.class_idx][1]} "
                                 f"{short_name(q.person.surname, q.person.name)}" for q in children)
                guardian_account[gid] = add(f"parent-{cls}-{number:02d}",
                                            f"Родитель ({relation}): {fio(parent)}; дети: {kids}",
                                            [Role.guardian], guardian=gid)
        self._insert(Account, rows)
        self._insert(AccountRole, roles)
        self.report.accounts = len(rows)
        self.report.account_list = listing
        # Setup entries by the administrator, before the year.
        at = self._at(self.setup_day, 9)
        for i, (entity, eid, new) in enumerate(self._admin_ev):
            self._event(at + dt.timedelta(seconds=i * 3), self.admin_account, "create", entity, eid, new)

    def class_list(self, ci: int) -> list[_PupilInfo]:
        return self.pupils_of[ci]

    # movement of pupils ----------------------------------------------------------------------------

    def _school_days_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        if last < first:
            return []
        return lesson_dates(first, last, range(5), self.holidays[False])

    def _movements(self) -> None:
        rng = self.rng
        arrivals, departures, transfers = _MOVEMENTS[self.size]
        y = self.start_year
        days = self._school_days_between(dt.date(y, 9, 15), min(self.today, self.classes_end))
        self.moves: list[tuple] = []  # (date, kind, pupil, from class, to class)
        if not days:
            return
        taken: set[int] = set()
        for _ in range(departures):
            p = rng.choice([q for q in self.pupils if q.id not in taken])
            taken.add(p.id)
            self.moves.append((rng.choice(days), "departure", p, p.class_idx, None))
        for _ in range(transfers):
            p = rng.choice([q for q in self.pupils if q.id not in taken])
            same_grade = [i for i, c in enumerate(self.classes)
                          if c[0] == self.classes[p.class_idx][0] and i != p.class_idx]
            if not same_grade:
                continue
            taken.add(p.id)
            self.moves.append((rng.choice(days), "transfer", p, p.class_idx, rng.choice(same_grade)))
        for _ in range(arrivals):
            ci = rng.randrange(len(self.classes))
            self.moves.append((rng.choice(days), "arrival", None, None, ci))
        self.moves.sort(key=lambda m: (m[0], m[1], m[2].id if m[2] else 0, m[4] or 0))
        resolved = []
        for day, kind, p, from_ci, to_ci in self.moves:
            if kind == "arrival":
                p = self._new_pupil(to_ci, day, sibling_ok=False)
                self.pupils_of[to_ci].append(p)
            elif kind == "departure":
                p.departed = day
            else:
                p.current_ci = to_ci
            resolved.append((day, kind, p, from_ci, to_ci))
        self.moves = resolved
        if any(kind == "arrival" for _, kind, *_ in resolved):
            # The newcomers need their rows: people were written before the movements were known.
            self._rows_arrivals([m[2] for m in resolved if m[1] == "arrival"])

    def _join_smaller_subgroups(self, pupil_id: int, ci: int) -> None:
        """A newcomer to a class joins the smaller subgroup of each split subject."""
        for subject in ("Английский язык", "Информатика"):
            sids = [sg["id"] for sg in self.subgroups if sg["school_class_id"] == self.class_ids[ci]
                    and sg["subject_id"] == self.subject_ids[subject]]
            if sids:
                sid = min(sids, key=lambda s: (len(self.subgroup_members[s]), s))
                self.subgroup_members[sid].append(pupil_id)
                self._sg_rows.append({"subgroup_id": sid, "pupil_id": pupil_id})

    def _rows_arrivals(self, arrived: list[_PupilInfo]) -> None:
        rng = self.rng
        y = self.start_year
        g_rows, p_rows, l_rows = [], [], []
        for p in arrived:
            fam = p.family
            people = ([(fam.mother, "мать")] if fam.mother else []) + \
                ([(fam.father, "отец")] if fam.father_is_guardian else [])
            if not fam.mother_first:
                people.reverse()
            for person, relation in people:
                gid = self._ids(Guardian)
                g_rows.append({"id": gid, "surname": person.surname, "name": person.name,
                               "patronymic": person.patronymic, "phone": self._phone(), "email": "",
                               "address": fam.address})
                fam.guardian_ids.append(gid)
                fam.relations.append(relation)
            grade = p.grade_at_start
            birth = dt.date(y, 9, 1) - dt.timedelta(days=int(365.25 * (5.5 + grade + rng.random())))
            p_rows.append({"id": p.id, "surname": p.person.surname, "name": p.person.name,
                           "patronymic": p.person.patronymic, "birth_date": birth, "sex": p.person.sex,
                           "address": fam.address, "phone": "",
                           "document": f"Свидетельство о рождении II-ИК № {rng.randint(100000, 999999)}"
                           if grade < 8 else f"Паспорт {rng.randint(10, 99)} {rng.randint(10, 25)} "
                                             f"{rng.randint(100000, 999999)}"})
            for gid, relation in zip(fam.guardian_ids, fam.relations, strict=True):
                l_rows.append({"pupil_id": p.id, "guardian_id": gid, "relation": relation})
            self.pupil_by_id[p.id] = p
        self._insert(Guardian, g_rows)
        self._insert(Pupil, p_rows)
        self._insert(PupilGuardian, l_rows)
        self.report.guardians += len(g_rows)

    def _enrollments(self) -> None:
        """Enrollment rows, subgroup places and their audit entries by the secretary."""
        rng = self.rng
        y = self.start_year
        secretary = self.staff[self.secretary_idx].account_id
        rows = []
        # The pupil's stays: pupil id → list of [class, arrived, departed, ...]
        self.stays: dict[int, list[list]] = {}
        # Orders are numbered within a calendar year: promotion in May, first-graders in August,
        # then the autumn's movements; January starts again from 1.
        order_no = {y: rng.randint(125, 140), y + 1: rng.randint(1, 6)}
        first_orders = {}
        for p in sorted(self.pupils, key=lambda q: (q.class_idx, q.id)):
            if p.arrived == dt.date(y, 9, 1):
                grade = self.classes[p.class_idx][0]
                event = EnrollmentEvent.arrival if grade == 1 else EnrollmentEvent.promotion
                number = first_orders.setdefault(event, f"{rng.randint(95, 120)}-у" if grade == 1
                                                  else f"{rng.randint(60, 90)}-у")
                self.stays[p.id] = [[p.class_idx, p.arrived, None, event, number, "", None, "", ""]]
        for day, kind, p, from_ci, to_ci in self.moves:
            order_no[day.year] += 1
            number = f"{order_no[day.year]}-у"
            if kind == "arrival":
                at = self._at(day, 9, rng.randint(0, 50))
                self._event(at, secretary, "create", "pupil", p.id,
                            {"surname": p.person.surname, "name": p.person.name,
                             "patronymic": p.person.patronymic})
                for gid in p.family.guardian_ids:
                    self._event(at, secretary, "create", "guardian", gid, {"pupil_id": p.id})
                self.stays[p.id] = [[to_ci, day, None, EnrollmentEvent.arrival, number,
                                     rng.choice(names.OTHER_SCHOOLS), None, "", ""]]
                self._join_smaller_subgroups(p.id, to_ci)
            elif kind == "departure":
                stay = self.stays[p.id][-1]
                stay[2], stay[6], stay[7] = day, EnrollmentEvent.departure, number
                stay[8] = rng.choice(names.OTHER_SCHOOLS)
            else:  # transfer to a parallel class
                stay = self.stays[p.id][-1]
                stay[2], stay[6], stay[7] = day, EnrollmentEvent.transfer, number
                to_label = f"{self.classes[to_ci][0]}{self.classes[to_ci][1]}"
                stay[8] = f"{to_label} класс"
                from_label = f"{self.classes[from_ci][0]}{self.classes[from_ci][1]}"
                self.stays[p.id].append([to_ci, day, None, EnrollmentEvent.transfer, number,
                                         f"{from_label} класс", None, "", ""])
                self.pupils_of[to_ci].append(p)
                # Old subgroup places stay recorded; lessons check the class stay by date.
                self._join_smaller_subgroups(p.id, to_ci)
        entry_day = dt.date(y, 8, 30)
        for i, pid in enumerate(sorted(self.stays)):
            for ci, arrived, departed, a_ev, a_no, a_from, d_ev, d_no, d_to in self.stays[pid]:
                eid = self._ids(Enrollment)
                rows.append({"id": eid, "pupil_id": pid, "school_class_id": self.class_ids[ci],
                             "arrived_on": arrived, "arrival_event": a_ev, "arrival_order_number": a_no,
                             "arrived_from": a_from, "departed_on": departed, "departure_event": d_ev,
                             "departure_order_number": d_no, "departed_to": d_to})
                new = {"pupil_id": pid, "school_class_id": self.class_ids[ci], "arrived_on": arrived,
                       "arrival_event": a_ev.value, "arrival_order_number": a_no}
                if arrived == dt.date(y, 9, 1):
                    at = self._at(entry_day, 10, second=i * 5)
                else:
                    at = self._at(arrived, 10, rng.randint(0, 90))
                self._event(at, secretary, "create", "enrollment", eid, new)
                if departed is not None:
                    self._event(self._at(departed, 11, rng.randint(0, 90)), secretary, "update", "enrollment",
                                eid, {"departed_on": departed, "departure_event": d_ev.value,
                                      "departure_order_number": d_no, "departed_to": d_to},
                                old={"departed_on": None})
        self._insert(Enrollment, rows)
        number_new_stays(self.conn)  # the class lists' numbers, arrivals during the year at the end
        self._insert(SubgroupMember, self._sg_rows)
        self.report.pupils = len(self.pupils)

    # lessons, topics, attendance, marks -------------------------------------------------------------

    def _members_on(self, c: _CourseInfo, day: dt.date) -> list[int]:
        """Pupils of a course on a day: the class list (or subgroup, or members) at that date."""
        if c.members is not None:
            return [pid for pid in c.members if self._in_school(pid, day)]
        if c.subgroup is not None:
            return [pid for pid in self.subgroup_members[c.subgroup] if self._in_class(pid, c.class_idx, day)]
        return [p.id for p in self.pupils_of[c.class_idx] if self._in_class(p.id, c.class_idx, day)]

    def _in_class(self, pid: int, ci: int, day: dt.date) -> bool:
        for stay in self.stays[pid]:
            if stay[0] == ci and stay[1] <= day and (stay[2] is None or day < stay[2]):
                return True
        return False

    def _in_school(self, pid: int, day: dt.date) -> bool:
        stays = self.stays[pid]
        return stays[0][1] <= day and (stays[-1][2] is None or day < stays[-1][2])

    def _absences(self) -> dict[tuple[int, dt.date], AttendanceCode]:
        """Whole days away: illness spells (Б) and excused days (П), up to today."""
        rng = self.rng
        y = self.start_year
        days = self._school_days_between(dt.date(y, 9, 1), min(self.today, self.classes_end))
        away: dict[tuple[int, dt.date], AttendanceCode] = {}
        for p in sorted(self.pupils, key=lambda q: q.id):
            ill_left = 0
            for day in days:
                if ill_left:
                    away[(p.id, day)] = AttendanceCode.absent_ill
                    ill_left -= 1
                    continue
                r = rng.random()
                if r < 0.0058:
                    ill_left = rng.randint(3, 8) - 1
                    away[(p.id, day)] = AttendanceCode.absent_ill
                elif r < 0.0095:
                    away[(p.id, day)] = AttendanceCode.absent_excused
        return away

    def _lessons_and_marks(self) -> None:
        rng = self.rng
        y = self.start_year
        start = dt.date(y, 9, 1)
        today = self.today
        # Dates of each weekday, for first grade and for the others.
        dates_by: dict[tuple[bool, int], list[dt.date]] = {}
        for first in (False, True):
            for wd in range(6):
                dates_by[(first, wd)] = lesson_dates(start, self.classes_end, (wd,), self.holidays[first])
        lessons = []
        for c in self.courses:
            grade = self.classes[c.class_idx][0] if c.class_idx is not None else 5
            for weekday, number in c.slots:
                for day in dates_by[(grade == 1 and c.kind is CourseKind.lesson, weekday)]:
                    lessons.append((day, number, c.class_idx if c.class_idx is not None else 99, c.group_no,
                                    c.id, c))
        lessons.sort(key=lambda x: x[:5])
        first_lesson = self._ids(Lesson, len(lessons))
        away = self._absences()
        lesson_rows, mark_rows, att_rows = [], [], []
        mark_id = self._ids(Mark, 0)
        att_id = self._ids(Attendance, 0)
        lesson_index: dict[int, int] = defaultdict(int)
        marks_so_far: dict[tuple[int, int], int] = defaultdict(int)
        self.acc: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
        self.last_lesson: dict[tuple[int, int], dt.date] = {}  # (course, period id) → last lesson date
        subject_bias: dict[tuple[int, str], float] = {}
        period_bounds = {k: ([s for _, s, _ in v], v) for k, v in self.periods.items()}
        q1_end = self.periods["junior"][0][2]
        five_codes = ("1", "2", "3", "4", "5")
        mark_weight = self.wt_weight
        for offset, (day, number, _ci, _g, cid, c) in enumerate(lessons):
            lid = first_lesson + offset
            k = lesson_index[cid]
            lesson_index[cid] = k + 1
            grade = self.classes[c.class_idx][0] if c.class_idx is not None else 5
            starts, plist = period_bounds["senior" if grade >= 10 else "junior"]
            pi = bisect.bisect_right(starts, day) - 1
            period_id = plist[pi][0] if pi >= 0 and day <= plist[pi][2] else None
            if period_id is not None:
                self.last_lesson[(cid, period_id)] = day
            row = {"id": lid, "course_id": cid, "date": day, "number": number, "topic": "", "homework": "",
                   "work_kind": "", "substitute_teacher_id": None, "room": c.room}
            lesson_rows.append(row)
            if day > today:
                continue
            teacher_account = self.staff[c.teacher].account_id
            # What kind of lesson: every few weeks a written work for all present.
            work = None
            if c.has_marks and c.kind is not CourseKind.extended_day:
                interval = max(6, min(16, c.hours * 4))
                if k % interval == interval - 1:
                    kinds = _WRITTEN_WORK.get(c.subject, ("check",))
                    work = kinds[(k // interval) % len(kinds)]
                elif c.hours >= 3 and k % interval == interval // 2:
                    work = "independent"
            topic, homework = self._topic(c, k, grade, work)
            row["topic"], row["homework"] = topic, homework
            if work is not None:
                row["work_kind"] = self.wt_name[work]
            base = self._at(day, 13, 10 + number * 15 + rng.randint(0, 100))
            self._event(base, teacher_account, "update", "lesson", lid,
                        {"topic": topic, "homework": homework}, old={"topic": "", "homework": ""})
            members = self._members_on(c, day)
            present = []
            tick = 1
            for pid in members:
                code = away.get((pid, day))
                if code is None and c.kind is not CourseKind.extended_day:
                    r = rng.random()
                    weak = self.pupil_by_id[pid].ability < 3.5
                    if r < (0.012 if weak else 0.004):
                        code = AttendanceCode.absent_unexcused
                    elif number == 1 and r > 0.98:
                        code = AttendanceCode.late
                if code is None:
                    present.append(pid)
                    continue
                if code is AttendanceCode.late:
                    present.append(pid)
                att_id += 1
                at = base + dt.timedelta(seconds=20 * tick)
                tick += 1
                att_rows.append({"id": att_id - 1, "lesson_id": lid, "pupil_id": pid, "code": code,
                                 "reason_note": "справка" if code is AttendanceCode.absent_ill and rng.random() < 0.3
                                 else "", "created_by": teacher_account, "created_at": at})
                self._event(at, teacher_account, "create", "attendance", att_id - 1,
                            payloads.new_attendance(lid, pid, code.value, op=f"{self.seq + 1:016x}"))
            if not c.has_marks or not present or (grade == 2 and day <= q1_end):
                continue
            # Who gets marks: everyone present for a written work, else a few answers.
            if work is not None and work != "independent":
                marked = [(pid, work) for pid in present]
            elif work == "independent":
                marked = [(pid, work) for pid in present if rng.random() < 0.9]
            else:
                n_answers = rng.randint(5, 8) if c.hours == 1 else rng.randint(3, 6) if c.hours <= 3 \
                    else rng.randint(3, 5)
                if c.pass_fail:
                    n_answers = rng.randint(2, 4)
                ranked = sorted(present, key=lambda pid: marks_so_far[(cid, pid)] + rng.random() * 3)
                marked = [(pid, "answer") for pid in ranked[:n_answers]]
                if c.subject not in _NO_HOMEWORK and rng.random() < 0.35:
                    for pid in ranked[n_answers:n_answers + rng.randint(1, 3)]:
                        marked.append((pid, "homework"))
            if work in ("dictation", "essay", "control"):
                entered = min(today, day + dt.timedelta(days=rng.randint(1, 4)))
                mark_base = self._at(entered, 15, rng.randint(0, 180)) if entered > day else base
            else:
                mark_base = base
            for j, (pid, wt) in enumerate(marked):
                pupil = self.pupil_by_id[pid]
                if c.pass_fail:
                    value = "незач" if rng.random() < max(0.0, 3.6 - pupil.ability) * 0.15 else "зач"
                else:
                    bias = subject_bias.get((pid, c.subject))
                    if bias is None:
                        bias = subject_bias[(pid, c.subject)] = rng.gauss(0, 0.3)
                    x = pupil.ability + bias + rng.gauss(0, 0.75) - (0.15 if wt in ("control", "dictation") else 0)
                    v = min(5, max(2, int(x + 0.5)))
                    if v == 2 and rng.random() < 0.01:
                        v = 1
                    value = five_codes[v - 1]
                weight = mark_weight[wt]
                at = mark_base + dt.timedelta(seconds=20 * (tick + j) + 60)
                mark_rows.append({"id": mark_id, "lesson_id": lid, "pupil_id": pid, "value": value,
                                  "work_type_id": self.wt_ids[wt], "weight": weight, "comment": "",
                                  "created_by": teacher_account, "created_at": at, "updated_at": None})
                self._event(at, teacher_account, "create", "mark", mark_id,
                            payloads.mark(lid, pid, value, wt, self.wt_ids[wt], weight, "", op=f"{self.seq + 1:016x}"))
                mark_id += 1
                marks_so_far[(cid, pid)] += 1
                if period_id is not None:
                    self.acc[(cid, pid, period_id)].append((value, weight))
        self.next_id["mark"] = mark_id
        self.next_id["attendance"] = att_id
        self._insert(Lesson, lesson_rows)
        self._insert(Mark, mark_rows)
        self._insert(Attendance, att_rows)
        self.report.lessons = len(lesson_rows)
        self.report.marks = len(mark_rows)
        self.report.attendance = len(att_rows)

    def _topic(self, c: _CourseInfo, k: int, grade: int, work: str | None) -> tuple[str, str]:
        topics = names.TOPICS.get(c.subject, ("Занятие",))
        if c.kind is CourseKind.extended_day:
            return ("Прогулка, самоподготовка, занятия по интересам", "")
        span = 3 if c.hours >= 3 else 2
        t = topics[(k // span) % len(topics)]
        step = k % span
        if work in ("control", "dictation"):
            title = ("Контрольный диктант" if work == "dictation" else "Контрольная работа")
            topic = f"{title} по теме «{t}»"
        elif work == "essay":
            topic = f"Сочинение по теме «{t}»"
        elif work == "practical":
            topic = f"Практическая работа по теме «{t}»"
        elif work == "check":
            topic = f"Проверочная работа по теме «{t}»"
        elif step == 0:
            topic = t
        else:
            topic = f"{t}: закрепление" if step == 1 else f"{t}: решение задач и упражнений"
        if (k // span) >= len(topics):
            topic = f"Повторение. {topic}"
        if grade == 1 or c.subject in _NO_HOMEWORK or c.kind is not CourseKind.lesson or work:
            return topic, ""
        n = 10 + k * 3
        if c.subject == "Русский язык":
            hw = f"Упр. {n}"
        elif c.subject in ("Математика", "Алгебра", "Геометрия", "Алгебра и начала математического анализа",
                           "Вероятность и статистика"):
            hw = f"№ {n}, {n + 2}, {n + 5}"
        elif c.subject in ("Литература", "Литературное чтение"):
            hw = f"Прочитать с. {n}–{n + 8}, ответить на вопросы"
        elif c.subject == "Английский язык":
            hw = f"Workbook p. {k + 4}, ex. {k % 6 + 1}"
        else:
            hw = f"§ {k // 2 + 1}, вопросы после параграфа"
        return topic, hw

    # period marks ----------------------------------------------------------------------------------

    def _period_marks(self) -> None:
        rng = self.rng
        rows = []
        year_ready = {key: v[-1][2] < self.today for key, v in self.periods.items()}
        for c in self.courses:
            if not c.has_marks or c.kind is not CourseKind.lesson:
                continue
            grade = self.classes[c.class_idx][0]
            key = "senior" if grade >= 10 else "junior"
            teacher_account = self.staff[c.teacher].account_id
            by_pupil: dict[int, list[str]] = defaultdict(list)
            last_day = None
            for pid_period, p_start, p_end in self.periods[key]:
                if p_end >= self.today:
                    continue
                day = self.last_lesson.get((c.id, pid_period))
                if day is None:
                    continue
                last_day = day
                for pid in self._members_on(c, p_end):
                    marks = self.acc.get((c.id, pid, pid_period))
                    if not marks:
                        continue
                    if c.pass_fail:
                        passed = sum(1 for v, _ in marks if v == "зач")
                        value = "зач" if passed * 2 >= len(marks) else "незач"
                    else:
                        value = suggest_period_mark(weighted_average(marks, FIVE_POINT))
                    if value is None:
                        continue
                    by_pupil[pid].append(value)
                    at = self._at(day, 16, rng.randint(0, 150))
                    rows.append({"period": (day, c.id, pid), "course_id": c.id, "pupil_id": pid,
                                 "kind": PeriodMarkKind.period, "period_id": pid_period, "value": value,
                                 "suggested_value": value, "created_by": teacher_account, "created_at": at})
            if year_ready[key] and last_day is not None:
                for pid in self._members_on(c, last_day):
                    values = by_pupil.get(pid)
                    if not values:
                        continue
                    if c.pass_fail:
                        value = "зач" if values.count("зач") * 2 >= len(values) else "незач"
                    else:
                        value = suggest_period_mark(weighted_average([(v, 1.0) for v in values], FIVE_POINT))
                    at = self._at(last_day, 18, rng.randint(0, 60))
                    rows.append({"period": (last_day, c.id, pid), "course_id": c.id, "pupil_id": pid,
                                 "kind": PeriodMarkKind.year, "period_id": None, "value": value,
                                 "suggested_value": value, "created_by": teacher_account, "created_at": at})
        rows.sort(key=lambda r: (r["created_at"], r["course_id"], r["pupil_id"], r["kind"].value))
        first = self._ids(PeriodMark, len(rows))
        for i, r in enumerate(rows):
            del r["period"]
            r["id"] = first + i
            self._event(r["created_at"], r["created_by"], "create", "period_mark", r["id"],
                        payloads.period_mark(r["course_id"], r["pupil_id"], r["kind"].value, r["period_id"], r["value"],
                                             r["suggested_value"]))
        self._insert(PeriodMark, rows)
        self.report.period_marks = len(rows)

    # the audit log -----------------------------------------------------------------------------------

    def _audit(self) -> None:
        """The audit entries in time order, chained as `audit.record` chains them."""
        self.events.sort(key=lambda e: (e[0], e[1]))
        prev = audit.last_hash(self.session)
        first = self._ids(AuditEntry, len(self.events))
        rows = []
        # audit.to_json and audit.entry_hash with their encoders built once (json.dumps with options
        # builds a new encoder per call); the first entry is checked against audit.entry_hash itself.
        to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
        payload = json.JSONEncoder(ensure_ascii=False).encode
        sha256 = hashlib.sha256
        checked = False
        for i, (at, _seq, account_id, action, entity, entity_id, old, new) in enumerate(self.events):
            new_s = None if new is None else to_json(new)
            old_s = None if old is None else to_json(old)
            at_utc = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
            h = sha256(payload([prev, at_utc, account_id, action, entity, entity_id, old_s, new_s])
                       .encode("utf-8")).hexdigest()
            if not checked and old is not None:
                assert (old_s, new_s) == (audit.to_json(old), audit.to_json(new))
                assert h == audit.entry_hash(prev, at, account_id, action, entity, entity_id, old_s, new_s)
                checked = True
            rows.append({"id": first + i, "at": at, "account_id": account_id, "action": action,
                         "entity": entity, "entity_id": entity_id, "old": old_s, "new": new_s,
                         "prev_hash": prev, "hash": h})
            prev = h
        self._insert(AuditEntry, rows)
        self.report.audit_entries = len(rows)
        if self.conn.dialect.name == "postgresql":
            # Ids were given here: move the server's sequences past them.
            for table in self.next_id:
                self.conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))")

