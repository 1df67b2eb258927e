"""`ejournal`: with no subcommand it starts the program; subcommands script the same services.

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from . import __version__, paths
from .services.errors import ServiceError
from .storage.errors import StorageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Failed(Exception):
    """A refusal or failure with a message for stderr (exit 1)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ejournal", description="Электронный журнал школы (офлайн).")
    p.add_argument("--version", action="version", version=f"ejournal {__version__}")
    p.add_argument("--db", type=Path, help="файл базы журнала (по умолчанию — в папке данных пользователя)")
    p.add_argument("--demo", action="store_true",
                   help="открыть демонстрационную школу (создаётся при первом запуске)")
    p.add_argument("--self-test", action="store_true",
                   help="открыть базу и главное окно, закрыть их и выйти (проверка установки)")
    p.add_argument("--user", help="логин действующего пользователя (пароль — из EJOURNAL_PASSWORD или запрос)")
    sub = p.add_subparsers(dest="command", metavar="КОМАНДА")

    demo = sub.add_parser("demo", help="создать демонстрационную школу")
    demo.add_argument("--size", choices=["small", "school", "large"], default="school")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=dt.date.fromisoformat, help="дата «сегодня» для данных (ГГГГ-ММ-ДД)")
    demo.add_argument("--json", action="store_true", help="вывод в JSON")

    db = sub.add_parser("db", help="обслуживание базы")
    db_sub = db.add_subparsers(dest="db_command", metavar="ДЕЙСТВИЕ", required=True)
    check = db_sub.add_parser("check", help="проверить целостность и версию схемы")
    check.add_argument("--json", action="store_true")
    info = db_sub.add_parser("info", help="что хранит база (нужен вход пользователя)")
    info.add_argument("--json", action="store_true")
    return p


def _db_path(args) -> Path:
    if args.db:
        return args.db
    return paths.demo_db() if args.demo else paths.default_db()


def _open(args):
    from .services.files import open_journal
    return open_journal(_db_path(args))


def _actor(args, db):
    from .services.accounts import AuthError, authenticate
    if not args.user:
        raise Failed("Укажите пользователя: --user ЛОГИН (пароль — в EJOURNAL_PASSWORD или по запросу).")
    password = os.environ.get("EJOURNAL_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise Failed("Нет пароля: задайте EJOURNAL_PASSWORD или запустите команду в терминале.")
        password = getpass.getpass(f"Пароль для {args.user}: ")
    try:
        return authenticate(db, args.user, password)
    except AuthError as exc:
        raise Failed(str(exc)) from None


def _print(data, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def cmd_demo(args) -> int:
    from .services import demo
    from .services.files import create_journal
    path = _db_path(args)
    if path.exists():
        raise Failed(f"Файл {path} уже существует; демонстрационная школа создаётся только в новом файле.")
    db = create_journal(path, demo=True)
    try:
        report = demo.generate(db, args.size, seed=args.seed, today=args.today)
    except BaseException:
        db.close()
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        raise
    db.close()
    counts = {k: getattr(report, k) for k in ("classes", "pupils", "guardians", "teachers", "courses",
                                               "lessons", "marks", "attendance", "period_marks", "accounts")}
    lines = [f"Демонстрационная школа создана: {path}", report.summary(),
             "Учётные записи (пароль у всех — demo):"]
    lines += [f"  {login:<16} {desc}" for login, desc in report.account_list]
    _print({"db": str(path), "today": report.today, "academic_year": report.academic_year, "counts": counts,
            "accounts": [{"login": lg, "description": d} for lg, d in report.account_list]},
           args.json, "\n".join(lines))
    return EXIT_OK


def cmd_db_check(args) -> int:
    from .services import maintenance
    db = _open(args)
    try:
        result = maintenance.check(db)
    finally:
        db.close()
    text = [f"База: {result.path}", f"Версия схемы: {result.schema_version}"]
    text += [f"  ✗ {p}" for p in result.problems] or ["Проблем не найдено."]
    _print(result.as_dict(), args.json, "\n".join(text))
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_db_info(args) -> int:
    from .services import maintenance
    db = _open(args)
    try:
        actor = _actor(args, db)
        info = maintenance.info(db, actor)
    finally:
        db.close()
    _print(info, args.json, "\n".join(f"{k}: {v}" for k, v in info.items()))
    return EXIT_OK


def start_gui(args) -> int:
    path = _db_path(args)
    demo = args.demo and not args.db
    if demo and not path.exists():
        print(f"Создаётся демонстрационная школа в {path} …", file=sys.stderr)
        cmd_demo(argparse.Namespace(db=path, demo=True, size="school", seed=1, today=None, json=False))
    from .ui.app import run
    return run(path, demo=demo, self_test=args.self_test)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"demo": cmd_demo, ("db", "check"): cmd_db_check, ("db", "info"): cmd_db_info}
    key = args.command if args.command != "db" else ("db", args.db_command)
    try:
        if args.command is None:
            return start_gui(args)
        return handlers[key](args)
    except (Failed, ServiceError, StorageError, FileNotFoundError, FileExistsError, PermissionError) as exc:
        print(f"ejournal: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
