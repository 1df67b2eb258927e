"""`ejournal backup [verify]` and `restore`: the weekly copies on two media, checked, and put back."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import recovery, schedule
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Failed,
    ask_password,
    is_server,
    journal_path,
    open_session,
    show,
)

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
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
    schedule.add_backup_parsers(bk_sub)

    rs = sub.add_parser("restore", help="восстановить базу --db из резервной копии (нужен вход администратора); "
                                        "текущая база сохраняется рядом")
    rs.add_argument("file", type=Path, metavar="ФАЙЛ")
    rs.add_argument("--other-school", action="store_true",
                    help="копия журнала другой школы: заменить ею текущий журнал (явное подтверждение)")
    rs.add_argument("--json", action="store_true")


def cmd_backup(args) -> int:
    from ..services.administration import backup
    if not args.targets:
        print("ejournal: укажите хотя бы одну папку: backup --to ПАПКА [--to ПАПКА]", file=sys.stderr)
        return EXIT_USAGE
    with open_session(args, login_required=True) as (db, actor):
        results = backup.make_backup(db, actor, args.targets, kind=args.kind)
    if args.json:
        show([r.as_dict() for r in results], True, "")
    for r in results:
        if r.ok:
            if not args.json:
                print(f"✓ {r.target}: {r.file.name} ({r.size / 2**20:.1f} МБ), записана и проверена"
                      + (f"; удалены старые копии: {len(r.removed)}" if r.removed else ""))
                if r.note:
                    print(f"  {r.note}")
        else:
            print(f"ejournal: ✗ {r.message}", file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def cmd_backup_verify(args) -> int:
    from ..services.administration import backup
    login = password = None
    if args.user:
        login, password = args.user, ask_password(args, f"Пароль для {args.user}: ")
    manifest = backup.verify_backup(args.file, login=login, password=password)
    show({"file": str(args.file), "ok": True, **manifest.as_dict()}, args.json,
           f"Резервная копия исправна: {args.file}\n{manifest.summary()}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from ..services.administration import backup
    path = journal_path(args)
    if is_server(path):  # a server's backup goes into an empty database there (pg_restore)
        login = args.user
        password = ask_password(args, f"Пароль для {login}: ") if login else None
        result = backup.restore_to_server(args.file, path, login=login, password=password)
        show(result.as_dict(), args.json, f"База восстановлена на сервере: {path}\n{result.manifest.summary()}")
        return EXIT_OK
    rc = recovery.restore_with_key_or_none(args)  # the key from the recovery sheet, no login
    if rc is not None:
        return rc
    if not args.user:
        raise Failed("Укажите администратора: --user ЛОГИН (пароль — в EJOURNAL_PASSWORD или по запросу).")
    path = journal_path(args)
    password = ask_password(args, f"Пароль для {args.user}: ")
    if path.exists():  # the administrator of the current database decides to replace it
        asked = "EJOURNAL_PASSWORD" not in os.environ
        os.environ["EJOURNAL_PASSWORD"] = password  # asked once on a terminal
        try:
            with open_session(args, login_required=True) as (db, actor):
                backup.authorize_restore(db, actor)
        finally:
            if asked:
                del os.environ["EJOURNAL_PASSWORD"]
    result = backup.restore(args.file, path, login=args.user, password=password,
                            other_school=getattr(args, "other_school", False))
    lines = [f"База восстановлена: {path}", result.manifest.summary()]
    if result.safety_copy:
        lines.append(f"Прежняя база сохранена в {result.safety_copy}")
    show(result.as_dict(), args.json, "\n".join(lines))
    return EXIT_OK


HANDLERS = {"restore": cmd_restore, ("backup", None): cmd_backup, ("backup", "verify"): cmd_backup_verify}
