"""0008b: a journal from before the fixed list numbers gets them, in the alphabetical order its lists
showed (issue 17, item 7)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from ejournal_desktop.storage import database, migrations


def test_0008b_numbers_each_class_alphabetically_and_a_returning_pupil_once(tmp_path, db_key):
    db = database.create(tmp_path / "j.db")
    cfg = migrations.config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007c")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO academic_year (id, start_year, status) VALUES (1, 2026, 'open')"))
        for cid, letter in ((1, "А"), (2, "Б")):
            conn.execute(text("INSERT INTO school_class (id, academic_year_id, grade, letter) "
                              "VALUES (:i, 1, 5, :l)"), {"i": cid, "l": letter})
        pupils = [(1, "Яковлев"), (2, "Ёлкина"), (3, "Абрамов"), (4, "Егоров"), (5, "Борисов")]
        for pid, surname in pupils:
            conn.execute(text("INSERT INTO pupil (id, surname, name, patronymic, address, phone, document) "
                              "VALUES (:i, :s, 'Иван', '', '', '', '')"), {"i": pid, "s": surname})
        stays = [(1, 1, "2026-09-01", None), (2, 2, "2026-09-01", None), (3, 3, "2026-10-05", "2026-11-01"),
                 (4, 3, "2026-11-20", None), (5, 4, "2026-09-01", None), (6, 5, "2026-09-01", None),
                 (7, 2, "2026-09-01", None)]
        for eid, pid, arrived, departed in stays:
            conn.execute(text(
                "INSERT INTO enrollment (id, pupil_id, school_class_id, arrived_on, arrival_event, "
                "arrival_order_number, arrived_from, departed_on, departure_order_number, departed_to) "
                "VALUES (:e, :p, :c, :a, 'arrival', '', '', :d, '', '')"),
                {"e": eid, "p": pid, "c": 2 if eid == 7 else 1, "a": arrived, "d": departed})
    migrations.upgrade(db.engine)
    with db.engine.connect() as conn:
        numbers = dict(conn.execute(text("SELECT id, list_number FROM enrollment")).all())
    # 5А by name, whatever the dates (the order its lists showed until now): Абрамов (two stays, one
    # number), Борисов, Егоров, Ёлкина (ё sorts with е, after Егоров), Яковлев
    assert numbers == {3: 1, 4: 1, 6: 2, 5: 3, 2: 4, 1: 5, 7: 1}
    db.close()
