"""Unexpected errors in the interface: in a slot, a worker, a thread. Each is logged (ids and code
places only, see crashlog) and shown in a Russian dialog with the log's path and «Скопировать отчёт»;
the program goes on from its last completed action instead of continuing silently."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import crashlog


class CrashReporter(QObject):
    """Installed once per application as sys.excepthook and threading.excepthook."""

    # A report to show; emitted from any thread, shown in the GUI thread.
    crashed = Signal(str)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.dialogs: list[QMessageBox] = []
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type, exc, tb) -> None:
        if exc is None:
            exc = exc_type()
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if isinstance(exc, KeyboardInterrupt):
            crashlog.stderr_line(QCoreApplication.translate("CrashReporter", "ejournal: прервано (Ctrl+C)."))
            self.app.quit()
            return
        where = "interface" if threading.current_thread() is threading.main_thread() else "worker thread"
        self.crashed.emit(crashlog.log_crash(exc, where))

    def _show(self, report: str) -> None:
        title = QCoreApplication.translate("CrashReporter", "Непредвиденная ошибка")
        box = QMessageBox(QMessageBox.Icon.Critical, title, QCoreApplication.translate(
            "CrashReporter", "В программе произошла непредвиденная ошибка. Сохранено всё, что было сохранено до неё; "
            "последнее действие могло не выполниться — проверьте его."))
        box.setInformativeText(QCoreApplication.translate(
            "CrashReporter", "Подробности записаны в журнал ошибок:\n{path}\n"
            "Передайте его администратору журнала.").format(path=crashlog.log_path()))
        box.setObjectName("crashDialog")
        copy = box.addButton(QCoreApplication.translate("CrashReporter", "Скопировать отчёт"),
                             QMessageBox.ButtonRole.ActionRole)
        log_label = QCoreApplication.translate("CrashReporter", "Журнал ошибок")
        copy.setObjectName("copyReport")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setProperty("report", report)

        def clicked(button):
            if button is copy:
                QApplication.clipboard().setText(
                    f"{report}\n{log_label}: {crashlog.log_path()}")

        box.buttonClicked.connect(clicked)
        box.finished.connect(lambda _=0, b=box: self.dialogs.remove(b) if b in self.dialogs else None)
        self.dialogs.append(box)
        box.open()


def install(app: QApplication) -> CrashReporter:
    """sys.excepthook, threading.excepthook and faulthandler for this application."""
    existing = getattr(app, "_crash_reporter", None)
    if existing is not None:
        return existing
    crashlog.setup()
    reporter = CrashReporter(app)
    sys.excepthook = reporter.excepthook
    crashlog.install_thread_hook()
    crashlog.on_thread_crash(lambda exc: reporter.crashed.emit(crashlog.log_crash(exc, "thread")))
    app._crash_reporter = reporter
    return reporter
