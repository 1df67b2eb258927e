"""Removing journals kept longer than five years (regulation 7.7), by the administrator's explicit
action after the summary sheets were printed; the audit log keeps a record of every removed mark."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    Course,
    CourseMember,
    Enrollment,
    Holiday,
    Lesson,
    Mark,
    MarkCorrection,
    Period,
    PeriodMark,
    SchoolClass,
    Subgroup,
    SubgroupMember,
    TimetableEntry,
    YearDecision,
    YearStatus,
)
from ..access.actor import Actor
from ..access.guard import require, unit
from .year_decisions import YearClosingError, _AuditBatch, _clock

KEEP_YEARS = 5  # regulation 7.7: journals on electronic media


@dataclass
class RemovalReport:
    years: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        if not self.years:
            return f"Журналов старше {KEEP_YEARS} лет нет: ничего не удалено."
        what = ", ".join(f"{k}: {v}" for k, v in self.counts.items())
        return f"Удалены журналы учебных лет {', '.join(self.years)} ({what})."

    def as_dict(self) -> dict:
        return {"years": self.years, "counts": self.counts}


def _removable(session: Session, today: dt.date) -> list[AcademicYear]:
    years = session.scalars(select(AcademicYear).where(AcademicYear.status == YearStatus.closed)
                            .order_by(AcademicYear.start_year)).all()
    return [y for y in years if dt.date(y.start_year + 1 + KEEP_YEARS, 8, 31) < today]


def removable_years(db: Database, actor: Actor, now: dt.datetime | None = None) -> list[str]:
    """Closed years kept longer than five years after their end (what `remove_old_years` would remove)."""
    today = _clock(now).astimezone().date()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="удаление журналов прошлых лет")
        return [y.label for y in _removable(session, today)]


def remove_old_years(db: Database, actor: Actor, *, summary_sheets_printed: bool,
                     now: dt.datetime | None = None) -> RemovalReport:
    """Remove the journals of years closed more than five years ago, in one transaction, once the
    administrator confirms that their summary sheets were printed. Pupils and staff stay."""
    now = _clock(now)
    today = now.astimezone().date()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="удаление журналов прошлых лет")
        years = _removable(session, today)
        report = RemovalReport()
        if not years:
            return report
        labels = ", ".join(y.label for y in years)
        if not summary_sheets_printed:
            raise YearClosingError(
                f"Журналы {labels} учебных лет хранятся уже больше {KEEP_YEARS} лет и могут быть удалены, "
                f"но сначала распечатайте их сводные ведомости успеваемости (они хранятся на бумаге 75 лет) "
                f"и подтвердите это. Ничего не удалено.")
        log = _AuditBatch(session, actor.account_id, now)
        totals: dict[str, int] = defaultdict(int)
        for year in years:
            counts = _remove_year(session, log, year)
            for k, v in counts.items():
                totals[k] += v
            report.years.append(year.label)
        report.counts = dict(totals)
        log.write()
        return report


def _remove_year(session: Session, log: _AuditBatch, year: AcademicYear) -> dict[str, int]:
    course_ids = select(Course.id).where(Course.academic_year_id == year.id).scalar_subquery()
    lesson_ids = select(Lesson.id).where(Lesson.course_id.in_(course_ids)).scalar_subquery()
    class_ids = select(SchoolClass.id).where(SchoolClass.academic_year_id == year.id).scalar_subquery()
    subgroup_ids = select(Subgroup.id).where(Subgroup.school_class_id.in_(class_ids)).scalar_subquery()
    # The audit log ends each mark's history, so that the marks' check does not take them for deleted
    # behind the program's back.
    for (mark_id,) in session.execute(select(Mark.id).where(Mark.lesson_id.in_(lesson_ids)).order_by(Mark.id)):
        log.add("delete", "mark", mark_id, new={"removed_with_year": year.label})
    counts: dict[str, int] = {}
    steps = [
        ("отметок", delete(Mark).where(Mark.lesson_id.in_(lesson_ids))),
        ("пропусков", delete(Attendance).where(Attendance.lesson_id.in_(lesson_ids))),
        ("исправлений", delete(MarkCorrection).where(MarkCorrection.lesson_id.in_(lesson_ids))),
        ("уроков", delete(Lesson).where(Lesson.course_id.in_(course_ids))),
        ("отметок за периоды", delete(PeriodMark).where(PeriodMark.course_id.in_(course_ids))),
        (None, delete(TimetableEntry).where(TimetableEntry.course_id.in_(course_ids))),
        (None, delete(CourseMember).where(CourseMember.course_id.in_(course_ids))),
        ("журналов (учебная нагрузка)", delete(Course).where(Course.academic_year_id == year.id)),
        (None, delete(SubgroupMember).where(SubgroupMember.subgroup_id.in_(subgroup_ids))),
        (None, delete(Subgroup).where(Subgroup.school_class_id.in_(class_ids))),
        ("записей движения", delete(Enrollment).where(Enrollment.school_class_id.in_(class_ids))),
        ("классов", delete(SchoolClass).where(SchoolClass.academic_year_id == year.id)),
        (None, delete(Period).where(Period.academic_year_id == year.id)),
        (None, delete(Holiday).where(Holiday.academic_year_id == year.id)),
        (None, delete(YearDecision).where(YearDecision.academic_year_id == year.id)),
    ]
    for name, stmt in steps:
        n = session.execute(stmt.execution_options(synchronize_session=False)).rowcount
        if name is not None:
            counts[name] = n
    old = {"start_year": year.start_year, "closing_order_number": year.closing_order_number,
           "closed_on": year.closed_on, "removed": counts}
    log.add("remove", "academic_year", year.id, old=old, new={"summary_sheets_printed": True})
    session.delete(year)
    session.flush()
    return counts
