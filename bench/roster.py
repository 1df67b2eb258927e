"""Importing a 1,100-pupil class-list file into the large demo school (issue 5).

Works on a copy of the cached school in a temporary folder (the cache stays as it is): the file, its
.keyid and .slots companions. The file is generated: 1,100 pupils spread over the classes of the open
year, each with a mother and half with a father, as a secretary's .xlsx (one «ФИО» column, dates as
text, the heading on row 3) and as a Windows-1251 CSV with «;». Each import runs on a fresh copy.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.demo.data import GIRLS, MALE_NAMES, SURNAMES, WOMEN, feminine_surname
from ejournal_desktop.services.people import roster_import
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AcademicYear, SchoolClass, YearStatus

from .common import BENCH_KEY_HEX, Row, copy_school

PUPILS = 1100
HEAD = ["№", "ФИО", "Дата рождения", "Пол", "Класс", "Адрес", "Мать", "Телефон матери", "Отец",
        "Телефон отца"]


def _classes(db) -> tuple[int, list[tuple[int, str]]]:
    with db.session() as s:
        year = s.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                        .order_by(AcademicYear.start_year.desc()).limit(1))
        return year.start_year, s.execute(select(SchoolClass.grade, SchoolClass.letter)
                                          .where(SchoolClass.academic_year_id == year.id)).all()


def _rows(start_year: int, classes, seed: int = 5) -> list[list]:
    rng = random.Random(seed)
    fathers = list(MALE_NAMES)
    rows, seen = [], set()
    while len(rows) < PUPILS:
        grade, letter = rng.choice(classes)
        surname, boy = rng.choice(SURNAMES), rng.random() < 0.5
        father = rng.choice(fathers)
        name = rng.choice(fathers if boy else GIRLS)
        patronymic = MALE_NAMES[father][0 if boy else 1]
        born = dt.date(start_year - grade - 6, 9, 1) + dt.timedelta(days=rng.randint(0, 364))
        key = (surname, name, patronymic, born)
        if key in seen:
            continue
        seen.add(key)
        fem = feminine_surname(surname)
        rows.append([len(rows) + 1, f"{surname if boy else fem} {name} {patronymic}", f"{born:%d.%m.%Y}",
                     "м" if boy else "ж", f"{grade}{letter}", f"ул. Лесная, д. {rng.randint(1, 99)}",
                     f"{fem} {rng.choice(WOMEN)} {rng.choice(list(MALE_NAMES.values()))[1]}",
                     f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-"
                     f"{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                     (f"{surname} {father} {rng.choice(list(MALE_NAMES.values()))[0]}"
                      if rng.random() < 0.5 else ""),
                     ""])
    return rows


def _write(folder: Path, rows: list[list]) -> tuple[Path, Path]:
    wb = Workbook()
    ws = wb.active
    ws.append(["Список обучающихся"])
    ws.append([])
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    xlsx = folder / "pupils.xlsx"
    wb.save(xlsx)
    text = folder / "pupils.csv"
    with text.open("w", encoding="cp1251", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEAD)
        writer.writerows(rows)
    return xlsx, text


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-roster-") as tmp:
        folder = Path(tmp)
        db = database.open_file(copy_school(path, folder), key=key)
        start_year, classes = _classes(db)
        rows = _rows(start_year, classes)
        # Pupils of the school who happen to share a name and birth date with a generated one are left out.
        xlsx, text = _write(folder, rows)
        admin = accounts.authenticate(db, "admin", "demo")
        shown = roster_import.preview(db, admin, xlsx)
        bad = {r for _s, r in shown.bad_rows}
        if bad:
            rows = [r for i, r in enumerate(rows, start=4) if i not in bad]
            xlsx, text = _write(folder, rows)
        db.close()

        parse = []
        for _ in range(5):
            t = time.perf_counter()
            roster_import.parse_file(xlsx)
            parse.append(time.perf_counter() - t)
        parse_csv = []
        for _ in range(5):
            t = time.perf_counter()
            roster_import.parse_file(text)
            parse_csv.append(time.perf_counter() - t)

        previews, imports, imports_csv = [], [], []
        for samples, source in ((imports, xlsx), (imports_csv, text)):
            for _ in range(3):
                with tempfile.TemporaryDirectory(dir=folder) as sub:
                    db = database.open_file(copy_school(path, Path(sub)), key=key)
                    admin = accounts.authenticate(db, "admin", "demo")
                    if source is xlsx:
                        t = time.perf_counter()
                        shown = roster_import.preview(db, admin, source)
                        previews.append(time.perf_counter() - t)
                        assert shown.ok, shown.problems[:5]
                    t = time.perf_counter()
                    done = roster_import.import_roster(db, admin, source, order_number="1-у")
                    samples.append(time.perf_counter() - t)
                    assert done.pupils == len(rows), done.pupils
                    db.close()
        guardians = sum(1 for r in rows for g in (r[6], r[8]) if g)
        return [
            Row(f"read a {len(rows)}-pupil .xlsx (parse only)", parse, note="openpyxl read-only, ФИО split"),
            Row("read the same as Windows-1251 CSV (parse only)", parse_csv),
            Row(f"preview the {len(rows)}-pupil .xlsx against the large school", previews,
                note="parse + classes, duplicates, ages"),
            Row(f"import {len(rows)} pupils from .xlsx (one transaction)", imports,
                note=f"{len(rows)} pupils, enrollments, ~{guardians} guardians, audited"),
            Row(f"import {len(rows)} pupils from CSV (one transaction)", imports_csv),
        ]


if __name__ == "__main__":
    import os
    import sys

    from .common import large_school, print_table
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    school, _ = large_school()
    print(f"large demo school: {school}", file=sys.stderr)
    print_table(run(school))
