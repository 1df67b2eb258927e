"""`ejournal diagnostics --out FILE.zip` as the IT person runs it: the archive tells support what they
need (versions, system, Qt platform and screen, the db check, settings, the log) and holds no key, no
password and no name of a pupil, parent or teacher."""

from __future__ import annotations

import json
import zipfile

from journal_testing import TEST_KEY_HEX, ejournal
from sqlalchemy import select

from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Guardian, Pupil, Staff


def people(db_path) -> list[tuple[str, str, str]]:
    db = database.open_file(db_path)
    try:
        with db.session() as session:
            return [tuple(row) for model in (Pupil, Staff, Guardian)
                    for row in session.execute(select(model.surname, model.name, model.patronymic))]
    finally:
        db.close()


def test_the_archive_helps_support_and_holds_no_personal_data_nor_secret(small_demo_path, tmp_path):
    data = tmp_path / "data"
    logs = data / "ejournal-desktop" / "logs"
    logs.mkdir(parents=True)
    surname, name, patronymic = people(small_demo_path)[0]
    (logs / "ejournal.log").write_text(
        f"2026-11-27 10:00 ERROR saving a mark of {surname} {name} {patronymic}: disk full\n"
        f"key={TEST_KEY_HEX} hash=$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA\n"
        f"server password Сервер-Пароль-42 refused\n", encoding="utf-8")
    out = tmp_path / "support" / "диагностика.zip"
    r = ejournal("--db", str(small_demo_path), "diagnostics", "--out", str(out),
                 env={"XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                      "QT_QPA_PLATFORM": "offscreen", "EJOURNAL_SERVER_PASSWORD": "Сервер-Пароль-42"})
    assert r.returncode == 0, r.stderr
    assert "Архив для службы поддержки сохранён" in r.stdout and "ошибок нет" in r.stdout

    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        texts = {n: zf.read(n).decode("utf-8") for n in names}
    assert sorted(names) == ["README.txt", "logs/ejournal.log", "report.json"]
    report = json.loads(texts["report.json"])
    assert report["versions"]["ejournal"] and report["versions"]["PySide6"]
    assert report["system"]["platform"] and "libc" in report["system"]
    assert report["qt"]["platform"] == "offscreen" and report["qt"]["screens"]
    assert report["database"]["check_ok"] is True and report["database"]["schema_version"]
    assert report["database"]["sqlcipher"].startswith("4.")
    assert report["database"]["settings"]["entry_window_days"] >= 0
    assert "disk full" in texts["logs/ejournal.log"]  # the log is there, its secrets are not

    everything = "\n".join(texts.values())
    assert TEST_KEY_HEX not in everything and TEST_KEY_HEX.upper() not in everything
    assert "$argon2" not in everything and "Сервер-Пароль-42" not in everything
    assert not (zf.namelist() and any(n.endswith((".db", ".ejb", ".slots", ".keyid")) for n in names))
    found = [part for person in people(small_demo_path) for part in person
             if len(part) >= 3 and part in everything]
    assert found == [], f"names of people in the archive: {found[:5]}"


def test_without_out_the_command_says_what_to_add(tmp_path):
    r = ejournal("diagnostics", env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 1 and "--out ФАЙЛ.zip" in r.stderr
