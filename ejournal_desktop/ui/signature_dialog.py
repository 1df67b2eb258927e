"""Электронная подпись: the director signs a printed journal or report (PDF) with the school's PKCS#12
certificate (PAdES, regulation 4.2 в), and anyone checks a signed file: who signed it, when, intact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ..domain.rights import Action, may
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.reports import signing
from .formats import ERROR_STYLE
from .forms.ui_signaturedialog import Ui_SignatureDialog


class SignatureDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignatureDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.ui.signBox.setVisible(may(actor.roles, Action.sign_journal))  # the director signs; all may check
        self.ui.choosePdf.clicked.connect(self._choose_pdf)
        self.ui.chooseCertificate.clicked.connect(self._choose_certificate)
        self.ui.sign.clicked.connect(self._sign_clicked)
        self.ui.verify.clicked.connect(self._verify_clicked)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.ui.buttons.rejected.connect(self.reject)

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Документ для подписи"), "", self.tr("PDF (*.pdf)"))
        if path:
            self.ui.pdf.setText(path)

    def _choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Сертификат подписи"), "",
                                              self.tr("Сертификат PKCS#12 (*.p12 *.pfx);;Все файлы (*)"))
        if path:
            self.ui.certificate.setText(path)

    def signed_name(self) -> Path:
        source = Path(self.ui.pdf.text().strip())
        return source.with_name(source.stem + self.tr(" (подписан)") + ".pdf")

    def sign_to(self, out: Path) -> signing.SignatureInfo | None:
        """Sign the chosen PDF into `out`; None with the reason shown when it cannot be done."""
        self.ui.error.clear()
        if not self.ui.pdf.text().strip() or not self.ui.certificate.text().strip():
            self.ui.error.setText(self.tr("Выберите документ PDF и сертификат подписи."))
            return None
        try:
            info = signing.sign_pdf(self._actor, self.ui.pdf.text().strip(), self.ui.certificate.text().strip(),
                                    self.ui.password.text(), out, db=self._db,
                                    location=self.ui.location.text().strip())
        except (ServiceError, OSError) as exc:
            self.ui.error.setText(str(exc))
            return None
        finally:
            self.ui.password.clear()  # the certificate's password is not kept
        self.show_result(info, self.tr("Подписанный файл сохранён: {0}").format(out))
        return info

    def _sign_clicked(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить подписанный документ"),
                                             str(self.signed_name()), self.tr("PDF (*.pdf)"))
        if out:
            self.sign_to(Path(out))

    def check(self, path: Path) -> signing.SignatureInfo | None:
        self.ui.error.clear()
        try:
            info = signing.verify_signed(path)
        except (ServiceError, OSError) as exc:
            self.ui.result.clear()
            self.ui.error.setText(str(exc))
            return None
        self.show_result(info, path.name)
        return info

    def _verify_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Подписанный документ"), "", self.tr("PDF (*.pdf)"))
        if path:
            self.check(Path(path))

    def show_result(self, info: signing.SignatureInfo, heading: str) -> None:
        # The verdict's words come from the service (the same as `ejournal print verify-signature`).
        self.ui.result.setText(heading + "\n" + info.summary())
        self.ui.result.setStyleSheet("" if info.ok else ERROR_STYLE)
