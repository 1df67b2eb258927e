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
from contextlib import contextmanager
from pathlib import Path

from . import __version__, paths
from .cli_common import month as _month
from .domain.roles import Role
from .services.errors import ServiceError
from .storage.errors import StorageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ROLE_NAMES = [r.value for r in Role]


class Failed(Exception):
    """A refusal or failure with a message for stderr (exit 1)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ejournal", description="Электронный журнал школы (офлайн).")
    p.add_argument("--version", action="version", version=f"ejournal {__version__}")
    p.add_argument("--db", type=_location, metavar="ФАЙЛ|URL",
                   help="файл базы журнала (по умолчанию — в папке данных пользователя) или сервер школы: "
                        "postgresql://пользователь@сервер/база")
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
    mig.add_argument("--from", dest="source", type=_location, required=True, metavar="ФАЙЛ|URL")
    mig.add_argument("--to", dest="target", type=_location, required=True, metavar="ФАЙЛ|URL")
    mig.add_argument("--json", action="store_true")

    user = sub.add_parser("user", help="учётные записи (нужен вход администратора)")
    user_sub = user.add_subparsers(dest="user_command", metavar="ДЕЙСТВИЕ", required=True)
    add = user_sub.add_parser("add", help="создать учётную запись; печатает временный пароль")
    add.add_argument("login")
    add.add_argument("--role", action="append", required=True, choices=ROLE_NAMES, dest="roles")
    link = add.add_mutually_exclusive_group()
    link.add_argument("--staff-id", type=int)
    link.add_argument("--pupil-id", type=int)
    link.add_argument("--guardian-id", type=int)
    add.add_argument("--json", action="store_true")
    lst = user_sub.add_parser("list", help="список учётных записей")
    lst.add_argument("--json", action="store_true")
    dis = user_sub.add_parser("disable", help="отключить учётную запись")
    dis.add_argument("login")
    en = user_sub.add_parser("enable", help="снова включить учётную запись")
    en.add_argument("login")
    rst = user_sub.add_parser("reset-password", help="выдать новый временный пароль")
    rst.add_argument("login")
    rst.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="отчёты")
    report_sub = report.add_subparsers(dest="report_command", metavar="ОТЧЁТ", required=True)
    # The kinds (summary-sheet, progress, attendance, pupil, activity, …) come from the registry: cli_report.

    prn = sub.add_parser("print", help="печать журнала")
    prn_sub = prn.add_subparsers(dest="print_command", metavar="ЧТО", required=True)
    pj = prn_sub.add_parser("journal", help="страницы журнала по предмету или книга класса (без --subject)")
    pj.add_argument("--class", dest="class_label", required=True, help="класс, например 5А")
    pj.add_argument("--subject", help="предмет; без него печатается вся книга класса")
    when = pj.add_mutually_exclusive_group()
    when.add_argument("--month", action="append", type=_month, help="месяц ГГГГ-ММ (можно несколько)")
    when.add_argument("--period", help="номер периода (1, 2, …) или year")
    pj.add_argument("--out", type=Path, required=True)
    from . import cli_print
    cli_print.add_parsers(prn_sub)

    from . import cli_report
    cli_report.add_report_parsers(report_sub)
    for module in _command_modules():
        module.add_parsers(sub)

    shots = sub.add_parser("screenshots", help="снимки главных окон пользователя в PNG (без экрана)")
    shots.add_argument("--out", type=Path, required=True, help="папка для снимков")
    shots.add_argument("--scale", type=float, help="масштаб экрана, например 1.5 (150 %%)")
    shots.add_argument("--font-size", type=int, metavar="ПТ", help="размер шрифта программы, например 16")
    shots.add_argument("--size", default="1280x800", metavar="ШxВ",
                       help="размер окна в точках экрана (при --scale 1.5 и экране 1920×1080 — 1280x720)")

    kr = sub.add_parser("keyring", help="хранить ключ базы на этом компьютере (нужен вход администратора)")
    kr.add_argument("state", choices=["on", "off", "status"])

    bk = sub.add_parser("backup", help="резервная копия на внешние носители (нужен вход администратора); "
                                       "backup verify ФАЙЛ — проверить копию")
    bk.add_argument("--to", type=Path, action="append", default=[], metavar="ПАПКА", dest="targets",
                    help="папка на носителе; укажите дважды для двух носителей")
    bk.add_argument("--kind", choices=["weekly", "monthly", "year_archive"], default="weekly",
                    help="вид копии (по умолчанию weekly — еженедельная)")
    bk.add_argument("--json", action="store_true")
    bk_sub = bk.add_subparsers(dest="backup_command", metavar="ДЕЙСТВИЕ")
    bkv = bk_sub.add_parser("verify", help="проверить резервную копию (код 0 — только для исправной копии); "
                                           "ключ — из EJOURNAL_DB_KEY, по паролю --user или из хранилища ключей")
    bkv.add_argument("file", type=Path, metavar="ФАЙЛ")
    bkv.add_argument("--json", action="store_true")

    rs = sub.add_parser("restore", help="восстановить базу --db из резервной копии (нужен вход администратора); "
                                        "текущая база сохраняется рядом")
    rs.add_argument("file", type=Path, metavar="ФАЙЛ")
    rs.add_argument("--json", action="store_true")
    return p


def _location(text: str) -> Path | str:
    """--db: a file path, or a school server's URL (kept as text)."""
    from .storage.server import is_url
    return text if is_url(text) else Path(text)


def _is_server(location) -> bool:
    return isinstance(location, str)


def _db_path(args) -> Path | str:
    if args.db:
        return args.db
    return paths.demo_db() if args.demo else paths.default_db()


def _password(args, prompt: str, env: str = "EJOURNAL_PASSWORD") -> str:
    password = os.environ.get(env)
    if password is None:
        if not sys.stdin.isatty():
            raise Failed(f"Нет пароля: задайте {env} или запустите команду в терминале.")
        password = getpass.getpass(prompt)
    return password


@contextmanager
def _session(args, *, login_required: bool):
    """The database, and the acting user when --user is given (or required)."""
    from .services import accounts
    from .services.files import open_journal
    path = _db_path(args)
    if not _is_server(path) and not path.exists():
        raise Failed(f"Файл базы журнала не найден: {path}")
    if args.user:
        try:
            db, actor = accounts.sign_in(path, args.user, _password(args, f"Пароль для {args.user}: "))
        except accounts.AuthError as exc:
            raise Failed(str(exc)) from None
    elif login_required:
        raise Failed("Укажите пользователя: --user ЛОГИН (пароль — в EJOURNAL_PASSWORD или по запросу).")
    else:
        db, actor = open_journal(path), None
    try:
        yield db, actor
    finally:
        db.close()


def _print(data, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def cmd_demo(args) -> int:
    from .services import demo
    from .services.files import create_journal
    path = _db_path(args)
    if not _is_server(path) and path.exists():
        raise Failed(f"Файл {path} уже существует; демонстрационная школа создаётся только в новом файле.")
    db = create_journal(path, demo=True)
    try:
        report = demo.generate(db, args.size, seed=args.seed, today=args.today)
    except BaseException:
        db.close()
        if _is_server(path):
            from .storage.server import drop_everything
            drop_everything(path)
        else:
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


def cmd_init(args) -> int:
    from .services.files import create_school
    path = _db_path(args)
    password = _password(args, f"Пароль администратора {args.admin}: ", env="EJOURNAL_NEW_PASSWORD")
    if sys.stdin.isatty() and "EJOURNAL_NEW_PASSWORD" not in os.environ:
        if getpass.getpass("Повторите пароль: ") != password:
            raise Failed("Пароли не совпадают.")
    create_school(path, school_name=args.school, short_name=args.short_name or args.school,
                  admin_login=args.admin, admin_password=password).close()
    print(f"База журнала создана: {path}\nАдминистратор: {args.admin}. Ключ базы защищён его паролем; "
          f"распечатайте лист восстановления ключа и храните его в сейфе школы.")
    return EXIT_OK


def cmd_db_check(args) -> int:
    from .services import maintenance
    with _session(args, login_required=False) as (db, _actor):
        result = maintenance.check(db)
    text = [f"База: {result.path}", f"Версия схемы: {result.schema_version}"]
    text += [f"  ✗ {p}" for p in result.problems] or ["Проблем не найдено."]
    _print(result.as_dict(), args.json, "\n".join(text))
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_db_init(args) -> int:
    from .services.files import init_server
    path = _db_path(args)
    if not _is_server(path):
        raise Failed("«db init» создаёт схему на сервере: укажите --db postgresql://пользователь@сервер/база. "
                     "Файл журнала школы создаёт команда «ejournal --db ФАЙЛ init --school …».")
    version = init_server(path)
    print(f"Схема журнала (версия {version}) создана в {path}.\nДальше: «ejournal --db {path} init --school …» "
          f"(школа и администратор) или «ejournal db migrate --from ФАЙЛ --to {path}».")
    return EXIT_OK


def cmd_db_password(args) -> int:
    from .services.files import remember_server_password
    path = _db_path(args)
    if not _is_server(path):
        raise Failed("Пароль хранится только для сервера: укажите --db postgresql://пользователь@сервер/база.")
    if args.forget:
        remember_server_password(path, None)
        print(f"Пароль сервера {path} удалён из хранилища ключей этого компьютера.")
        return EXIT_OK
    remember_server_password(path, _password(args, f"Пароль сервера для {path}: ", env="EJOURNAL_SERVER_PASSWORD"))
    print(f"Пароль сервера {path} сохранён в хранилище ключей этого компьютера.")
    return EXIT_OK


def cmd_db_migrate(args) -> int:
    from .services import transfer
    result = transfer.migrate(args.source, args.target)
    lines = [f"Журнал перенесён: {result.source} → {result.target}", f"Таблиц: {len(result.counts)}, "
             f"строк: {sum(result.counts.values())}; число строк каждой таблицы проверено."]
    _print(result.as_dict(), args.json, "\n".join(lines))
    return EXIT_OK


def cmd_db_info(args) -> int:
    from .services import maintenance
    with _session(args, login_required=True) as (db, actor):
        info = maintenance.info(db, actor)
    _print(info, args.json, "\n".join(f"{k}: {v}" for k, v in info.items()))
    return EXIT_OK


def cmd_user(args) -> int:
    from .services import accounts
    with _session(args, login_required=True) as (db, actor):
        c = args.user_command
        if c == "add":
            account_id, temporary = accounts.create_account(
                db, actor, args.login, {Role(r) for r in args.roles}, staff_id=args.staff_id,
                pupil_id=args.pupil_id, guardian_id=args.guardian_id)
            _print({"id": account_id, "login": args.login.lower(), "temporary_password": temporary}, args.json,
                   f"Учётная запись {args.login.lower()} создана. Временный пароль: {temporary}\n"
                   f"При первом входе программа попросит сменить пароль.")
        elif c == "list":
            rows = accounts.list_accounts(db, actor)
            data = [{"login": r.login, "person": r.person, "roles": [x.value for x in r.roles],
                     "disabled": r.disabled, "must_change_password": r.must_change_password,
                     "last_login_at": r.last_login_at} for r in rows]
            text = "\n".join(f"{r.login:<18} {'(отключена) ' if r.disabled else ''}{r.person} — "
                             f"{', '.join(x.label for x in r.roles)}" for r in rows)
            _print(data, args.json, text)
        elif c in ("disable", "enable"):
            accounts.set_disabled(db, actor, args.login, c == "disable")
            print(f"Учётная запись {args.login} {'отключена' if c == 'disable' else 'включена'}.")
        elif c == "reset-password":
            temporary = accounts.reset_password(db, actor, args.login)
            _print({"login": args.login, "temporary_password": temporary}, args.json,
                   f"Новый временный пароль для {args.login}: {temporary}")
    return EXIT_OK


def cmd_print_journal(args) -> int:
    from .services import printouts
    with _session(args, login_required=True) as (db, actor):
        class_id = printouts.class_id_by_label(db, args.class_label)
        period_id = None
        if args.period and args.period != "year":
            if not args.period.isdigit():
                raise Failed(f"Период — номер (1, 2, …) или year, а не «{args.period}».")
            period_id = printouts.period_id_by_number(db, class_id, int(args.period))
        if args.subject is None:
            if args.month:
                raise Failed("Книга класса печатается за период или год: уберите --month или укажите --subject.")

            def progress(done: int, total: int) -> None:
                print(f"\rЛистов подготовлено: {done} из {total}", end="", file=sys.stderr)

            printouts.export_class_book(db, actor, class_id, args.out, period_id=period_id, progress=progress)
            print(file=sys.stderr)
        else:
            months = args.month or printouts.months_of_period(db, class_id, period_id)
            courses = printouts.course_id_by_subject(db, class_id, args.subject)
            if len(courses) > 1:
                stem, suffix = args.out.stem, args.out.suffix or ".pdf"
                for number, course_id in enumerate(courses, start=1):
                    out = args.out.with_name(f"{stem}-группа{number}{suffix}")
                    printouts.export_journal_pages(db, actor, course_id, months, out)
                    print(f"Страницы журнала (группа {number}) сохранены: {out}")
                return EXIT_OK
            printouts.export_journal_pages(db, actor, courses[0], months, args.out)
    print(f"Журнал сохранён: {args.out}")
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise Failed(f"Размер окна «{text}» не понят: нужно ШИРИНАxВЫСОТА, например 1280x720.") from None
    return width, height


def cmd_screenshots(args) -> int:
    if not args.user:
        raise Failed("Укажите пользователя: --user ЛОГИН.")
    path = _db_path(args)
    if not path.exists():
        raise Failed(f"Файл базы журнала не найден: {path}")
    from .ui.screenshots import render
    for written in render(path, args.user, _password(args, f"Пароль для {args.user}: "), args.out,
                          scale=args.scale, font_size=args.font_size, size=_size(args.size)):
        print(written)
    return EXIT_OK


def cmd_keyring(args) -> int:
    from .services import files
    with _session(args, login_required=True) as (db, actor):
        if args.state == "status":
            on = files.keyring_enabled(db)
            print("Ключ базы хранится на этом компьютере." if on else "Ключ базы на этом компьютере не хранится.")
        else:
            files.set_keyring(db, actor, args.state == "on")
            print(files.KEYRING_WARNING if args.state == "on" else "Ключ базы удалён с этого компьютера.")
    return EXIT_OK


def cmd_backup(args) -> int:
    from .services import backup
    if not args.targets:
        print("ejournal: укажите хотя бы одну папку: backup --to ПАПКА [--to ПАПКА]", file=sys.stderr)
        return EXIT_USAGE
    with _session(args, login_required=True) as (db, actor):
        results = backup.make_backup(db, actor, args.targets, kind=args.kind)
    if args.json:
        _print([r.as_dict() for r in results], True, "")
    for r in results:
        if r.ok:
            if not args.json:
                print(f"✓ {r.target}: {r.file.name} ({r.size / 2**20:.1f} МБ), записана и проверена"
                      + (f"; удалены старые копии: {len(r.removed)}" if r.removed else ""))
        else:
            print(f"ejournal: ✗ {r.message}", file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def cmd_backup_verify(args) -> int:
    from .services import backup
    login = password = None
    if args.user:
        login, password = args.user, _password(args, f"Пароль для {args.user}: ")
    manifest = backup.verify_backup(args.file, login=login, password=password)
    _print({"file": str(args.file), "ok": True, **manifest.as_dict()}, args.json,
           f"Резервная копия исправна: {args.file}\n{manifest.summary()}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from . import cli_recovery
    from .services import backup
    path = _db_path(args)
    if _is_server(path):  # a server's backup goes into an empty database there (pg_restore)
        login = args.user
        password = _password(args, f"Пароль для {login}: ") if login else None
        result = backup.restore_to_server(args.file, path, login=login, password=password)
        _print(result.as_dict(), args.json, f"База восстановлена на сервере: {path}\n{result.manifest.summary()}")
        return EXIT_OK
    rc = cli_recovery.restore_with_key_or_none(args)  # the key from the recovery sheet, no login
    if rc is not None:
        return rc
    if not args.user:
        raise Failed("Укажите администратора: --user ЛОГИН (пароль — в EJOURNAL_PASSWORD или по запросу).")
    path = _db_path(args)
    password = _password(args, f"Пароль для {args.user}: ")
    if path.exists():  # the administrator of the current database decides to replace it
        asked = "EJOURNAL_PASSWORD" not in os.environ
        os.environ["EJOURNAL_PASSWORD"] = password  # asked once on a terminal
        try:
            with _session(args, login_required=True) as (db, actor):
                backup.authorize_restore(db, actor)
        finally:
            if asked:
                del os.environ["EJOURNAL_PASSWORD"]
    result = backup.restore(args.file, path, login=args.user, password=password)
    lines = [f"База восстановлена: {path}", result.manifest.summary()]
    if result.safety_copy:
        lines.append(f"Прежняя база сохранена в {result.safety_copy}")
    _print(result.as_dict(), args.json, "\n".join(lines))
    return EXIT_OK


def start_gui(args) -> int:
    if args.self_test and not args.db and not args.demo:
        return _self_test_on_temporary_demo(args)
    if not args.db and not args.demo:
        from .ui.app_preferences import chosen_db_path
        args.db = _location(chosen_db_path()) if chosen_db_path() else None  # the file (or server) chosen in Настройки
    path = _db_path(args)
    demo = args.demo and not args.db
    if demo and not path.exists():
        print(f"Создаётся демонстрационная школа в {path} …", file=sys.stderr)
        cmd_demo(argparse.Namespace(db=path, demo=True, size="school", seed=1, today=None, json=False))
    from .ui.app import run
    return run(path, demo=demo, self_test=args.self_test, login=args.user)


def _self_test_on_temporary_demo(args) -> int:
    """`ejournal --self-test` alone (the installed program's smoke test): a small demo school in a
    temporary folder, every main view of the deputy and the administrator painted, a summary sheet
    printed with the bundled fonts; the folder is removed afterwards."""
    import tempfile
    from .ui.app import run
    with tempfile.TemporaryDirectory(prefix="ejournal-self-test-") as folder:
        path = Path(folder) / "demo.db"
        cmd_demo(argparse.Namespace(db=path, demo=True, size="small", seed=1, today=None, json=True))
        os.environ.setdefault("EJOURNAL_PASSWORD", "demo")
        for login in (args.user,) if args.user else ("zavuch", "admin"):
            if run(path, demo=True, self_test=True, login=login) != 0:
                return EXIT_FAILED
        from .services import accounts, printouts
        db, actor = accounts.sign_in(path, "zavuch", os.environ["EJOURNAL_PASSWORD"])
        try:
            printouts.export_summary_sheet(db, actor, Path(folder) / "self-test.pdf")
        finally:
            db.close()
        print("self-test: printing ok")
    return 0


def _command_modules():
    """The modules that add top-level commands: each has `add_parsers(subparsers)` and `HANDLERS`
    (imported here, not at load time: they import this module)."""
    from . import (cli_classes, cli_exchange, cli_recovery, cli_roster, cli_settings, cli_setup, cli_staff,
                   cli_timetable, cli_year)
    return (cli_recovery, cli_roster, cli_year, cli_exchange, cli_timetable, cli_classes, cli_staff, cli_settings,
            cli_setup)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"demo": cmd_demo, "init": cmd_init, "user": cmd_user, "keyring": cmd_keyring,
                "screenshots": cmd_screenshots, "restore": cmd_restore,
                ("backup", None): cmd_backup, ("backup", "verify"): cmd_backup_verify,
                ("db", "check"): cmd_db_check, ("db", "info"): cmd_db_info, ("db", "init"): cmd_db_init,
                ("db", "password"): cmd_db_password, ("db", "migrate"): cmd_db_migrate,
                ("print", "journal"): cmd_print_journal}
    from . import cli_print, cli_report
    for module in (cli_print, cli_report, *_command_modules()):
        handlers |= module.HANDLERS
    # A command with actions (`year close`) is keyed (command, action), its parser's dest "<command>_command".
    key = args.command if args.command in handlers else (
        args.command, getattr(args, f"{args.command}_command", None))
    try:
        if args.command is None:
            return start_gui(args)
        return handlers[key](args)
    except (Failed, ServiceError, StorageError, FileNotFoundError, FileExistsError, PermissionError) as exc:
        print(f"ejournal: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
