"""The recovery sheet (issue 7): the key on paper reads back from its QR code, and opens a backup on a
new PC where neither the keyring nor the administrator's password is at hand."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ejournal_desktop.printing.recovery_sheet import RecoverySheet, key_groups, recovery_sheet_pdf
from ejournal_desktop.services.access import accounts, guard
from ejournal_desktop.services.administration import backup, recovery
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AuditEntry, Mark, Pupil

pytestmark = pytest.mark.file_only  # the file's key on paper

NOW = dt.datetime(2026, 11, 27, 16, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo", NOW)


def qr_text(pdf, tmp_path) -> str | None:
    """The QR code's content, decoded by zbarimg from a 150 dpi render; None (with the reason printed)
    when the tools are missing."""
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install -y poppler-utils zbar-tools): QR not decoded")
            return None
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    [png] = tmp_path.glob("page*.png")
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_sheet_holds_the_key_as_text_and_qr(small_demo, admin, tmp_path):
    path = recovery.recovery_sheet(small_demo, admin, tmp_path / "sheet.pdf", today=dt.date(2026, 11, 27), now=NOW)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    key = small_demo.key.hex()
    groups = key_groups(key)
    assert len(groups) == 16 and all(g in text for g in groups)
    assert "сейф" in text and "в обход всех ролей" in text
    assert "EJOURNAL_DB_KEY=ключ ejournal restore" in text  # Astra, ALT, Debian
    assert "ejournal-cli restore E:" in text and "Журнал — командная строка" in text  # Windows (issue 21)
    decoded = qr_text(path, tmp_path)
    if decoded is None:
        pytest.skip("zbarimg or pdftoppm missing: the QR code was not decoded")
    assert decoded == key


def test_making_a_sheet_is_audited_without_the_key(small_demo, admin, tmp_path):
    recovery.recovery_sheet(small_demo, admin, tmp_path / "sheet.pdf", now=NOW)
    with small_demo.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "recovery_sheet")).one()
    assert entry.account_id == admin.account_id
    assert small_demo.key.hex() not in (entry.new or "")
    assert "sheet.pdf" in entry.new


def test_only_the_administrator_makes_the_sheet(small_demo, tmp_path):
    director = accounts.authenticate(small_demo, "director", "demo", NOW)
    with pytest.raises(guard.Denied):
        recovery.recovery_sheet(small_demo, director, tmp_path / "sheet.pdf")
    assert not (tmp_path / "sheet.pdf").exists()


def test_an_unwritable_place_leaves_no_file(small_demo, admin, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(recovery.ServiceError, match="Не удалось сохранить"):
        recovery.recovery_sheet(small_demo, admin, blocker / "sheet.pdf")


def test_restore_on_a_new_pc_with_the_key_from_the_sheet(small_demo, admin, tmp_path, monkeypatch):
    (tmp_path / "E").mkdir()
    [made] = backup.make_backup(small_demo, admin, [tmp_path / "E"], now=NOW, one_medium_reason="второй носитель в ремонте")
    sheet = recovery.recovery_sheet(small_demo, admin, tmp_path / "sheet.pdf")
    key_hex = qr_text(sheet, tmp_path)
    if key_hex is None:  # the typed key instead of the scanned one
        text = PdfReader(sheet).pages[0].extract_text()
        key_hex = "".join(re.findall(r"\b[0-9A-F]{4}\b", text)[:16]).lower()
    with small_demo.session() as s:
        pupils, marks = s.scalar(select(func.count(Pupil.id))), s.scalar(select(func.count(Mark.id)))
    # The new PC: no keyring entry, no EJOURNAL_DB_KEY, no administrator's password given.
    monkeypatch.delenv("EJOURNAL_DB_KEY", raising=False)
    new_pc = tmp_path / "new-pc" / "journal.db"
    with pytest.raises(backup.BackupKeyError):
        backup.restore(made.file, new_pc)
    result = backup.restore(made.file, new_pc, key=bytes.fromhex(key_hex))
    assert result.safety_copy is None
    db = database.open_file(new_pc, key=bytes.fromhex(key_hex))
    try:
        with db.session() as s:
            assert s.scalar(select(func.count(Pupil.id))) == pupils
            assert s.scalar(select(func.count(Mark.id))) == marks
        assert accounts.authenticate(db, "admin", "demo", NOW).login == "admin"
    finally:
        db.close()


def test_the_sheet_refuses_a_key_that_is_not_64_hex_digits():
    with pytest.raises(ValueError):
        RecoverySheet("Школа", "id", "/x.db", "12ab", dt.date(2026, 1, 1))
    pdf = recovery_sheet_pdf(RecoverySheet("Школа", "id", "/x.db", "ab" * 32, dt.date(2026, 1, 1)))
    assert pdf.startswith(b"%PDF")


def test_inspect_and_restore_the_open_database(small_demo, small_demo_path, admin, tmp_path):
    (tmp_path / "E").mkdir()
    [made] = backup.make_backup(small_demo, admin, [tmp_path / "E"], now=NOW, one_medium_reason="второй носитель в ремонте")
    assert recovery.inspect_backup(small_demo, admin, made.file).counts == backup.read_manifest(made.file).counts
    result = recovery.restore_open_database(small_demo, admin, made.file, now=NOW)
    assert result.target == small_demo_path and result.safety_copy.is_dir()
