"""The report kinds the program builds, one registry for the Reports page and `ejournal report KIND`.

A kind is a key (the CLI's KIND), a Russian label, the parameters it needs, and a `build` that returns a
printing.report.Report (plain data: tables and charts) which printing renders to PDF and .xlsx and the
Reports page previews. Modules that define kinds list them in their own `KINDS`; this module gathers
them in the order of the regulation.

    kind = report_kinds.get("progress")
    report = kind.build(db, actor, ReportRequest(class_label="5А", period=1), progress=None, cancelled=None)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from ..printing.report import Report
from ..storage.database import Database
from .actor import Actor
from .errors import ServiceError

Param = Literal["class", "period", "month", "pupil", "course"]


@dataclass(frozen=True)
class ReportRequest:
    class_label: str | None = None              # "5А"; None: the whole school
    period: int | Literal["year"] | None = None  # a period's number in the year, or the year
    month: tuple[int, int] | None = None        # (year, month) for monthly reports
    pupil_id: int | None = None                 # the pupil report
    course_id: int | None = None                # one course's journal (inspection certificate)
    today: dt.date | None = None                # "to date" for completion and accumulation; None: today


class Build(Protocol):
    def __call__(self, db: Database, actor: Actor, request: ReportRequest, *,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Report: ...


@dataclass(frozen=True)
class ReportKind:
    key: str                     # summary-sheet, progress, attendance, accumulation, activity, movement, pupil…
    label: str                   # «Сводная ведомость успеваемости»
    needs: frozenset[Param]      # parameters that must be given; "class" absent: the whole school allowed
    accepts: frozenset[Param]    # parameters it reads at all
    build: Build


def _modules():
    # Imported late: the kinds' modules import services that import this one's types.
    from . import report_control, report_results
    return (report_results, report_control)


def kinds() -> list[ReportKind]:
    return [kind for module in _modules() for kind in module.KINDS]


def get(key: str) -> ReportKind:
    for kind in kinds():
        if kind.key == key:
            return kind
    raise ServiceError(f"Нет такого отчёта: «{key}». Есть: {', '.join(k.key for k in kinds())}.")
