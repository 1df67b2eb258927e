"""`ejournal`: with no subcommand it starts the program; subcommands script the same services.

One module per command group, each with `add_parsers(subparsers)` and `HANDLERS` (keyed by the
command, or by (command, action) for a command with actions); what they share is in common.py.
Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..paths import command_name
from . import argparse_ru
from .common import EXIT_FAILED, EXIT_INTERRUPTED, Failed, parse_location, parsing_for

__all__ = ["main"]


def _command_modules():
    """The command groups, in the order `ejournal --help` lists them (imported when the parser is built)."""
    from . import (
        accounts,
        backup,
        certificate,
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
            exchange, certificate, timetable, classes, staff, diagnostics)


# The global options, also taken after the command (`ejournal demo --db X`), as people type them.
_GLOBAL_VALUES = ("--db", "--user")
_GLOBAL_FLAGS = ("--demo", "--self-test")


def command_word(argv: list[str]) -> str | None:
    """The command in `argv` (its first word that is not a global option or its value); None for none."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_VALUES:
            next(words, None)
        elif word.startswith("-"):
            continue
        else:
            return word
    return None


def _also_after_the_command(parser: argparse.ArgumentParser) -> None:
    """Every subcommand takes --db, --user and --demo too (hidden in its help: the documented place
    is before the command); given there, they win over the same option before it."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            taken = {o for a in sub._actions for o in a.option_strings}
            if "--db" not in taken:
                sub.add_argument("--db", type=parse_location, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            if "--user" not in taken:
                sub.add_argument("--user", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            if "--demo" not in taken:
                sub.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            _also_after_the_command(sub)


def _parser(modules) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=command_name(), description="Электронный журнал школы (офлайн).")
    p.add_argument("--version", action="version", version=f"ejournal {__version__}")
    p.add_argument("--db", type=parse_location, metavar="ФАЙЛ|URL",
                   help="файл базы журнала (по умолчанию — в папке данных пользователя) или сервер школы: "
                        "postgresql://пользователь@сервер/база")
    p.add_argument("--demo", action="store_true",
                   help="открыть демонстрационную школу (создаётся при первом запуске)")
    p.add_argument("--self-test", action="store_true",
                   help="открыть базу и главное окно, закрыть их и выйти (проверка установки)")
    p.add_argument("--user", metavar="ЛОГИН",
                   help="логин действующего пользователя (пароль — из EJOURNAL_PASSWORD или запрос)")
    sub = p.add_subparsers(dest="command", metavar="КОМАНДА")
    for module in modules:
        module.add_parsers(sub)
    _also_after_the_command(p)
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
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:  # answered before anything is imported
        print(f"ejournal {__version__}")
        return 0
    argparse_ru.install()
    parsing_for(command_word(argv))
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
