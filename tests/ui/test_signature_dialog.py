"""Электронная подпись from the Reports page: the director signs a saved journal printout with the
school's certificate and sees who signed and that it is intact; a changed file is caught; others may only
check (regulation 4.2 в)."""

from __future__ import annotations

import pytest
from journal_testing import DIRECTOR_NAME, make_p12
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.storage.models import AuditEntry
from ejournal_desktop.ui.reports_page import ReportsPage
from ejournal_desktop.ui.signature_dialog import SignatureDialog

pytestmark = pytest.mark.gui
pytest.importorskip("pyhanko", reason="pyHanko is not installed")


def open_dialog(qtbot, db, login: str) -> SignatureDialog:
    page = ReportsPage(db, accounts.authenticate(db, login, "demo"))
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_signature_dialog()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_director_signs_a_printed_book_and_checks_it(qtbot, small_demo, tmp_path):
    director = accounts.authenticate(small_demo, "director", "demo")
    book = printouts.export_class_book(small_demo, director, printouts.class_id_by_label(small_demo, "5А"),
                                       tmp_path / "5А.pdf")
    p12, _pem = make_p12(tmp_path)
    dialog = open_dialog(qtbot, small_demo, "director")
    assert dialog.ui.signBox.isVisible()
    dialog.ui.pdf.setText(str(book))
    dialog.ui.certificate.setText(str(p12))
    dialog.ui.password.setText("не тот")
    assert dialog.sign_to(tmp_path / "signed.pdf") is None
    assert dialog.ui.error.text() and not (tmp_path / "signed.pdf").exists()

    dialog.ui.password.setText("secret")
    dialog.ui.location.setText("г. Новоозёрск")
    assert dialog.signed_name() == tmp_path / "5А (подписан).pdf"
    info = dialog.sign_to(tmp_path / "signed.pdf")
    assert info is not None and info.ok and info.signer_name == DIRECTOR_NAME
    assert dialog.ui.password.text() == ""           # the certificate's password is not kept
    assert DIRECTOR_NAME in dialog.ui.result.text() and "документ не изменялся" in dialog.ui.result.text()
    with small_demo.session() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "sign")) is not None

    tampered = tmp_path / "tampered.pdf"
    data = bytearray((tmp_path / "signed.pdf").read_bytes())
    at = data.index(b"/Contents", len(data) // 3)  # a byte inside the signed content, far from the signature
    data[at - 40] ^= 0x01
    tampered.write_bytes(bytes(data))
    checked = dialog.check(tampered)
    assert (checked is None and dialog.ui.error.text()) or (checked is not None and not checked.ok)


def test_a_teacher_may_check_a_signature_but_not_sign(qtbot, small_demo, tmp_path):
    dialog = open_dialog(qtbot, small_demo, "teacher01")
    assert not dialog.ui.signBox.isVisible()
    assert dialog.ui.verifyBox.isVisible()
    assert dialog.check(tmp_path / "missing.pdf") is None and dialog.ui.error.text()
