"""Сообщения: conversations between families and the school."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.families import messages
from .formats import SUBHEADING, heading
from .forms.ui_messagespage import Ui_MessagesPage
from .forms.ui_newmessagedialog import Ui_NewMessageDialog


class NewMessageDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_NewMessageDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.thread_id: int | None = None
        for r in messages.recipients(db, actor):
            self.ui.recipient.addItem(f"{r.name} — {r.why}", r.account_id)
        # a family writes to the class teacher unless it picks someone else (recipients lists them first)
        self.ui.recipient.setCurrentIndex(0 if self.ui.recipient.count() else -1)
        self.ui.buttonBox.accepted.connect(self._send)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _send(self) -> None:
        if self.ui.recipient.currentData() is None:
            self.ui.error.setText(self.tr("Выберите, кому написать."))
            return
        try:
            self.thread_id = messages.start_thread(self._db, self._actor, [self.ui.recipient.currentData()],
                                                   self.ui.subject.text(), self.ui.body.toPlainText())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.accept()


class MessagesPage(QWidget):
    unreadChanged = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_MessagesPage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.ui.splitter.setSizes([340, 660])
        heading(self.ui.subject, SUBHEADING)
        self.ui.threads.currentItemChanged.connect(self._open)
        self.ui.send.clicked.connect(self._reply)
        self.ui.newMessage.clicked.connect(self._new)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        current = select or self.current_thread()
        self.ui.threads.blockSignals(True)
        self.ui.threads.clear()
        infos = messages.threads(self._db, self._actor)
        for info in infos:
            when = info.last_at.astimezone().strftime("%d.%m %H:%M")
            unread = f"  ● {info.unread}" if info.unread else ""
            item = QListWidgetItem(f"{info.subject}{unread}\n{info.with_whom} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if info.unread:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.ui.threads.addItem(item)
        self.ui.threads.blockSignals(False)
        self.unreadChanged.emit(sum(i.unread for i in infos))
        rows = [self.ui.threads.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.threads.count())]
        if current in rows:
            self.ui.threads.setCurrentRow(rows.index(current))
        self._set_enabled(self.current_thread() is not None)

    def current_thread(self) -> int | None:
        item = self.ui.threads.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _set_enabled(self, on: bool) -> None:
        self.ui.replyText.setEnabled(on)
        self.ui.send.setEnabled(on)
        if not on:
            self.ui.subject.setText(self.tr("Выберите переписку слева или напишите новое сообщение."))
            self.ui.conversation.clear()

    def _open(self, item, _previous=None) -> None:
        if item is None:
            self._set_enabled(False)
            return
        thread_id = item.data(Qt.ItemDataRole.UserRole)
        shown = messages.read_thread(self._db, self._actor, thread_id)
        self.ui.subject.setText(item.text().split("\n")[0].split("  ●")[0])
        parts = []
        for m in shown:
            who = self.tr("Вы") if m.mine else escape(m.sender)
            when = m.sent_at.astimezone().strftime("%d.%m.%Y %H:%M")
            colour = "#e8f0fe" if m.mine else "#f1f3f4"
            parts.append(f'<div style="background:{colour}; padding:6px; margin:4px 0;">'
                         f'<b>{who}</b> <span style="color:#5f6368">{when}</span><br>'
                         f'{escape(m.body).replace(chr(10), "<br>")}</div>')
        self.ui.conversation.setHtml("".join(parts))
        self._set_enabled(True)
        self.ui.error.clear()
        if "●" in item.text():
            self.refresh(select=thread_id)

    def _reply(self) -> None:
        thread_id = self.current_thread()
        try:
            messages.reply(self._db, self._actor, thread_id, self.ui.replyText.toPlainText())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.ui.replyText.clear()
        self.refresh(select=thread_id)
        self._open(self.ui.threads.currentItem())

    def _new(self) -> None:
        dialog = NewMessageDialog(self._db, self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.thread_id)
