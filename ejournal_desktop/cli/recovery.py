"""`ejournal recovery-sheet` and `restore-key`: the recovery sheet, and a restore with the key from it.


    ejournal --user admin recovery-sheet --out "Лист восстановления.pdf"
    EJOURNAL_DB_KEY=… ejournal restore-key ФАЙЛ [--db ПУТЬ]

`restore_with_key_or_none(args)` is for `cmd_restore`: when no --user is given and EJOURNAL_DB_KEY is set,
it restores with that key (what the recovery sheet tells the reader to type) and returns the exit code;
otherwise None, and cmd_restore goes on as before.
"""

from __future__ import annotations

import os
from pathlib import Path

from .common import EXIT_OK, journal_path, open_session, show


def add_parsers(subparsers) -> None:
    rs = subparsers.add_parser("recovery-sheet", help="лист восстановления ключа базы в PDF — для сейфа школы "
                                                      "(нужен вход администратора)")
    rs.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ", help="куда сохранить PDF")
    rk = subparsers.add_parser("restore-key", help="восстановить базу --db из резервной копии ключом с листа "
                                                   "восстановления (ключ — в EJOURNAL_DB_KEY), без входа")
    rk.add_argument("file", type=Path, metavar="ФАЙЛ")
    rk.add_argument("--json", action="store_true")


def cmd_recovery_sheet(args) -> int:
    from ..services.administration import recovery
    with open_session(args, login_required=True) as (db, actor):
        path = recovery.recovery_sheet(db, actor, args.out)
    print(f"Лист восстановления ключа сохранён: {path}\nРаспечатайте его, уберите в сейф школы и удалите файл.")
    return EXIT_OK


def _restore_with_key(args, path: Path) -> int:
    from ..services.administration import recovery
    key = recovery.key_from_environment()
    result = recovery.restore_with_key(args.file, path, key, other_school=getattr(args, "other_school", False))
    lines = [f"База восстановлена: {path}", result.manifest.summary()]
    if result.safety_copy:
        lines.append(f"Прежняя база сохранена в {result.safety_copy}")
    show(result.as_dict(), getattr(args, "json", False), "\n".join(lines))
    return EXIT_OK


def cmd_restore_key(args) -> int:
    return _restore_with_key(args, journal_path(args))


def restore_with_key_or_none(args) -> int | None:
    """For cmd_restore: the key from the sheet instead of a login, when no --user is given."""
    if getattr(args, "user", None) or "EJOURNAL_DB_KEY" not in os.environ:
        return None
    return _restore_with_key(args, journal_path(args))


HANDLERS = {"recovery-sheet": cmd_recovery_sheet, "restore-key": cmd_restore_key}
