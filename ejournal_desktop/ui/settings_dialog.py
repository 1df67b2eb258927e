"""Настройки: this PC's preferences (language, font size, database file) for everyone; the school's
details for the administrator; and «Правила журнала», generated from the declarations in
services/settings.py: every school setting with its range and description, editable by the role its
group names (grading: the deputy, system: the administrator), all saved in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QSpinBox,
    QWidget,
)

from ..domain.rights import Action, may
from ..services.access import files, settings
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.school import details as school
from . import app_preferences, translations
from .app_preferences import DB_PATH_SETTING, FONT_SIZE_SETTING, apply_font_size
from .forms.ui_settingsdialog import Ui_SettingsDialog

FONT_SIZES = [0, 10, 12, 14, 16, 18, 20]
# The declared settings' texts (services/settings.py), for lupdate: the page shows them translated.
# tests/ui/test_settings_dialog.py fails when a declared text is missing here.
SETTING_TEXTS = (
    QT_TRANSLATE_NOOP("SettingsDialog", 'Оценивание (меняет заместитель директора по УР)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Система (меняет администратор)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Отметки после урока, дней'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько дней после урока учитель может выставлять и исправлять отметки и посещаемость (0 — только в день урока)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'дн.'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'только в день урока'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Отметка за период после конца периода, дней'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько дней после последнего урока периода учитель может выставить отметку за период без разрешения заместителя директора; не меньше срока выставления отметок за урок (0 — в день последнего урока или в срок отметок после него, как требует положение; -1 — без ограничения)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'без ограничения'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Исправление своей отметки, мин'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько минут после ввода учитель может сам исправить или удалить свою отметку (механическая ошибка, п. 4.2 к); позже — только по заявке на исправление с разрешения заместителя директора (-1 — весь срок выставления отметок)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'весь срок выставления отметок'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Отметок одного вида в клетке, не больше'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько отметок одного вида работы можно поставить ученику за один урок'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Порог «5»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Средний балл, с которого предлагается итоговая «5»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Порог «4»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Средний балл, с которого предлагается итоговая «4»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Порог «3»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Средний балл, с которого предлагается итоговая «3»'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'СОУ: вес «1» и «н/а», %'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Вес отметки «1» и «н/а» в степени обученности учащихся (СОУ), %'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Блокировка при бездействии, мин'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Через сколько минут бездействия программа блокируется (0 — не блокировать)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'мин'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'не блокировать'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Хранить еженедельных копий'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько еженедельных резервных копий хранить'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Хранить ежемесячных копий'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Сколько ежемесячных резервных копий хранить'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Файл портфолио, не больше, МБ'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Наибольший размер одного файла в портфолио ученика или сотрудника, МБ'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'МБ'),
)
SCHOOL_FIELDS = {"schoolName": "name", "shortName": "short_name", "address": "address",
                 "director": "director_name", "phone": "phone"}


class SettingsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, *, preferences: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self._preferences = preferences or app_preferences.preferences()
        self.may_edit_school = may(actor.roles, Action.system_settings)

        for code, name in translations.LANGUAGES.items():
            self.ui.language.addItem(name, code)
        self.ui.language.setCurrentIndex(self.ui.language.findData(translations.chosen_language(self._preferences)))
        for size in FONT_SIZES:
            self.ui.fontSize.addItem(self.tr("Как в системе") if not size else self.tr("{0} пт").format(size), size)
        current = int(self._preferences.value(FONT_SIZE_SETTING, 0) or 0)
        self.ui.fontSize.setCurrentIndex(max(0, self.ui.fontSize.findData(current)))
        self.ui.database.setText(str(self._preferences.value(DB_PATH_SETTING, "") or db.location or ""))
        self.ui.chooseDatabase.clicked.connect(self._choose_database)
        self.ui.database.textChanged.connect(lambda _t: self._show_server_fields())
        self._show_server_fields()

        self._details = school.details(db)
        for widget, field in SCHOOL_FIELDS.items():
            getattr(self.ui, widget).setText(getattr(self._details, field))
        self._values = settings.read_all(db)
        self.setting_widgets: dict[str, QWidget] = {}
        self._build_settings()
        self.ui.schoolTab.setEnabled(self.may_edit_school)
        self.ui.schoolNote.setText("" if self.may_edit_school else self.tr(
            "Сведения о школе и общие настройки меняет администратор."))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _build_settings(self) -> None:
        """One row per declared setting, group by group: a spin box with its range (a list for a
        setting with a few allowed values), the description under it and in the tooltip."""
        form = self.ui.settingsLayout
        for group, (title, _action) in settings.GROUPS.items():
            heading = QLabel("<b>" + QCoreApplication.translate("SettingsDialog", title) + "</b>")
            form.addRow(heading)
            for key, spec in settings.SETTINGS.items():
                if spec.group != group:
                    continue
                widget = self._setting_widget(spec, self._values[key])
                widget.setObjectName(f"setting_{key}")
                widget.setEnabled(settings.editable(self._actor, key))
                description = QCoreApplication.translate("SettingsDialog", spec.description)
                widget.setToolTip(description + " (" + spec.range_text() + ")")
                label = QLabel(QCoreApplication.translate("SettingsDialog", spec.label) + ":")
                label.setBuddy(widget)
                label.setToolTip(widget.toolTip())
                form.addRow(label, widget)
                note = QLabel(description + " · " + spec.range_text())
                note.setObjectName(f"about_{key}")
                note.setWordWrap(True)
                note.setStyleSheet("color: #5f6368;")
                form.addRow("", note)
                self.setting_widgets[key] = widget

    def _setting_widget(self, spec, value) -> QWidget:
        if spec.choices:
            box = QComboBox()
            for choice in spec.choices:
                box.addItem(str(choice), choice)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        box = QDoubleSpinBox() if spec.type is float else QSpinBox()
        if spec.type is float:
            box.setDecimals(2)
            box.setSingleStep(0.05)
        box.setRange(spec.minimum if spec.minimum is not None else 0,
                     spec.maximum if spec.maximum is not None else 10**6)
        if spec.unit:
            box.setSuffix(" " + QCoreApplication.translate("SettingsDialog", spec.unit))
        if spec.zero_means:
            box.setSpecialValueText(QCoreApplication.translate("SettingsDialog", spec.zero_means))
        box.setValue(value)
        return box

    def setting_value(self, key: str):
        widget = self.setting_widgets[key]
        return widget.currentData() if isinstance(widget, QComboBox) else widget.value()

    def changed_settings(self) -> dict:
        """The settings the user changed (and may change), as their declared types."""
        out = {}
        for key, spec in settings.SETTINGS.items():
            if not self.setting_widgets[key].isEnabled():
                continue
            value = self.setting_value(key)
            value = round(float(value), 2) if spec.type is float else value
            if value != self._values[key]:
                out[key] = value
        return out

    def _choose_database(self) -> None:
        start = self.ui.database.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл базы журнала"), start,
                                              self.tr("База журнала (*.db);;Все файлы (*)"))
        if path:
            self.ui.database.setText(path)

    def _show_server_fields(self) -> None:
        """A school server's address asks for its password (kept in this PC's keyring, never in a file)."""
        on_server = files.is_server(self.ui.database.text().strip())
        self.ui.serverPasswordLabel.setVisible(on_server)
        self.ui.serverPassword.setVisible(on_server)

    def accept(self) -> None:
        self.ui.error.clear()
        try:
            if self.may_edit_school:
                changes = {field: getattr(self.ui, widget).text() for widget, field in SCHOOL_FIELDS.items()}
                if changes != {f: getattr(self._details, f) for f in SCHOOL_FIELDS.values()}:
                    school.update_details(self._db, self._actor, **changes)
            changed = self.changed_settings()
            if changed:
                settings.set_many(self._db, self._actor, changed)  # one transaction: all or none
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._preferences.setValue(translations.SETTING, self.ui.language.currentData())
        self._preferences.setValue(FONT_SIZE_SETTING, self.ui.fontSize.currentData())
        database = self.ui.database.text().strip()
        if database and files.is_server(database) and self.ui.serverPassword.text():
            try:
                files.remember_server_password(database, self.ui.serverPassword.text())
            except Exception as exc:  # noqa: BLE001 - a keyring refusal is the PC's, shown as it is
                self.ui.error.setText(self.tr("Пароль сервера не сохранён: {0}").format(exc))
                return
        if database and database != str(self._db.location or ""):
            self._preferences.setValue(DB_PATH_SETTING, database)
        apply_font_size(QApplication.instance(), self._preferences)
        super().accept()
