"""A small hand-made school for the journal-control reports and the inspection: every figure of the
reports can be worked out by hand from what is written here.

The year has two quarters of two weeks each: Q1 Mon 07.09–Fri 18.09.2026, holidays 19.09–27.09,
Q2 Mon 28.09–Fri 09.10.2026 — four teaching weeks. "Today" is Friday 02.10.2026.

Bells (the reference ones): lesson 1 ends 9:10, 2 — 10:00, 3 — 11:00, 4 — 12:00.

People (password «demo»): zavuch (deputy Иванова Елена Викторовна), director, petrova (teacher of
both Mathematics courses, class teacher of 5А), sidorova (teacher of 5А Russian).

Pupils:
  5А: Аксёнов, Белова (from 01.09); Васин (from 01.09, transferred to 5Б on 30.09, order 12-у);
      Гусева (arrived 29.09 from «МБОУ СОШ № 3», order 11-у).
  5Б: Дёмин (from 01.09, left on 01.10 for «Гимназия № 2 г. Твери», order 13-у); Егорова (from 01.09);
      Васин (from 30.09, transfer from 5А).

Courses:
  math_5a  — 5А Математика, Петрова, 4 h/week, thematic plan of 20 h for the year (8 + 6 + 6).
  rus_5a   — 5А Русский язык, Сидорова, 3 h/week, no plan.
  math_5b  — 5Б Математика, Петрова, 4 h/week, no plan.

Lessons of Q2 (number in brackets), topic / homework, when the homework was written:
  math_5a: 28.09 (1) topic, «№ 1» at 28.09 11:30; 29.09 (2) topic, no homework;
           30.09 (1) topic, «№ 3» at 30.09 12:30; 01.10 (3) no topic, «№ 4» at 24.09 18:00 and 01.10 12:59;
           05.10 (1) — still to come.
  rus_5a:  28.09 (2) topic, «упр. 1» at 28.09 10:30; 30.09 (2) topic, «упр. 2» at 01.10 09:00;
           02.10 (4) topic, «упр. 3» at 02.10 13:00.
  math_5b: 28.09 (1) topic, no homework.

Marks (value, lesson, work type, entered):
  math_5a: Аксёнов 5 on 28.09 answer 28.09; Аксёнов 4 on 30.09 answer 01.10;
           Белова 4 on 28.09 control 01.10; Васин 2 on 28.09 answer 28.09.
  rus_5a:  Аксёнов 5 on 28.09 answer 28.09; Белова 4 on 30.09 answer 30.09; Белова 5 on 02.10 answer
           02.10; Гусева 3 on 30.09 answer 30.09.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX, copy_journal

from ejournal_desktop.domain.calendar import PeriodKind
from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.services.school.reference import install_reference_data
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    Account,
    AccountRole,
    Course,
    Enrollment,
    EnrollmentEvent,
    Holiday,
    Lesson,
    Mark,
    Period,
    Pupil,
    School,
    SchoolClass,
    Staff,
    ThematicPlanItem,
)

TODAY = dt.date(2026, 10, 2)
D = dt.date


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the school's (the computer's) local time, aware."""
    return dt.datetime(day.year, day.month, day.day, hour, minute).astimezone()


NOW = local(TODAY, 15)


@dataclass(frozen=True)
class School7:
    math_5a: int
    rus_5a: int
    math_5b: int
    class_5a: int
    class_5b: int
    pupils: dict[str, int]


def build(path: Path) -> School7:
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    password = accounts.hash_password("demo")
    with db.session() as s, s.begin():
        ref = install_reference_data(s)
        s.add(School(name="МБОУ «СОШ № 7»", short_name="СОШ № 7", director_name="Орлова Нина Павловна"))
        year = AcademicYear(start_year=2026)
        s.add(year)
        s.flush()
        s.add_all([Period(academic_year_id=year.id, kind=PeriodKind.quarter, number=1, start=D(2026, 9, 7),
                          end=D(2026, 9, 18)),
                   Period(academic_year_id=year.id, kind=PeriodKind.quarter, number=2, start=D(2026, 9, 28),
                          end=D(2026, 10, 9)),
                   Holiday(academic_year_id=year.id, name="каникулы", start=D(2026, 9, 19), end=D(2026, 9, 27))])
        staff = {}
        for key, surname, name, patronymic in (("zavuch", "Иванова", "Елена", "Викторовна"),
                                               ("director", "Орлова", "Нина", "Павловна"),
                                               ("petrova", "Петрова", "Анна", "Сергеевна"),
                                               ("sidorova", "Сидорова", "Мария", "Ивановна")):
            person = Staff(surname=surname, name=name, patronymic=patronymic)
            s.add(person)
            s.flush()
            staff[key] = person.id
        logins = {}
        for login, roles in (("zavuch", [Role.deputy]), ("director", [Role.director]),
                             ("petrova", [Role.teacher, Role.class_teacher]), ("sidorova", [Role.teacher])):
            account = Account(login=login, password_hash=password, must_change_password=False,
                              staff_id=staff[login])
            account.roles = [AccountRole(role=r.value) for r in roles]
            s.add(account)
            s.flush()
            logins[login] = account.id
        c5a = SchoolClass(academic_year_id=year.id, grade=5, letter="А", class_teacher_id=staff["petrova"])
        c5b = SchoolClass(academic_year_id=year.id, grade=5, letter="Б", class_teacher_id=None)
        s.add_all([c5a, c5b])
        s.flush()
        pupils = {}
        for surname, name in (("Аксёнов", "Илья"), ("Белова", "Ольга"), ("Васин", "Пётр"), ("Гусева", "Анна"),
                              ("Дёмин", "Олег"), ("Егорова", "Вера")):
            pupil = Pupil(surname=surname, name=name, patronymic="")
            s.add(pupil)
            s.flush()
            pupils[surname] = pupil.id
        start = D(2026, 9, 1)

        def stay(who, cls, arrived, event=EnrollmentEvent.promotion, order="90-у", came_from="", departed=None,
                 d_event=None, d_order="", went_to=""):
            s.add(Enrollment(pupil_id=pupils[who], school_class_id=cls.id, arrived_on=arrived, arrival_event=event,
                             arrival_order_number=order, arrived_from=came_from, departed_on=departed,
                             departure_event=d_event, departure_order_number=d_order, departed_to=went_to))

        stay("Аксёнов", c5a, start)
        stay("Белова", c5a, start)
        stay("Васин", c5a, start, departed=D(2026, 9, 30), d_event=EnrollmentEvent.transfer, d_order="12-у",
             went_to="5Б класс")
        stay("Гусева", c5a, D(2026, 9, 29), EnrollmentEvent.arrival, "11-у", "МБОУ СОШ № 3")
        stay("Дёмин", c5b, start, departed=D(2026, 10, 1), d_event=EnrollmentEvent.departure, d_order="13-у",
             went_to="Гимназия № 2 г. Твери")
        stay("Егорова", c5b, start)
        stay("Васин", c5b, D(2026, 9, 30), EnrollmentEvent.transfer, "12-у", "5А класс")

        five = ref.grading_systems["five_point"]

        def course(cls, subject, teacher, hours):
            c = Course(academic_year_id=year.id, subject_id=ref.subjects[subject], school_class_id=cls.id,
                       teacher_id=staff[teacher], grading_system_id=five, hours_per_week=hours)
            s.add(c)
            s.flush()
            return c.id

        math_5a = course(c5a, "Математика", "petrova", 4)
        rus_5a = course(c5a, "Русский язык", "sidorova", 3)
        math_5b = course(c5b, "Математика", "petrova", 4)
        s.add_all([ThematicPlanItem(course_id=math_5a, position=i, topic=t, hours=h)
                   for i, (t, h) in enumerate((("Натуральные числа", 8), ("Дроби", 6), ("Проценты", 6)), start=1)])

        lessons = {}

        def lesson(c, day, number, topic, homework, entered=()):
            row = Lesson(course_id=c, date=day, number=number, topic=topic, homework=homework)
            s.add(row)
            s.flush()
            lessons[(c, day)] = row.id
            for at in entered:
                audit.record(s, logins["petrova"], "update", "lesson", row.id, old={"homework": ""},
                             new={"homework": homework}, at=at)

        lesson(math_5a, D(2026, 9, 28), 1, "Сложение", "№ 1", [local(D(2026, 9, 28), 11, 30)])
        lesson(math_5a, D(2026, 9, 29), 2, "Вычитание", "")
        lesson(math_5a, D(2026, 9, 30), 1, "Умножение", "№ 3", [local(D(2026, 9, 30), 12, 30)])
        lesson(math_5a, D(2026, 10, 1), 3, "", "№ 4", [local(D(2026, 9, 24), 18), local(D(2026, 10, 1), 12, 59)])
        lesson(math_5a, D(2026, 10, 5), 1, "", "")
        lesson(rus_5a, D(2026, 9, 28), 2, "Звуки", "упр. 1", [local(D(2026, 9, 28), 10, 30)])
        lesson(rus_5a, D(2026, 9, 30), 2, "Буквы", "упр. 2", [local(D(2026, 10, 1), 9)])
        lesson(rus_5a, D(2026, 10, 2), 4, "Слоги", "упр. 3", [local(D(2026, 10, 2), 13)])
        lesson(math_5b, D(2026, 9, 28), 1, "Сложение", "")

        def mark(c, day, who, value, work, entered):
            s.add(Mark(lesson_id=lessons[(c, day)], pupil_id=pupils[who], value=value,
                       work_type_id=ref.work_types[work], weight=1.0, created_at=local(entered, 14)))

        mark(math_5a, D(2026, 9, 28), "Аксёнов", "5", "answer", D(2026, 9, 28))
        mark(math_5a, D(2026, 9, 30), "Аксёнов", "4", "answer", D(2026, 10, 1))
        mark(math_5a, D(2026, 9, 28), "Белова", "4", "control", D(2026, 10, 1))
        mark(math_5a, D(2026, 9, 28), "Васин", "2", "answer", D(2026, 9, 28))
        mark(rus_5a, D(2026, 9, 28), "Аксёнов", "5", "answer", D(2026, 9, 28))
        mark(rus_5a, D(2026, 9, 30), "Белова", "4", "answer", D(2026, 9, 30))
        mark(rus_5a, D(2026, 10, 2), "Белова", "5", "answer", D(2026, 10, 2))
        mark(rus_5a, D(2026, 9, 30), "Гусева", "3", "answer", D(2026, 9, 30))
        ids = School7(math_5a, rus_5a, math_5b, c5a.id, c5b.id, pupils)
    db.close()
    return ids


@pytest.fixture(scope="session")
def school7_template(tmp_path_factory) -> tuple[Path, School7]:
    path = tmp_path_factory.mktemp("school7") / "school7.db"
    return path, build(path)


@pytest.fixture
def school7(school7_template, tmp_path, db_key):
    """(an open Database of the hand-made school, its ids), a fresh copy per test."""
    template, ids = school7_template
    db = database.open_file(copy_journal(template, tmp_path / "school7.db"))
    yield db, ids
    db.close()


def sign_in(db, login: str):
    return accounts.authenticate(db, login, "demo")
