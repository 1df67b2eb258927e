"""The builder's groundwork: the report, people's records, ids, inserts, the audit queue, the year."""

from __future__ import annotations

import datetime as dt
import enum
import random
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, func, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from ...domain.calendar import Holiday as CalHoliday
from ...domain.calendar import PeriodKind as CalPeriodKind
from ...domain.calendar import academic_year_of, default_holidays, default_periods
from ...storage.models import (
    AcademicYear,
    CourseKind,
    Holiday,
    Period,
    PeriodKind,
    School,
    Sex,
    UTCDateTime,
    YearStatus,
)
from . import data as names
from .curriculum import _LOCAL, DEMO_PASSWORD

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
    closed_years: list[str] = field(default_factory=list)  # the closings' summaries, oldest first

    def summary(self) -> str:
        return (f"Демонстрационная школа ({self.size}), {self.academic_year} учебный год, "
                f"на {self.today:%d.%m.%Y}: классов {self.classes}, учеников {self.pupils}, "
                f"учителей {self.teachers}, уроков {self.lessons}, отметок {self.marks}, "
                f"пропусков {self.attendance}, отметок за периоды {self.period_marks}, "
                f"учётных записей {self.accounts}. Пароль всех учётных записей: «{DEMO_PASSWORD}».")



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


class _Base:
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
        # The history (history.py) builds its first year with other classes and gives pupils and
        # parents their accounts only in the current year.
        self.class_plan: tuple[tuple[int, str], ...] | None = None
        self.family_accounts = True

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

