"""The Debian package: built by packaging/deb.py from the PyInstaller folder (`make package`).

The builder runs here on a stand-in folder (fast: a copy of one real Qt plugin, no PyInstaller); the
package `make package` built, when there is one in dist/, is extracted into a temporary root and the
program started from there with --self-test. The package is never built inside the test run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None or shutil.which("readelf") is None,
                                reason="dpkg-deb and readelf (dpkg-dev, binutils) are not installed")


def extract(deb: Path, root: Path) -> dict[str, str]:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields, key = {}, None
    for line in info.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line.strip()
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def check_layout(root: Path, fields: dict[str, str]) -> None:
    assert os.readlink(root / "usr" / "bin" / "ejournal") == "/opt/ejournal/ejournal"
    assert os.readlink(root / "usr" / "bin" / "ejournal-cli") == "/opt/ejournal/ejournal"
    desktop = (root / "usr" / "share" / "applications" / "ejournal.desktop").read_text(encoding="utf-8")
    assert "Name[ru]=Электронный журнал" in desktop and "Name=Electronic school journal" in desktop
    assert "Exec=ejournal" in desktop and "Icon=ejournal" in desktop
    for size in (16, 32, 48, 128, 256):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/ejournal.png").is_file()
    meta = (root / "usr/share/metainfo/ru.school.ejournal.metainfo.xml").read_text(encoding="utf-8")
    assert "<launchable type=\"desktop-id\">ejournal.desktop</launchable>" in meta
    assert fields["Package"] == "ejournal" and fields["Depends"].startswith("libc6 (>= 2.")


@needs_dpkg
def test_the_builder_computes_depends_from_the_bundled_libraries(tmp_path):
    import deb

    from ejournal_desktop import qt_platform
    plugin = qt_platform.xcb_plugin()
    if plugin is None:
        pytest.skip("no PySide6 xcb plugin here to stand in for a build")
    folder = tmp_path / "ejournal"
    (folder / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    shutil.copy2(plugin, folder / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms")
    (folder / "ejournal").write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    (folder / "ejournal").chmod(0o755)
    package, facts = deb.build(folder, tmp_path / "out", "0.0.1")
    fields = extract(package, tmp_path / "root")
    check_layout(tmp_path / "root", fields)
    depends = fields["Depends"]
    # The xcb libraries the plugin needs, this machine's missing ones (libxcb-icccm4 here) included.
    assert "libxcb-icccm4" in depends and "libxcb-keysyms1" in depends and "libxkbcommon-x11-0" in depends
    assert "libqt6" not in depends.lower()  # Qt itself is bundled, not a dependency
    assert all(lib.startswith("libQt6") for lib in facts["unknown"])  # a real build bundles these


def _built() -> Path | None:
    found = sorted((ROOT / "dist").glob("ejournal_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


@needs_dpkg
@pytest.mark.skipif(_built() is None, reason="no package in dist/ (built by `make package`)")
def test_the_built_package_runs_its_self_test_from_a_temporary_root(tmp_path):
    root = tmp_path / "root"
    fields = extract(_built(), root)
    check_layout(root, fields)
    assert "libxcb-cursor0" in fields["Depends"] and "libxcb-icccm4" in fields["Depends"]
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "XDG_DATA_HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    run = subprocess.run([str(root / "opt" / "ejournal" / "ejournal"), "--self-test"], capture_output=True,
                         text=True, env=env, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert run.stdout.count("self-test: ok") == 2 and "self-test: admin · Администрирование: ok" in run.stdout


def _stand_in(folder: Path, version: str) -> Path:
    (folder / "_internal").mkdir(parents=True)
    (folder / "ejournal").write_text(f"#!/bin/sh\necho ejournal {version}\n", encoding="utf-8")
    (folder / "ejournal").chmod(0o755)
    (folder / "_internal" / f"only-in-{version}.txt").write_text(version, encoding="utf-8")
    return folder


@needs_dpkg
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
def test_a_newer_package_over_an_older_keeps_the_schools_data_and_removing_it_too(tmp_path, small_demo_path):
    import deb
    old, _ = deb.build(_stand_in(tmp_path / "v1" / "ejournal", "0.0.1"), tmp_path / "out", "0.0.1")
    new, _ = deb.build(_stand_in(tmp_path / "v2" / "ejournal", "0.0.2"), tmp_path / "out", "0.0.2")
    root = tmp_path / "root"
    (root / "var" / "lib" / "dpkg" / "info").mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "updates").mkdir()
    (root / "var" / "lib" / "dpkg" / "status").touch()

    def dpkg(*args: str) -> str:
        done = subprocess.run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", *args],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    dpkg("-i", str(old))
    data = root / "home" / "zavuch" / ".local" / "share" / "ejournal-desktop"
    data.mkdir(parents=True)
    for companion in small_demo_path.parent.glob(small_demo_path.name + "*"):  # the school's database
        shutil.copy2(companion, data / companion.name.replace(small_demo_path.name, "journal.db", 1))
    before = {p.name: p.read_bytes() for p in data.iterdir()}

    dpkg("-i", str(new))
    assert "0.0.2" in (root / "opt" / "ejournal" / "ejournal").read_text(encoding="utf-8")
    assert not (root / "opt" / "ejournal" / "_internal" / "only-in-0.0.1.txt").exists()
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before
    assert "ii  ejournal" in dpkg("-l", "ejournal") and "0.0.2" in dpkg("-l", "ejournal")

    dpkg("--remove", "ejournal")
    assert not (root / "opt" / "ejournal" / "ejournal").exists()
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before
