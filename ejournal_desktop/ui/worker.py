"""Long actions off the GUI thread: a callable runs in a QThreadPool, its progress, result and error
come back to the GUI thread by signal, and a cancel flag is there for it to poll.

    task = Task(lambda progress, cancelled: backup.make_backup(db, actor, targets,
                                                                progress=progress, cancel=cancelled))
    task.progressed.connect(dialog_update)      # (done, total, text), queued to the GUI thread
    task.finished.connect(show_results)         # the return value
    task.failed.connect(show_error)             # the exception (a ServiceError's message is for the user)
    task.start()
    ...
    task.cancel()                               # the callable sees cancelled() == True

The callable gets `progress(done, total, text)` (thread-safe: it emits a signal) and `cancelled()`.
`run_with_progress` adds the usual QProgressDialog whose Cancel button calls `task.cancel()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task._run()


class Task(QObject):
    """One run of `work(progress, cancelled)` on the pool; signals arrive in the creating thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()  # after finished or failed

    def __init__(self, work: Work, parent: QObject | None = None, *, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._signals = _Signals()  # lives in the GUI thread; emitted from the worker, queued here
        self._signals.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self.running = True
        self._pool.start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        # Qt's int is 32 bits: byte counts of a large database are scaled to per mille.
        if total > 1000:
            done, total = int(done * 1000 / total), 1000
        self._signals.progressed.emit(int(done), int(total), str(text))

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, which decides
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)

    def _on_finished(self, result: Any) -> None:
        self.running, self.result = False, result
        self.finished.emit(result)
        self.done.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.running, self.error = False, exc
        self.failed.emit(exc)
        self.done.emit()


def run_with_progress(parent: QWidget, title: str, work: Work, *, label: str = "") -> tuple[Task, QProgressDialog]:
    """Start `work` in a Task with a window-modal progress dialog; Cancel asks the work to stop (the
    dialog then says so and stays until the work has really stopped)."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("Task", "Отмена"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(480)
    task = Task(work, parent)

    def progressed(done: int, total: int, text: str) -> None:
        if task.cancelled():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if text:
            dialog.setLabelText(text)

    def cancel() -> None:
        task.cancel()
        dialog.setLabelText(QCoreApplication.translate("Task", "Отмена… дождитесь, пока программа уберёт начатое."))
        dialog.setCancelButton(None)
        dialog.show()  # QProgressDialog hides itself on cancel; it stays until the work has stopped

    task.progressed.connect(progressed)
    dialog.canceled.connect(cancel)
    task.done.connect(dialog.close)
    task.done.connect(dialog.deleteLater)
    dialog.show()
    task.start()
    return task, dialog
