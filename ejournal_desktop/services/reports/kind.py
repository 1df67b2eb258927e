"""The shape of a report kind and of a request for it, shared by the modules that define kinds
(results, control) and the registry (kinds) that gathers them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...printing.report import Report
from ...storage.database import Database
from ...storage.models import AcademicYear, School
from ..access.actor import Actor
from ..errors import ServiceError

Param = Literal["class", "period", "month", "pupil", "course", "as_of", "week"]


@dataclass(frozen=True)
class ReportRequest:
    class_label: str | None = None              # "5А"; None: the whole school
    period: int | Literal["year"] | None = None  # a period's number in the year, or the year
    month: tuple[int, int] | None = None        # (year, month) for monthly reports
    pupil_id: int | None = None                 # the pupil report
    course_id: int | None = None                # one course's journal (inspection certificate)
    today: dt.date | None = None                # "to date" for completion and accumulation; None: today
    # «На дату»: the current period's progress from the current marks up to this day (not from period
    # marks), and the attendance up to it.
    as_of: dt.date | None = None
    week: dt.date | None = None                 # any day of the week of the weekly diary

    @property
    def day(self) -> dt.date:
        """The day the report is "to date" of."""
        return self.as_of or self.today or dt.date.today()


class Build(Protocol):
    def __call__(self, db: Database, actor: Actor, request: ReportRequest, *,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Report: ...


class Export(Protocol):
    def __call__(self, db: Database, actor: Actor, request: ReportRequest, fmt: Format, path: Path, *,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path: ...


Format = Literal["pdf", "xlsx"]
FORMATS: tuple[Format, ...] = ("pdf", "xlsx")


@dataclass(frozen=True)
class ReportKind:
    key: str                     # summary-sheet, progress, attendance, accumulation, activity, movement, pupil…
    label: str                   # «Сводная ведомость успеваемости»
    needs: frozenset[Param]      # parameters that must be given; "class" absent: the whole school allowed
    accepts: frozenset[Param]    # parameters it reads at all
    build: Build
    export: Export | None = None  # a file of its own layout instead of the generic renderers
    formats: tuple[Format, ...] = FORMATS


def latest_year(session: Session) -> AcademicYear:
    """The year reports are built for: the newest one."""
    year = session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))
    if year is None:
        raise ServiceError("В журнале нет учебного года: отчёт строить не по чему.")
    return year


def school_name(session: Session) -> str:
    return session.scalar(select(School.name).limit(1)) or ""
