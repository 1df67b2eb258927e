"""`ejournal diagnostics --out FILE.zip` (issue 21): an archive for the IT person to send to support,
without personal data or secrets (services/diagnostics.py says what goes in)."""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from .common import EXIT_OK, Failed, is_server, journal_path


def add_parsers(subparsers) -> None:
    dg = subparsers.add_parser("diagnostics", help="архив для службы поддержки: версии, система, экран, проверка "
                                                   "базы, настройки, журнал работы (без личных данных и ключей)")
    dg.add_argument("--out", type=Path, metavar="ФАЙЛ.zip", help="куда сохранить архив")
    dg.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)


def _qt_facts() -> dict:
    """The Qt platform probed in a child process (a failing platform aborts that one, not us)."""
    from ..services.administration.backup_schedule import program_command
    try:
        done = subprocess.run([*program_command(), "diagnostics", "--qt-probe"], capture_output=True, text=True,
                              timeout=60, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError) as exc:
        return {"ok": False, "problem": f"проверка Qt не запустилась: {exc}"}
    lines = done.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError):
        return {"ok": False, "exit_code": done.returncode, "stderr": done.stderr[-4000:]}


def _preferences() -> dict:
    try:
        from ..ui.app_preferences import preferences
        store = preferences()
        return {key: store.value(key) for key in store.allKeys()}
    except Exception as exc:  # noqa: BLE001 - the archive still goes out
        return {"unreadable": str(exc)}


def cmd_diagnostics(args) -> int:
    if args.qt_probe:
        from ..qt_platform import probe
        print(json.dumps(probe(), ensure_ascii=False, default=str))
        return EXIT_OK
    if args.out is None:
        raise Failed("Укажите, куда сохранить архив: diagnostics --out ФАЙЛ.zip")
    from ..services.administration import diagnostics
    location = journal_path(args)
    if not args.db and not is_server(location) and not Path(location).exists():
        from ..ui.app_preferences import chosen_db_path
        location = chosen_db_path() or location
    report, redactor = diagnostics.collect(location, qt=_qt_facts(), preferences=_preferences())
    out = diagnostics.write_archive(args.out, report, redactor)
    db = report["database"]
    state = ("проверка базы: " + ("ошибок нет" if db.get("check_ok") else f"проблем {len(db.get('problems', []))}")
             if db.get("opened") and "check_ok" in db else f"база не проверена: {db.get('reason', db.get('check_failed'))}")
    qt = report["qt"]
    print(f"Архив для службы поддержки сохранён: {out}\n"
          f"Qt: {qt.get('platform') or qt.get('problem') or 'не запустился'}; {state}.\n"
          f"В архиве нет ни базы, ни ключа, ни паролей, ни имён людей; его можно отправить по почте.")
    return EXIT_OK


HANDLERS = {"diagnostics": cmd_diagnostics}

