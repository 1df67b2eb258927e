"""`ejournal classes …` from a script's point of view: lists, movement by order, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json

from journal_testing import ejournal


def run(db, *args: str, user: str = "secretary"):
    return ejournal("--db", str(db), "--user", user, "classes", *args, password="demo")


def test_list_of_a_class_as_json(small_demo_path):
    r = run(small_demo_path, "list", "--class", "5А", "--date", "2026-11-27", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["class"] == "5А" and len(data["pupils"]) > 10
    assert [p["number"] for p in data["pupils"]] == list(range(1, len(data["pupils"]) + 1))


def test_arrival_depart_and_the_movement_report(small_demo_path):
    r = run(small_demo_path, "arrive", "--class", "5А", "--surname", "Ёжиков", "--name", "Иван",
            "--birth-date", "2015-03-03", "--sex", "м", "--order", "172-у", "--date", "2026-12-01",
            "--from", "МБОУ СОШ № 2", "--json")
    assert r.returncode == 0, r.stderr
    pupil = json.loads(r.stdout)["pupil_id"]
    early = run(small_demo_path, "depart", str(pupil), "--order", "173-у", "--date", "2026-11-30", "--to", "СОШ 9")
    assert early.returncode == 1 and "раньше прибытия" in early.stderr and "Traceback" not in early.stderr
    r = run(small_demo_path, "depart", str(pupil), "--order", "174-у", "--date", "2026-12-20", "--to", "СОШ 9")
    assert r.returncode == 0, r.stderr
    assert "выбытие из 5А" in r.stdout
    r = run(small_demo_path, "movement", "--from", "2026-12-01", "--to", "2026-12-31")
    assert r.returncode == 0, r.stderr
    assert "прибыло 1, выбыло 1" in r.stdout and "приказ № 172-у" in r.stdout and "приказ № 174-у" in r.stdout
    history = json.loads(run(small_demo_path, "history", str(pupil), "--json").stdout)
    assert [(h["arrival_order_number"], h["departure_order_number"]) for h in history] == [("172-у", "174-у")]


def test_refusals_and_bad_usage(small_demo_path):
    denied = run(small_demo_path, "transfer", "36", "--class", "10А", "--order", "1", "--date", "2026-12-20",
                 user="teacher01")
    assert denied.returncode == 1 and "Нет права" in denied.stderr
    bad_date = run(small_demo_path, "depart", "36", "--order", "1", "--date", "20.12.2026", "--to", "X")
    assert bad_date.returncode == 2 and "ГГГГ-ММ-ДД" in bad_date.stderr
    unknown = run(small_demo_path, "list", "--class", "7Я")
    assert unknown.returncode == 1 and "7Я" in unknown.stderr
