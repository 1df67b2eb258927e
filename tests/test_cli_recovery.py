"""The recovery CLI handlers (ejournal_desktop/cli/recovery.py), called as `ejournal` calls them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from ejournal_desktop.cli import recovery as cli_recovery
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import backup
from ejournal_desktop.services.errors import ServiceError


def parse(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user")
    parser.add_argument("--demo", action="store_true")
    sub = parser.add_subparsers(dest="command")
    cli_recovery.add_parsers(sub)
    return parser.parse_args(argv)


def test_recovery_sheet_command(small_demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo")
    args = parse(["--db", str(small_demo_path), "--user", "admin", "recovery-sheet", "--out", str(tmp_path / "k.pdf")])
    assert cli_recovery.HANDLERS[args.command](args) == 0
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")


def test_restore_with_the_key_from_the_sheet(small_demo, tmp_path, db_key):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    (tmp_path / "E").mkdir()
    [made] = backup.make_backup(small_demo, admin, [tmp_path / "E"], one_medium_reason="второй носитель в ремонте")
    new_pc = tmp_path / "new" / "journal.db"
    args = parse(["--db", str(new_pc), "restore-key", str(made.file)])
    assert cli_recovery.restore_with_key_or_none(args) == 0
    assert new_pc.exists()
    # Over an existing database the key must open that database too.
    other = tmp_path / "other.db"
    from ejournal_desktop.storage import database
    database.create(other, key=bytes(32)).close()
    with pytest.raises(ServiceError, match="не подходит"):
        cli_recovery.HANDLERS["restore-key"](parse(["--db", str(other), "restore-key", str(made.file)]))
    assert cli_recovery.restore_with_key_or_none(parse(["--user", "admin", "restore-key", str(made.file)])) is None
