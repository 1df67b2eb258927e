"""A bug in a slot or a worker thread is not silent: a Russian dialog names the log, «Скопировать
отчёт» puts the report on the clipboard, and the log holds the code place, not the pupil's name."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ejournal_desktop import crashlog
from ejournal_desktop.ui import crash_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("EJOURNAL_LOG_DIR", str(tmp_path / "logs"))
    saved_hook, saved_thread_hook = sys.excepthook, threading.excepthook
    monkeypatch.delattr(qapp, "_crash_reporter", raising=False)
    rep = crash_dialog.install(qapp)
    yield rep
    sys.excepthook, threading.excepthook = saved_hook, saved_thread_hook
    crashlog.on_thread_crash(None)
    for box in list(rep.dialogs):
        box.close()
    qapp._crash_reporter = None
    del qapp._crash_reporter


def _dialog(qtbot, reporter) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=3000)
    return reporter.dialogs[-1]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_russian_dialog_with_the_log_and_copies_a_report(qtbot, reporter):
    button = QPushButton("Сохранить")
    qtbot.addWidget(button)

    def slot():
        raise ValueError("Тихонов Константин Иванович")

    button.clicked.connect(slot)
    qtbot.mouseClick(button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    box = _dialog(qtbot, reporter)
    assert box.windowTitle() == "Непредвиденная ошибка"
    assert str(crashlog.log_path()) in box.informativeText()
    copy = box.findChild(QPushButton, "copyReport")
    assert copy.text() == "Скопировать отчёт"
    copy.click()
    report = QApplication.clipboard().text()
    assert "ValueError" in report and "in slot" in report and str(crashlog.log_path()) in report
    assert "Тихонов" not in report
    log = crashlog.log_path().read_text(encoding="utf-8")
    assert "ValueError" in log and "Тихонов" not in log


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_shows_the_dialog_in_the_window_thread(qtbot, reporter):
    def work():
        raise OSError("диск Тихонова")

    worker = threading.Thread(target=work, name="report-worker")
    worker.start()
    worker.join()
    box = _dialog(qtbot, reporter)
    assert box.thread() is QApplication.instance().thread()
    assert "OSError" in box.property("report")
