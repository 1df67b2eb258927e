"""`ejournal staff …` and `ejournal plan …`: the staff list and the thematic plan (КТП) from the command line,
the same services as the «Сотрудники» section and the КТП dialog of the journal.

    ejournal staff list [--json]                    staff with positions, subjects, contacts, hours per week
    ejournal staff load [--json]                    each teacher's courses with hours and the total
    ejournal plan import FILE --course ID [--fill-topics] [--json]
                                                    replace the course's КТП from an .xlsx; prints each bad row
                                                    with its row number and exits 1 writing nothing; with
                                                    --fill-topics, fills the empty lesson topics from it
    ejournal plan template FILE                     save the blank КТП template

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, open_session, show

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    """Add `staff` and `plan` to the subparsers of `ejournal`."""
    staff = sub.add_parser("staff", help="список сотрудников и нагрузка учителей (нужен вход заместителя директора)")
    ss = staff.add_subparsers(dest="staff_command", metavar="ДЕЙСТВИЕ", required=True)
    lst = ss.add_parser("list", help="сотрудники: должность, предметы, контакты, часы в неделю")
    lst.add_argument("--json", action="store_true")
    ld = ss.add_parser("load", help="нагрузка: курсы каждого учителя, часы в неделю и итог")
    ld.add_argument("--json", action="store_true")

    plan = sub.add_parser("plan", help="КТП (календарно-тематическое планирование) курса из Excel")
    ps = plan.add_subparsers(dest="plan_command", metavar="ДЕЙСТВИЕ", required=True)
    imp = ps.add_parser("import", help="загрузить КТП курса из .xlsx (заменяет прежний план); код 1 и ничего не "
                                       "записано, если в файле есть ошибки")
    imp.add_argument("file", type=Path, metavar="ФАЙЛ")
    imp.add_argument("--course", type=int, required=True, metavar="ID", help="номер (id) курса — страницы журнала")
    imp.add_argument("--fill-topics", action="store_true", dest="fill_topics",
                     help="заполнить пустые темы уроков по плану (уроки с темой не меняются)")
    imp.add_argument("--json", action="store_true")
    tpl = ps.add_parser("template", help="сохранить пустой шаблон КТП (.xlsx)")
    tpl.add_argument("file", type=Path, metavar="ФАЙЛ")


def _hours(h: float) -> str:
    return f"{h:g}"


def cmd_staff_list(args) -> int:
    from ..services.people import staff
    with open_session(args, login_required=True) as (db, actor):
        rows = staff.staff_list(db, actor)
    text = "\n".join(
        f"{r.id:>4}  {r.full_name:<36} {r.position:<45} {_hours(r.hours):>4} ч  "
        f"{', '.join(r.subjects) or '—'}  {r.phone}  {r.email}"
        + (f"  уволен(а) {r.dismissed_on:%d.%m.%Y}" if r.dismissed_on else "") for r in rows)
    show([r.as_dict() for r in rows], args.json, text or "Сотрудников нет.")
    return EXIT_OK


def cmd_staff_load(args) -> int:
    from ..services.people import staff
    with open_session(args, login_required=True) as (db, actor):
        loads = staff.load(db, actor)
    lines = []
    for t in loads:
        lines.append(f"{t.full_name} — {t.position}: {_hours(t.total_hours)} ч в неделю")
        lines += [f"    {_hours(c.hours_per_week):>4} ч  {c.kind_label:<12} {c.title}" for c in t.courses]
    show([t.as_dict() for t in loads], args.json, "\n".join(lines) or "Нагрузки нет.")
    return EXIT_OK


def cmd_plan_import(args) -> int:
    from ..services.timetable import thematic_plan
    with open_session(args, login_required=True) as (db, actor):
        try:
            result = thematic_plan.import_plan(db, actor, args.course, args.file)
        except thematic_plan.PlanImportError as exc:
            if args.json:
                show({"imported": False, "problems": [p.as_dict() for p in exc.problems]}, True, "")
            else:
                for p in exc.problems:
                    print(p, file=sys.stderr)
            raise
        out = {"imported": True, **result.as_dict()}
        text = f"КТП загружен: тем {result.items}, часов {result.hours}" + (
            f" (прежний план из {result.replaced} тем заменён)." if result.replaced else ".")
        if args.fill_topics:
            report = thematic_plan.fill_topics(db, actor, args.course)
            out["topics"] = report.as_dict()
            text += "\n" + report.summary()
    show(out, args.json, text)
    return EXIT_OK


def cmd_plan_template(args) -> int:
    from ..services.timetable import thematic_plan
    saved = thematic_plan.save_template(args.file)
    print(f"Шаблон КТП сохранён: {saved}")
    return EXIT_OK


HANDLERS = {
    ("staff", "list"): cmd_staff_list,
    ("staff", "load"): cmd_staff_load,
    ("plan", "import"): cmd_plan_import,
    ("plan", "template"): cmd_plan_template,
}
