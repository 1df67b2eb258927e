"""A member of staff's consent to personal-data processing (152-ФЗ) and portfolio: the same records a
pupil's card keeps, for the staff list's keeper (the deputy)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.people import class_list
from .formats import date_text, human_size, qdate
from .forms.ui_staffrecordsdialog import Ui_StaffRecordsDialog
from .portfolio import PortfolioActions
from .rows_model import ItemRowsModel, scaled_width


class StaffRecordsDialog(PortfolioActions, QDialog):
    def __init__(self, db: Database, actor: Actor, staff_id: int, name: str, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_StaffRecordsDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.staff_id, self._today = db, actor, staff_id, today
        self.setWindowTitle(self.tr("Согласие и портфолио: {0}").format(name))
        self.consents = ItemRowsModel([self.tr("Кто дал"), self.tr("Дата"), self.tr("Документ"), self.tr("Отозвано")], self)
        self.files = ItemRowsModel([self.tr("Файл"), self.tr("Размер")], self)
        for view, model, widths in ((self.ui.consents, self.consents, (200, 90, 260, 90)),
                                    (self.ui.attachments, self.files, (420, 100))):
            view.setModel(model)
            for column, width in enumerate(widths):
                view.setColumnWidth(column, scaled_width(view, width))
        self.ui.givenOn.setDate(qdate(today()))
        self.ui.recordConsent.clicked.connect(self.record_consent)
        self.ui.withdrawConsent.clicked.connect(self._withdraw_clicked)
        self.connect_portfolio()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        consents = class_list.staff_consents(self._db, self._actor, self.staff_id)
        self.consents.show(consents, [(c.given_by, date_text(c.given_on), c.document, date_text(c.withdrawn_on))
                                      for c in consents])
        active = [c for c in consents if c.active_on(self._today())]
        self.ui.consentState.setText(
            self.tr("Согласие действует: {0}.").format(active[-1].document) if active else
            self.tr("Согласия на обработку персональных данных нет."))
        self.ui.consentState.setStyleSheet("" if active else "color: #b00020;")
        files = class_list.attachments(self._db, self._actor, staff_id=self.staff_id)
        self.files.show(files, [(f.file_name, human_size(f.size)) for f in files])
        self.ui.portfolioLimit.setText(self.tr(
            "Дипломы, удостоверения о повышении квалификации, грамоты. Файлы хранятся в зашифрованной базе; "
            "не больше {0} каждый.").format(human_size(class_list.portfolio_limit(self._db))))

    def fail(self, error) -> None:
        self.ui.error.setText(str(error))

    # --- consent -----------------------------------------------------------------------------------------

    def record_consent(self) -> bool:
        self.ui.error.clear()
        try:
            class_list.record_consent(self._db, self._actor, staff_id=self.staff_id,
                                      given_on=self.ui.givenOn.date().toPython(),
                                      document=self.ui.document.text(), today=self._today())
        except ServiceError as exc:
            self.fail(exc)
            return False
        self.ui.document.clear()
        self.refresh()
        return True

    def withdraw_chosen(self) -> bool:
        index = self.ui.consents.currentIndex()
        if not index.isValid():
            self.fail(self.tr("Выберите согласие в таблице."))
            return False
        try:
            class_list.withdraw_consent(self._db, self._actor, self.consents.items[index.row()].id, self._today())
        except ServiceError as exc:
            self.fail(exc)
            return False
        self.refresh()
        return True

    def _withdraw_clicked(self) -> None:
        if QMessageBox.question(self, self.tr("Отзыв согласия"), self.tr(
                "Отметить, что сотрудник отозвал согласие {0}?").format(date_text(self._today()))) \
                == QMessageBox.StandardButton.Yes:
            self.withdraw_chosen()

    # --- portfolio (PortfolioActions) --------------------------------------------------------------

    def owner(self) -> dict:
        return {"staff_id": self.staff_id}

    def changed(self) -> None:
        self.ui.error.clear()
        self.refresh()
