"""`ejournal export` and `ejournal import`: the exchange format (issue 7, docs/exchange-format.md).

    ejournal --db FILE --user LOGIN export --out FILE.json [--json]
        the whole school to one JSON file (the administrator's `exchange` right; personal data)
    ejournal --db FILE --user LOGIN import FILE.json [--dry-run] [--json]
        into an existing database (the administrator): years it already has are refused, people already
        there are linked
    ejournal --db FILE --user LOGIN export --format oneroster --out FILE.zip
    ejournal --db FILE --user LOGIN import --format oneroster FILE.zip [--dry-run]
        the same in OneRoster 1.2 CSV (docs/oneroster.md), the files other school systems exchange
    ejournal --db NEW.db import FILE.json [--admin LOGIN] [--dry-run] [--json]
        into a new database (no login): it is created with its administrator, whose password comes from
        EJOURNAL_NEW_PASSWORD or is asked on the terminal

Everything is checked before anything is written; each problem is printed with its JSON path.
Exit codes: 0 done, 1 refused or invalid, 2 bad usage.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, Failed, journal_path, open_session

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    """Add `export` and `import` to the subparsers of `ejournal`."""
    exp = sub.add_parser("export", help="выгрузить всю школу в файл обмена JSON (нужен вход администратора; "
                                        "файл содержит персональные данные)")
    exp.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.json")
    exp.add_argument("--format", choices=("json", "oneroster"), default="json",
                     help="json — файл обмена журнала; oneroster — zip с таблицами OneRoster 1.2 (CSV)")
    exp.add_argument("--json", action="store_true", help="итог в JSON")

    imp = sub.add_parser("import", help="загрузить файл обмена: в новую базу --db (без входа, создаётся "
                                        "администратор) или в существующую (вход администратора)")
    imp.add_argument("file", type=Path, metavar="ФАЙЛ.json")
    imp.add_argument("--dry-run", action="store_true", help="только проверить файл, ничего не записывать")
    imp.add_argument("--format", choices=("json", "oneroster"), default=None,
                     help="json — файл обмена журнала; oneroster — zip OneRoster 1.2 (по умолчанию — по расширению)")
    imp.add_argument("--admin", default="admin", metavar="ЛОГИН",
                     help="логин администратора новой базы (пароль — из EJOURNAL_NEW_PASSWORD или запрос)")
    imp.add_argument("--json", action="store_true", help="итог и ошибки в JSON")


def _failed_classes():
    from ..services.errors import ServiceError, StorageError
    failed = {Failed}
    return (ServiceError, StorageError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
            *failed)


def _report(problems, as_json: bool, data: dict | None = None) -> None:
    if as_json:
        print(json.dumps({**(data or {}), "ok": False, "problems": [p.as_dict() for p in problems]},
                         ensure_ascii=False, indent=2))
    for p in problems:
        print(f"  ✗ {p}", file=sys.stderr)


def cmd_export(args) -> int:
    from ..services import exchange

    def progress(done: int, total: int, what: str) -> None:
        if not args.json:
            print(f"\r{what[:70]:<70}", end="", file=sys.stderr)

    with open_session(args, login_required=True) as (db, actor):
        if args.format == "oneroster":
            from ..services.exchange import oneroster
            result = oneroster.export_zip(db, actor, args.out)
            print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if args.json else result.summary())
            return EXIT_OK
        try:
            result = exchange.export_file(db, actor, args.out, progress=progress)
        finally:
            if not args.json:
                print("\r" + " " * 70 + "\r", end="", file=sys.stderr)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.summary())
    return EXIT_OK


def _new_password(args) -> str:
    password = os.environ.get("EJOURNAL_NEW_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise Failed("Нет пароля администратора новой базы: задайте EJOURNAL_NEW_PASSWORD или запустите "
                         "команду в терминале.")
        password = getpass.getpass(f"Пароль администратора {args.admin} новой базы: ")
        if getpass.getpass("Повторите пароль: ") != password:
            raise Failed("Пароли не совпадают.")
    return password


def cmd_import(args) -> int:
    from ..services import exchange
    if not args.file.is_file():
        print(f"ejournal: файл обмена не найден: {args.file}", file=sys.stderr)
        return EXIT_FAILED
    target = journal_path(args)
    new = not target.exists()
    oneroster = args.format == "oneroster" or (args.format is None and args.file.suffix.lower() == ".zip")
    if oneroster:
        from ..services.exchange import oneroster_import as ori
        preview_new = lambda f: ori.preview(None, None, f)  # noqa: E731
        preview = ori.preview
        import_new = lambda t, f, **kw: ori.import_zip_into_new(t, f, admin_login=kw["admin_login"],  # noqa: E731
                                                                admin_password=kw["admin_password"])
        import_file = lambda db, actor, f, **kw: ori.import_zip(db, actor, f)  # noqa: E731
    else:
        preview_new, preview = exchange.preview_new, exchange.preview
        import_new, import_file = exchange.import_into_new, exchange.import_file
    if args.dry_run:
        if new:
            result = preview_new(args.file)
        else:
            with open_session(args, login_required=True) as (db, actor):
                result = preview(db, actor, args.file)
        if args.json:
            print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            print(("Проверка для новой базы " + str(target) + "\n" if new else "") + result.summary())
            for name, count in result.counts.items():
                if count:
                    print(f"  {exchange.SECTION_BY_NAME[name].label}: {count}")
            print("Ничего не записано (--dry-run).")
        for p in result.problems:
            print(f"  ✗ {p}", file=sys.stderr)
        return EXIT_OK if result.ok else EXIT_FAILED

    def progress(done: int, total: int, what: str) -> None:
        if not args.json:
            print(f"\r{done * 100 // max(total, 1):>3}% {what[:64]:<64}", end="", file=sys.stderr)

    try:
        if new:
            result = import_new(target, args.file, admin_login=args.admin,
                                              admin_password=_new_password(args), progress=progress)
        else:
            with open_session(args, login_required=True) as (db, actor):
                result = import_file(db, actor, args.file, progress=progress)
    except exchange.ExchangeError as exc:
        if not args.json:
            print("\r" + " " * 70 + "\r", end="", file=sys.stderr)
        print(f"ejournal: {exc}", file=sys.stderr)
        _report(exc.problems, args.json, {"file": str(args.file)})
        return EXIT_FAILED
    if not args.json:
        print("\r" + " " * 70 + "\r", end="", file=sys.stderr)
        print(result.summary())
        if new:
            print(f"Администратор новой базы: {args.admin}. Учётные записи сотрудников, родителей и учеников в "
                  f"файл обмена не входят: создайте их заново; распечатайте лист восстановления ключа.")
    else:
        print(json.dumps({"ok": True, **result.as_dict()}, ensure_ascii=False, indent=2))
    return EXIT_OK


def _guarded(fn):
    def run(args) -> int:
        try:
            return fn(args)
        except _failed_classes() as exc:
            print(f"ejournal: {exc}", file=sys.stderr)
            return EXIT_FAILED
    run.__name__ = fn.__name__
    return run


HANDLERS = {"export": _guarded(cmd_export), "import": _guarded(cmd_import)}
