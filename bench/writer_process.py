"""One process of the multi-process test and bench: signs in and saves marks into given cells.

Run as `python writer_process.py PATH LOGIN GO_FILE CELLS_JSON`: imports, touches GO_FILE.ready-PID,
waits for GO_FILE to appear (all processes start together), signs in, saves; prints one JSON line:
how many saves succeeded, the messages of those that failed, each save's latency in milliseconds."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path


def main() -> None:
    path, login, go, cells = sys.argv[1], sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4])
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import accounts
    go.with_name(f"{go.name}.ready-{os.getpid()}").touch()
    while not go.exists():
        time.sleep(0.002)
    failures: list[str] = []
    latencies: list[float] = []
    signing_in = time.perf_counter()
    try:
        db, actor = accounts.sign_in(path, login, "demo")
    except Exception as exc:  # the test reports a failed login with its message
        print(json.dumps({"ok": 0, "failures": [f"login: {type(exc).__name__}: {exc}"], "latencies": []}))
        return
    login_ms = (time.perf_counter() - signing_in) * 1000
    ok = 0
    for lesson_id, pupil_id, day in cells:
        now = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12)).astimezone()
        started = time.perf_counter()
        try:
            journal.put_marks(db, actor, lesson_id, pupil_id, "5", now=now)
            ok += 1
        except Exception as exc:
            failures.append(f"{type(exc).__name__}: {exc}")
        latencies.append((time.perf_counter() - started) * 1000)
    db.close()
    print(json.dumps({"ok": ok, "failures": failures, "latencies": latencies, "login_ms": login_ms}))


if __name__ == "__main__":
    main()
