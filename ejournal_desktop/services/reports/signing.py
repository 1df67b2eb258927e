"""The director's digital signature on a printed journal (regulation 4.2 в): PAdES with pyHanko.

`sign_pdf` signs a PDF (a class's book, a summary sheet…) with the key and certificate of a PKCS#12
file (.p12/.pfx, as a certification centre issues them) and writes the signed copy atomically; only
the director may sign (Action.sign_journal), and with a database the signature is recorded in the
audit log (action "sign", entity "document": the file, its SHA-256, the certificate's subject).

`verify_signed` says who signed a PDF and when, whether the signed bytes are intact (and nothing was
added after the signature), and whether the certificate leads to a trusted root: the certificates
passed as `trusted` (a school passes its certification centre's root), or — when none are passed — the
Mozilla root store (certifi, which pyHanko's validator depends on). The time is the one the
signer's computer claimed (no trusted timestamp: the program works offline). Nothing is fetched from
the network (no revocation lists, no OCSP).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...domain.rights import Action
from ...printing.document import write_bytes_atomic
from ...storage.database import Database
from ..access import audit, guard
from ..access.actor import Actor
from ..errors import ServiceError

__all__ = ["SignatureInfo", "SigningError", "authorize", "sign_pdf", "verify_signed"]

REASON = "Заверение электронного журнала директором"


class SigningError(ServiceError):
    """The PDF could not be signed or read: a wrong passphrase, a broken certificate file, not a PDF."""


@dataclass(frozen=True)
class SignatureInfo:
    signer: str                     # the certificate's subject: «Common Name: Ёлкина Светлана Петровна, …»
    signer_name: str                # its common name: «Ёлкина Светлана Петровна»
    signed_at: dt.datetime | None   # as the signer's computer claimed it
    intact: bool                    # the signed bytes are unchanged and the signature is mathematically valid
    trusted: bool                   # the certificate chains to a trusted root
    covers_whole_file: bool         # nothing was appended after the signature
    reason: str = ""
    location: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_whole_file

    def summary(self) -> str:
        when = f"{self.signed_at.astimezone():%d.%m.%Y %H:%M}" if self.signed_at else "время не указано"
        lines = [f"Подписал: {self.signer_name or self.signer}",
                 f"Когда: {when} (по часам компьютера подписавшего)"]
        if self.reason:
            lines.append(f"Основание: {self.reason}")
        lines.append("Подпись верна: документ не изменялся после подписания." if self.ok else
                     "Подпись НЕ подтверждает документ: " + (
                         "подписанные данные изменены." if not self.intact else
                         "после подписания в файл внесены изменения."))
        lines.append("Сертификат доверенный." if self.trusted else
                     "Сертификат не подтверждён доверенным удостоверяющим центром "
                     "(например, самоподписанный).")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"signer": self.signer, "signer_name": self.signer_name, "signed_at": self.signed_at,
                "intact": self.intact, "trusted": self.trusted, "covers_whole_file": self.covers_whole_file,
                "ok": self.ok, "reason": self.reason, "location": self.location}


@contextlib.contextmanager
def _quiet():
    """pyHanko logs each failed check (an untrusted certificate, a wrong passphrase) with its traceback;
    the result says it already, in the user's words: keep the console clean meanwhile."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _load_signer(p12_path: str | os.PathLike, passphrase: str | bytes | None):
    from pyhanko.sign import signers
    p12_path = Path(p12_path)
    if not p12_path.is_file():
        raise SigningError(f"Файл сертификата не найден: {p12_path}")
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    try:
        with _quiet():
            signer = signers.SimpleSigner.load_pkcs12(str(p12_path), passphrase=secret)
    except Exception:  # noqa: BLE001 - any parse error of a foreign file means the same to the user
        signer = None
    if signer is None:
        raise SigningError(f"Не удалось открыть сертификат {p12_path.name}: неверный пароль "
                           "или файл не является контейнером PKCS#12 (.p12, .pfx).")
    return signer


def _common_name(cert) -> str:
    try:
        return str(cert.subject.native.get("common_name", "")) or cert.subject.human_friendly
    except Exception:  # noqa: BLE001
        return ""


def authorize(actor: Actor, db: Database | None = None) -> None:
    """Refuse (Denied) anyone but the director, before a passphrase is asked; logged with a `db`."""
    if db is not None:
        with guard.unit(db, actor):
            guard.require(actor, Action.sign_journal, detail="подпись документа")
    else:
        guard.require(actor, Action.sign_journal, detail="подпись документа")


def sign_pdf(actor: Actor, pdf_path: str | os.PathLike, p12_path: str | os.PathLike,
             passphrase: str | bytes | None, out_path: str | os.PathLike, *, db: Database | None = None,
             reason: str = REASON, location: str = "") -> SignatureInfo:
    """Sign `pdf_path` with the PKCS#12 certificate into `out_path` (PAdES B-B, SHA-256), atomically:
    a failure leaves no file and an older one under that name survives. Only the director may sign;
    with `db` the refusal or the signature is recorded in the audit log."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    authorize(actor, db)
    pdf_path, out_path = Path(pdf_path), Path(out_path)
    try:
        data = pdf_path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"Файл для подписи не найден: {pdf_path}") from None
    signer = _load_signer(p12_path, passphrase)
    name = _common_name(signer.signing_cert)
    meta = signers.PdfSignatureMetadata(
        field_name="Подпись директора", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason, location=location or None, name=name or None)
    output = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        signers.sign_pdf(writer, meta, signer=signer, output=output)
    except Exception as exc:  # noqa: BLE001 - a damaged or encrypted PDF, an unusable key
        raise SigningError(f"Не удалось подписать {pdf_path.name}: {exc}") from None
    signed = output.getvalue()
    if db is not None:
        with guard.unit(db, actor) as session:
            audit.record(session, actor.account_id, "sign", "document", None,
                         new={"file": out_path.name, "source": pdf_path.name,
                              "sha256": hashlib.sha256(signed).hexdigest(),
                              "certificate": signer.signing_cert.subject.human_friendly,
                              "serial": str(signer.signing_cert.serial_number)})
            write_bytes_atomic(out_path, signed)
    else:
        write_bytes_atomic(out_path, signed)
    return verify_signed(out_path)


def _certificates(items: Iterable) -> list:
    """asn1crypto certificates from paths (PEM or DER) or certificate objects."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    out = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            raw = Path(item).read_bytes()
            if pem.detect(raw):
                out += [asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(raw, multiple=True)]
            else:
                out.append(asn1_x509.Certificate.load(raw))
        elif hasattr(item, "public_bytes"):  # a `cryptography` certificate
            from cryptography.hazmat.primitives.serialization import Encoding
            out.append(asn1_x509.Certificate.load(item.public_bytes(Encoding.DER)))
        else:
            out.append(item)
    return out


def _default_roots() -> list:
    """The Mozilla root store that pyHanko's validator brings (certifi)."""
    import certifi
    return _certificates([certifi.where()])


def verify_signed(pdf_path: str | os.PathLike, trusted: Iterable | None = None) -> SignatureInfo:
    """Who signed the PDF and when, and whether the signature holds (the last signature, if several).
    `trusted`: root certificates to trust (paths to PEM/DER files or certificate objects); None: the
    Mozilla root store."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    pdf_path = Path(pdf_path)
    try:
        data = pdf_path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"Файл не найден: {pdf_path}") from None
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # noqa: BLE001
        raise SigningError(f"{pdf_path.name} не читается как PDF: {exc}") from None
    if not signatures:
        raise SigningError(f"В файле {pdf_path.name} нет электронной подписи.")
    signature = signatures[-1]
    roots = _certificates(trusted) if trusted is not None else _default_roots()
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        with _quiet():
            status = validate_pdf_signature(signature, context)
    except Exception as exc:  # noqa: BLE001 - a damaged signature dictionary
        raise SigningError(f"Подпись в {pdf_path.name} повреждена: {exc}") from None
    cert = status.signing_cert
    info = signature.sig_object
    return SignatureInfo(
        signer=cert.subject.human_friendly if cert is not None else "",
        signer_name=_common_name(cert) if cert is not None else "",
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        reason=str(info.get("/Reason", "")) if info is not None else "",
        location=str(info.get("/Location", "")) if info is not None else "",
    )
