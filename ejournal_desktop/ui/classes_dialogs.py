"""The dialogs of «Классы»: the pupil's card, movement by order, the import preview, pupils and staff
without consent. Each one calls services and shows their refusals in its red line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.people import class_list, graduates, movement, roster_import
from .date_edit import likely_birth_date
from .formats import NO_DATE, date_text, human_size, qdate
from .forms.ui_movementdialog import Ui_MovementDialog
from .forms.ui_pupildialog import Ui_PupilDialog
from .forms.ui_rosterimportdialog import Ui_RosterImportDialog
from .portfolio import PortfolioActions
from .rows_model import ItemRowsModel, ListTableModel, RowsModel, scaled_width
from .worker import Task, run_with_progress


def _table(view: QTableView, widths: tuple[int, ...]) -> None:
    header = view.horizontalHeader()
    for col, width in enumerate(widths):
        header.resizeSection(col, scaled_width(header, width))
    header.setStretchLastSection(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def _optional_date(edit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("PupilDialog", "не указана"))


# --- the pupil's card -------------------------------------------------------------------------------------

# Stored as they are written here (the roster import and the class list speak these words); shown translated.
RELATIONS = [QT_TRANSLATE_NOOP("PupilDialog", "мать"), QT_TRANSLATE_NOOP("PupilDialog", "отец"),
             QT_TRANSLATE_NOOP("PupilDialog", "опекун"), QT_TRANSLATE_NOOP("PupilDialog", "попечитель"),
             QT_TRANSLATE_NOOP("PupilDialog", "бабушка"), QT_TRANSLATE_NOOP("PupilDialog", "дедушка"),
             QT_TRANSLATE_NOOP("PupilDialog", "законный представитель")]


def relation_text(relation: str) -> str:
    """A guardian's stored relation in the interface's language (a typed one as it is)."""
    return QCoreApplication.translate("PupilDialog", relation) if relation in RELATIONS else relation


class PupilDialog(PortfolioActions, QDialog):
    """Personal data, guardians, consent, portfolio and the history of stays of one pupil."""

    def __init__(self, db: Database, actor: Actor, pupil_id: int, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_PupilDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.pupil_id, self._today = db, actor, pupil_id, today
        self.changed = False
        self._guardian_id: int | None = None
        for edit in (self.ui.birthDate,):
            _optional_date(edit)
        self.ui.givenOn.setDate(qdate(today()))
        self.ui.sex.addItem(self.tr("—"), None)
        self.ui.sex.addItem(self.tr("мужской"), "male")
        self.ui.sex.addItem(self.tr("женский"), "female")
        for relation in RELATIONS:
            self.ui.gRelation.addItem(self.tr(relation), relation)
        self.ui.certKind.addItem(self.tr("Аттестат об основном общем образовании"), "basic")
        self.ui.certKind.addItem(self.tr("Аттестат о среднем общем образовании"), "secondary")
        self.ui.certKind.setEnabled(False)  # the kind follows the grade: 9th basic, 11th secondary
        self.ui.saveCertificate.clicked.connect(self._save_certificate)
        self.guardians = ItemRowsModel([self.tr("Кем приходится"), self.tr("ФИО"), self.tr("Телефон"),
                                self.tr("Эл. почта")], self)
        self.consents = ItemRowsModel([self.tr("Чьё"), self.tr("Кто дал"), self.tr("Дата"), self.tr("Документ"),
                               self.tr("Отозвано")], self)
        self.files = ItemRowsModel([self.tr("Файл"), self.tr("Размер"), self.tr("Добавлен")], self)
        self.stays = ItemRowsModel([self.tr("Класс"), self.tr("Учебный год"), self.tr("Прибытие"), self.tr("Выбытие")],
                           self)
        for view, model, widths in ((self.ui.guardians, self.guardians, (130, 280, 150)),
                                    (self.ui.consents, self.consents, (170, 170, 90, 170)),
                                    (self.ui.attachments, self.files, (380, 90)),
                                    (self.ui.stays, self.stays, (60, 90, 270))):
            view.setModel(model)
            _table(view, widths)
        self.ui.guardians.selectionModel().currentRowChanged.connect(lambda cur, _p: self._guardian_chosen(cur.row()))
        self.ui.newGuardian.clicked.connect(self._new_guardian)
        self.ui.saveGuardian.clicked.connect(self._save_guardian)
        self.ui.removeGuardian.clicked.connect(self._remove_guardian)
        self.ui.recordConsent.clicked.connect(self._record_consent)
        self.ui.withdrawConsent.clicked.connect(self._withdraw_consent)
        self.connect_portfolio()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Записать"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        self.resize(820, 600)

    # --- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.card = card = class_list.pupil_card(self._db, self._actor, self.pupil_id, self._today())
        self.setWindowTitle(self.tr("Карточка ученика: {0}").format(card.full_name))
        self.ui.heading.setText(self.tr("<b>{0}</b> · {1}").format(
            card.full_name, self.tr("{0} класс").format(card.class_label) if card.class_label
            else self.tr("сейчас не числится ни в одном классе")))
        ui = self.ui
        ui.surname.setText(card.surname)
        ui.name.setText(card.name)
        ui.patronymic.setText(card.patronymic)
        ui.birthDate.setDate(qdate(card.birth_date) if card.birth_date else NO_DATE)
        grade = re.match(r"\d+", card.class_label)
        ui.birthDate.open_calendar_at(likely_birth_date(int(grade.group()) if grade else None, self._today()))
        ui.sex.setCurrentIndex(max(0, ui.sex.findData(card.sex)))
        ui.address.setText(card.address)
        ui.phone.setText(card.phone)
        ui.document.setText(card.document)
        editable = card.editable
        self._snils = graduates.snils(self._db, self._actor, self.pupil_id)
        ui.snils.setText(self._snils)
        ui.snils.setReadOnly(not editable or "*" in self._snils)
        self._show_certificate(editable)
        for w in (ui.surname, ui.name, ui.patronymic, ui.address, ui.phone, ui.document, ui.gSurname, ui.gName,
                  ui.gPatronymic, ui.gPhone, ui.gEmail, ui.givenBy, ui.consentDocument):
            w.setReadOnly(not editable)
        for w in (ui.birthDate, ui.sex, ui.gRelation, ui.givenOn):
            w.setEnabled(editable)
        for w in (ui.newGuardian, ui.saveGuardian, ui.removeGuardian, ui.recordConsent, ui.withdrawConsent,
                  ui.addFile, ui.removeFile, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)):
            w.setVisible(editable)
        ui.guardianBox.setVisible(editable)
        ui.consentBox.setVisible(editable)

        self.guardians.show(list(card.guardians), [(relation_text(g.relation), g.full_name, g.phone, g.email)
                                                   for g in card.guardians])
        self.consents.show(list(card.consents), [
            (c.whose, c.given_by, date_text(c.given_on), c.document, date_text(c.withdrawn_on))
            for c in card.consents])
        active = [c for c in card.consents if c.of_pupil and c.active_on(self._today())]
        ui.consentState.setText(
            self.tr("Согласие на обработку персональных данных ученика есть: {0}, {1}.").format(
                active[-1].document, date_text(active[-1].given_on)) if active else
            self.tr("Согласия на обработку персональных данных ученика нет: возьмите его у родителя."))
        ui.consentState.setStyleSheet("" if active else "color: #b00020;")
        self.files.show(list(card.attachments), [(a.file_name, human_size(a.size),
                                                  a.added_at.astimezone().strftime("%d.%m.%Y %H:%M"))
                                                 for a in card.attachments])
        limit = class_list.portfolio_limit(self._db)
        ui.portfolioLimit.setText(self.tr("Сканы грамот, дипломов, сертификатов. Файлы хранятся в зашифрованной "
                                          "базе журнала; один файл — не больше {0}.").format(
                                              human_size(limit)))
        stays = movement.history(self._db, self._actor, self.pupil_id)
        self.stays.show(stays, [(s.class_label, s.academic_year, s.arrival_text, s.departure_text) for s in stays])
        self._new_guardian()

    def fail(self, exc: Exception) -> None:
        self.ui.error.setText(str(exc))

    def _done(self) -> None:
        self.ui.error.setText("")
        self.changed = True
        self.reload()

    # --- personal data ------------------------------------------------------------------------------

    def save(self) -> bool:
        ui = self.ui
        birth = ui.birthDate.date()
        try:
            class_list.update_pupil(
                self._db, self._actor, self.pupil_id, today=self._today(), surname=ui.surname.text(),
                name=ui.name.text(), patronymic=ui.patronymic.text(),
                birth_date=None if birth == NO_DATE else birth.toPython(), sex=ui.sex.currentData(),
                address=ui.address.text(), phone=ui.phone.text(), document=ui.document.text())
            if ui.snils.text().strip() != self._snils and not ui.snils.isReadOnly():
                graduates.set_snils(self._db, self._actor, self.pupil_id, ui.snils.text())
        except ServiceError as exc:
            self.fail(exc)
            return False
        self._done()
        return True

    # --- the graduate's certificate ---------------------------------------------------------------------

    def _show_certificate(self, editable: bool) -> None:
        ui = self.ui
        self.graduate = status = graduates.graduate_status(self._db, self._actor, self.pupil_id, self._today())
        ui.certificateBox.setVisible(status.kind is not None and editable)
        if status.kind is None:
            return
        ui.certKind.setCurrentIndex(max(0, ui.certKind.findData(status.kind.value)))
        cert = status.certificate
        ui.certSeries.setText(cert.series if cert else "")
        ui.certNumber.setText(cert.number if cert else "")
        ui.certRegistration.setText(cert.registration_number if cert else "")
        ui.certIssued.setDate(qdate(cert.issued_on if cert else dt.date(status.start_year + 1, 6, 25)))
        ui.certHonours.setChecked(bool(cert and cert.with_honours))

    def _save_certificate(self) -> None:
        ui = self.ui
        try:
            graduates.save_certificate(
                self._db, self._actor, self.pupil_id, start_year=self.graduate.start_year,
                kind=ui.certKind.currentData(), series=ui.certSeries.text(), number=ui.certNumber.text(),
                registration_number=ui.certRegistration.text(), issued_on=ui.certIssued.date().toPython(),
                with_honours=ui.certHonours.isChecked())
        except ServiceError as exc:
            self.fail(exc)
            return
        self._done()

    # --- guardians ----------------------------------------------------------------------------------

    def _guardian_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.guardians.items):
            return
        g = self.guardians.items[row]
        self._guardian_id = g.id
        known = self.ui.gRelation.findData(g.relation)
        if known >= 0:
            self.ui.gRelation.setCurrentIndex(known)
        else:
            self.ui.gRelation.setCurrentText(g.relation)
        self.ui.gSurname.setText(g.surname)
        self.ui.gName.setText(g.name)
        self.ui.gPatronymic.setText(g.patronymic)
        self.ui.gPhone.setText(g.phone)
        self.ui.gEmail.setText(g.email)
        self.ui.saveGuardian.setText(self.tr("&Записать изменения"))
        self.ui.removeGuardian.setEnabled(True)

    def _new_guardian(self) -> None:
        self._guardian_id = None
        self.ui.guardians.clearSelection()
        for w in (self.ui.gSurname, self.ui.gName, self.ui.gPatronymic, self.ui.gPhone, self.ui.gEmail):
            w.clear()
        self.ui.gRelation.setCurrentIndex(0)
        self.ui.saveGuardian.setText(self.tr("&Добавить родителя"))
        self.ui.removeGuardian.setEnabled(False)

    def _relation(self) -> str:
        """The relation as stored: a listed one in the source words, anything typed as it is."""
        listed = self.ui.gRelation.findText(self.ui.gRelation.currentText())
        return self.ui.gRelation.itemData(listed) if listed >= 0 else self.ui.gRelation.currentText()

    def _save_guardian(self) -> None:
        ui = self.ui
        data = {"surname": ui.gSurname.text(), "name": ui.gName.text(), "patronymic": ui.gPatronymic.text(),
                "phone": ui.gPhone.text(), "email": ui.gEmail.text(), "relation": self._relation()}
        try:
            if self._guardian_id is None:
                class_list.add_guardian(self._db, self._actor, self.pupil_id, **data)
            else:
                class_list.update_guardian(self._db, self._actor, self.pupil_id, self._guardian_id, **data)
        except ServiceError as exc:
            self.fail(exc)
            return
        self._done()

    def _remove_guardian(self) -> None:
        if self._guardian_id is None:
            return
        g = next(g for g in self.guardians.items if g.id == self._guardian_id)
        if QMessageBox.question(self, self.tr("Убрать родителя"), self.tr(
                "Убрать {0} из родителей ученика?").format(g.full_name)) != QMessageBox.StandardButton.Yes:
            return
        try:
            class_list.remove_guardian(self._db, self._actor, self.pupil_id, g.id)
        except ServiceError as exc:
            self.fail(exc)
            return
        self._done()

    # --- consent ------------------------------------------------------------------------------------

    def _record_consent(self) -> None:
        try:
            class_list.record_consent(self._db, self._actor, pupil_id=self.pupil_id,
                                      given_by=self.ui.givenBy.text(), given_on=self.ui.givenOn.date().toPython(),
                                      document=self.ui.consentDocument.text(), today=self._today())
        except ServiceError as exc:
            self.fail(exc)
            return
        self.ui.givenBy.clear()
        self.ui.consentDocument.clear()
        self._done()

    def _withdraw_consent(self) -> None:
        index = self.ui.consents.currentIndex()
        if not index.isValid():
            self.fail(self.tr("Выберите согласие в таблице."))
            return
        consent = self.consents.items[index.row()]
        today = self._today()
        if QMessageBox.question(self, self.tr("Отзыв согласия"), self.tr(
                "Отметить, что согласие «{0}» отозвано {1}?").format(consent.document, date_text(today))
                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            class_list.withdraw_consent(self._db, self._actor, consent.id, today)
        except ServiceError as exc:
            self.fail(exc)
            return
        self._done()

    # --- portfolio (PortfolioActions) --------------------------------------------------------------

    def owner(self) -> dict:
        return {"pupil_id": self.pupil_id}

    def changed(self) -> None:
        self._done()


# --- movement by order -----------------------------------------------------------------------------------

class MovementDialog(QDialog):
    """Arrival (a new pupil, or one returning), departure, or transfer, with date and order number."""

    def __init__(self, db: Database, actor: Actor, kind: str, parent: QWidget | None = None, *,
                 pupil: tuple[int, str, int | None] | None = None, classes=(), class_id: int | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_MovementDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.kind, self._pupil, self._today = db, actor, kind, pupil, today
        self.result_text = ""
        ui = self.ui
        ui.date.setDate(qdate(today()))
        _optional_date(ui.birthDate)
        ui.birthDate.setDate(NO_DATE)
        ui.sex.addItem(self.tr("—"), None)
        ui.sex.addItem(self.tr("мужской"), "male")
        ui.sex.addItem(self.tr("женский"), "female")
        self._grades = {c.id: c.grade for c in classes}
        for c in classes:
            if kind != "transfer" or c.id != (pupil[2] if pupil else None):
                ui.targetClass.addItem(c.label, c.id)
        # a new pupil's birth-date calendar opens near the age of the class chosen, not at 1900
        ui.targetClass.currentIndexChanged.connect(lambda _i: ui.birthDate.open_calendar_at(
            likely_birth_date(self._grades.get(ui.targetClass.currentData()), today())))
        if class_id is not None and ui.targetClass.findData(class_id) >= 0:
            ui.targetClass.setCurrentIndex(ui.targetClass.findData(class_id))
        ui.birthDate.open_calendar_at(likely_birth_date(self._grades.get(ui.targetClass.currentData()), today()))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if kind == "arrival":
            self.setWindowTitle(self.tr("Прибытие ученика"))
            ui.intro.setText(self.tr("Зачисление в класс по приказу директора. Дата — первый день ученика в классе."))
            ok.setText(self.tr("Зачислить"))
            ui.newPupil.toggled.connect(self._who_changed)
            ui.find.textChanged.connect(self._find)
            ui.pupilName.hide()
            self._who_changed()
        else:
            ui.newPupil.hide()
            ui.knownPupil.hide()
            ui.newPupilFields.hide()
            ui.knownPupilFields.hide()
            ui.pupilName.setText(f"<b>{pupil[1]}</b>" if pupil else "")
            if kind == "departure":
                self.setWindowTitle(self.tr("Выбытие ученика"))
                ui.intro.setText(self.tr("Отчисление по приказу директора. Дата выбытия — первый день, когда ученика "
                                         "уже нет в классе: его отметки до этой даты остаются в журнале."))
                ui.placeLabel.setText(self.tr("&Куда выбыл:"))
                ui.form.setRowVisible(0, False)
                ok.setText(self.tr("Отчислить"))
            else:
                self.setWindowTitle(self.tr("Перевод в другой класс"))
                ui.intro.setText(self.tr("Перевод по приказу директора: с этой даты ученик в новом классе, "
                                         "до неё — в прежнем."))
                ui.form.setRowVisible(3, False)
                ok.setText(self.tr("Перевести"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        ui.buttonBox.accepted.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.adjustSize()

    def _who_changed(self) -> None:
        new = self.ui.newPupil.isChecked()
        self.ui.newPupilFields.setVisible(new)
        self.ui.knownPupilFields.setVisible(not new)

    def _find(self, text: str) -> None:
        self.ui.pick.clear()
        if len(text.strip()) < 2:
            return
        try:
            hits = class_list.search_pupils(self._db, self._actor, text, self.ui.date.date().toPython())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        for h in hits:
            born = f", {h.birth_date:%d.%m.%Y}" if h.birth_date else ""
            self.ui.pick.addItem(f"{h.full_name}{born} — {h.where}", h.pupil_id)

    def apply(self) -> None:
        ui = self.ui
        on = ui.date.date().toPython()
        order = ui.orderNumber.text()
        try:
            if self.kind == "arrival":
                if ui.newPupil.isChecked():
                    birth = ui.birthDate.date()
                    data = {"surname": ui.surname.text(), "name": ui.name.text(), "patronymic": ui.patronymic.text(),
                            "birth_date": None if birth == NO_DATE else birth.toPython(), "sex": ui.sex.currentData()}
                    result = movement.arrive(self._db, self._actor, ui.targetClass.currentData(), on, order,
                                             pupil=data, arrived_from=ui.place.text())
                else:
                    if ui.pick.currentData() is None:
                        raise ServiceError(self.tr("Найдите ученика: введите фамилию и выберите его в списке."))
                    result = movement.arrive(self._db, self._actor, ui.targetClass.currentData(), on, order,
                                             pupil_id=ui.pick.currentData(), arrived_from=ui.place.text())
            elif self.kind == "departure":
                result = movement.depart(self._db, self._actor, self._pupil[0], on, order, ui.place.text())
            else:
                if ui.targetClass.currentData() is None:
                    raise ServiceError(self.tr("Выберите класс, в который переводится ученик."))
                result = movement.transfer(self._db, self._actor, self._pupil[0], ui.targetClass.currentData(), on,
                                           order)
        except ServiceError as exc:
            ui.error.setText(str(exc))
            self.adjustSize()  # a long refusal (the entries in the way) shows whole
            return
        self.result_text = result.text
        self.accept()


# --- import from Excel ---------------------------------------------------------------------------------------

class ImportRowsModel(ListTableModel):
    """The file's rows: the good ones with the pupil read, the bad ones with each problem named."""

    ROW, PUPIL, CLASS, BIRTH, PROBLEM = range(5)

    def __init__(self, parent=None):
        super().__init__([self.tr("Строка"), self.tr("Ученик"), self.tr("Класс"), self.tr("Дата рождения"),
                          self.tr("Ошибка")], parent)

    def show(self, preview: roster_import.ImportPreview) -> None:
        problems: dict[tuple[str, int], list[str]] = {}
        for p in preview.problems:
            problems.setdefault((p.sheet, p.row), []).append(f"{p.field}: {p.message}" if p.field else p.message)
        rows = [((c.sheet, c.row), c.full_name, c.class_label, date_text(c.birth_date), "") for c in preview.rows]
        rows += [(key, "", "", "", "; ".join(texts)) for key, texts in problems.items()]
        rows.sort(key=lambda r: r[0])
        multi = len({r[0][0] for r in rows}) > 1
        self.set_rows([((f"{sheet}: " if multi and sheet else "") + str(number), *rest)
                       for (sheet, number), *rest in rows])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if row[self.PROBLEM] else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[self.PROBLEM] or None
        return row[index.column()]


class RosterImportDialog(QDialog):
    """The preview of a class-list file; «Импортировать» only when the file is valid, or when the user
    chose to leave out the named rows. The import runs in a worker, as one transaction."""

    def __init__(self, db: Database, actor: Actor, path: Path, preview: roster_import.ImportPreview,
                 parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.path, self.preview, self._today = db, actor, Path(path), preview, today
        self.result: roster_import.ImportResult | None = None
        self.task: Task | None = None
        self.model = ImportRowsModel(self)
        self.model.show(preview)
        self.ui.rows.setModel(self.model)
        _table(self.ui.rows, (70, 300, 60, 110))
        self.ui.arrivedOn.setDate(qdate(preview.arrived_on))
        bad = len(preview.bad_rows)
        classes = ", ".join(f"{label}: {n}" for label, n in sorted(preview.classes.items()))
        self.ui.summary.setText(self.tr(
            "Файл <b>{0}</b>: строк с учениками {1}, верных {2}, с ошибками {3}. Учебный год {4}.{5}").format(
            self.path.name, preview.rows_read, len(preview.rows), bad, preview.academic_year,
            self.tr(" По классам — {0}.").format(classes) if classes else ""))
        self.ui.skipBad.setVisible(bad > 0)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.importButton = QPushButton(self.tr("&Импортировать"))
        self.ui.buttonBox.addButton(self.importButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.importButton.clicked.connect(self.start_import)
        self.ui.skipBad.toggled.connect(lambda _on: self._update())
        self.ui.buttonBox.rejected.connect(self.reject)
        if bad:
            self.ui.error.setText(self.tr("Ничего не будет записано, пока в файле есть ошибки: исправьте строки, "
                                          "отмеченные красным, или пропустите их."))
        self._update()
        self.resize(960, 620)

    def _update(self) -> None:
        self.importButton.setEnabled(bool(self.preview.rows) and (self.preview.ok or self.ui.skipBad.isChecked())
                                     and self.task is None)

    def start_import(self) -> Task | None:
        if not self.importButton.isEnabled():
            return None
        path, skip = self.path, self.ui.skipBad.isChecked()
        on, order = self.ui.arrivedOn.date().toPython(), self.ui.orderNumber.text()
        db, actor, today = self._db, self._actor, self._today()

        def work(progress, _cancelled):
            progress(0, 0, self.tr("Запись учеников…"))
            return roster_import.import_roster(db, actor, path, skip_bad_rows=skip, arrived_on=on,
                                               order_number=order, today=today)

        self.task, _dialog = run_with_progress(self, self.tr("Импорт списка учеников"), work)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self._update()
        return self.task

    def _finished(self, result) -> None:
        self.result = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        text = str(exc) if isinstance(exc, ServiceError) else self.tr("Импорт не выполнен: {0}").format(exc)
        self.ui.error.setText(text)
        self._update()


# --- who has not given consent ------------------------------------------------------------------------------

class NoConsentDialog(QDialog):
    def __init__(self, rows: list[class_list.NoConsent], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Нет согласия на обработку персональных данных"))
        layout = QVBoxLayout(self)
        pupils = sum(1 for r in rows if r.kind == "pupil")
        label = QLabel(self.tr("Учеников без согласия: {0}; сотрудников: {1}.").format(pupils, len(rows) - pupils))
        layout.addWidget(label)
        view = QTableView(self)
        self.model = RowsModel([self.tr("Кто"), self.tr("ФИО"), self.tr("Класс или должность")], self)
        self.model.set_rows([(self.tr("ученик") if r.kind == "pupil" else self.tr("сотрудник"), r.full_name, r.where)
                             for r in rows])
        view.setModel(self.model)
        _table(view, (90, 320))
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)


