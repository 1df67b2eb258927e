"""`ejournal year …`: closing the school year from the command line (the same services as the wizard).

    ejournal year check                      courses lacking year marks (exit 0: none, 1: some)
    ejournal year decisions [--changed]      each pupil's decision for the year
    ejournal year decide PUPIL DECISION      set a decision (promotion, conditional_promotion, repeat_year,
                                             graduation) with --note
    ejournal year close --order N --date D [--archive-to DIR …]
                                             close the year by the director's order; refuses, listing the
                                             gaps and changing nothing, while a year mark is missing
    ejournal year remove-old --summary-sheets-printed
                                             remove journals kept longer than five years

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_session, show
from .common import iso_date as _date

__all__ = ["HANDLERS", "add_parsers"]

DECISIONS = ["promotion", "conditional_promotion", "repeat_year", "graduation"]


def add_parsers(sub) -> None:
    """Add `year` and its actions to the subparsers of `ejournal`."""
    year = sub.add_parser("year", help="закрытие учебного года по приказу директора (нужен вход администратора)")
    year_sub = year.add_subparsers(dest="year_command", metavar="ДЕЙСТВИЕ", required=True)

    chk = year_sub.add_parser("check", help="журналы без годовых отметок (код 0 — пропусков нет)")
    chk.add_argument("--json", action="store_true")

    dec = year_sub.add_parser("decisions", help="решения по итогам года для каждого ученика")
    dec.add_argument("--changed", action="store_true", help="только отличные от решения по умолчанию")
    dec.add_argument("--json", action="store_true")

    decide = year_sub.add_parser("decide", help="решение по ученику: promotion (перевод), conditional_promotion "
                                                "(условный перевод), repeat_year (повторное обучение), "
                                                "graduation (выпуск)")
    decide.add_argument("pupil_id", type=int, metavar="УЧЕНИК", help="номер ученика (id)")
    decide.add_argument("decision", choices=DECISIONS, metavar="РЕШЕНИЕ")
    decide.add_argument("--note", default="", help="основание: решение педсовета, заявление родителей…")
    decide.add_argument("--json", action="store_true")

    close = year_sub.add_parser("close", help="закрыть учебный год и перевести учеников (отказ, пока нет "
                                              "годовых отметок)")
    close.add_argument("--order", required=True, metavar="НОМЕР", help="номер приказа директора")
    close.add_argument("--date", required=True, type=_date, metavar="ГГГГ-ММ-ДД", help="дата приказа")
    close.add_argument("--archive-to", type=Path, action="append", default=[], metavar="ПАПКА",
                       dest="archive_to", help="архив года на носитель перед закрытием (до трёх раз)")
    close.add_argument("--json", action="store_true")

    rm = year_sub.add_parser("remove-old", help="удалить журналы, хранящиеся больше пяти лет")
    rm.add_argument("--summary-sheets-printed", action="store_true",
                    help="подтверждаю: сводные ведомости успеваемости этих лет распечатаны")
    rm.add_argument("--json", action="store_true")


def _gap_lines(gaps) -> str:
    return "\n".join(g.text() for g in gaps)


def cmd_year_check(args) -> int:
    from ..services.administration import year_closing
    with open_session(args, login_required=True) as (db, actor):
        gaps = year_closing.check(db, actor)
    if gaps:
        show([g.as_dict() for g in gaps], args.json, _gap_lines(gaps))
        pupils = sum(len(g.pupils) for g in gaps)
        print(f"ejournal: нет годовых отметок в {len(gaps)} журналах (учеников без отметки: {pupils}).",
              file=sys.stderr)
        return EXIT_FAILED
    show([], args.json, "Годовые отметки выставлены во всех журналах: год можно закрывать.")
    return EXIT_OK


def cmd_year_decisions(args) -> int:
    from ..services.administration import year_closing
    with open_session(args, login_required=True) as (db, actor):
        rows = year_closing.decisions(db, actor)
    if args.changed:
        rows = [d for d in rows if d.overridden or d.decision.value != "promotion"]
    text = "\n".join(
        f"{d.pupil_id:>6}  {d.class_label:<4} {d.pupil:<40} {year_closing.DECISION_LABELS[d.decision]}"
        + (f" → {d.next_class}" if d.next_class and d.next_class != d.class_label else "")
        + (f" (по умолчанию: {year_closing.DECISION_LABELS[d.default]})" if d.overridden else "")
        + (f"; {d.note}" if d.note else "") + (f"; неудовлетворительно: {', '.join(d.failing)}" if d.failing else "")
        for d in rows)
    show([d.as_dict() for d in rows], args.json, text or "Учеников нет.")
    return EXIT_OK


def cmd_year_decide(args) -> int:
    from ..services.administration import year_closing
    with open_session(args, login_required=True) as (db, actor):
        d = year_closing.set_decision(db, actor, args.pupil_id, args.decision, args.note)
    show(d.as_dict(), args.json,
               f"{d.pupil}, {d.class_label}: {year_closing.DECISION_LABELS[d.decision]}"
               + (f" → {d.next_class}" if d.next_class and d.next_class != d.class_label else ""))
    return EXIT_OK


def cmd_year_close(args) -> int:
    from ..services.administration import year_closing
    if len(args.archive_to) > 3:
        print("ejournal: архив года записывается не более чем на три носителя (п. 7.6 Положения).",
              file=sys.stderr)
        return EXIT_USAGE

    def progress(done: int, total: int, what: str) -> None:
        if not args.json:
            print(f"\r{done:>3}% {what[:70]:<70}", end="", file=sys.stderr)

    with open_session(args, login_required=True) as (db, actor):
        try:
            report = year_closing.close_year(db, actor, args.order, args.date, archive_to=args.archive_to,
                                             progress=progress)
        except year_closing.GapsRemain as exc:
            if args.json:
                show({"closed": False, "gaps": [g.as_dict() for g in exc.gaps]}, True, "")
            raise
        finally:
            if not args.json:
                print(file=sys.stderr)
    show({"closed": True, **report.as_dict()}, args.json, report.summary())
    return EXIT_OK


def cmd_year_remove_old(args) -> int:
    from ..services.administration import year_closing
    with open_session(args, login_required=True) as (db, actor):
        report = year_closing.remove_old_years(db, actor, summary_sheets_printed=args.summary_sheets_printed)
    show(report.as_dict(), args.json, report.summary())
    return EXIT_OK


HANDLERS = {
    ("year", "check"): cmd_year_check,
    ("year", "decisions"): cmd_year_decisions,
    ("year", "decide"): cmd_year_decide,
    ("year", "close"): cmd_year_close,
    ("year", "remove-old"): cmd_year_remove_old,
}
