"""What test modules share: the test key, the demo school's fixed "today", and running `ejournal`.

(Test modules import these from here, never from conftest: tests/ui has a conftest of its own, and
`from journal_testing import` would find whichever was loaded last.)"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

TEST_KEY_HEX = "5e" * 32
# The demo school's "today" in tests: fixed, so that every run sees the same journal.
DEMO_TODAY = dt.date(2026, 11, 27)


def ejournal(*args: str, password: str | None = None, key: str | None = TEST_KEY_HEX,
             env: dict[str, str] | None = None):
    """Run the `ejournal` command as a script would: the key in EJOURNAL_DB_KEY (None: a new PC with
    no key and no keyring), the password in EJOURNAL_PASSWORD, no terminal."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
    if key is not None:
        full["EJOURNAL_DB_KEY"] = key
    else:
        full["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if password is not None:
        full["EJOURNAL_PASSWORD"] = password
    full |= env or {}
    exe = Path(sys.executable).with_name("ejournal")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ejournal_desktop.cli"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=full,
                          stdin=subprocess.DEVNULL, timeout=300)


def copy_journal(template: Path, target: Path) -> Path:
    """A fresh copy of a template journal for one test: the file with its .keyid and .slots."""
    for companion in template.parent.glob(template.name + "*"):
        shutil.copy2(companion, target.with_name(companion.name.replace(template.name, target.name, 1)))
    return target


def journal_on(backend: str, request, name: str, build, copy_fixture: str):
    """The fixture body shared by the schools of the tests: on PostgreSQL a clone of a server template
    built once by `build(db)`, else the open file that the fixture `copy_fixture` copied. A generator:
    `yield from journal_on(...)` in a fixture."""
    from ejournal_desktop.storage import database
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        url = server.clone(server.template(name, build))
        db = database.open_url(url)
        yield db
        db.close()
        server.drop(url)
        return
    db = database.open_file(request.getfixturevalue(copy_fixture))
    yield db
    db.close()


DIRECTOR_NAME = "Ёлкина Светлана Петровна"


def make_p12(folder, passphrase: bytes = b"secret", name: str = DIRECTOR_NAME):
    """A self-signed certificate and its key in a PKCS#12 file, and the certificate as PEM."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "МБОУ СОШ № 7")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    p12 = folder / "director.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"director", key, cert, None, serialization.BestAvailableEncryption(passphrase)))
    pem = folder / "director.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem
