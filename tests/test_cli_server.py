"""`ejournal --db postgresql://…`: schema on an empty server, the demo school there, logins and views, and
`db migrate` from the file to the server and back with every table's rows."""

from __future__ import annotations

import json

import pytest
from journal_testing import DEMO_TODAY, ejournal
from sqlalchemy import func, select, text

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Base


@pytest.fixture
def empty_server_db(pg_server):
    url = pg_server.clone()
    yield url
    pg_server.drop(url)


def table_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def test_db_init_makes_the_schema_once_and_the_school_logs_in(empty_server_db):
    done = ejournal("--db", empty_server_db, "db", "init")
    assert done.returncode == 0, done.stderr
    assert "Схема журнала" in done.stdout
    again = ejournal("--db", empty_server_db, "db", "init")
    assert again.returncode == 1 and "не пуста" in again.stderr

    made = ejournal("--db", empty_server_db, "init", "--school", "МБОУ СОШ № 7", "--admin", "director7",
                    env={"EJOURNAL_NEW_PASSWORD": "Сервер-2026-пароль"})
    assert made.returncode == 1 and "не пуста" in made.stderr  # init wants an empty database too


def test_a_school_is_created_on_the_server_and_its_administrator_works_there(empty_server_db):
    made = ejournal("--db", empty_server_db, "init", "--school", "МБОУ СОШ № 7", "--admin", "director7",
                    env={"EJOURNAL_NEW_PASSWORD": "Сервер-2026-пароль"})
    assert made.returncode == 0, made.stderr
    listed = ejournal("--db", empty_server_db, "--user", "director7", "user", "list", "--json",
                      password="Сервер-2026-пароль")
    assert listed.returncode == 0, listed.stderr
    assert [a["login"] for a in json.loads(listed.stdout)] == ["director7"]
    wrong = ejournal("--db", empty_server_db, "--user", "director7", "user", "list", password="не тот")
    assert wrong.returncode == 1 and "Неверный логин или пароль" in wrong.stderr


def test_the_demo_school_on_the_server_and_its_views(empty_server_db):
    made = ejournal("--db", empty_server_db, "demo", "--size", "small", "--today", DEMO_TODAY.isoformat(), "--json")
    assert made.returncode == 0, made.stderr
    marks = json.loads(made.stdout)["counts"]["marks"]
    info = ejournal("--db", empty_server_db, "--user", "zavuch", "db", "info", "--json", password="demo")
    assert info.returncode == 0, info.stderr
    assert marks in json.loads(info.stdout).values()
    checked = ejournal("--db", empty_server_db, "db", "check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout)["problems"] == []


def test_a_wrong_server_address_is_a_clear_message():
    done = ejournal("--db", "postgresql://nobody@127.0.0.1:1/journal", "db", "check")
    assert done.returncode == 1
    assert "Не удалось подключиться к серверу журнала postgresql://nobody@127.0.0.1:1/journal" in done.stderr


def test_migrate_from_the_file_to_the_server_and_back(small_demo_path, empty_server_db, tmp_path):
    there = ejournal("db", "migrate", "--from", str(small_demo_path), "--to", empty_server_db, "--json")
    assert there.returncode == 0, there.stderr
    moved = json.loads(there.stdout)["counts"]
    back_file = tmp_path / "back.db"
    back = ejournal("db", "migrate", "--from", empty_server_db, "--to", str(back_file), "--json")
    assert back.returncode == 0, back.stderr

    original = database.open_file(small_demo_path)
    on_server = database.open_url(empty_server_db)
    returned = database.open_file(back_file)
    try:
        before = table_counts(original)
        assert moved == before
        # Each move adds its own audit entry; every other table is the same on all three.
        assert table_counts(on_server) == before | {"audit_log": before["audit_log"] + 1}
        assert table_counts(returned) == before | {"audit_log": before["audit_log"] + 2}
        # New rows on the server get ids after the copied ones (the sequences were moved on).
        accounts.create_account(on_server, accounts.authenticate(on_server, "admin", "demo"), "admin2",
                                {Role.administrator})
    finally:
        for db in (original, on_server, returned):
            db.close()
    marked = ejournal("--db", empty_server_db, "db", "check", "--json")
    assert marked.returncode == 0 and json.loads(marked.stdout)["problems"] == []
    # A mark changed and one removed behind the program's back, on the server: found by the same check.
    on_server = database.open_url(empty_server_db)
    try:
        with on_server.engine.begin() as conn:
            conn.execute(text("UPDATE mark SET value = '5' WHERE id = (SELECT min(id) FROM mark WHERE value = '2')"))
            conn.execute(text("DELETE FROM mark WHERE id = (SELECT max(id) FROM mark)"))
    finally:
        on_server.close()
    tampered = ejournal("--db", empty_server_db, "db", "check", "--json")
    problems = json.loads(tampered.stdout)["problems"]
    assert tampered.returncode == 1
    assert any("изменена в обход" in p for p in problems) and any("удалена из базы в обход" in p for p in problems)
    checked = ejournal("--db", str(back_file), "db", "check", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["problems"] == []
    again = ejournal("db", "migrate", "--from", str(small_demo_path), "--to", empty_server_db)
    assert again.returncode == 1 and "не пуста" in again.stderr
