"""The Windows installer script (packaging/windows/ejournal.nsi) compiles against a stand-in payload where
makensis is present (`apt-get install nsis`), and says what a school's IT person relies on."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NSI = ROOT / "packaging" / "windows" / "ejournal.nsi"


def script() -> str:
    return NSI.read_text(encoding="utf-8-sig")


def test_installs_per_machine_with_both_start_menu_entries_and_the_console_program_on_path():
    text = script()
    assert "RequestExecutionLevel admin" in text and 'InstallDir "$PROGRAMFILES64\\ejournal"' in text
    assert '!define APPNAME "Электронный журнал"' in text and '!define CLINAME "Журнал — командная строка"' in text
    assert '"$SMPROGRAMS\\${APPNAME}.lnk"' in text and '"$SMPROGRAMS\\${CLINAME}.lnk"' in text
    assert 'WriteRegExpandStr HKLM "${ENVKEY}" "Path" "$0;$INSTDIR"' in text
    assert "backup schedule --weekly" in text  # the offered weekly backup


def test_the_uninstaller_leaves_the_schools_data():
    uninstall = script().split('Section "Uninstall"', 1)[1]
    assert "LOCALAPPDATA" not in re.sub(r";.*", "", uninstall)  # only in its comment
    assert "RMDir /r \"$INSTDIR\"" not in uninstall  # the program's files one by one, then the empty folder


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed (apt-get install nsis)")
def test_the_script_compiles_against_a_stand_in_payload(tmp_path):
    payload = tmp_path / "ejournal"
    (payload / "_internal" / "resources").mkdir(parents=True)
    for exe in ("ejournal.exe", "ejournal-cli.exe"):
        (payload / exe).write_bytes(b"MZ stand-in")
    (payload / "_internal" / "resources" / "readme.txt").write_text("stand-in", encoding="utf-8")
    out = tmp_path / "ejournal-setup-0.0.1.exe"
    done = subprocess.run(["makensis", "-V2", "-WX", f"-DPAYLOAD={payload}", "-DVERSION=0.0.1", f"-DOUTFILE={out}",
                           str(NSI)], capture_output=True, text=True, cwd=NSI.parent, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert out.stat().st_size > 100_000
    assert out.read_bytes()[:2] == b"MZ"
