"""Starting the program (no command), `--self-test`, and `ejournal screenshots`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_OK, Failed, ask_password, journal_path, parse_location
from .database import cmd_demo

__all__ = ["HANDLERS", "add_parsers", "start_gui"]


def add_parsers(sub) -> None:
    shots = sub.add_parser("screenshots", help="снимки главных окон пользователя в PNG (без экрана)")
    shots.add_argument("--out", type=Path, required=True, help="папка для снимков")
    shots.add_argument("--scale", type=float, help="масштаб экрана, например 1.5 (150 %%)")
    shots.add_argument("--font-size", type=int, metavar="ПТ", help="размер шрифта программы, например 16")
    shots.add_argument("--size", default="1280x800", metavar="ШxВ",
                       help="размер окна в точках экрана (при --scale 1.5 и экране 1920×1080 — 1280x720)")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise Failed(f"Размер окна «{text}» не понят: нужно ШИРИНАxВЫСОТА, например 1280x720.") from None
    return width, height


def cmd_screenshots(args) -> int:
    if not args.user:
        raise Failed("Укажите пользователя: --user ЛОГИН.")
    path = journal_path(args)
    if not path.exists():
        raise Failed(f"Файл базы журнала не найден: {path}")
    from ..ui.screenshots import render
    for written in render(path, args.user, ask_password(args, f"Пароль для {args.user}: "), args.out,
                          scale=args.scale, font_size=args.font_size, size=_size(args.size)):
        print(written)
    return EXIT_OK

def start_gui(args) -> int:
    if args.self_test and not args.db and not args.demo:
        return _self_test_on_temporary_demo(args)
    if not args.db and not args.demo:
        from ..ui.app_preferences import chosen_db_path
        args.db = parse_location(chosen_db_path()) if chosen_db_path() else None  # the file (or server) chosen in Настройки
    path = journal_path(args)
    demo = args.demo and not args.db
    if demo and not path.exists():
        print(f"Создаётся демонстрационная школа в {path} …", file=sys.stderr)
        cmd_demo(argparse.Namespace(db=path, demo=True, size="school", seed=1, today=None, json=False))
    from ..ui.app import run
    return run(path, demo=demo, self_test=args.self_test, login=args.user)


def _self_test_on_temporary_demo(args) -> int:
    """`ejournal --self-test` alone (the installed program's smoke test): a small demo school in a
    temporary folder, every main view of the deputy and the administrator painted, a summary sheet
    printed with the bundled fonts; the folder is removed afterwards."""
    import tempfile

    from ..ui.app import run
    with tempfile.TemporaryDirectory(prefix="ejournal-self-test-") as folder:
        path = Path(folder) / "demo.db"
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):  # one line per view below, not the demo's accounts
            cmd_demo(argparse.Namespace(db=path, demo=True, size="small", seed=1, today=None, json=True))
        print("self-test: demo school ok", flush=True)
        os.environ.setdefault("EJOURNAL_PASSWORD", "demo")
        for login in (args.user,) if args.user else ("zavuch", "admin"):
            if run(path, demo=True, self_test=True, login=login) != 0:
                return EXIT_FAILED
        from ..services.access import accounts
        from ..services.reports import printouts
        db, actor = accounts.sign_in(path, "zavuch", os.environ["EJOURNAL_PASSWORD"])
        try:
            printouts.export_summary_sheet(db, actor, Path(folder) / "self-test.pdf")
        finally:
            db.close()
        print("self-test: printing ok")
    return 0


HANDLERS = {"screenshots": cmd_screenshots}
