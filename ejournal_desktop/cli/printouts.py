"""`ejournal print verify|sign|verify-signature`: checking printouts and the director's signature.

    ejournal --db FILE --user LOGIN print verify CODE|QR-TEXT [--json]
        does the journal still hold exactly what the printout shows? 0: every sheet matches; 1: not
        (the report names each sheet that differs and what on it), or refused
    ejournal --db FILE --user DIRECTOR print sign FILE.pdf --cert FILE.p12 --out SIGNED.pdf [--location PLACE]
        sign with the certificate's key (PAdES); the passphrase from EJOURNAL_CERT_PASSWORD or asked
    ejournal print verify-signature FILE.pdf [--trust ROOT.pem ...] [--json]
        who signed and when; 0: the signature holds and the file is unchanged since; 1: not

Exit codes: 0 done, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, Failed, ask_password, month, open_session, show


def add_parsers(sub) -> None:
    """Add `ejournal print` and its actions."""
    prn = sub.add_parser("print", help="печать журнала")
    prn_sub = prn.add_subparsers(dest="print_command", metavar="ЧТО", required=True)
    pj = prn_sub.add_parser("journal", help="страницы журнала по предмету или книга класса (без --subject)")
    pj.add_argument("--class", dest="class_label", required=True, help="класс, например 5А")
    pj.add_argument("--subject", help="предмет; без него печатается вся книга класса")
    when = pj.add_mutually_exclusive_group()
    when.add_argument("--month", action="append", type=month, help="месяц ГГГГ-ММ (можно несколько)")
    when.add_argument("--period", help="номер периода (1, 2, …) или year")
    pj.add_argument("--out", type=Path, required=True)
    print_sub = prn_sub
    ver = print_sub.add_parser("verify", help="сверить распечатку с журналом по её коду или тексту QR-кода "
                                              "(код 0 — все листы совпадают)")
    ver.add_argument("code", metavar="КОД",
                     help="код распечатки (внизу каждого листа) или текст QR-кода листа")
    ver.add_argument("--json", action="store_true", help="вывод в JSON")

    sign = print_sub.add_parser("sign", help="подписать PDF электронной подписью директора (PAdES); "
                                             "пароль сертификата — из EJOURNAL_CERT_PASSWORD или по запросу")
    sign.add_argument("file", type=Path, metavar="ФАЙЛ.pdf")
    sign.add_argument("--cert", type=Path, required=True, metavar="ФАЙЛ.p12",
                      help="сертификат PKCS#12 (.p12, .pfx)")
    sign.add_argument("--out", type=Path, required=True, metavar="ФАЙЛ.pdf",
                      help="куда сохранить подписанный файл")
    sign.add_argument("--location", default="", help="место подписания (например, город)")

    vs = print_sub.add_parser("verify-signature",
                              help="проверить электронную подпись PDF: кто и когда подписал "
                                   "(код 0 — подпись верна и файл не изменён)")
    vs.add_argument("file", type=Path, metavar="ФАЙЛ.pdf")
    vs.add_argument("--trust", type=Path, action="append", metavar="КОРЕНЬ.pem",
                    help="сертификат, которому доверять (удостоверяющий центр); без него — "
                         "общий список корневых сертификатов (Mozilla)")
    vs.add_argument("--json", action="store_true", help="вывод в JSON")


def cmd_print_verify(args) -> int:
    from ..services.reports import verification as print_verification
    with open_session(args, login_required=True) as (db, actor):
        result = print_verification.verify(db, actor, args.code)
    show(result.as_dict(), args.json, result.summary())
    if result.ok:
        return EXIT_OK
    sheets = ", ".join(str(n) for n in result.changed_sheets)
    print(f"ejournal: распечатка {result.code} не совпадает с журналом"
          + (f" (листы {sheets})" if sheets else ""), file=sys.stderr)
    return EXIT_FAILED


def cmd_print_sign(args) -> int:
    from ..services.reports import signing
    if not args.file.exists():
        raise Failed(f"Файл для подписи не найден: {args.file}")
    with open_session(args, login_required=True) as (db, actor):
        signing.authorize(actor, db)
        passphrase = ask_password(args, f"Пароль сертификата {args.cert.name}: ", env="EJOURNAL_CERT_PASSWORD")
        info = signing.sign_pdf(actor, args.file, args.cert, passphrase, args.out, db=db,
                                location=args.location)
    print(f"Подписанный файл сохранён: {args.out}\n{info.summary()}")
    return EXIT_OK


def cmd_print_verify_signature(args) -> int:
    from ..services.reports import signing
    info = signing.verify_signed(args.file, trusted=args.trust)
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        print(info.summary())
    if info.ok:
        return EXIT_OK
    print(f"ejournal: подпись не подтверждает файл {args.file.name}", file=sys.stderr)
    return EXIT_FAILED


def cmd_print_journal(args) -> int:
    from ..services.reports import printouts
    with open_session(args, login_required=True) as (db, actor):
        class_id = printouts.class_id_by_label(db, args.class_label)
        period_id = None
        if args.period and args.period != "year":
            if not args.period.isdigit():
                raise Failed(f"Период — номер (1, 2, …) или year, а не «{args.period}».")
            period_id = printouts.period_id_by_number(db, class_id, int(args.period))
        if args.subject is None:
            if args.month:
                raise Failed("Книга класса печатается за период или год: уберите --month или укажите --subject.")

            def progress(done: int, total: int) -> None:
                print(f"\rЛистов подготовлено: {done} из {total}", end="", file=sys.stderr)

            printouts.export_class_book(db, actor, class_id, args.out, period_id=period_id, progress=progress)
            print(file=sys.stderr)
        else:
            months = args.month or printouts.months_of_period(db, class_id, period_id)
            courses = printouts.course_id_by_subject(db, class_id, args.subject)
            if len(courses) > 1:
                stem, suffix = args.out.stem, args.out.suffix or ".pdf"
                for number, course_id in enumerate(courses, start=1):
                    out = args.out.with_name(f"{stem}-группа{number}{suffix}")
                    printouts.export_journal_pages(db, actor, course_id, months, out)
                    print(f"Страницы журнала (группа {number}) сохранены: {out}")
                return EXIT_OK
            printouts.export_journal_pages(db, actor, courses[0], months, args.out)
    print(f"Журнал сохранён: {args.out}")
    return EXIT_OK


HANDLERS = {
    ("print", "journal"): cmd_print_journal,
    ("print", "verify"): cmd_print_verify,
    ("print", "sign"): cmd_print_sign,
    ("print", "verify-signature"): cmd_print_verify_signature,
}
