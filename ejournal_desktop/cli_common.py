"""What the command modules (cli_*.py) share: argument types and the handler wrapper."""

from __future__ import annotations

import argparse
import datetime as dt
import functools

from .services.errors import ServiceError

__all__ = ["handler", "iso_date", "month"]


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


class Refused(ServiceError):
    """cli.Failed passed on as a ServiceError: under `python -m ejournal_desktop.cli` the running main is
    `__main__`'s, whose Failed is another class than `ejournal_desktop.cli.Failed`."""


def handler(fn):
    """A command's function, its cli.Failed turned into a refusal that any running main reports (exit 1)."""
    from . import cli  # imported late: cli.py imports the command modules

    @functools.wraps(fn)
    def run(args) -> int:
        try:
            return fn(args)
        except cli.Failed as exc:
            raise Refused(str(exc)) from None
    return run
