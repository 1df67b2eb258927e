"""`ejournal report KIND …`: every report kind of services.reports.kinds, for a monthly scheduled task.

    ejournal --db FILE --user LOGIN report KIND [--class 5А] [--period 1|year] [--month ГГГГ-ММ]
             [--pupil ID] [--as-of [ГГГГ-ММ-ДД]] --format pdf|xlsx --out FILE
        KIND: summary-sheet, progress, attendance, pupil, activity and the kinds of journal control
        (accumulation, movement, …); without --class the whole school. Each kind takes the options it
        reads (`ejournal report KIND --help`).
    ejournal … report KIND [options] [--json]
        without --out: the report's tables on the screen (or as JSON)
    ejournal … report frdo --year ГГГГ --format xlsx --out FILE.xlsx
        the graduates' certificates for ФИС ФРДО (services/graduates.py, docs/frdo.md)
    ejournal … report progress --class 5А --as-of 2026-12-04
        progress «на дату»: the current period from the current marks up to the day (attendance too);
        `--as-of` alone: today
    ejournal … report weekly-diary --class 5А --week 2026-12-07 --out 5А.pdf
        «Дневник на неделю»: a page per pupil for the week containing the day
    ejournal … report activity --month ГГГГ-ММ [--json]
        the monthly activity rows as before (day, login, logins, changes, failed_logins)

("report", KIND), filled when the parsers are added (the kinds come from the registry, so a kind another
module adds appears here by itself). Exit codes: 0 done, 1 refused or failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .common import EXIT_OK, Failed, builds, iso_date, open_session, show
from .common import month as _month

__all__ = ["HANDLERS", "add_parsers"]

_HELP = {
    "class": "класс, например 5А (без него — вся школа)",
    "period": "номер учебного периода (1, 2, …) или year — учебный год",
    "month": "месяц ГГГГ-ММ",
    "pupil": "номер ученика (id)",
    "course": "номер страницы журнала (курса)",
    "as_of": "отчёт на дату ГГГГ-ММ-ДД по текущим отметкам текущего периода (без даты — на сегодня)",
    "week": "любой день недели ГГГГ-ММ-ДД: дневник за эту неделю (понедельник — суббота)",
}


def _period(text: str):
    if text == "year":
        return "year"
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(f"период — номер (1, 2, …) или year, а не «{text}»")


def add_parsers(sub) -> None:
    """Add `ejournal report` with every report kind of the registry as its subcommand."""
    report = sub.add_parser("report", help="отчёты (ejournal report --help — все виды)")
    report_sub = report.add_subparsers(dest="report_command", metavar="ОТЧЁТ", required=True)
    if not builds("report"):
        return
    from ..services.reports import kinds as report_kinds
    for kind in report_kinds.kinds():
        p = report_sub.add_parser(kind.key, help=kind.label, description=kind.label)
        if "class" in kind.accepts:
            p.add_argument("--class", dest="class_label", required="class" in kind.needs, help=_HELP["class"])
        if "period" in kind.accepts:
            p.add_argument("--period", type=_period, required="period" in kind.needs, help=_HELP["period"])
        if "month" in kind.accepts:
            p.add_argument("--month", type=_month, required="month" in kind.needs, help=_HELP["month"])
        if "pupil" in kind.accepts:
            p.add_argument("--pupil", dest="pupil_id", type=int, required="pupil" in kind.needs, help=_HELP["pupil"])
        if "course" in kind.accepts:
            p.add_argument("--course", dest="course_id", type=int, required="course" in kind.needs,
                           help=_HELP["course"])
        if "as_of" in kind.accepts:
            p.add_argument("--as-of", dest="as_of", type=iso_date, nargs="?", const=dt.date.today(),
                           metavar="ГГГГ-ММ-ДД", help=_HELP["as_of"])
        if "week" in kind.accepts:
            p.add_argument("--week", type=iso_date, required="week" in kind.needs, metavar="ГГГГ-ММ-ДД",
                           help=_HELP["week"])
        p.add_argument("--format", choices=list(kind.formats), default=None,
                       help="формат файла (по умолчанию — по расширению --out, иначе pdf)")
        p.add_argument("--out", type=Path, help="куда сохранить отчёт; без него — таблицы на экран")
        p.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
        p.add_argument("--json", action="store_true", help="без --out: вывод в JSON")
        HANDLERS[("report", kind.key)] = cmd_report
    p = report_sub.add_parser("frdo", help="выгрузка аттестатов выпускников для ФИС ФРДО",
                              description="Таблица для загрузки в ФИС ФРДО: аттестаты выпускников года "
                                          "(9 и 11 классы), столбцы в порядке шаблона (resources/frdo).")
    p.add_argument("--year", type=int, required=True, metavar="ГГГГ", help="год выпуска (2027 для 2026/2027)")
    p.add_argument("--format", choices=["xlsx"], default="xlsx", help="формат файла")
    p.add_argument("--out", type=Path, required=True, help="куда сохранить таблицу (.xlsx)")
    HANDLERS[("report", "frdo")] = cmd_frdo


def cmd_frdo(args) -> int:
    from ..services.people import graduates
    if not args.out.parent.exists():
        raise Failed(f"Папки для таблицы нет: {args.out.parent}")
    with open_session(args, login_required=True) as (db, actor):
        table = graduates.export_frdo(db, actor, args.year, args.out)
    print(f"ФИС ФРДО: аттестатов {len(table.rows)} за {args.year} год, сохранено в {args.out}")
    return EXIT_OK


def _request(args):
    from ..services.reports.kinds import ReportRequest
    return ReportRequest(class_label=getattr(args, "class_label", None), period=getattr(args, "period", None),
                         month=getattr(args, "month", None), pupil_id=getattr(args, "pupil_id", None),
                         course_id=getattr(args, "course_id", None), today=args.today,
                         as_of=getattr(args, "as_of", None), week=getattr(args, "week", None))


def _format(args) -> str:
    if args.format:
        return args.format
    suffix = args.out.suffix.lower().lstrip(".")
    return suffix if suffix in ("pdf", "xlsx") else "pdf"


def cmd_report(args) -> int:
    from ..services.reports import kinds as report_kinds
    from ..services.reports.kinds import format_cell
    kind = report_kinds.get(args.report_command)
    request = _request(args)
    if args.out is not None:
        fmt = _format(args)
        if args.out.suffix.lower() not in (f".{fmt}",):
            print(f"ejournal: файл {args.out.name} будет в формате {fmt}", file=sys.stderr)
        if not args.out.parent.exists():
            raise Failed(f"Папки для отчёта нет: {args.out.parent}")
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int, text: str) -> None:
            if interactive:
                print(f"\r{text}: {100 * done // max(1, total)}%   ", end="", file=sys.stderr)

        with open_session(args, login_required=True) as (db, actor):
            report_kinds.export(db, actor, kind, request, fmt, args.out, progress=progress)
        if interactive:
            print(file=sys.stderr)
        print(f"{kind.label}: сохранено в {args.out}")
        return EXIT_OK

    with open_session(args, login_required=True) as (db, actor):
        if kind.key == "activity":
            return _activity(db, actor, args, show)
        report = kind.build(db, actor, request)
    if args.json:
        data = {"title": report.title, "school": report.school, "subtitle": report.subtitle,
                "tables": [{"title": t.title, "columns": [c.title for c in t.columns], "rows": t.rows,
                            "totals": t.totals, "sheet": t.sheet} for t in report.tables()],
                "notes": report.notes}
        show(data, True, "")
        return EXIT_OK
    lines = [report.title, report.subtitle, ""]
    for table in report.tables():
        cells = [[c.title for c in table.columns]]
        cells += [[format_cell(v, c.kind) for v, c in zip(row, table.columns)] for row in table.rows]
        if table.totals is not None:
            cells.append([format_cell(v, c.kind) for v, c in zip(table.totals, table.columns)])
        widths = [min(40, max(len(row[i]) for row in cells)) for i in range(len(table.columns))]
        lines.append(table.title)
        for row in cells:
            lines.append("  ".join(
                (text[:w].rjust(w) if column.kind != "text" else text[:w].ljust(w))
                for text, w, column in zip(row, widths, table.columns)).rstrip())
        lines.append("")
    lines += report.notes
    print("\n".join(lines))
    return EXIT_OK


def _activity(db, actor, args, show) -> int:
    """The activity rows as `report activity` always printed them (scripts read its JSON)."""
    from ..services.reports import activity as reports
    rows = reports.activity(db, actor, *args.month)
    data = [{"day": r.day, "login": r.login, "logins": r.logins, "changes": r.changes,
             "failed_logins": r.failed_logins} for r in rows]
    text = ["Дата        Логин              Входов  Изменений  Неудачных входов"]
    text += [f"{r.day:%d.%m.%Y}  {r.login:<18} {r.logins:>6}  {r.changes:>9}  {r.failed_logins:>16}" for r in rows]
    show(data, args.json, "\n".join(text))
    return EXIT_OK


HANDLERS: dict = {}
