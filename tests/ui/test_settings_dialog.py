"""Настройки: the administrator edits the school's details and common settings; everyone chooses this
PC's language, font size and database file (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ejournal_desktop.services import accounts, school, settings
from ejournal_desktop.ui import translations
from ejournal_desktop.ui.app_preferences import DB_PATH_SETTING, FONT_SIZE_SETTING, apply_font_size
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_font(qapp):
    font = qapp.font()
    yield
    qapp.setFont(font)
    if hasattr(qapp, "_system_font"):
        del qapp._system_font


def save(dialog: SettingsDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_administrator_changes_the_school_and_the_idle_lock(qtbot, small_demo, restore_font):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    window = MainWindow(small_demo, admin)
    qtbot.addWidget(window)
    seen = {}

    def edit():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        assert dialog.ui.schoolTab.isEnabled()
        dialog.ui.schoolName.setText("МБОУ «Средняя школа № 7 имени Ю. А. Гагарина»")
        dialog.setting_widgets["idle_lock_minutes"].setValue(25)
        save(dialog)
        seen["closed"] = not dialog.isVisible()

    QTimer.singleShot(0, edit)
    window.ui.actionSettings.trigger()
    assert seen["closed"]
    assert school.details(small_demo).name == "МБОУ «Средняя школа № 7 имени Ю. А. Гагарина»"
    assert settings.read(small_demo, "idle_lock_minutes") == 25
    assert "Гагарина" in window.windowTitle()


def test_a_teacher_sets_large_fonts_but_not_the_school(qtbot, small_demo, restore_font, qapp):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo")
    prefs = QSettings("ejournal", "ejournal-desktop")
    dialog = SettingsDialog(small_demo, teacher, preferences=prefs)
    qtbot.addWidget(dialog)
    assert not dialog.ui.schoolTab.isEnabled()
    assert "администратор" in dialog.ui.schoolNote.text()
    before = school.details(small_demo)
    dialog.ui.fontSize.setCurrentIndex(dialog.ui.fontSize.findData(16))
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    save(dialog)
    assert qapp.font().pointSize() == 16
    assert int(prefs.value(FONT_SIZE_SETTING)) == 16
    assert translations.chosen_language(prefs) == "en"
    assert school.details(small_demo) == before


def test_a_wrong_value_is_explained_and_nothing_is_saved(qtbot, small_demo, restore_font):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    dialog = SettingsDialog(small_demo, admin, preferences=QSettings("ejournal", "ejournal-desktop"))
    qtbot.addWidget(dialog)
    dialog.show()
    name = school.details(small_demo).name
    dialog.ui.schoolName.setText("   ")
    save(dialog)
    assert dialog.isVisible()
    assert "наименование" in dialog.ui.error.text()
    assert school.details(small_demo).name == name


def test_the_chosen_database_file_is_remembered_for_the_next_start(qtbot, small_demo, tmp_path):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    prefs = QSettings("ejournal", "ejournal-desktop")
    dialog = SettingsDialog(small_demo, admin, preferences=prefs)
    qtbot.addWidget(dialog)
    assert dialog.ui.database.text() == str(small_demo.path)
    other = tmp_path / "other.db"
    dialog.ui.database.setText(str(other))
    save(dialog)
    assert prefs.value(DB_PATH_SETTING) == str(other)


def test_font_size_zero_means_the_system_font(qapp, restore_font):
    prefs = QSettings("ejournal", "ejournal-desktop")
    system = qapp.font().pointSize()
    prefs.setValue(FONT_SIZE_SETTING, 20)
    apply_font_size(qapp, prefs)
    assert qapp.font().pointSize() == 20
    prefs.setValue(FONT_SIZE_SETTING, 0)
    apply_font_size(qapp, prefs)
    assert qapp.font().pointSize() == system


def test_a_school_server_is_chosen_with_its_password_kept_in_the_keyring(qtbot, small_demo, memory_keyring):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo")
    prefs = QSettings("ejournal", "ejournal-desktop")
    dialog = SettingsDialog(small_demo, teacher, preferences=prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.serverPassword.isVisible()  # a file needs no server password
    url = "postgresql://ejournal@192.168.1.10/journal"
    dialog.ui.database.setText(url)
    assert dialog.ui.serverPassword.isVisible()
    dialog.ui.serverPassword.setText("s3rver-Пароль")
    save(dialog)
    assert prefs.value(DB_PATH_SETTING) == url
    stored = {entry: secret for (service, entry), secret in memory_keyring.secrets.items()}
    assert stored == {f"server {url}": "s3rver-Пароль"}
    assert "s3rver" not in str(prefs.allKeys()) + str([prefs.value(k) for k in prefs.allKeys()])


def test_a_too_long_address_is_named_in_russian(qtbot, small_demo):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    dialog = SettingsDialog(small_demo, admin, preferences=QSettings("ejournal", "ejournal-desktop"))
    qtbot.addWidget(dialog)
    dialog.show()
    before = school.details(small_demo)
    dialog.ui.address.setText("ул. Ленина, " * 60)
    save(dialog)
    assert dialog.isVisible() and dialog.ui.error.text().startswith("Адрес: не длиннее 500 знаков")
    assert school.details(small_demo) == before


def test_the_page_is_generated_from_the_declarations_and_the_deputy_saves_grading_rules_at_once(
        qtbot, small_demo, restore_font):
    """Every declared setting has its row with its range; the deputy edits the grading ones (the system
    ones are greyed); several changes are saved in one transaction, a wrong combination saves none."""
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    dialog = SettingsDialog(small_demo, deputy, preferences=QSettings("ejournal", "ejournal-desktop"))
    qtbot.addWidget(dialog)
    dialog.show()
    widgets = dialog.setting_widgets
    assert set(widgets) == set(settings.SETTINGS)
    assert widgets["rounding_five"].isEnabled() and not widgets["idle_lock_minutes"].isEnabled()
    assert (widgets["rounding_five"].minimum(), widgets["rounding_five"].maximum()) == (2.0, 5.0)
    assert "от 0 до 60" in widgets["entry_window_days"].toolTip()
    assert [widgets["learning_degree_low"].itemText(i) for i in range(2)] == ["7", "8"]
    widgets["rounding_five"].setValue(4.6)
    widgets["rounding_four"].setValue(4.7)  # above the 5: the whole save is refused
    widgets["entry_window_days"].setValue(3)
    save(dialog)
    assert dialog.isVisible() and "Пороги" in dialog.ui.error.text()
    assert settings.read(small_demo, "entry_window_days") == 0
    widgets["rounding_four"].setValue(3.6)
    save(dialog)
    assert not dialog.isVisible()
    values = settings.read_all(small_demo)
    assert (values["rounding_five"], values["rounding_four"], values["entry_window_days"]) == (4.6, 3.6, 3)


def test_every_declared_text_is_offered_for_translation():
    from ejournal_desktop.ui.settings_dialog import SETTING_TEXTS
    declared = {t for t, _a in settings.GROUPS.values()} | {
        x for s in settings.SETTINGS.values() for x in (s.label, s.description, s.unit, s.zero_means) if x}
    assert declared <= set(SETTING_TEXTS)
