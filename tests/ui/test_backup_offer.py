"""The weekly backup offered when the school's backup drive is plugged in, as an administrator sees it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import backup
from ejournal_desktop.storage.models import utcnow
from ejournal_desktop.ui.backup_page import BACKUP_FOLDER, Drive
from ejournal_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch):
    questions = []

    def question(_parent, title, text, *a, **k):
        questions.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return questions


def test_plugging_in_the_school_drive_when_the_backup_is_due_offers_it(qtbot, small_demo, tmp_path, other_medium,
                                                                       asked, answer_input):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    e, stranger = (tmp_path / n / BACKUP_FOLDER for n in ("E", "G"))
    f = other_medium / "F" / BACKUP_FOLDER  # two media: two devices
    for d in (e, f, stranger):
        d.mkdir(parents=True)
    backup.make_backup(small_demo, admin, [e, f], now=utcnow() - dt.timedelta(days=9))  # last week's
    window = MainWindow(small_demo, admin)
    qtbot.addWidget(window)
    plugged: list[Drive] = []
    window.backup_offer.volumes = lambda: list(plugged)

    plugged.append(Drive(name="Флешка без копий школы", folder=stranger))
    assert window.backup_offer.check() == [] and asked == []

    plugged.append(Drive(name="Флешка E", folder=e))
    reasons = answer_input("вторая флешка у завхоза")  # one drive: the administrator says why
    assert [d.name for d in window.backup_offer.check()] == ["Флешка E"]
    [(title, text)] = asked
    assert title == "Резервная копия" and "Флешка E" in text and "Сделать копию сейчас?" in text
    assert "на два носителя" in text
    page = window.pages["admin"].backup
    assert window.current_section() == "admin" and window.pages["admin"].ui.tabs.currentWidget() is not None
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=30_000)
    assert len(backup.list_backups(e)) == 2 and len(backup.list_backups(stranger)) == 0
    assert not backup.backup_overdue(small_demo)
    assert len(reasons) == 1 and "Флешка E" in reasons[0] and "на два" in reasons[0]
    assert page.history.index(0, 4).data() == "вторая флешка у завхоза"

    plugged.append(Drive(name="Флешка F", folder=f))  # the backup is fresh now: nothing more is asked
    assert window.backup_offer.check() == [] and len(asked) == 1


def test_not_offered_to_a_teacher_nor_when_the_backup_is_recent(qtbot, small_demo, tmp_path, asked):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    e = tmp_path / "E" / BACKUP_FOLDER
    e.mkdir(parents=True)
    backup.make_backup(small_demo, admin, [e], one_medium_reason="второй носитель в ремонте")
    window = MainWindow(small_demo, admin)
    qtbot.addWidget(window)
    window.backup_offer.volumes = lambda: [Drive(name="E", folder=e)]
    assert window.backup_offer.check() == [] and asked == []
    teacher = accounts.authenticate(small_demo, "teacher01", "demo")
    other = MainWindow(small_demo, teacher)
    qtbot.addWidget(other)
    assert other.backup_offer is None
