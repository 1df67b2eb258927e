"""`ejournal setup …`: a school's set-up (issue 15), the same services as «Подготовка учебного года».

    ejournal setup template --out FILE.xlsx                      an empty set-up workbook (no login)
    ejournal --db D --user admin setup import FILE.xlsx [--dry-run] [--json]
    ejournal --db D --user admin setup export --out FILE.xlsx [--json]
    ejournal --db D --user LOGIN setup check [--json]            exit 0 when teachers can start work
    ejournal --db D --user admin setup accounts --staff --out SLIPS.pdf     staff accounts and their slips
    ejournal --db D --user LOGIN setup accounts --class 5А --out SLIPS.pdf  a class's pupils and parents

Registered by cli.py: `add_parsers(sub)` in its parser, `HANDLERS` in its table.
Exit codes as cli.py's: 0 success, 1 refused, failed or (check) something missing, 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, Failed, open_session, show

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    setup = sub.add_parser("setup", help="подготовка учебного года: книга Excel и проверка готовности")
    ss = setup.add_subparsers(dest="setup_command", metavar="ДЕЙСТВИЕ", required=True)
    tpl = ss.add_parser("template", help="пустая книга подготовки учебного года (листы с заголовками и пояснения)")
    tpl.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.xlsx")
    imp = ss.add_parser("import", help="загрузить книгу: проверяется целиком, записывается всё или ничего "
                                       "(нужен вход администратора или завуча); .xlsx, .xls, .xlsb или .ods")
    imp.add_argument("file", type=Path, metavar="ФАЙЛ")
    imp.add_argument("--dry-run", action="store_true", help="только проверить и показать, что будет записано")
    imp.add_argument("--json", action="store_true")
    exp = ss.add_parser("export", help="записать подготовку учебного года школы в книгу того же вида")
    exp.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.xlsx")
    exp.add_argument("--json", action="store_true")
    chk = ss.add_parser("check", help="что ещё не готово к началу работы учителей (код 0 — всё готово)")
    chk.add_argument("--json", action="store_true")
    acc = ss.add_parser("accounts", help="выдать учётные записи и листки с паролями (PDF): сотрудникам "
                                         "(администратор) или ученикам и родителям класса (классный руководитель)")
    who = acc.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", action="store_true", help="всем сотрудникам без учётной записи")
    who.add_argument("--class", dest="class_label", metavar="КЛАСС", help="ученикам и родителям класса, например 5А")
    acc.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.pdf")
    acc.add_argument("--json", action="store_true")


def cmd_template(args) -> int:
    from ..services.school.setup_workbook import write_template
    write_template(args.out)
    print(f"Книга подготовки учебного года сохранена: {args.out}\nЗаполните листы и загрузите её: "
          f"ejournal --db ФАЙЛ --user admin setup import {args.out}")
    return EXIT_OK


def cmd_import(args) -> int:
    from ..services.school import setup_import
    with open_session(args, login_required=True) as (db, actor):
        result = setup_import.import_setup(db, actor, args.file, dry_run=args.dry_run)
    if not result.ok:
        if args.json:
            show(result.as_dict(), True, "")
        raise Failed(str(setup_import.SetupImportError(result.problems)))
    head = "Проверка прошла, ничего не записано (--dry-run). Будет записано:" if args.dry_run else \
        "Книга загружена:"
    show(result.as_dict(), args.json, f"{head} {result.summary()}.")
    return EXIT_OK


def cmd_export(args) -> int:
    from ..services.school import setup_workbook
    with open_session(args, login_required=True) as (db, actor):
        counts = setup_workbook.export_setup(db, actor, args.out)
    show({"file": str(args.out), "rows": counts}, args.json,
               f"Подготовка учебного года сохранена: {args.out} (" +
               ", ".join(f"{s.title}: {counts[s.key]}" for s in setup_workbook.SHEETS) + ")")
    return EXIT_OK


def cmd_check(args) -> int:
    from ..services.school import setup_check
    with open_session(args, login_required=True) as (db, actor):
        result = setup_check.checklist(db, actor)
    lines = [f"Подготовка учебного года{' ' + result.year if result.year else ''}:"]
    for item in result.items:
        mark = "✓" if item.done else ("✗" if item.blocking else "·")
        lines.append(f"  {mark} {item.label}: {item.detail}")
    lines.append("Учителя могут начинать работу." if result.ready else
                 "Не готово к работе учителей: исправьте строки со знаком ✗.")
    show(result.as_dict(), args.json, "\n".join(lines))
    if not result.ready and not args.json:
        print("ejournal: подготовка учебного года не завершена.", file=sys.stderr)
    return EXIT_OK if result.ready else EXIT_FAILED


def cmd_accounts(args) -> int:
    from ..services import timetable
    from ..services.access import account_issue
    with open_session(args, login_required=True) as (db, actor):
        if args.staff:
            issued = account_issue.issue_staff_accounts(db, actor, args.out)
        else:
            issued = account_issue.issue_class_accounts(db, actor, timetable.class_id_by_label(db, args.class_label),
                                                        args.out)
    text = (f"Учётных записей создано: {issued.created}, листков с паролями: {len(issued.accounts)} — {args.out}"
            if issued.accounts else "Выдавать нечего: у всех уже есть учётные записи.")
    show(issued.as_dict() | {"file": str(args.out) if issued.accounts else None}, args.json, text)
    return EXIT_OK


HANDLERS = {("setup", "accounts"): cmd_accounts, ("setup", "template"): cmd_template, ("setup", "import"): cmd_import,
            ("setup", "export"): cmd_export, ("setup", "check"): cmd_check}
