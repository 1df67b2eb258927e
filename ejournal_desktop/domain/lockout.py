"""Repeated wrong passwords lock an account for a while."""

from __future__ import annotations

import datetime as dt

MAX_FAILED = 5
LOCK_MINUTES = 15


def after_failure(failed: int, now: dt.datetime) -> tuple[int, dt.datetime | None]:
    """The counter and lock after one more wrong password."""
    failed += 1
    if failed >= MAX_FAILED:
        return 0, now + dt.timedelta(minutes=LOCK_MINUTES)
    return failed, None


def locked_message(locked_until: dt.datetime | None, now: dt.datetime) -> str | None:
    """A Russian message while the account is locked, else None."""
    if locked_until is None or locked_until <= now:
        return None
    minutes = max(1, -(-int((locked_until - now).total_seconds()) // 60))
    local = locked_until.astimezone().strftime("%H:%M")
    return (f"После {MAX_FAILED} неверных паролей подряд вход заблокирован на {LOCK_MINUTES} минут: "
            f"попробуйте снова через {minutes} мин. (в {local}).")
