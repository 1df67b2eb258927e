"""`ejournal classes …`: class lists and movement of pupils (issue 5), the same services as «Классы».

    ejournal classes list --class 5А [--date D] [--json]          the class on the date
    ejournal classes search TEXT [--json]                         pupils of the school by name
    ejournal classes arrive --class 5А --order N --date D (--pupil ID | --surname … --name … [--patronymic …]
                            [--birth-date D] [--sex м|ж]) [--from TEXT]
    ejournal classes depart PUPIL --order N --date D --to TEXT    departure (D: the first day away)
    ejournal classes transfer PUPIL --class 5Б --order N --date D
    ejournal classes history PUPIL [--json]                       the pupil's stays
    ejournal classes movement --from D --to D [--json]            arrivals and departures of the period

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import datetime as dt

from .common import EXIT_OK, open_session, show
from .common import iso_date as _date

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    """Add `classes` and its actions to the subparsers of `ejournal`."""
    classes = sub.add_parser("classes", help="списки классов и движение учащихся (нужен вход сотрудника)")
    cs = classes.add_subparsers(dest="classes_command", metavar="ДЕЙСТВИЕ", required=True)

    lst = cs.add_parser("list", help="ученики класса на дату")
    lst.add_argument("--class", dest="class_label", required=True, metavar="КЛАСС", help="класс, например 5А")
    lst.add_argument("--date", type=_date, metavar="ГГГГ-ММ-ДД", help="состав на дату (по умолчанию сегодня)")
    lst.add_argument("--json", action="store_true")

    find = cs.add_parser("search", help="поиск ученика по школе (ё = е, регистр не важен)")
    find.add_argument("text", metavar="ТЕКСТ")
    find.add_argument("--json", action="store_true")

    arrive = cs.add_parser("arrive", help="прибытие ученика в класс по приказу")
    arrive.add_argument("--class", dest="class_label", required=True, metavar="КЛАСС")
    arrive.add_argument("--order", required=True, metavar="НОМЕР", help="номер приказа")
    arrive.add_argument("--date", required=True, type=_date, metavar="ГГГГ-ММ-ДД", help="первый день в классе")
    who = arrive.add_mutually_exclusive_group(required=True)
    who.add_argument("--pupil", type=int, metavar="УЧЕНИК", help="номер (id) ученика, который уже есть в журнале")
    who.add_argument("--surname", help="фамилия нового ученика")
    arrive.add_argument("--name", default="", help="имя нового ученика")
    arrive.add_argument("--patronymic", default="", help="отчество нового ученика")
    arrive.add_argument("--birth-date", type=_date, metavar="ГГГГ-ММ-ДД", dest="birth_date")
    arrive.add_argument("--sex", choices=["м", "ж"])
    arrive.add_argument("--from", dest="place", default="", metavar="ОТКУДА", help="откуда прибыл")
    arrive.add_argument("--json", action="store_true")

    depart = cs.add_parser("depart", help="выбытие ученика по приказу")
    depart.add_argument("pupil", type=int, metavar="УЧЕНИК", help="номер (id) ученика")
    depart.add_argument("--order", required=True, metavar="НОМЕР")
    depart.add_argument("--date", required=True, type=_date, metavar="ГГГГ-ММ-ДД",
                        help="дата выбытия: первый день, когда ученика уже нет в классе")
    depart.add_argument("--to", dest="place", required=True, metavar="КУДА", help="куда выбыл")
    depart.add_argument("--json", action="store_true")

    move = cs.add_parser("transfer", help="перевод ученика в другой класс по приказу")
    move.add_argument("pupil", type=int, metavar="УЧЕНИК")
    move.add_argument("--class", dest="class_label", required=True, metavar="КЛАСС", help="новый класс")
    move.add_argument("--order", required=True, metavar="НОМЕР")
    move.add_argument("--date", required=True, type=_date, metavar="ГГГГ-ММ-ДД", help="первый день в новом классе")
    move.add_argument("--json", action="store_true")

    hist = cs.add_parser("history", help="история пребывания ученика в классах")
    hist.add_argument("pupil", type=int, metavar="УЧЕНИК")
    hist.add_argument("--json", action="store_true")

    rep = cs.add_parser("movement", help="движение учащихся за период")
    rep.add_argument("--from", dest="start", required=True, type=_date, metavar="ГГГГ-ММ-ДД")
    rep.add_argument("--to", dest="end", required=True, type=_date, metavar="ГГГГ-ММ-ДД")
    rep.add_argument("--all", action="store_true", help="также переводы и выпуск при закрытии года")
    rep.add_argument("--json", action="store_true")


def _class_id(db, label: str) -> int:
    from ..services.reports import printouts
    return printouts.class_id_by_label(db, label)


def _d(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def cmd_list(args) -> int:
    from ..services.people import class_list
    with open_session(args, login_required=True) as (db, actor):
        roster = class_list.class_pupils(db, actor, _class_id(db, args.class_label), args.date)
    c = roster.school_class
    lines = [f"{c.label} класс, {c.academic_year} учебный год"
             + (f", классный руководитель {c.class_teacher}" if c.class_teacher else "")
             + f"; на {_d(roster.on)} учеников: {len(roster.rows)}"]
    lines += [f"{r.number:>3}. {r.full_name:<42} {_d(r.birth_date):<10}  {r.sex_label or '-'}  с {_d(r.arrived_on)}"
              f"  (id {r.pupil_id})" for r in roster.rows]
    show({"class": c.label, "academic_year": c.academic_year, "date": roster.on,
                "pupils": [r.as_dict() for r in roster.rows]}, args.json, "\n".join(lines))
    return EXIT_OK


def cmd_search(args) -> int:
    from ..services.people import class_list
    with open_session(args, login_required=True) as (db, actor):
        hits = class_list.search_pupils(db, actor, args.text)
    text = "\n".join(f"{h.pupil_id:>6}  {h.full_name:<42} {_d(h.birth_date):<10}  {h.where}" for h in hits)
    show([h.__dict__ for h in hits], args.json, text or "Никого не найдено.")
    return EXIT_OK


def _done(result, as_json: bool) -> int:
    show(result.as_dict(), as_json, result.text)
    return EXIT_OK


def cmd_arrive(args) -> int:
    from ..services.people import movement
    with open_session(args, login_required=True) as (db, actor):
        class_id = _class_id(db, args.class_label)
        if args.pupil is not None:
            result = movement.arrive(db, actor, class_id, args.date, args.order, pupil_id=args.pupil,
                                     arrived_from=args.place)
        else:
            result = movement.arrive(db, actor, class_id, args.date, args.order, arrived_from=args.place, pupil={
                "surname": args.surname, "name": args.name, "patronymic": args.patronymic,
                "birth_date": args.birth_date, "sex": args.sex})
    return _done(result, args.json)


def cmd_depart(args) -> int:
    from ..services.people import movement
    with open_session(args, login_required=True) as (db, actor):
        result = movement.depart(db, actor, args.pupil, args.date, args.order, args.place)
    return _done(result, args.json)


def cmd_transfer(args) -> int:
    from ..services.people import movement
    with open_session(args, login_required=True) as (db, actor):
        result = movement.transfer(db, actor, args.pupil, _class_id(db, args.class_label), args.date, args.order)
    return _done(result, args.json)


def cmd_history(args) -> int:
    from ..services.people import movement
    with open_session(args, login_required=True) as (db, actor):
        stays = movement.history(db, actor, args.pupil)
    text = "\n".join(f"{s.class_label:<4} {s.academic_year}  {s.arrival_text}  →  {s.departure_text}" for s in stays)
    show([s.as_dict() for s in stays], args.json, text or "Ученик не зачислен ни в один класс.")
    return EXIT_OK


def cmd_movement(args) -> int:
    from ..services.people import movement
    with open_session(args, login_required=True) as (db, actor):
        events = movement.movement_report(db, actor, args.start, args.end, events=None if args.all else
                                          ("arrival", "departure", "transfer"))
    arrived = sum(1 for e in events if e.kind == "arrival")
    lines = [f"Движение учащихся с {_d(args.start)} по {_d(args.end)}: прибыло {arrived}, "
             f"выбыло {len(events) - arrived}"]
    lines += [f"{_d(e.on)}  {e.class_label:<4} {'+' if e.kind == 'arrival' else '−'} {e.pupil:<42} {e.label}"
              + (f" ({e.place})" if e.place else "") + (f", приказ № {e.order_number}" if e.order_number else "")
              for e in events]
    show([e.as_dict() for e in events], args.json, "\n".join(lines))
    return EXIT_OK


HANDLERS = {
    ("classes", "list"): cmd_list,
    ("classes", "search"): cmd_search,
    ("classes", "arrive"): cmd_arrive,
    ("classes", "depart"): cmd_depart,
    ("classes", "transfer"): cmd_transfer,
    ("classes", "history"): cmd_history,
    ("classes", "movement"): cmd_movement,
}
