"""What every command shares: exit codes, the refusal, the journal's location, the password, the
session with the acting user, the output (text or JSON) and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from .. import paths

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "Failed", "ask_password", "builds", "parsing_for", "is_server", "iso_date",
           "journal_path", "month", "open_session", "parse_location", "show"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# The command being parsed: a group whose parsers need the services to be built (the report kinds, the
# settings' keys) builds them only for its own command, so that `ejournal --help` stays quick.
_ALL = object()
_parsing = _ALL


def parsing_for(command: str | None) -> None:
    global _parsing
    _parsing = command


def builds(command: str) -> bool:
    """Whether the parsers of `command` are wanted in full (always, unless main said otherwise)."""
    return _parsing is _ALL or _parsing == command
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells count it


class Failed(Exception):
    """A refusal or failure with a message for stderr (exit 1)."""


def iso_date(text: str) -> dt.date:
    """An argparse type: ГГГГ-ММ-ДД, with a Russian message (exit 2) for anything else."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"дата задаётся как ГГГГ-ММ-ДД, а не «{text}»") from None


def month(text: str) -> tuple[int, int]:
    """An argparse type: ГГГГ-ММ as (year, month)."""
    try:
        day = dt.date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"месяц задаётся как ГГГГ-ММ, а не «{text}»") from None
    return day.year, day.month


def parse_location(text: str) -> Path | str:
    """--db: a file path, or a school server's URL (kept as text)."""
    from ..services.access.files import location_of
    return location_of(text)


def is_server(location) -> bool:
    """A --db value parsed by parse_location: a server's URL stays text."""
    return isinstance(location, str)


def journal_path(args) -> Path | str:
    """The journal the command works on: --db, else the demo school (--demo) or the user's default file."""
    if args.db:
        return args.db
    return paths.demo_db() if args.demo else paths.default_db()


def ask_password(args, prompt: str, env: str = "EJOURNAL_PASSWORD") -> str:
    """The password from the environment variable, or asked on a terminal (never echoed)."""
    password = os.environ.get(env)
    if password is None:
        if not sys.stdin.isatty():
            raise Failed(f"Нет пароля: задайте {env} или запустите команду в терминале.")
        password = getpass.getpass(prompt)
    return password


@contextmanager
def open_session(args, *, login_required: bool):
    """The database, and the acting user when --user is given (or required)."""
    from ..services.access import accounts
    from ..services.access.files import open_journal
    path = journal_path(args)
    if not is_server(path) and not path.exists():
        raise Failed(f"Файл базы журнала не найден: {path}")
    if args.user:
        try:
            db, actor = accounts.sign_in(path, args.user, ask_password(args, f"Пароль для {args.user}: "))
        except accounts.AuthError as exc:
            raise Failed(str(exc)) from None
    elif login_required:
        raise Failed("Укажите пользователя: --user ЛОГИН (пароль — в EJOURNAL_PASSWORD или по запросу).")
    else:
        db, actor = open_journal(path), None
    for notice in db.notices:  # a killed restore completed at this start, litter removed
        print(f"ejournal: {notice}", file=sys.stderr)
    try:
        yield db, actor
    finally:
        db.close()


def show(data, as_json: bool, text: str) -> None:
    """A command's answer: `text` for people, `data` as JSON with --json for scripts."""
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
