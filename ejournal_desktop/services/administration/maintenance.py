"""Database maintenance: integrity check and a summary of what the file holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ...domain.rights import Action, may
from ...storage import database, migrations
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    Attendance,
    Lesson,
    Mark,
    PeriodMark,
    Pupil,
    School,
    SchoolClass,
    Staff,
)
from ..access import audit, guard
from ..access.actor import Actor


@dataclass
class CheckResult:
    path: str
    schema_version: str | None
    head_version: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"path": self.path, "schema_version": self.schema_version, "head_version": self.head_version,
                "ok": self.ok, "problems": self.problems}


def check(db: Database) -> CheckResult:
    state = migrations.state(db.engine)
    result = CheckResult(str(db.path or db.engine.url), state.current, state.head)
    if state.pending:
        result.problems.append(f"Схема не обновлена: {state.current} вместо {state.head}")
    result.problems += database.integrity_problems(db)
    with db.session() as session:
        result.problems += audit.chain_problems(session)
        result.problems += audit.mark_problems(session)
    return result


def info(db: Database, actor: Actor) -> dict:
    schema_version = migrations.state(db.engine).current
    with guard.unit(db, actor) as session:
        # Counts of the whole school: staff who read class lists may see them.
        if not may(actor.roles, Action.view_class_list):
            raise guard.Denied(Action.view_class_list, "сведения о базе доступны только сотрудникам школы")
        school = session.scalar(select(School.short_name).limit(1))
        years = [y.label for y in session.scalars(select(AcademicYear).order_by(AcademicYear.start_year))]

        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model))

        return {
            "school": school,
            "academic_years": years,
            "schema_version": schema_version,
            "classes": count(SchoolClass),
            "pupils": count(Pupil),
            "staff": count(Staff),
            "accounts": count(Account),
            "lessons": count(Lesson),
            "marks": count(Mark),
            "attendance": count(Attendance),
            "period_marks": count(PeriodMark),
        }


@dataclass(frozen=True)
class Overview:
    """What the main window's overview shows: nothing personal, so no login is needed to read it."""

    school_name: str
    year_label: str | None
    counts: dict[str, int]


def overview(db: Database) -> Overview:
    with db.session() as session:
        school = session.scalar(select(School.name).limit(1)) or ""
        year = session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))

        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model))

        counts = {"classes": count(SchoolClass), "pupils": count(Pupil), "staff": count(Staff),
                  "lessons": count(Lesson), "marks": count(Mark)}
        return Overview(school, year.label if year else None, counts)
