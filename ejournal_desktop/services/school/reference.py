"""Reference data every new school starts with: grading systems, work types, bells, subjects.

`install_reference_data` is idempotent: rows that already exist (by code, by name, by bell number)
are kept as they are, so it can run on a school that has edited part of its reference data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.grading import FIVE_POINT, PASS_FAIL
from ...domain.grading import GradingSystem as DomainGradingSystem
from ...storage.models import BellSchedule, GradeValue, GradingKind, GradingSystem, Subject, WorkType

__all__ = [
    "BELLS", "GRADING_SYSTEMS", "SUBJECTS", "WORK_TYPES", "ReferenceData", "WorkTypeSpec",
    "install_reference_data",
]

# code → (name shown in the interface, kind, domain definition of the values)
GRADING_SYSTEMS: dict[str, tuple[str, GradingKind, DomainGradingSystem]] = {
    "five_point": ("Пятибалльная", GradingKind.five_point, FIVE_POINT),
    "pass_fail": ("Зачёт/незачёт", GradingKind.pass_fail, PASS_FAIL),
}


@dataclass(frozen=True)
class WorkTypeSpec:
    code: str
    name: str
    weight: float
    color: str
    entry_days: int = 0  # written works may be marked within a week of the lesson
    is_default: bool = False


WORK_TYPES: tuple[WorkTypeSpec, ...] = (
    WorkTypeSpec("answer", "Ответ на уроке", 1.0, "#000000", is_default=True),
    WorkTypeSpec("homework", "Домашняя работа", 1.0, "#1565C0"),
    WorkTypeSpec("independent", "Самостоятельная работа", 1.5, "#00838F"),
    WorkTypeSpec("check", "Проверочная работа", 1.5, "#EF6C00"),
    WorkTypeSpec("practical", "Практическая/лабораторная работа", 1.5, "#2E7D32"),
    WorkTypeSpec("dictation", "Диктант", 2.0, "#AD1457", entry_days=7),
    WorkTypeSpec("essay", "Сочинение/изложение", 2.0, "#6A1B9A", entry_days=7),
    WorkTypeSpec("control", "Контрольная работа", 2.0, "#C62828", entry_days=7),
)


def _bells() -> tuple[tuple[int, dt.time, dt.time], ...]:
    """8 lessons of 40 minutes from 8:30; 10-minute breaks, 20 minutes after the 2nd and 3rd."""
    breaks = (10, 20, 20, 10, 10, 10, 10)
    start = dt.datetime(2000, 1, 1, 8, 30)
    bells = []
    for number in range(1, 9):
        end = start + dt.timedelta(minutes=40)
        bells.append((number, start.time(), end.time()))
        if number <= len(breaks):
            start = end + dt.timedelta(minutes=breaks[number - 1])
    return tuple(bells)


BELLS = _bells()

# name, short name; the order is the order of a report card (сводная ведомость).
# The subject clubs, electives and the extended-day group are kept under (the last of SUBJECTS).
EXTRACURRICULAR = "Внеурочная деятельность"

SUBJECTS: tuple[tuple[str, str], ...] = (
    ("Русский язык", "Рус. яз."),
    ("Литературное чтение", "Лит. чтение"),
    ("Литература", "Литература"),
    ("Английский язык", "Англ. яз."),
    ("Математика", "Математика"),
    ("Алгебра", "Алгебра"),
    ("Алгебра и начала математического анализа", "Алгебра и НА"),
    ("Геометрия", "Геометрия"),
    ("Вероятность и статистика", "Вер. и стат."),
    ("Информатика", "Информатика"),
    ("Окружающий мир", "Окр. мир"),
    ("История", "История"),
    ("Обществознание", "Общество"),
    ("География", "География"),
    ("Биология", "Биология"),
    ("Физика", "Физика"),
    ("Химия", "Химия"),
    ("Основы религиозных культур и светской этики", "ОРКСЭ"),
    ("Основы духовно-нравственной культуры народов России", "ОДНКНР"),
    ("Музыка", "Музыка"),
    ("Изобразительное искусство", "ИЗО"),
    ("Технология", "Технология"),
    ("Основы безопасности и защиты Родины", "ОБЗР"),
    ("Физическая культура", "Физкультура"),
    ("Индивидуальный проект", "Инд. проект"),
    (EXTRACURRICULAR, "Внеурочная"),
)


@dataclass
class ReferenceData:
    """Ids of the reference rows, for callers that go on to build a school."""

    grading_systems: dict[str, int] = field(default_factory=dict)   # code → id
    work_types: dict[str, int] = field(default_factory=dict)        # code → id
    subjects: dict[str, int] = field(default_factory=dict)          # name → id
    bells: dict[int, tuple[dt.time, dt.time]] = field(default_factory=dict)  # first shift


def install_reference_data(session: Session) -> ReferenceData:
    """Add the standard reference data that is missing; return the ids of all of it.

    Runs in the caller's transaction (flushes, does not commit).
    """
    existing_systems = {gs.code: gs for gs in session.scalars(select(GradingSystem))}
    for order, (code, (name, kind, spec)) in enumerate(GRADING_SYSTEMS.items()):
        if code in existing_systems:
            continue
        system = GradingSystem(code=code, name=name, kind=kind)
        system.values = [
            GradeValue(code=v.code, label=v.label, points=v.points, passing=v.passing, quality=v.quality,
                       sort_order=i)
            for i, v in enumerate(spec.values)]
        session.add(system)

    existing_types = set(session.scalars(select(WorkType.code)))
    for order, wt in enumerate(WORK_TYPES):
        if wt.code not in existing_types:
            session.add(WorkType(code=wt.code, name=wt.name, weight=wt.weight, color=wt.color,
                                 entry_days=wt.entry_days, is_default=wt.is_default, sort_order=order))

    existing_bells = set(session.scalars(select(BellSchedule.lesson_number).where(BellSchedule.shift == 1)))
    for number, starts, ends in BELLS:
        if number not in existing_bells:
            session.add(BellSchedule(shift=1, lesson_number=number, starts_at=starts, ends_at=ends))

    existing_subjects = set(session.scalars(select(Subject.name)))
    for order, (name, short) in enumerate(SUBJECTS, start=1):
        if name not in existing_subjects:
            session.add(Subject(name=name, short_name=short, sort_order=order * 10))
    session.flush()

    data = ReferenceData()
    data.grading_systems = dict(session.execute(select(GradingSystem.code, GradingSystem.id)).all())
    data.work_types = dict(session.execute(select(WorkType.code, WorkType.id)).all())
    data.subjects = dict(session.execute(select(Subject.name, Subject.id)).all())
    data.bells = {n: (s, e) for n, s, e in session.execute(
        select(BellSchedule.lesson_number, BellSchedule.starts_at, BellSchedule.ends_at)
        .where(BellSchedule.shift == 1))}
    return data
