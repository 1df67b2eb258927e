"""Which media a backup goes to (issue 18 item 7): two folders are two media only on two devices, and a
weekly backup needs two media unless the administrator records why not.

A medium is a device, not a path: ``E:\\`` and ``E:\\копии`` or ``/media/usb`` and ``/media/usb/sub`` are one
stick. ``os.stat().st_dev`` names the device on POSIX and the volume serial number on Windows, so one
comparison serves both. A folder that cannot be reached counts as a medium of its own: a drive not
plugged in when a schedule is set (its mount point's parent is the system disk, which says nothing),
or one that fails at the backup with its own message.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import text_rules
from .backup_file import BackupError

__all__ = ["OneMedium", "check_media", "medium_id", "same_medium"]


class OneMedium(BackupError):
    """A weekly backup to one medium without the administrator's reason."""


def medium_id(folder: Path) -> int | None:
    """The device the folder is on, or None when it cannot be reached."""
    try:
        return os.stat(folder).st_dev
    except OSError:
        return None


def same_medium(targets: list[Path]) -> tuple[Path, Path] | None:
    """The first two targets on one device, or None when every target is on a device of its own."""
    seen: dict[int, Path] = {}
    for t in targets:
        device = medium_id(t)
        if device is None:
            continue
        if device in seen:
            return seen[device], t
        seen[device] = t
    return None


def check_media(targets: list[Path], kind: str, one_medium_reason: str | None) -> str | None:
    """Refuse two targets on one device, and a weekly backup to one medium without a reason.

    Returns the reason to record (stripped), or None when there is none; raises BackupError in Russian,
    naming the folders."""
    pair = same_medium(targets)
    if pair is not None:
        raise BackupError(f"Папки {pair[0]} и {pair[1]} находятся на одном носителе: это один носитель, а не два. "
                          f"Копия не сделана. Выберите одну из них, а вторую копию запишите на другой носитель.")
    reason = " ".join((one_medium_reason or "").split()) or None
    if reason is not None:
        reason = text_rules.check(reason, "one_medium_reason", "Причина копии на один носитель", BackupError)
    if kind == "weekly" and len(targets) < 2 and reason is None:
        raise OneMedium(f"Еженедельная копия по положению делается на два носителя, а выбран один: {targets[0]}. "
                        f"Копия не сделана. Подключите второй носитель или запишите, почему копия делается "
                        f"на один носитель (причина сохранится в журнале резервных копий).")
    return reason if len(targets) < 2 else None
