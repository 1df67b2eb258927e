"""`ejournal certificate …`: graduates' certificates (аттестаты) and СНИЛС from the command line (the same
services as the pupil card: services/people/graduates.py; docs/frdo.md).

    ejournal certificate list --class ID          the class's pupils, their СНИЛС and certificates (in full
                                                  to those who may see personal data, masked to others)
    ejournal certificate set --pupil ID --kind basic|secondary --number N --reg-number R --issued ГГГГ-ММ-ДД
                             [--series S] [--honours] [--snils СНИЛС]
                                                  record (or correct) a 9th or 11th grader's certificate
    ejournal certificate snils --pupil ID [--set СНИЛС]
                                                  show (masked without the right) or record a СНИЛС

Every change is in the audit log. Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

from ..domain import snils as snils_rules
from .common import EXIT_OK, Failed, open_session, show
from .common import iso_date as _date

__all__ = ["HANDLERS", "add_parsers"]

KINDS = {"basic": "об основном общем образовании (9 класс)", "secondary": "о среднем общем образовании (11 класс)"}


def add_parsers(sub) -> None:
    """Add `certificate` and its actions to the subparsers of `ejournal`."""
    cert = sub.add_parser("certificate", help="аттестаты выпускников и СНИЛС (для ФИС ФРДО)")
    cert_sub = cert.add_subparsers(dest="certificate_command", metavar="ДЕЙСТВИЕ", required=True)

    ls = cert_sub.add_parser("list", help="ученики класса: СНИЛС и аттестат")
    ls.add_argument("--class", dest="class_id", type=int, required=True, metavar="КЛАСС", help="номер класса (id)")
    ls.add_argument("--json", action="store_true")

    st = cert_sub.add_parser("set", help="записать (исправить) аттестат ученика 9 или 11 класса")
    st.add_argument("--pupil", type=int, required=True, metavar="УЧЕНИК", help="номер ученика (id)")
    st.add_argument("--kind", required=True, choices=list(KINDS), metavar="ВИД",
                    help="basic — " + KINDS["basic"] + "; secondary — " + KINDS["secondary"])
    st.add_argument("--series", default="", metavar="СЕРИЯ", help="серия бланка (если есть)")
    st.add_argument("--number", required=True, metavar="НОМЕР", help="номер бланка (цифры)")
    st.add_argument("--reg-number", required=True, dest="reg_number", metavar="РЕГ_НОМЕР",
                    help="регистрационный номер в книге выдачи")
    st.add_argument("--issued", required=True, type=_date, metavar="ГГГГ-ММ-ДД", help="дата выдачи")
    st.add_argument("--honours", action="store_true", help="с отличием")
    st.add_argument("--snils", default=None, metavar="СНИЛС", help="записать и СНИЛС ученика (123-456-789 01)")
    st.add_argument("--json", action="store_true")

    sn = cert_sub.add_parser("snils", help="СНИЛС ученика: показать или записать")
    sn.add_argument("--pupil", type=int, required=True, metavar="УЧЕНИК", help="номер ученика (id)")
    sn.add_argument("--set", dest="value", default=None, metavar="СНИЛС",
                    help="записать этот СНИЛС («» — стереть)")
    sn.add_argument("--json", action="store_true")


def _certificate_text(c) -> str:
    number = f"{c.series} № {c.number}" if c.series else f"№ {c.number}"
    return (f"{number}, рег. № {c.registration_number} от {c.issued_on:%d.%m.%Y}"
            + (", с отличием" if c.with_honours else ""))


def cmd_certificate_list(args) -> int:
    from ..services.people import graduates
    with open_session(args, login_required=True) as (db, actor):
        found = graduates.class_graduates(db, actor, args.class_id)
    lines = [f"{found.class_label} класс, {found.start_year}/{found.start_year + 1} учебный год"
             + (f": {graduates.CERTIFICATE_NAMES[found.kind].lower()}" if found.kind else
                " (аттестаты выдаются в 9 и 11 классах)")]
    for r in found.rows:
        cert = ("" if found.kind is None else "  записан (данные скрыты)" if r.hidden else
                f"  {_certificate_text(r.certificate)}" if r.certificate else "  — нет аттестата")
        lines.append(f"{r.pupil_id:>6}  {r.pupil:<40} СНИЛС {r.snils or '—':<15}{cert}".rstrip())
    data = {"class": found.class_label, "start_year": found.start_year,
            "kind": found.kind.value if found.kind else None, "pupils": [r.as_dict() for r in found.rows]}
    show(data, args.json, "\n".join(lines) if found.rows else lines[0] + "\nУчеников нет.")
    return EXIT_OK


def cmd_certificate_set(args) -> int:
    from ..services.people import graduates
    if args.snils is not None:   # checked before anything is written: the two go in one after the other
        try:
            snils_rules.normalize(args.snils)
        except snils_rules.SnilsError as exc:
            raise Failed(f"СНИЛС не сохранён: {exc}.") from None
    with open_session(args, login_required=True) as (db, actor):
        cert_id = graduates.save_certificate(
            db, actor, args.pupil, start_year=args.issued.year - 1, kind=args.kind, series=args.series,
            number=args.number, registration_number=args.reg_number, issued_on=args.issued,
            with_honours=args.honours)
        if args.snils is not None:
            graduates.set_snils(db, actor, args.pupil, args.snils)
    number = f"{args.series} № {args.number}".strip() if args.series else f"№ {args.number}"
    show({"certificate_id": cert_id, "pupil_id": args.pupil}, args.json,
         f"Аттестат {KINDS[args.kind].split(' (')[0]} {number} от {args.issued:%d.%m.%Y} записан.")
    return EXIT_OK


def cmd_certificate_snils(args) -> int:
    from ..services.people import graduates
    with open_session(args, login_required=True) as (db, actor):
        if args.value is not None:
            value = graduates.set_snils(db, actor, args.pupil, args.value)
            show({"pupil_id": args.pupil, "snils": value}, args.json,
                 f"СНИЛС записан: {value}." if value else "СНИЛС стёрт.")
            return EXIT_OK
        value = graduates.snils(db, actor, args.pupil)
    show({"pupil_id": args.pupil, "snils": value}, args.json, value or "СНИЛС не указан.")
    return EXIT_OK


HANDLERS = {
    ("certificate", "list"): cmd_certificate_list,
    ("certificate", "set"): cmd_certificate_set,
    ("certificate", "snils"): cmd_certificate_snils,
}
