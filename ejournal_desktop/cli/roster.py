"""`ejournal roster …`: class lists from and to Excel.

    ejournal --db FILE --user LOGIN roster import FILE [--dry-run] [--skip-bad-rows] [--order NUMBER]
                                                       [--date YYYY-MM-DD] [--class 5А] [--json]
    ejournal --db FILE --user LOGIN roster export --class 5А --out FILE.xlsx [--date YYYY-MM-DD]
    ejournal roster template --out FILE.xlsx|FILE.csv

Exit codes: 0 done, 1 refused or failed (each problem on stderr with its row number;
nothing written), 2 bad usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Failed, open_session
from .common import iso_date as _date


def add_parsers(sub) -> None:
    roster = sub.add_parser("roster", help="списки классов: импорт из Excel/CSV и экспорт в Excel")
    rs = roster.add_subparsers(dest="roster_command", metavar="ДЕЙСТВИЕ", required=True)

    imp = rs.add_parser("import", help="импорт учеников (и родителей) из .xlsx, .xls, .xlsb, .ods или .csv; "
                                       "ничего не записывается, пока в файле есть ошибки")
    imp.add_argument("file", type=Path, metavar="ФАЙЛ")
    imp.add_argument("--dry-run", action="store_true", help="только проверить файл, ничего не записывать")
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help="записать верные строки, пропустив строки с ошибками")
    imp.add_argument("--order", default="", metavar="НОМЕР", help="номер приказа о зачислении")
    imp.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД",
                     help="дата прибытия (по умолчанию — первый день учебного года или сегодня)")
    imp.add_argument("--class", dest="class_label", metavar="КЛАСС",
                     help="класс для строк без столбца «Класс», например 5А")
    imp.add_argument("--json", action="store_true", help="вывод в JSON")

    exp = rs.add_parser("export", help="список класса в книгу Excel")
    exp.add_argument("--class", dest="class_label", required=True, metavar="КЛАСС", help="класс, например 5А")
    exp.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.xlsx")
    exp.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД",
                     help="состав класса на дату (по умолчанию сегодня)")

    tpl = rs.add_parser("template", help="сохранить пустой шаблон списка (.xlsx или .csv по расширению)")
    tpl.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ")


def _fail(message: str) -> int:
    print(f"ejournal: {message}", file=sys.stderr)
    return EXIT_FAILED


def _problems(problems) -> None:
    for p in problems:
        print(f"  ✗ {p}", file=sys.stderr)


def cmd_roster_import(args) -> int:
    from ..services.people import roster_import
    with open_session(args, login_required=True) as (db, actor):
        if args.dry_run:
            result = roster_import.preview(db, actor, args.file, default_class=args.class_label)
            if args.json:
                print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            else:
                print(f"Проверка {args.file.name}: строк с учениками {result.rows_read}, "
                      f"верных {len(result.rows)}, "
                      f"с ошибками {len(result.bad_rows)}. Ничего не записано (--dry-run).")
                for label, count in sorted(result.classes.items()):
                    print(f"  {label}: {count}")
            _problems(result.problems)
            return EXIT_OK if result.ok else EXIT_FAILED
        try:
            done = roster_import.import_roster(db, actor, args.file, skip_bad_rows=args.skip_bad_rows,
                                               arrived_on=args.date, order_number=args.order,
                                               default_class=args.class_label)
        except roster_import.RosterImportError as exc:
            print(f"ejournal: {exc}", file=sys.stderr)
            _problems(exc.problems)
            return EXIT_FAILED
    if args.json:
        print(json.dumps(done.as_dict(), ensure_ascii=False, indent=2))
    else:
        order = f" по приказу № {done.order_number}" if done.order_number else ""
        print(f"Импортировано учеников: {done.pupils} (прибытие {done.arrived_on:%d.%m.%Y}{order}); "
              f"родителей добавлено: {done.guardians_created}, уже были в школе: {done.guardians_reused}.")
        for label, count in done.enrollments.items():
            print(f"  {label}: {count}")
        if done.skipped:
            rows = len({(p.sheet, p.row) for p in done.skipped})
            print(f"Пропущено строк с ошибками: {rows}", file=sys.stderr)
    _problems(done.skipped)
    return EXIT_OK


def cmd_roster_export(args) -> int:
    from ..services.people import roster_export
    from ..services.reports import printouts
    with open_session(args, login_required=True) as (db, actor):
        class_id = printouts.class_id_by_label(db, args.class_label)
        roster_export.export_class_list(db, actor, class_id, args.out, on=args.date)
    print(f"Список класса сохранён: {args.out}")
    return EXIT_OK


def cmd_roster_template(args) -> int:
    from ..services.people import roster_import
    kind = args.out.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv"):
        print("ejournal: шаблон сохраняется как .xlsx или .csv", file=sys.stderr)
        return EXIT_USAGE
    args.out.write_bytes(roster_import.blank_template(kind))
    print(f"Шаблон сохранён: {args.out}")
    return EXIT_OK


_COMMANDS = {"import": cmd_roster_import, "export": cmd_roster_export, "template": cmd_roster_template}


def cmd_roster(args) -> int:
    """One entry for the command table; each problem is reported here with its row."""
    from ..services.errors import ServiceError, StorageError
    failed = tuple({Failed})
    try:
        return _COMMANDS[args.roster_command](args)
    except (ServiceError, StorageError, FileNotFoundError, PermissionError, IsADirectoryError,
            *failed) as exc:
        return _fail(str(exc))


HANDLERS = {"roster": cmd_roster}
