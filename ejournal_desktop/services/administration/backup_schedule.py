"""Scheduled backups (issue 21): `ejournal backup schedule --weekly DAY HH:MM --to DIR --to DIR`.

A schedule is one JSON file in the program's data folder (``schedules/<name>.json``: the database, the
drives, the day and time, the administrator who set it up) plus what the operating system needs to
start it:

- Linux: a systemd *user* timer and its service in ``~/.config/systemd/user`` (``Persistent=true``:
  a PC switched off at the hour makes the copy when it is next on), enabled with ``systemctl --user``;
- Windows: a scheduled task made with ``schtasks /Create`` that runs ``ejournal-cli.exe`` as the
  signed-in user (the Credential Manager that holds the key is that user's).

Either way the OS runs ``ejournal backup run-scheduled <name>``, which opens the database with the
key in this PC's keyring (no password can be typed at 18:00 on a Friday) and makes the backup as the
administrator who set it up, audited in the database as any backup is. Hence the rule: a schedule is
refused while the keyring does not hold the key, and the refusal says so.

The OS calls are data (`systemd_units`, `schtasks_create`, `schtasks_delete`): tests read them, and a
`runner` (subprocess.run by default) executes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select

from ... import paths
from ...domain.rights import Action
from ...domain.roles import Role
from ...storage.models import Account, School
from ..access import audit
from ..access.actor import Actor
from ..access.files import Database, keyring_enabled, open_journal
from ..access.guard import require, unit
from ..errors import ServiceError
from .backup_media import check_media

__all__ = ["KINDS", "Registered", "Schedule", "ScheduleError", "due_schedules", "list_schedules", "load",
           "next_run", "offer_drives", "parse_day", "parse_time", "program_command", "register", "remove",
           "run_scheduled", "schtasks_create", "schtasks_delete", "systemd_units"]

KINDS = {"weekly": "еженедельная", "monthly": "ежемесячная"}
UNIT_PREFIX = "ejournal-backup-"
TASK_FOLDER = "ejournal"
SCHTASKS_TR_LIMIT = 261  # schtasks refuses a longer /TR

# Monday first; systemd's and schtasks' own abbreviations, then the Russian names an administrator types.
_WEEKDAYS = [("mon", "Mon", "MON", "каждый понедельник", ("пн", "пон", "понедельник")),
             ("tue", "Tue", "TUE", "каждый вторник", ("вт", "вто", "вторник")),
             ("wed", "Wed", "WED", "каждую среду", ("ср", "сре", "среда", "среду")),
             ("thu", "Thu", "THU", "каждый четверг", ("чт", "чет", "четверг")),
             ("fri", "Fri", "FRI", "каждую пятницу", ("пт", "пят", "пятница", "пятницу")),
             ("sat", "Sat", "SAT", "каждую субботу", ("сб", "суб", "суббота", "субботу")),
             ("sun", "Sun", "SUN", "каждое воскресенье", ("вс", "вос", "воскресенье"))]
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ScheduleError(ServiceError):
    """A schedule refused or not found, with the reason in Russian."""


def parse_day(kind: str, text: str) -> str:
    """`--weekly DAY`: mon…sun (or пн…вс, понедельник…); `--monthly DAY`: 1…28 (every month has them)."""
    value = text.strip().lower()
    if kind == "weekly":
        for code, systemd, _win, _ru, russian in _WEEKDAYS:
            if value in (code, systemd.lower(), code + "day", *russian) or (
                    len(value) > 3 and code == value[:3] and value.isascii()):
                return code
        raise ScheduleError(f"День недели «{text}» не понят: укажите mon…sun или пн…вс.")
    if value.isdigit() and 1 <= int(value) <= 28:
        return str(int(value))
    raise ScheduleError(f"День месяца «{text}» не подходит: укажите число от 1 до 28 (такие дни есть в любом "
                        f"месяце, и в феврале тоже).")


def parse_time(text: str) -> str:
    m = _TIME.match(text.strip())
    if not m:
        raise ScheduleError(f"Время «{text}» не понято: укажите ЧЧ:ММ, например 18:30.")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


@dataclass(frozen=True)
class Schedule:
    name: str
    kind: str  # weekly | monthly
    day: str  # mon…sun, or "1"…"28"
    time: str  # HH:MM
    db: str
    targets: list[str] = field(default_factory=list)
    login: str = ""
    school: str = ""
    one_medium_reason: str = ""  # why a weekly schedule has one drive (issue 18); "" with two

    def when_text(self) -> str:
        if self.kind == "weekly":
            return next(phrase for code, _s, _w, phrase, _a in _WEEKDAYS if code == self.day)
        return f"каждый месяц {self.day}-го числа"

    def describe(self) -> str:
        text = (f"{self.name}: {KINDS[self.kind]} копия {self.when_text()} в {self.time} → "
                f"{', '.join(self.targets)} (база {self.db}, администратор {self.login})")
        return text + (f"; один носитель: {self.one_medium_reason}" if self.one_medium_reason else "")

    def on_calendar(self) -> str:
        """systemd's OnCalendar= for it."""
        if self.kind == "weekly":
            day = next(systemd for code, systemd, *_ in _WEEKDAYS if code == self.day)
            return f"{day} *-*-* {self.time}:00"
        return f"*-*-{int(self.day):02d} {self.time}:00"

    def as_dict(self) -> dict:
        return asdict(self)


def _name(kind: str, db_path: str) -> str:
    digest = hashlib.sha256(os.path.normcase(os.path.abspath(db_path)).encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{digest}"


def schedules_dir() -> Path:
    return paths.data_dir() / "schedules"


def program_command() -> list[str]:
    """How the OS starts the console program: the frozen `ejournal` (Windows: `ejournal-cli.exe`
    beside the window program), else this Python with the package."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        cli = exe.with_name("ejournal-cli.exe")
        return [str(cli if os.name == "nt" and cli.exists() else exe)]
    return [sys.executable, "-m", "ejournal_desktop.cli"]


def _run_args(schedule: Schedule, program: list[str]) -> list[str]:
    return [*program, "backup", "run-scheduled", schedule.name]


# --- Linux: a systemd user timer --------------------------------------------------------------------

def unit_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def _systemd_quote(word: str) -> str:
    word = word.replace("%", "%%")
    if word and not re.search(r'[\s"\'\\;$]', word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(schedule: Schedule, program: list[str]) -> dict[str, str]:
    """The .service and .timer files (name → text) for a schedule."""
    unit = UNIT_PREFIX + schedule.name
    title = f"Электронный журнал: {KINDS[schedule.kind]} резервная копия ({schedule.school or schedule.db})"
    head = (f"# Written by «Электронный журнал» (ejournal backup schedule); remove it with\n"
            f"# ejournal backup schedule --remove {schedule.name}\n")
    service = (f"{head}[Unit]\nDescription={title}\n\n[Service]\nType=oneshot\n"
               f"ExecStart={' '.join(_systemd_quote(w) for w in _run_args(schedule, program))}\n")
    timer = (f"{head}[Unit]\nDescription={title}\n\n[Timer]\nOnCalendar={schedule.on_calendar()}\n"
             f"Persistent=true\nUnit={unit}.service\n\n[Install]\nWantedBy=timers.target\n")
    return {f"{unit}.service": service, f"{unit}.timer": timer}


# --- Windows: a scheduled task ----------------------------------------------------------------------

def _task_name(schedule_name: str) -> str:
    return f"{TASK_FOLDER}\\{schedule_name}"


def _windows_quote(word: str) -> str:
    return f'"{word}"' if (" " in word or not word) else word


def schtasks_create(schedule: Schedule, program: list[str]) -> list[str]:
    """The exact `schtasks` arguments that register the task (as the signed-in user, while signed in:
    the key is in that user's Credential Manager)."""
    tr = " ".join(_windows_quote(w) for w in _run_args(schedule, program))
    if len(tr) > SCHTASKS_TR_LIMIT:
        raise ScheduleError(f"Путь к программе слишком длинный для планировщика Windows ({len(tr)} знаков из "
                            f"{SCHTASKS_TR_LIMIT}): установите программу в папку с более коротким путём.")
    args = ["schtasks", "/Create", "/F", "/TN", _task_name(schedule.name), "/TR", tr]
    if schedule.kind == "weekly":
        day = next(win for code, _s, win, *_ in _WEEKDAYS if code == schedule.day)
        args += ["/SC", "WEEKLY", "/D", day]
    else:
        args += ["/SC", "MONTHLY", "/D", schedule.day]
    return args + ["/ST", schedule.time]


def schtasks_delete(schedule_name: str) -> list[str]:
    return ["schtasks", "/Delete", "/F", "/TN", _task_name(schedule_name)]


# --- registering, listing, removing -----------------------------------------------------------------

Runner = Callable[[list[str]], "subprocess.CompletedProcess"]


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


@dataclass
class Registered:
    schedule: Schedule
    commands: list[list[str]]  # what was run (or is to be run by hand)
    files: list[Path]
    active: bool  # the OS took it
    note: str = ""  # why it is not active, and what to type


def _apply(commands: list[list[str]], runner: Runner) -> tuple[bool, str]:
    for args in commands:
        try:
            done = runner(args)
        except (OSError, subprocess.SubprocessError) as exc:
            return False, f"{args[0]}: {exc}"
        if done.returncode != 0:
            return False, (done.stderr or done.stdout or "").strip() or f"код {done.returncode}"
    return True, ""


def _systemd_commands(unit: str) -> list[list[str]]:
    return [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", f"{unit}.timer"]]


def register(db: Database, actor: Actor, kind: str, day: str, time: str, targets: list[Path], *,
             system: str | None = None, runner: Runner = _run, program: list[str] | None = None,
             one_medium_reason: str | None = None) -> Registered:
    """Set up (or replace) this database's weekly or monthly scheduled backup.

    Refused without the right, for a server database, without a drive, for drives that are one medium
    or a weekly one to one drive without `one_medium_reason` (backup_media.check_media), and while this
    PC's keyring does not hold the database key (the unattended run could not open the database)."""
    if kind not in KINDS:
        raise ScheduleError(f"Неизвестный вид копии по расписанию «{kind}»: допустимы weekly и monthly.")
    day, time = parse_day(kind, day), parse_time(time)
    system = system or sys.platform
    with unit(db, actor) as session:
        require(actor, Action.backup_restore, detail="резервное копирование по расписанию")
        if db.path is None:
            raise ScheduleError("База на сервере школы: копии по расписанию настраиваются на сервере "
                                "(pg_dump по расписанию сервера), а не на этом компьютере.")
        if not targets:
            raise ScheduleError("Укажите носители: --to ПАПКА --to ПАПКА (по положению — на два внешних носителя).")
        reason = check_media([Path(t) for t in targets], kind, one_medium_reason)
        if not keyring_enabled(db):
            raise ScheduleError(
                "Ключ базы не хранится в хранилище ключей этого компьютера, поэтому копия по расписанию не "
                "сможет открыть базу без пароля. Включите хранение ключа («ejournal --user admin keyring on» "
                "или Администрирование → Резервное копирование) или делайте копии вручную.")
        db_path = str(Path(db.path).resolve())
        short = session.scalar(select(School.short_name).limit(1)) or ""
        schedule = Schedule(name=_name(kind, db_path), kind=kind, day=day, time=time, db=db_path,
                            targets=[str(Path(t).resolve()) for t in targets], login=actor.login, school=short,
                            one_medium_reason=reason or "")
        program = program or program_command()
        files: list[Path] = []
        if system == "win32":
            commands = [schtasks_create(schedule, program)]
        else:
            folder = unit_dir()
            folder.mkdir(parents=True, exist_ok=True)
            for file_name, text in systemd_units(schedule, program).items():
                (folder / file_name).write_text(text, encoding="utf-8")
                files.append(folder / file_name)
            commands = _systemd_commands(UNIT_PREFIX + schedule.name)
        store = schedules_dir()
        store.mkdir(parents=True, exist_ok=True)
        (store / f"{schedule.name}.json").write_text(json.dumps(schedule.as_dict(), ensure_ascii=False, indent=1),
                                                     encoding="utf-8")
        files.append(store / f"{schedule.name}.json")
        active, why = _apply(commands, runner)
        note = "" if active else (
            f"Планировщик системы не принял задание ({why}). Задание записано; включите его командой: "
            + "; ".join(" ".join(c) for c in commands))
        audit.record(session, actor.account_id, "backup_schedule", "database", None,
                     new={**schedule.as_dict(), "active": active})
    return Registered(schedule, commands, files, active, note)


def load(name: str) -> Schedule:
    file = schedules_dir() / f"{name}.json"
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return Schedule(**data)
    except FileNotFoundError:
        raise ScheduleError(f"Расписания копий «{name}» нет ({file}). Список: ejournal backup schedule --list.") \
            from None
    except (ValueError, TypeError) as exc:
        raise ScheduleError(f"Файл расписания {file} повреждён: {exc}. Удалите его и задайте расписание заново.") \
            from None


def list_schedules(db_path: Path | None = None) -> list[Schedule]:
    """Every schedule on this PC (for one database when given)."""
    store = schedules_dir()
    found = []
    for file in sorted(store.glob("*.json")) if store.is_dir() else []:
        try:
            schedule = load(file.stem)
        except ScheduleError:
            continue
        if db_path is None or os.path.normcase(schedule.db) == os.path.normcase(str(Path(db_path).resolve())):
            found.append(schedule)
    return found


def remove(name: str, *, db_path: Path | None = None, system: str | None = None,
           runner: Runner = _run) -> tuple[Schedule, list[list[str]]]:
    """Remove a schedule by its name, or by its kind (weekly/monthly) for `db_path`."""
    if name in KINDS and db_path is not None:
        name = _name(name, str(Path(db_path).resolve()))
    schedule = load(name)
    system = system or sys.platform
    if system == "win32":
        commands = [schtasks_delete(name)]
    else:
        commands = [["systemctl", "--user", "disable", "--now", f"{UNIT_PREFIX}{name}.timer"]]
    _apply(commands, runner)  # already gone from the OS is fine: the files go anyway
    if system != "win32":
        for suffix in (".service", ".timer"):
            (unit_dir() / f"{UNIT_PREFIX}{name}{suffix}").unlink(missing_ok=True)
        _apply([["systemctl", "--user", "daemon-reload"]], runner)
    (schedules_dir() / f"{name}.json").unlink(missing_ok=True)
    return schedule, commands


# --- the unattended run -----------------------------------------------------------------------------

def _administrator(db: Database, login: str) -> Actor:
    from ..access.accounts import _actor
    with db.session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        if account is None or account.disabled:
            raise ScheduleError(f"Учётной записи «{login}», задавшей расписание копий, нет или она отключена: "
                                f"задайте расписание заново от имени действующего администратора.")
        actor = _actor(session, account)
    if Role.administrator not in actor.roles:
        raise ScheduleError(f"У «{login}» больше нет роли администратора: копия по расписанию не делается.")
    return actor


def run_scheduled(name: str, *, now: dt.datetime | None = None):
    """What the OS starts: the backup of a schedule with the key from this PC's keyring."""
    from . import backup
    schedule = load(name)
    db_path = Path(schedule.db)
    if not db_path.exists():
        raise ScheduleError(f"Файл базы {db_path} из расписания «{name}» не найден.")
    db = open_journal(db_path)
    try:
        if not keyring_enabled(db) and os.environ.get("EJOURNAL_DB_KEY") is None:
            raise ScheduleError("Ключ базы больше не хранится на этом компьютере: копия по расписанию не "
                                "сделана. Включите хранение ключа или удалите расписание.")
        actor = _administrator(db, schedule.login)
        return schedule, backup.make_backup(db, actor, [Path(t) for t in schedule.targets], kind=schedule.kind,
                                            now=now, one_medium_reason=schedule.one_medium_reason or None)
    finally:
        db.close()


def next_run(schedule: Schedule, after: dt.datetime) -> dt.datetime:
    """The next local time the schedule fires after `after` (naive local time)."""
    hour, minute = (int(v) for v in schedule.time.split(":"))
    day = after.date()
    for _ in range(400):
        at = dt.datetime.combine(day, dt.time(hour, minute))
        fits = (day.weekday() == [w[0] for w in _WEEKDAYS].index(schedule.day) if schedule.kind == "weekly"
                else day.day == int(schedule.day))
        if fits and at > after:
            return at
        day += dt.timedelta(days=1)
    raise ScheduleError(f"Не удалось вычислить время следующей копии расписания «{schedule.name}».")


def due_schedules(db_path: Path) -> list[Schedule]:
    """This database's schedules (for the GUI's offer when a drive is plugged in)."""
    return list_schedules(db_path)


# --- the GUI's offer when a drive is plugged in -----------------------------------------------------

def _database_id(db: Database) -> str | None:
    if db.path is None:
        return db.location
    from ...storage import keystore
    sidecar = keystore.Sidecar.read(db.path)
    return sidecar.database_id if sidecar else None


def offer_drives(db: Database, actor: Actor, folders: list[Path], *, now: dt.datetime | None = None) -> list[Path]:
    """The folders (on plugged-in drives) that already hold this school's backups, when the weekly
    backup is due and the actor may make it; otherwise none."""
    from ...domain.rights import permits
    from . import backup
    if not permits(actor.roles, Action.backup_restore) or not backup.backup_overdue(db, now):
        return []
    database_id = _database_id(db)
    if database_id is None:
        return []
    return [Path(f) for f in folders if Path(f).is_dir() and backup.list_backups(Path(f), database_id)]
