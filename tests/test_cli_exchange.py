"""`ejournal export` and `ejournal import` from a script's point of view: exit codes 0 / 1 / 2, each problem
on stderr with its JSON path, nothing written when the file is bad; a new database needs no login."""

from __future__ import annotations

import json
from pathlib import Path

from journal_testing import TEST_KEY_HEX, ejournal
from sqlalchemy import func, select


def count(path: Path, model) -> int:
    from ejournal_desktop.storage import database
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        db.close()


def test_export_then_import_into_a_new_database(small_demo_path, tmp_path):
    from ejournal_desktop.storage.models import Mark, Pupil
    out = tmp_path / "school.json"
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "export", "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    assert "Файл обмена сохранён" in r.stdout and "персональные данные" in r.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))

    new = tmp_path / "new" / "journal.db"
    dry = ejournal("--db", str(new), "import", str(out), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Ошибок нет" in dry.stdout and not new.exists()

    r = ejournal("--db", str(new), "import", str(out), "--admin", "director2",
                 env={"EJOURNAL_NEW_PASSWORD": "Exchange-2026-admin"})
    assert r.returncode == 0, r.stderr
    assert f"Отметки: {len(doc['marks'])}" in r.stdout and "director2" in r.stdout
    assert count(new, Mark) == count(small_demo_path, Mark) == len(doc["marks"])
    assert count(new, Pupil) == len(doc["pupils"])
    check = ejournal("--db", str(new), "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    # the new administrator logs in with the password given
    info = ejournal("--db", str(new), "--user", "director2", "db", "info", "--json",
                    password="Exchange-2026-admin", key=None)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["marks"] == len(doc["marks"])


def test_a_bad_file_prints_each_problem_with_its_path_and_writes_nothing(small_demo_path, tmp_path):
    from ejournal_desktop.storage.models import Mark
    out = tmp_path / "school.json"
    assert ejournal("--db", str(small_demo_path), "--user", "admin", "export", "--out", str(out),
                    password="demo").returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["marks"][5]["pupil"] = "pupil-nobody"
    doc["version"] = 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = count(small_demo_path, Mark)

    r = ejournal("--db", str(small_demo_path), "--user", "admin", "import", str(bad), password="demo")
    assert r.returncode == 1
    assert "Ничего не записано" in r.stderr
    assert "$.marks[5].pupil: нет записи с id «pupil-nobody»" in r.stderr
    assert "Traceback" not in r.stderr
    assert count(small_demo_path, Mark) == before

    new = tmp_path / "n.db"
    r = ejournal("--db", str(new), "import", str(bad), "--json", env={"EJOURNAL_NEW_PASSWORD": "Exchange-2026-admin"})
    assert r.returncode == 1
    assert json.loads(r.stdout)["problems"][0]["path"] == "$.marks[5].pupil"
    assert not new.exists()

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "ejournal-exchange", "version": 1,', encoding="utf-8")
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "import", str(broken), "--dry-run", password="demo")
    assert r.returncode == 1 and "$: ошибка JSON: строка 1" in r.stderr


def test_the_same_year_into_the_same_database_is_refused(small_demo_path, tmp_path):
    out = tmp_path / "school.json"
    assert ejournal("--db", str(small_demo_path), "--user", "admin", "export", "--out", str(out),
                    password="demo").returncode == 0
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "import", str(out), password="demo")
    assert r.returncode == 1
    assert "$.academic_years[0].start_year" in r.stderr and "уже есть в этой базе" in r.stderr


def test_export_needs_a_login_and_the_right(small_demo_path, tmp_path):
    out = tmp_path / "x.json"
    r = ejournal("--db", str(small_demo_path), "export", "--out", str(out))
    assert r.returncode == 1 and "Укажите пользователя" in r.stderr
    r = ejournal("--db", str(small_demo_path), "--user", "teacher01", "export", "--out", str(out), password="demo")
    assert r.returncode == 1 and "Нет права: импорт и экспорт данных" in r.stderr
    assert not out.exists()
    r = ejournal("--db", str(small_demo_path), "export")
    assert r.returncode == 2


def test_oneroster_export_and_import_from_the_command_line(small_demo_path, tmp_path):
    from ejournal_desktop.storage.models import Pupil
    out = tmp_path / "school.zip"
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "export", "--format", "oneroster", "--out", str(out),
                 password="demo")
    assert r.returncode == 0, r.stderr
    assert "OneRoster 1.2" in r.stdout and "users.csv" in r.stdout
    new = tmp_path / "new" / "journal.db"
    dry = ejournal("--db", str(new), "import", "--format", "oneroster", str(out), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Ошибок нет" in dry.stdout and not new.exists()
    r = ejournal("--db", str(new), "import", str(out), env={"EJOURNAL_NEW_PASSWORD": "Exchange-2026-admin"})
    assert r.returncode == 0, r.stderr
    assert count(new, Pupil) == count(small_demo_path, Pupil)
