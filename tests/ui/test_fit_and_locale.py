"""The main window fits a small screen and Qt's own widgets speak Russian (issue 17, item 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QCalendarWidget

from ejournal_desktop.services.access import accounts
from ejournal_desktop.ui import translations
from ejournal_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_main_window_opens_inside_the_screen_and_remembers_itself(qtbot, small_demo, tmp_path):
    settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    window = MainWindow(small_demo, accounts.authenticate(small_demo, "teacher02", "demo"))
    qtbot.addWidget(window)
    window.show_fitted(settings)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert area.width() <= 1440 and window.isMaximized()   # the offscreen screen is small: maximised
    assert area.contains(window.frameGeometry().topLeft()) and window.height() <= area.height()
    window.close()
    assert settings.value(MainWindow.GEOMETRY_KEY) is not None


def test_calendars_are_russian_whatever_the_system_locale(qtbot):
    app = QApplication.instance()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    installed = translations.install(app, "ru")
    try:
        assert QLocale().dayName(1, QLocale.FormatType.ShortFormat).casefold() == "пн"
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        assert calendar.locale().standaloneMonthName(12).casefold() == "декабрь"
        assert QLocale().toString(QDate(2026, 12, 2), "d MMMM yyyy") == "2 декабря 2026"
    finally:
        for t in installed:
            app.removeTranslator(t)
