"""The program's log and its one handler of unexpected errors (bugs), for the CLI and the GUI.

A rotating log in the user log folder (platformdirs) records what the school's IT person needs:
the exception type, the place in the code (file, line, function) and ids. It never records an
exception's message or a traceback's local values, because messages may hold a pupil's name, a
password typed into a field or a key; only `safe_summary` text (code places, ids) is written.
`faulthandler` writes a hard crash (a segfault in Qt, a deadlock dump) into the same folder.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from pathlib import Path

import platformdirs

from . import APP_NAME, __version__

LOG_NAME = "ejournal.log"
FAULT_NAME = "crash-faults.log"
LOGGER = "ejournal"
_state: dict[str, object] = {}


def log_dir() -> Path:
    override = os.environ.get("EJOURNAL_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup() -> logging.Logger:
    """The rotating log (1 MB × 5) and faulthandler; once per process, for the current log folder."""
    folder = log_dir()
    logger = logging.getLogger(LOGGER)
    if _state.get("folder") == folder:
        return logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(message)s"))
        logger.addHandler(handler)
        # A hard crash (a segfault in Qt) dumps every thread's stack to crash-faults.log — unless a
        # host (pytest) has already pointed faulthandler somewhere else.
        if "fault" in _state or not faulthandler.is_enabled():
            fault = (folder / FAULT_NAME).open("a", encoding="utf-8")
            faulthandler.enable(fault)
            previous = _state.pop("fault", None)
            if previous is not None:
                previous.close()
            _state["fault"] = fault
    except OSError:
        if not faulthandler.is_enabled():
            faulthandler.enable()  # a read-only profile: at least stderr
    logger.setLevel(logging.INFO)
    logger.propagate = False
    _state["folder"] = folder
    return logger


# Text that may not reach the log: anything quoted, anything in Cyrillic (names, values), long hex (keys).
_UNSAFE = re.compile(r"«[^»]*»|'[^']*'|\"[^\"]*\"|[А-Яа-яЁё][А-Яа-яЁё .-]*|[0-9a-fA-F]{16,}")


def safe_summary(exc: BaseException) -> str:
    """The exception's type and where it was raised (files, lines, functions), without its message
    or any value: what the log keeps."""
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        where = Path(frame.filename)
        short = "/".join(where.parts[-2:])
        lines.append(f"  at {short}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def scrub(text: str) -> str:
    """A free text reduced to what the log may keep (ids and code words)."""
    return _UNSAFE.sub("…", text)


def log_crash(exc: BaseException, where: str) -> str:
    """Write the crash to the log; returns its report (what «Скопировать отчёт» copies)."""
    logger = setup()
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    report = (f"ejournal {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
              f"{stamp} ({where})\n{safe_summary(exc)}")
    logger.error("unexpected error\n%s", report)
    return report


def user_message(log: Path | None = None) -> str:
    return (f"Непредвиденная ошибка программы. Введённые данные сохранены до последнего успешного действия. "
            f"Подробности записаны в журнал ошибок: {log or log_path()} — передайте его администратору.")


def install_thread_hook() -> None:
    """Errors in plain threads are logged (the GUI adds its dialog on top)."""
    import threading

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        callback = _state.get("thread_callback")
        if callable(callback):
            callback(args.exc_value)  # the GUI logs it and shows its dialog
        else:
            log_crash(args.exc_value, "thread")
            stderr_line(f"ejournal: {user_message()}")

    threading.excepthook = hook


def on_thread_crash(callback) -> None:
    _state["thread_callback"] = callback


def stderr_line(text: str) -> None:
    try:
        print(text, file=sys.stderr)
    except (OSError, ValueError):  # no console (the Windows build), or a closed pipe
        pass
