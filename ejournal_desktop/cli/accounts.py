"""`ejournal user add|list|disable|enable|reset-password`: accounts, by the administrator."""

from __future__ import annotations

from ..domain.roles import Role
from .common import EXIT_OK, open_session, show

__all__ = ["HANDLERS", "add_parsers"]

ROLE_NAMES = [r.value for r in Role]


def add_parsers(sub) -> None:
    user = sub.add_parser("user", help="учётные записи (нужен вход администратора)")
    user_sub = user.add_subparsers(dest="user_command", metavar="ДЕЙСТВИЕ", required=True)
    add = user_sub.add_parser("add", help="создать учётную запись; печатает временный пароль")
    add.add_argument("login", metavar="ЛОГИН")
    add.add_argument("--role", action="append", required=True, choices=ROLE_NAMES, dest="roles")
    link = add.add_mutually_exclusive_group()
    link.add_argument("--staff-id", type=int)
    link.add_argument("--pupil-id", type=int)
    link.add_argument("--guardian-id", type=int)
    add.add_argument("--json", action="store_true")
    lst = user_sub.add_parser("list", help="список учётных записей")
    lst.add_argument("--json", action="store_true")
    dis = user_sub.add_parser("disable", help="отключить учётную запись")
    dis.add_argument("login")
    en = user_sub.add_parser("enable", help="снова включить учётную запись")
    en.add_argument("login")
    rst = user_sub.add_parser("reset-password", help="выдать новый временный пароль")
    rst.add_argument("login")
    rst.add_argument("--json", action="store_true")


def cmd_user(args) -> int:
    from ..services.access import accounts
    with open_session(args, login_required=True) as (db, actor):
        c = args.user_command
        if c == "add":
            account_id, temporary = accounts.create_account(
                db, actor, args.login, {Role(r) for r in args.roles}, staff_id=args.staff_id,
                pupil_id=args.pupil_id, guardian_id=args.guardian_id)
            show({"id": account_id, "login": args.login.lower(), "temporary_password": temporary}, args.json,
                   f"Учётная запись {args.login.lower()} создана. Временный пароль: {temporary}\n"
                   f"При первом входе программа попросит сменить пароль.")
        elif c == "list":
            rows = accounts.list_accounts(db, actor)
            data = [{"login": r.login, "person": r.person, "roles": [x.value for x in r.roles],
                     "disabled": r.disabled, "must_change_password": r.must_change_password,
                     "last_login_at": r.last_login_at} for r in rows]
            text = "\n".join(f"{r.login:<18} {'(отключена) ' if r.disabled else ''}{r.person} — "
                             f"{', '.join(x.label for x in r.roles)}" for r in rows)
            show(data, args.json, text)
        elif c in ("disable", "enable"):
            accounts.set_disabled(db, actor, args.login, c == "disable")
            print(f"Учётная запись {args.login} {'отключена' if c == 'disable' else 'включена'}.")
        elif c == "reset-password":
            temporary = accounts.reset_password(db, actor, args.login)
            show({"login": args.login, "temporary_password": temporary}, args.json,
                   f"Новый временный пароль для {args.login}: {temporary}")
    return EXIT_OK


HANDLERS = {"user": cmd_user}
