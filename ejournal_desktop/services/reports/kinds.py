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

from collections.abc import Callable
from pathlib import Path

from ...printing.report import BarChart, Report, Table, format_cell
from ...storage.database import Database
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from . import control, results, weekly_diary
from .kind import FORMATS, Format, ReportKind, ReportRequest, latest_year, school_name

__all__ = ["FORMATS", "BarChart", "Format", "Report", "ReportKind", "ReportRequest", "Table", "export",
           "format_cell", "get", "kinds", "latest_year", "school_name", "write"]


def kinds() -> list[ReportKind]:
    return [kind for module in (results, control, weekly_diary) for kind in module.KINDS]


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
    return write(report, fmt, path, progress=progress, cancelled=cancelled, halfway=True)


def write(report: Report, fmt: Format, path: str | Path, *, progress: Callable[[int, int, str], None] | None = None,
          cancelled: Callable[[], bool] | None = None, halfway: bool = False) -> Path:
    """Write a built report as "pdf" or "xlsx" (atomically; a cancel leaves no file). The one routing of a
    report to a file, for the CLI and the Reports page. `halfway`: progress continues from the middle
    (the build took the first half)."""
    from ...printing.layout import BuildCancelled
    from ...printing.report_pdf import write_report_pdf
    from ...printing.report_xlsx import write_report_xlsx

    path = Path(path)
    if fmt == "xlsx":
        written = write_report_xlsx(path, report)
        if progress is not None:
            progress(1, 1, "Готово")
        return written

    def laying(done: int, total: int) -> None:
        if progress is not None:
            progress(total + done if halfway else done, (2 if halfway else 1) * max(1, total), "Вёрстка")

    try:
        return write_report_pdf(path, report, progress=laying, cancelled=cancelled)
    except BuildCancelled:
        raise Cancelled(f"Построение отчёта «{report.title}» отменено.") from None
