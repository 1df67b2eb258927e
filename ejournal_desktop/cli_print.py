"""`ejournal print verify|sign|verify-signature`: checking printouts and the director's signature.

    ejournal --db FILE --user LOGIN print verify CODE|QR-TEXT [--json]
        does the journal still hold exactly what the printout shows? 0: every sheet matches; 1: not
        (the report names each sheet that differs and what on it), or refused
    ejournal --db FILE --user DIRECTOR print sign FILE.pdf --cert FILE.p12 --out SIGNED.pdf [--location PLACE]
        sign with the certificate's key (PAdES); the passphrase from EJOURNAL_CERT_PASSWORD or asked
    ejournal print verify-signature FILE.pdf [--trust ROOT.pem ...] [--json]
        who signed and when; 0: the signature holds and the file is unchanged since; 1: not

Exit codes as in cli.py: 0 done, 1 refused or failed (message on stderr), 2 bad usage. Wired into
cli.py by `add_parsers(print_subparsers)` and `HANDLERS`; this module imports cli.py only inside the
handlers (cli.py imports this one at load time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parsers(print_sub) -> None:
    """Add the subcommands to `ejournal print` (the subparsers of the "print" parser)."""
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
    from .cli import _print, _session
    from .services.reports import verification as print_verification
    with _session(args, login_required=True) as (db, actor):
        result = print_verification.verify(db, actor, args.code)
    _print(result.as_dict(), args.json, result.summary())
    if result.ok:
        return EXIT_OK
    sheets = ", ".join(str(n) for n in result.changed_sheets)
    print(f"ejournal: распечатка {result.code} не совпадает с журналом"
          + (f" (листы {sheets})" if sheets else ""), file=sys.stderr)
    return EXIT_FAILED


def cmd_print_sign(args) -> int:
    from .cli import Failed, _password, _session
    from .services.reports import signing
    if not args.file.exists():
        raise Failed(f"Файл для подписи не найден: {args.file}")
    with _session(args, login_required=True) as (db, actor):
        signing.authorize(actor, db)
        passphrase = _password(args, f"Пароль сертификата {args.cert.name}: ", env="EJOURNAL_CERT_PASSWORD")
        info = signing.sign_pdf(actor, args.file, args.cert, passphrase, args.out, db=db,
                                location=args.location)
    print(f"Подписанный файл сохранён: {args.out}\n{info.summary()}")
    return EXIT_OK


def cmd_print_verify_signature(args) -> int:
    from .services.reports import signing
    info = signing.verify_signed(args.file, trusted=args.trust)
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        print(info.summary())
    if info.ok:
        return EXIT_OK
    print(f"ejournal: подпись не подтверждает файл {args.file.name}", file=sys.stderr)
    return EXIT_FAILED


HANDLERS = {
    ("print", "verify"): cmd_print_verify,
    ("print", "sign"): cmd_print_sign,
    ("print", "verify-signature"): cmd_print_verify_signature,
}
