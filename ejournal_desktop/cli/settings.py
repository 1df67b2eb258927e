"""`ejournal settings …`: the school's settings from the command line, generated from their declarations
in services/settings.py (the same as the settings page).

    ejournal settings list [--json]       every setting: key, value, default, range, who changes it
    ejournal settings get KEY [--json]    one setting's value
    ejournal settings set KEY VALUE       change it (the deputy for grading settings, the administrator
                                          for system ones); refused with the reason, exit 1

Registered by cli.py: `cli_settings.add_parsers(sub)` in its parser, `HANDLERS` in its table.
Exit codes as cli.py's: 0 success, 1 refused or failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

from .common import EXIT_OK, builds, open_session, show

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    keys = ""
    if builds("settings"):
        from ..services.access.settings import SETTINGS
        keys = ", ".join(SETTINGS)
    st = sub.add_parser("settings", help="настройки школы: пороги итоговой отметки, СОУ, срок выставления "
                                         "отметок, блокировка, резервные копии (нужен вход)")
    st_sub = st.add_subparsers(dest="settings_command", metavar="ДЕЙСТВИЕ", required=True)
    lst = st_sub.add_parser("list", help="все настройки: значение, по умолчанию, допустимые значения, кто меняет")
    lst.add_argument("--json", action="store_true")
    get = st_sub.add_parser("get", help="значение одной настройки")
    get.add_argument("key", metavar="КЛЮЧ", help=keys)
    get.add_argument("--json", action="store_true")
    put = st_sub.add_parser("set", help="изменить настройку (оценивание — заместитель директора по УР, "
                                        "система — администратор)")
    put.add_argument("key", metavar="КЛЮЧ", help=keys)
    put.add_argument("value", metavar="ЗНАЧЕНИЕ")
    put.add_argument("--json", action="store_true")


def _row(spec, value) -> dict:
    from ..services.access.settings import GROUPS
    return {"key": spec.key, "value": value, "default": spec.default, "type": spec.type.__name__,
            "range": spec.range_text(), "label": spec.label, "description": spec.description,
            "group": spec.group, "changed_by": GROUPS[spec.group][0]}


def cmd_settings_list(args) -> int:
    from ..services.access import settings
    with open_session(args, login_required=True) as (db, _actor):
        values = settings.read_all(db)
    rows = [_row(s, values[k]) for k, s in settings.SETTINGS.items()]
    lines = []
    for group, (title, _action) in settings.GROUPS.items():
        lines.append(f"{title}:")
        for r in rows:
            if r["group"] == group:
                default = "" if r["value"] == r["default"] else f" (по умолчанию {r['default']})"
                lines.append(f"  {r['key']:<22} = {r['value']}{default}  — {r['description']}; {r['range']}")
    show(rows, args.json, "\n".join(lines))
    return EXIT_OK


def cmd_settings_get(args) -> int:
    from ..services.access import settings
    spec = settings.spec(args.key)
    with open_session(args, login_required=True) as (db, _actor):
        value = settings.read(db, args.key)
    show(_row(spec, value), args.json, str(value))
    return EXIT_OK


def cmd_settings_set(args) -> int:
    from ..services.access import settings
    spec = settings.spec(args.key)
    value = settings.coerce(args.key, args.value)
    with open_session(args, login_required=True) as (db, actor):
        old = settings.read(db, args.key)
        stored = settings.set(db, actor, args.key, value)
    show(_row(spec, stored) | {"old": old}, args.json,
               f"Настройка «{spec.label}» ({args.key}): {old} → {stored}")
    return EXIT_OK


HANDLERS = {("settings", "list"): cmd_settings_list, ("settings", "get"): cmd_settings_get,
            ("settings", "set"): cmd_settings_set}
