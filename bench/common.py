"""Timing helpers and the cached large demo school."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

BENCH_KEY_HEX = "be" * 32
# A fixed "today" keeps the cached school valid and the figures comparable between runs. It lies
# after the last lessons of 2025/2026, so the school holds a full year: every lesson, mark and
# period and year mark.
BENCH_TODAY = dt.date(2026, 6, 15)


def copy_school(path: Path, folder: Path, name: str = "school.db") -> Path:
    """A working copy of the cached school with its key id and slots (the cache stays as it is)."""
    live = folder / name
    for companion in path.parent.glob(path.name + "*"):
        if not companion.name.endswith(".bak"):
            shutil.copy2(companion, live.with_name(companion.name.replace(path.name, live.name, 1)))
    return live


def two_drives(work: Path) -> list[Path]:
    """Two backup targets on two devices, as backups require (a folder of the work area and one on
    tmpfs, /dev/shm, or on EJOURNAL_BENCH_OTHER_MEDIUM): two folders of one disk are one medium. The
    second is removed when the bench ends."""
    import atexit
    import tempfile
    first = work / "E"
    first.mkdir()
    base = next((c for c in (os.environ.get("EJOURNAL_BENCH_OTHER_MEDIUM", ""), "/dev/shm")
                 if c and os.path.isdir(c) and os.stat(c).st_dev != os.stat(work).st_dev), None)
    if base is None:
        raise SystemExit("bench: no folder on another device for the second backup drive "
                         "(set EJOURNAL_BENCH_OTHER_MEDIUM)")
    second = Path(tempfile.mkdtemp(prefix="ejournal-bench-F-", dir=base))
    atexit.register(shutil.rmtree, second, True)
    return [first, second]


@dataclass
class Row:
    operation: str
    ours: list[float]
    raw: list[float] | None = None
    note: str = ""
    shown: str | None = None  # a figure that is not a time (memory)

    @staticmethod
    def fmt(samples: list[float] | None) -> str:
        if not samples:
            return "—"
        med = statistics.median(samples)
        spread = (max(samples) - min(samples)) / 2
        if len(samples) == 1:
            return f"{med:.1f} s" if med >= 1 else f"{med * 1000:.1f} ms"
        return f"{med * 1000:.1f} ± {spread * 1000:.1f} ms" if med < 1 else f"{med:.2f} ± {spread:.2f} s"

    def cells(self) -> list[str]:
        ratio = "—"
        if self.raw:
            ratio = f"{statistics.median(self.ours) / statistics.median(self.raw):.1f}×"
        return [self.operation, self.shown or self.fmt(self.ours), self.fmt(self.raw), ratio, self.note]


def repeat(fn, n: int = 7) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def cache_dir() -> Path:
    d = Path(os.environ.get("EJOURNAL_BENCH_DIR") or platformdirs.user_cache_dir("ejournal-desktop")) / "bench"
    d.mkdir(parents=True, exist_ok=True)
    return d


def large_school(years: int = 1) -> tuple[Path, float | None]:
    """The large demo school with `years` years (the current one and years-1 closed ones), generated
    once per schema and cached; returns its path and the generation time (None: from the cache)."""
    from ejournal_desktop.services import demo
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.migrations import script
    head = script().get_current_head()
    # Bumped when the generator writes something new (v2: staff key slots beside the file).
    path = cache_dir() / f"large-{years}y-seed1-{BENCH_TODAY.isoformat()}-schema{head}-v2.db"
    if path.exists():
        return path, None
    work = cache_dir() / f"generating-{years}y"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    t = time.perf_counter()
    db = database.create(work / path.name, key=bytes.fromhex(BENCH_KEY_HEX))
    demo.generate(db, "large", seed=1, today=BENCH_TODAY, years=years)
    db.close()
    elapsed = time.perf_counter() - t
    for companion in work.iterdir():  # the file, its sidecar and its key slots
        companion.rename(path.with_name(companion.name))
    work.rmdir()
    return path, elapsed


def print_table(rows: list[Row]) -> None:
    head = ["operation", "ours (median ± half-range)", "raw sqlcipher3", "ratio", "note"]
    table = [head, ["---"] * len(head)] + [r.cells() for r in rows]
    for line in table:
        print("| " + " | ".join(line) + " |")
