"""`ejournal`: with no subcommand it starts the program; subcommands script the same services.

One module per command group, each with `add_parsers(subparsers)` and `HANDLERS` (keyed by the
command, or by (command, action) for a command with actions); what they share is in common.py.
Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from .common import EXIT_FAILED, EXIT_INTERRUPTED, Failed, parse_location

__all__ = ["main"]


def _command_modules():
    """The command groups, in the order `ejournal --help` lists them (imported when the parser is built)."""
    from . import (
        accounts,
        backup,
        classes,
        database,
        diagnostics,
        exchange,
        gui,
        printouts,
        recovery,
        report,
        roster,
        schedule,
        settings,
        setup,
        staff,
        timetable,
        year,
    )
    return (database, setup, settings, accounts, report, printouts, gui, backup, schedule, recovery, roster, year,
            exchange, timetable, classes, staff, diagnostics)


def _parser(modules) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ejournal", description="Электронный журнал школы (офлайн).")
    p.add_argument("--version", action="version", version=f"ejournal {__version__}")
    p.add_argument("--db", type=parse_location, metavar="ФАЙЛ|URL",
                   help="файл базы журнала (по умолчанию — в папке данных пользователя) или сервер школы: "
                        "postgresql://пользователь@сервер/база")
    p.add_argument("--demo", action="store_true",
                   help="открыть демонстрационную школу (создаётся при первом запуске)")
    p.add_argument("--self-test", action="store_true",
                   help="открыть базу и главное окно, закрыть их и выйти (проверка установки)")
    p.add_argument("--user", help="логин действующего пользователя (пароль — из EJOURNAL_PASSWORD или запрос)")
    sub = p.add_subparsers(dest="command", metavar="КОМАНДА")
    for module in modules:
        module.add_parsers(sub)
    return p



def main(argv: list[str] | None = None) -> int:
    """The one top-level handler: a refusal or an environment's error is one Russian line (exit 1);
    a bug is logged (ids and code places only) and named by one Russian line with the log's path
    (exit 1); Ctrl+C is one line (exit 130). No traceback reaches the user."""
    from .. import crashlog
    crashlog.setup()
    crashlog.install_thread_hook()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        crashlog.stderr_line("ejournal: прервано (Ctrl+C); начатое действие не сохранено.")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: logged, explained, no traceback
        crashlog.log_crash(exc, "command line")
        crashlog.stderr_line(f"ejournal: {crashlog.user_message()}")
        return EXIT_FAILED


def _main(argv: list[str] | None = None) -> int:
    from ..services.errors import ServiceError, StorageError
    from .gui import start_gui
    modules = _command_modules()
    args = _parser(modules).parse_args(argv)
    handlers: dict = {}
    for module in modules:
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
    except IsADirectoryError as exc:
        print(f"ejournal: {exc.filename or ''} — это папка, а нужен файл. Укажите файл внутри неё.",
              file=sys.stderr)
        return EXIT_FAILED
