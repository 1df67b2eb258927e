"""`ejournal settings list|get|set`: every declared setting, changed by the role its group names (issue 15)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from ejournal_desktop import cli
from ejournal_desktop.services import settings
from ejournal_desktop.services.files import open_journal
from ejournal_desktop.storage.models import AuditEntry


@pytest.fixture
def run(monkeypatch, small_demo_path, capsys):
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo")

    def call(user: str, *args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(small_demo_path), "--user", user, *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


def stored(path, key):
    db = open_journal(path)
    try:
        return settings.read(db, key)
    finally:
        db.close()


def test_list_shows_every_declared_setting_with_its_range_and_who_changes_it(run):
    code, out, _ = run("teacher01", "settings", "list", "--json")
    assert code == 0
    rows = {r["key"]: r for r in json.loads(out)}
    assert set(rows) == set(settings.SETTINGS)
    assert rows["rounding_five"]["range"] == "от 2 до 5" and rows["rounding_five"]["group"] == "grading"
    assert "администратор" in rows["idle_lock_minutes"]["changed_by"]
    code, text, _ = run("teacher01", "settings", "list")
    assert "Оценивание (меняет заместитель директора по УР):" in text and "portfolio_max_mb" in text


def test_the_deputy_sets_a_grading_setting_and_it_is_audited(run, small_demo_path):
    code, out, err = run("zavuch", "settings", "set", "rounding_five", "4,6")
    assert (code, err) == (0, "")
    assert "Порог «5»" in out and "4.5 → 4.6" in out
    assert stored(small_demo_path, "rounding_five") == 4.6
    code, out, _ = run("zavuch", "settings", "get", "rounding_five")
    assert out.strip() == "4.6"
    db = open_journal(small_demo_path)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
    db.close()
    assert json.loads(entry.new) == {"key": "rounding_five", "value": 4.6}


def test_rights_ranges_and_unknown_keys_are_refused_with_exit_1(run, small_demo_path):
    code, _, err = run("admin", "settings", "set", "rounding_five", "4.6")
    assert code == 1 and "Нет права: настройка систем оценивания" in err
    code, _, err = run("zavuch", "settings", "set", "idle_lock_minutes", "5")
    assert code == 1 and "Нет права: системные настройки" in err
    code, _, err = run("admin", "settings", "set", "idle_lock_minutes", "500")
    assert code == 1 and "от 0 до 240" in err
    code, _, err = run("admin", "settings", "set", "idle_lock_minutes", "пять")
    assert code == 1 and "нужно целое число" in err
    code, _, err = run("zavuch", "settings", "set", "rounding_four", "4.8")
    assert code == 1 and "Пороги" in err
    code, _, err = run("admin", "settings", "get", "colour")
    assert code == 1 and "Неизвестная настройка «colour»" in err
    assert stored(small_demo_path, "idle_lock_minutes") == 10
    code, out, _ = run("admin", "settings", "set", "idle_lock_minutes", "15", "--json")
    assert code == 0 and json.loads(out)["value"] == 15 and json.loads(out)["old"] == 10
