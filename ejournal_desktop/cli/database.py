"""`ejournal demo`, `init`, `db check|info|init|password|migrate`, `keyring`: the journal's file (or
server) itself — made, checked, described, moved, and its key kept on this PC."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys

from .common import (
    EXIT_FAILED,
    EXIT_OK,
    Failed,
    ask_password,
    is_server,
    journal_path,
    open_session,
    parse_location,
    show,
)

__all__ = ["HANDLERS", "add_parsers", "cmd_demo"]


def add_parsers(sub) -> None:
    demo = sub.add_parser("demo", help="создать демонстрационную школу")
    demo.add_argument("--size", choices=["small", "school", "large"], default="school")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=dt.date.fromisoformat, help="дата «сегодня» для данных (ГГГГ-ММ-ДД)")
    demo.add_argument("--years", type=_demo_years, default=1, metavar="N",
                      help="лет в журнале: текущий и N-1 закрытых прошлых (1–5, по умолчанию 1)")
    demo.add_argument("--json", action="store_true", help="вывод в JSON")

    init = sub.add_parser("init", help="создать базу журнала школы и учётную запись администратора")
    init.add_argument("--school", required=True, help="полное наименование школы")
    init.add_argument("--short-name", help="краткое наименование")
    init.add_argument("--admin", default="admin", help="логин администратора (по умолчанию admin)")

    db = sub.add_parser("db", help="обслуживание базы")
    db_sub = db.add_subparsers(dest="db_command", metavar="ДЕЙСТВИЕ", required=True)
    check = db_sub.add_parser("check", help="проверить целостность, версию схемы и журнал действий")
    check.add_argument("--json", action="store_true")
    info = db_sub.add_parser("info", help="что хранит база (нужен вход сотрудника)")
    info.add_argument("--json", action="store_true")
    db_sub.add_parser("init", help="создать схему журнала в пустой базе на сервере (--db postgresql://…)")
    pw = db_sub.add_parser("password", help="хранить пароль сервера (--db postgresql://…) в хранилище ключей "
                                            "этого компьютера (пароль — из EJOURNAL_SERVER_PASSWORD или запрос)")
    pw.add_argument("--forget", action="store_true", help="удалить сохранённый пароль")
    mig = db_sub.add_parser("migrate", help="перенести журнал целиком: из файла на сервер или обратно, "
                                            "с проверкой числа строк")
    mig.add_argument("--from", dest="source", type=parse_location, required=True, metavar="ФАЙЛ|URL")
    mig.add_argument("--to", dest="target", type=parse_location, required=True, metavar="ФАЙЛ|URL")
    mig.add_argument("--json", action="store_true")

    kr = sub.add_parser("keyring", help="хранить ключ базы на этом компьютере (нужен вход администратора)")
    kr.add_argument("state", choices=["on", "off", "status"])


def _demo_years(text: str) -> int:
    """An argparse type: 1…5 years (the regulation keeps five), with a Russian message (exit 2)."""
    from ..services.demo import MAX_YEARS
    try:
        years = int(text)
    except ValueError:
        years = 0
    if not 1 <= years <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"число лет — целое от 1 до {MAX_YEARS}, а не «{text}»")
    return years


def cmd_demo(args) -> int:
    from ..services import demo
    from ..services.access.files import create_journal, discard_journal
    path = journal_path(args)
    if not is_server(path) and path.exists():
        raise Failed(f"Файл {path} уже существует; демонстрационная школа создаётся только в новом файле.")
    db = create_journal(path, demo=True)
    try:
        report = demo.generate(db, args.size, seed=args.seed, today=args.today, years=getattr(args, "years", 1))
    except BaseException:
        db.close()
        discard_journal(path)
        raise
    db.close()
    counts = {k: getattr(report, k) for k in ("classes", "pupils", "guardians", "teachers", "courses",
                                               "lessons", "marks", "attendance", "period_marks", "accounts")}
    lines = [f"Демонстрационная школа создана: {path}", report.summary(), *report.closed_years,
             "Учётные записи (пароль у всех — demo):"]
    lines += [f"  {login:<16} {desc}" for login, desc in report.account_list]
    show({"db": str(path), "today": report.today, "academic_year": report.academic_year, "counts": counts,
          "accounts": [{"login": lg, "description": d} for lg, d in report.account_list],
          "closed_years": report.closed_years},
           args.json, "\n".join(lines))
    return EXIT_OK


def cmd_init(args) -> int:
    from ..services.access.files import create_school
    path = journal_path(args)
    password = ask_password(args, f"Пароль администратора {args.admin}: ", env="EJOURNAL_NEW_PASSWORD")
    if sys.stdin.isatty() and "EJOURNAL_NEW_PASSWORD" not in os.environ:
        if getpass.getpass("Повторите пароль: ") != password:
            raise Failed("Пароли не совпадают.")
    create_school(path, school_name=args.school, short_name=args.short_name or args.school,
                  admin_login=args.admin, admin_password=password).close()
    print(f"База журнала создана: {path}\nАдминистратор: {args.admin}. Ключ базы защищён его паролем; "
          f"распечатайте лист восстановления ключа и храните его в сейфе школы.")
    return EXIT_OK


def cmd_db_check(args) -> int:
    from ..services.administration import maintenance
    with open_session(args, login_required=False) as (db, _actor):
        result = maintenance.check(db)
    text = [f"База: {result.path}", f"Версия схемы: {result.schema_version}"]
    text += [f"  ✗ {p}" for p in result.problems] or ["Проблем не найдено."]
    show(result.as_dict(), args.json, "\n".join(text))
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_db_init(args) -> int:
    from ..services.access.files import init_server
    path = journal_path(args)
    if not is_server(path):
        raise Failed("«db init» создаёт схему на сервере: укажите --db postgresql://пользователь@сервер/база. "
                     "Файл журнала школы создаёт команда «ejournal --db ФАЙЛ init --school …».")
    version = init_server(path)
    print(f"Схема журнала (версия {version}) создана в {path}.\nДальше: «ejournal --db {path} init --school …» "
          f"(школа и администратор) или «ejournal db migrate --from ФАЙЛ --to {path}».")
    return EXIT_OK


def cmd_db_password(args) -> int:
    from ..services.access.files import remember_server_password
    path = journal_path(args)
    if not is_server(path):
        raise Failed("Пароль хранится только для сервера: укажите --db postgresql://пользователь@сервер/база.")
    if args.forget:
        remember_server_password(path, None)
        print(f"Пароль сервера {path} удалён из хранилища ключей этого компьютера.")
        return EXIT_OK
    remember_server_password(path, ask_password(args, f"Пароль сервера для {path}: ", env="EJOURNAL_SERVER_PASSWORD"))
    print(f"Пароль сервера {path} сохранён в хранилище ключей этого компьютера.")
    return EXIT_OK


def cmd_db_migrate(args) -> int:
    from ..services.administration import transfer
    result = transfer.migrate(args.source, args.target)
    lines = [f"Журнал перенесён: {result.source} → {result.target}", f"Таблиц: {len(result.counts)}, "
             f"строк: {sum(result.counts.values())}; число строк каждой таблицы проверено."]
    show(result.as_dict(), args.json, "\n".join(lines))
    return EXIT_OK


def cmd_db_info(args) -> int:
    from ..services.administration import maintenance
    with open_session(args, login_required=True) as (db, actor):
        info = maintenance.info(db, actor)
    show(info, args.json, "\n".join(f"{k}: {v}" for k, v in info.items()))
    return EXIT_OK

def cmd_keyring(args) -> int:
    from ..services.access import files
    with open_session(args, login_required=True) as (db, actor):
        if args.state == "status":
            on = files.keyring_enabled(db)
            print("Ключ базы хранится на этом компьютере." if on else "Ключ базы на этом компьютере не хранится.")
        else:
            files.set_keyring(db, actor, args.state == "on")
            print(files.KEYRING_WARNING if args.state == "on" else "Ключ базы удалён с этого компьютера.")
    return EXIT_OK


HANDLERS = {"demo": cmd_demo, "init": cmd_init, "keyring": cmd_keyring,
            ("db", "check"): cmd_db_check, ("db", "info"): cmd_db_info, ("db", "init"): cmd_db_init,
            ("db", "password"): cmd_db_password, ("db", "migrate"): cmd_db_migrate}
