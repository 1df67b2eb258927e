"""Администрирование → Учётные записи, driven as an administrator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts
from ejournal_desktop.ui.accounts_page import AccountDialog, AccountsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, small_demo):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    page = AccountsPage(small_demo, admin)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def test_lists_every_account_and_filters_by_name(qtbot, page):
    total = page.proxy.rowCount()
    assert total > 100
    qtbot.keyClicks(page.ui.search, "zavuch")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "zavuch"


def test_create_an_account_through_the_dialog(qtbot, page, small_demo):
    dialog = AccountDialog(small_demo, page._actor, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.login, "psychologist")
    dialog.ui.personKind.setCurrentIndex(0)  # staff
    dialog.ui.person.setCurrentIndex(3)
    person = dialog.ui.person.currentText()
    dialog._checks[Role.secretary].setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.error.text() == ""
    login, temporary = dialog.created
    actor = accounts.authenticate(small_demo, login, temporary)
    assert actor.roles == {Role.secretary} and actor.must_change_password
    assert actor.display_name == person


def test_dialog_shows_what_is_wrong(qtbot, page, small_demo):
    dialog = AccountDialog(small_demo, page._actor, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.login, "zavuch")
    dialog._checks[Role.deputy].setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    assert "уже занят" in dialog.ui.error.text()


def test_reset_and_disable_from_the_list(qtbot, page, small_demo, messages):
    page.select_login("teacher01")
    qtbot.mouseClick(page.ui.resetPassword, Qt.MouseButton.LeftButton)
    box = page.password_box  # shown with open(): the page's own window-modal box
    assert box.isVisible() and box.windowTitle() == "Временный пароль"
    temporary = box.text().split("Временный пароль: ")[1].split()[0]
    box.accept()
    assert accounts.authenticate(small_demo, "teacher01", temporary).must_change_password
    page.select_login("teacher01")
    assert page.model.data(page.model.index(page.proxy.mapToSource(page.ui.table.currentIndex()).row(),
                                            page.model.STATE)) == "ждёт смены пароля"
    qtbot.mouseClick(page.ui.toggleDisabled, Qt.MouseButton.LeftButton)
    with pytest.raises(accounts.AuthError, match="отключена"):
        accounts.authenticate(small_demo, "teacher01", temporary)
    assert page.ui.toggleDisabled.text() == "&Включить"


def test_class_slips_saved_as_pdf(qtbot, page, small_demo, messages, tmp_path):
    classes = accounts.credential_classes(small_demo, page._actor)
    issued = page.save_class_slips(classes[0][0], tmp_path / "slips.pdf")
    assert issued > 10
    assert (tmp_path / "slips.pdf").read_bytes().startswith(b"%PDF")
    assert "Новые временные пароли" in messages[-1][1]
    # A parent who has logged in and chosen a password is left alone the next time; the others
    # (a slip lost at home) get new ones.
    from pypdf import PdfReader
    first_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "slips.pdf").pages)
    login = next(r.login for r in accounts.list_accounts(small_demo, page._actor)
                 if r.login.startswith("parent-") and r.login in first_text)
    password = first_text.split(login)[1].split("Временный пароль:")[1].split()[0]
    actor = accounts.authenticate(small_demo, login, password)
    accounts.change_password(small_demo, actor, password, "mama2026pass")
    assert page.save_class_slips(classes[0][0], tmp_path / "again.pdf") == issued - 1
    assert login not in "".join(p.extract_text() for p in PdfReader(tmp_path / "again.pdf").pages)


def test_key_on_this_pc_only_after_the_warning(qtbot, page, small_demo, memory_keyring, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    warned = []

    def warning(_parent, title, text, *args):
        warned.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert page.ui.keyOnThisPc.isVisible() and not page.ui.keyOnThisPc.isChecked()
    qtbot.mouseClick(page.ui.keyOnThisPc, Qt.MouseButton.LeftButton)  # declined
    assert memory_keyring.secrets == {} and not page.ui.keyOnThisPc.isChecked()
    qtbot.mouseClick(page.ui.keyOnThisPc, Qt.MouseButton.LeftButton)  # accepted
    assert "обойти права" in warned[0]
    assert list(memory_keyring.secrets.values()) == [small_demo.key.hex()]
    assert page.ui.keyOnThisPc.isChecked()
    qtbot.mouseClick(page.ui.keyOnThisPc, Qt.MouseButton.LeftButton)  # off again
    assert memory_keyring.secrets == {}
