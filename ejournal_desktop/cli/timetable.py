"""`ejournal timetable …`: the weekly timetable and lessons generated from it (issue 5).

    ejournal timetable show --class 5А | --teacher ФАМИЛИЯ | --room 204 [--date D]
                                          a class's, a teacher's or a room's week, with its conflicts
    ejournal timetable conflicts [--date D]
                                          every conflict of the school (exit 0: none, 1: some)
    ejournal timetable generate --from D [--to D] [--class 5А]
                                          lessons from the timetable minus holidays (from today on at the
                                          earliest); lessons with marks or attendance are kept and listed
    ejournal timetable export --out FILE.xlsx|FILE.pdf [--class 5А | --teacher … | --room …] [--date D]
                                          the week(s) as PDF or a workbook (default: every class)

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, open_session, show
from .common import iso_date as _date

__all__ = ["HANDLERS", "add_parsers"]


def _target(parser, required: bool) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--class", dest="class_label", metavar="КЛАСС", help="класс, например 5А")
    group.add_argument("--teacher", metavar="ФАМИЛИЯ", help="учитель: фамилия или «Фамилия И. О.»")
    group.add_argument("--room", metavar="КАБИНЕТ", help="кабинет, например 204 или Спортзал")


def add_parsers(sub) -> None:
    """Add `timetable` and its actions to the subparsers of `ejournal`."""
    tt = sub.add_parser("timetable", help="расписание уроков и уроки по расписанию (нужен вход сотрудника)")
    tt_sub = tt.add_subparsers(dest="timetable_command", metavar="ДЕЙСТВИЕ", required=True)

    show = tt_sub.add_parser("show", help="неделя класса, учителя или кабинета с конфликтами")
    _target(show, required=True)
    show.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД", help="расписание на дату (по умолчанию сегодня)")
    show.add_argument("--json", action="store_true")

    conf = tt_sub.add_parser("conflicts", help="все конфликты расписания школы (код 0 — конфликтов нет)")
    conf.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД")
    conf.add_argument("--json", action="store_true")

    gen = tt_sub.add_parser("generate", help="создать уроки по расписанию за вычетом каникул (уроки с отметками "
                                             "и посещаемостью не затрагиваются)")
    gen.add_argument("--from", dest="start", required=True, type=_date, metavar="ГГГГ-ММ-ДД",
                     help="с какой даты (прошедшие дни не изменяются)")
    gen.add_argument("--to", dest="end", type=_date, metavar="ГГГГ-ММ-ДД", help="по какую дату (по умолчанию — "
                                                                               "до конца учебного года)")
    gen.add_argument("--class", dest="class_label", metavar="КЛАСС", help="только один класс")
    gen.add_argument("--json", action="store_true")

    exp = tt_sub.add_parser("export", help="сохранить расписание в PDF или Excel (.xlsx)")
    exp.add_argument("--out", required=True, type=Path, metavar="ФАЙЛ", help="файл .pdf или .xlsx")
    _target(exp, required=False)
    exp.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД")
    exp.add_argument("--json", action="store_true")


def _view_and_key(db, args) -> tuple[str, int | str] | None:
    from ..services import timetable
    if getattr(args, "class_label", None):
        return "class", timetable.class_id_by_label(db, args.class_label)
    if getattr(args, "teacher", None):
        return "teacher", timetable.staff_id_by_name(db, args.teacher)
    if getattr(args, "room", None):
        return "room", " ".join(args.room.split())
    return None


def _week_text(week) -> str:
    from ..domain.timetable import WEEKDAYS
    lines = [f"{week.title} — {week.academic_year} учебный год, расписание на {week.on:%d.%m.%Y}"]
    days = 6 if week.saturday else 5
    for wd in range(days):
        lines.append(WEEKDAYS[wd].capitalize())
        numbers = sorted(n for d, n in week.cells if d == wd)
        if not numbers:
            lines.append("   уроков нет")
        for n in numbers:
            parts = []
            for c in week.cells[(wd, n)]:
                what = f"{c.class_label} {c.subject}".strip() if week.view != "class" else c.subject
                if c.subgroup:
                    what += f" ({c.subgroup})"
                extra = [x for x in (c.teacher if week.view != "teacher" else "",
                                     c.room if week.view != "room" else "") if x]
                parts.append(what + (f" — {', '.join(extra)}" if extra else ""))
            lines.append(f"  {n:>2}  {week.bell_text(n):<11} " + "; ".join(parts))
    if week.conflicts:
        lines.append(f"Конфликты ({len(week.conflicts)}):")
        lines += [f"  {c.message}" for c in week.conflicts]
    return "\n".join(lines)


def _week_dict(week) -> dict:
    return {"view": week.view, "key": week.key, "title": week.title, "on": week.on.isoformat(),
            "academic_year": week.academic_year,
            "cells": [{"weekday": wd, "number": n, "bell": week.bell_text(n),
                       "courses": [{"course_id": c.course_id, "subject": c.subject, "class": c.class_label,
                                    "subgroup": c.subgroup, "teacher": c.teacher, "room": c.room}
                                   for c in cells]}
                      for (wd, n), cells in sorted(week.cells.items())],
            "conflicts": [{"kind": c.kind.value, "message": c.message, "course_ids": list(c.course_ids)}
                          for c in week.conflicts]}


def cmd_show(args) -> int:
    from ..services import timetable
    with open_session(args, login_required=True) as (db, actor):
        view, key = _view_and_key(db, args)
        week = timetable.week(db, actor, view, key, args.date)
    show(_week_dict(week), args.json, _week_text(week))
    return EXIT_OK


def cmd_conflicts(args) -> int:
    from ..services import timetable
    with open_session(args, login_required=True) as (db, actor):
        found = timetable.conflicts(db, actor, args.date)
    data = [{"kind": c.kind.value, "message": c.message, "course_ids": list(c.course_ids)} for c in found]
    show(data, args.json, "\n".join(c.message for c in found) or "Конфликтов в расписании нет.")
    if found:
        print(f"ejournal: конфликтов в расписании: {len(found)}.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def cmd_generate(args) -> int:
    from ..services import timetable

    def progress(done: int, total: int, what: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total} {what[:60]:<60}", end="", file=sys.stderr)

    with open_session(args, login_required=True) as (db, actor):
        class_id = timetable.class_id_by_label(db, args.class_label) if args.class_label else None
        report = timetable.generate_lessons(db, actor, args.start, args.end, class_id=class_id, progress=progress)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    show(report.as_dict(), args.json, report.summary())
    return EXIT_OK


def cmd_export(args) -> int:
    from ..services import timetable
    with open_session(args, login_required=True) as (db, actor):
        target = _view_and_key(db, args)
        view, keys = ("class", None) if target is None else (target[0], [target[1]])
        path = timetable.export(db, actor, args.out, view, keys, args.date)
    show({"path": str(path)}, args.json, f"Расписание сохранено: {path}")
    return EXIT_OK


HANDLERS = {
    ("timetable", "show"): cmd_show,
    ("timetable", "conflicts"): cmd_conflicts,
    ("timetable", "generate"): cmd_generate,
    ("timetable", "export"): cmd_export,
}
