"""The report kinds the program builds, one registry for the Reports page and `ejournal report KIND`.

A kind is a key (the CLI's KIND), a Russian label, the parameters it needs, and a `build` that returns a
printing.report.Report (plain data: tables and charts) which printing renders to PDF and .xlsx and the
Reports page previews. Modules that define kinds list them in their own `KINDS`; this module gathers
them in the order of the regulation.

    kind = report_kinds.get("progress")
    report = kind.build(db, actor, ReportRequest(class_label="5А", period=1), progress=None, cancelled=None)
    report_kinds.export(db, actor, "progress", ReportRequest(class_label="5А", period=1), "pdf", "out.pdf")

`export` builds the report and writes it as PDF or .xlsx atomically (a cancelled or failed build leaves no
file); a kind with a form of its own (the summary sheet's paper form) gives its own `export`, which the
function calls instead.
"""

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
from ..errors import Cancelled, ServiceError

Param = Literal["class", "period", "month", "pupil", "course"]


@dataclass(frozen=True)
class ReportRequest:
    class_label: str | None = None              # "5А"; None: the whole school
    period: int | Literal["year"] | None = None  # a period's number in the year, or the year
    month: tuple[int, int] | None = None        # (year, month) for monthly reports
    pupil_id: int | None = None                 # the pupil report
    course_id: int | None = None                # one course's journal (inspection certificate)
    today: dt.date | None = None                # "to date" for completion and accumulation; None: today

    @property
    def day(self) -> dt.date:
        """The day the report is "to date" of."""
        return self.today or dt.date.today()


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


def _modules():
    # Imported late: the kinds' modules import services that import this one's types.
    from . import control as report_control
    from . import results as report_results
    return (report_results, report_control)


def kinds() -> list[ReportKind]:
    return [kind for module in _modules() for kind in module.KINDS]


def get(key: str) -> ReportKind:
    for kind in kinds():
        if kind.key == key:
            return kind
    raise ServiceError(f"Нет такого отчёта: «{key}». Есть: {', '.join(k.key for k in kinds())}.")


def export(db: Database, actor: Actor, kind: str | ReportKind, request: ReportRequest, fmt: Format,
           path: str | Path, *, progress: Callable[[int, int, str], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> Path:
    """Build the report and write it to `path` as "pdf" or "xlsx" (atomically). Progress runs over
    reading (the first half) and laying out; `cancelled()` true raises Cancelled and leaves no file."""
    from ...printing.layout import BuildCancelled
    from ...printing.report_pdf import write_report_pdf
    from ...printing.report_xlsx import write_report_xlsx

    kind = get(kind) if isinstance(kind, str) else kind
    if fmt not in kind.formats:
        raise ServiceError(f"Отчёт «{kind.label}» не сохраняется в формате {fmt}: "
                           f"есть {', '.join(kind.formats)}.")
    path = Path(path)
    if kind.export is not None:
        return kind.export(db, actor, request, fmt, path, progress=progress, cancelled=cancelled)

    def reading(done: int, total: int, text: str) -> None:
        if progress is not None:
            progress(done, 2 * max(1, total), text)

    report = kind.build(db, actor, request, progress=reading, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise Cancelled(f"Построение отчёта «{kind.label}» отменено.")
    if fmt == "xlsx":
        written = write_report_xlsx(path, report)
        if progress is not None:
            progress(1, 1, "Готово")
        return written

    def laying(done: int, total: int) -> None:
        if progress is not None:
            progress(total + done, 2 * max(1, total), "Вёрстка")

    try:
        return write_report_pdf(path, report, progress=laying, cancelled=cancelled)
    except BuildCancelled:
        raise Cancelled(f"Построение отчёта «{kind.label}» отменено.") from None
