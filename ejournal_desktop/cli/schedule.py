"""`ejournal backup schedule` and `ejournal backup run-scheduled` (issue 21); the actions are added to
the `backup` command by `add_backup_parsers(backup_subparsers)`, the handlers come through HANDLERS.

    ejournal --user admin backup schedule --weekly fri 18:00 --to /media/E/ejournal-backups --to /media/F/…
    ejournal --user admin backup schedule --monthly 1 17:30 --to … --to …
    ejournal backup schedule --list [--json]
    ejournal backup schedule --remove weekly|monthly|NAME
    ejournal backup run-scheduled NAME     # what the systemd timer or the Windows task runs
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, is_server, journal_path, open_session, show


def add_parsers(subparsers) -> None:
    """No top-level command: the actions live under `backup` (add_backup_parsers)."""


def add_backup_parsers(bk_sub) -> None:
    sc = bk_sub.add_parser("schedule", help="копии по расписанию: таймер systemd пользователя (Linux) или задание "
                                            "планировщика Windows; нужен ключ базы в хранилище ключей")
    when = sc.add_mutually_exclusive_group(required=True)
    when.add_argument("--weekly", nargs=2, metavar=("ДЕНЬ", "ЧЧ:ММ"),
                      help="еженедельная копия: день недели (mon…sun или пн…вс) и время")
    when.add_argument("--monthly", nargs=2, metavar=("ЧИСЛО", "ЧЧ:ММ"),
                      help="ежемесячная копия: число месяца (1–28) и время")
    when.add_argument("--list", action="store_true", help="показать расписания копий этого компьютера")
    when.add_argument("--remove", metavar="weekly|monthly|ИМЯ", help="удалить расписание")
    sc.add_argument("--to", type=Path, action="append", default=[], metavar="ПАПКА", dest="schedule_targets",
                    help="папка на носителе; укажите дважды для двух носителей")
    sc.add_argument("--one-medium-reason", metavar="ТЕКСТ", default=None,
                    help="почему еженедельная копия делается на один носитель (положение требует два)")
    sc.add_argument("--json", action="store_true")
    rs = bk_sub.add_parser("run-scheduled", help="сделать копию по расписанию ИМЯ (это запускает планировщик "
                                                 "системы; ключ — из хранилища ключей)")
    rs.add_argument("name", metavar="ИМЯ")
    rs.add_argument("--json", action="store_true")


def cmd_schedule(args) -> int:
    from ..services.administration import backup_schedule as bs
    if args.list:
        found = bs.list_schedules()
        show([s.as_dict() for s in found], args.json,
                   "\n".join(s.describe() for s in found) or "Копий по расписанию на этом компьютере нет.")
        return EXIT_OK
    if args.remove:
        path = journal_path(args)
        schedule, _commands = bs.remove(args.remove, db_path=None if is_server(path) else path)
        print(f"Расписание удалено: {schedule.describe()}")
        return EXIT_OK
    kind, (day, time) = ("weekly", args.weekly) if args.weekly else ("monthly", args.monthly)
    with open_session(args, login_required=True) as (db, actor):
        done = bs.register(db, actor, kind, day, time, args.schedule_targets,
                           one_medium_reason=args.one_medium_reason)
    data = {**done.schedule.as_dict(), "active": done.active, "commands": done.commands,
            "files": [str(f) for f in done.files], "note": done.note}
    lines = [f"Расписание задано: {done.schedule.describe()}"]
    if len(done.schedule.targets) < 2:
        lines.append("Внимание: положение требует копий на два внешних носителя; укажите второй --to.")
    if done.active:
        lines.append("Планировщик системы принял задание. Если компьютер выключен в это время, копия будет "
                     "сделана при следующем включении (Linux) или в следующий раз (Windows).")
    show(data, args.json, "\n".join(lines))
    if not done.active:
        print(f"ejournal: {done.note}", file=sys.stderr)
    return EXIT_OK


def cmd_run_scheduled(args) -> int:
    from ..services.administration import backup_schedule as bs
    _schedule, results = bs.run_scheduled(args.name)
    if args.json:
        show([r.as_dict() for r in results], True, "")
    for r in results:
        if r.ok and not args.json:
            print(f"✓ {r.target}: {r.file.name} ({r.size / 2**20:.1f} МБ), записана и проверена")
        elif not r.ok:
            print(f"ejournal: ✗ {r.message}", file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


HANDLERS = {("backup", "schedule"): cmd_schedule, ("backup", "run-scheduled"): cmd_run_scheduled}
