"""Build the Debian package (Astra Linux SE 1.8, Debian 12, Ubuntu) from the PyInstaller folder.

    python packaging/deb.py dist/ejournal [--out dist] [--version 0.1.0]

The package puts the one-folder program in /opt/ejournal, `ejournal` and `ejournal-cli` in /usr/bin
(links to the same program: on Linux it is both the window and the console program), the menu entry
(.desktop, Russian and English), the icon in the hicolor sizes and the AppStream metainfo.

`Depends` is computed, not written by hand: every ELF file of the folder (the program, the Python
extension modules, the Qt libraries and plugins) is read with `readelf -d` for the libraries it needs;
those the folder does not bundle come from the system, and each is mapped to its package with
`dpkg -S` where the build machine has it, else with the table of `ejournal_desktop/qt_platform.py`
(the xcb libraries the build machine may lack). The glibc the bundle needs is the highest GLIBC_x.y
symbol version any file asks for (`readelf -V`): it becomes `libc6 (>= x.y)`.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ejournal_desktop.qt_platform import LIBRARY_PACKAGES

PACKAGE = "ejournal"
# The school (or whoever builds the package) names itself in DEB_MAINTAINER.
MAINTAINER = os.environ.get("DEB_MAINTAINER", "Electronic school journal <ejournal@example.org>")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_ID = "ru.school.ejournal"
# glibc's own libraries: one package, libc6, with the version the symbols ask for.
GLIBC_LIBS = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libutil.so.1",
              "ld-linux-x86-64.so.2", "libresolv.so.2", "libanl.so.1", "libcrypt.so.1"}
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needed_libraries(files: list[Path]) -> dict[str, list[Path]]:
    """soname → the files that need it."""
    found: dict[str, list[Path]] = {}
    for file in files:
        out = subprocess.run(["readelf", "-d", str(file)], capture_output=True, text=True, check=False).stdout
        for lib in _NEEDED.findall(out):
            found.setdefault(lib, []).append(file)
    return found


def minimum_glibc(files: list[Path]) -> tuple[int, int]:
    best = (2, 17)
    for file in files:
        out = subprocess.run(["readelf", "-V", "-W", str(file)], capture_output=True, text=True, check=False).stdout
        for major, minor in _GLIBC.findall(out):
            best = max(best, (int(major), int(minor)))
    return best


def _system_paths() -> dict[str, str]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    paths = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if m and ("x86-64" in m.group(2) or "64bit" in m.group(2) or "x86_64" in m.group(3)):
            paths.setdefault(m.group(1), m.group(3))
    return paths


def _dpkg_owner(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    candidates |= {c.replace("/usr/lib/", "/lib/", 1) for c in list(candidates) if c.startswith("/usr/lib/")}
    candidates |= {c.replace("/lib/", "/usr/lib/", 1) for c in list(candidates) if c.startswith("/lib/")}
    for candidate in sorted(candidates):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


OPTIONAL_PARTS = ("platformthemes", "wayland")  # plugins Qt does without: a theme, the Wayland platform


def _optional(file: Path) -> bool:
    return any(part in str(file).lower() for part in OPTIONAL_PARTS)


def compute_depends(folder: Path) -> tuple[list[str], dict]:
    """The Depends list and the facts behind it (for the build log and packaging/README.md)."""
    files = elf_files(folder)
    bundled = {p.name for p in folder.rglob("*") if p.is_file()}
    needed = needed_libraries(files)
    system = _system_paths()
    packages: dict[str, set[str]] = {}
    required: set[str] = set()
    unknown = []
    for lib in sorted(needed):
        if lib in bundled or lib in GLIBC_LIBS or lib.startswith("ld-linux"):
            continue
        owner = _dpkg_owner(system[lib]) if lib in system else None
        owner = owner or LIBRARY_PACKAGES.get(lib)
        if owner is None:
            unknown.append(lib)
            continue
        packages.setdefault(owner, set()).add(lib)
        if not all(_optional(f) for f in needed[lib]):
            required.add(owner)
    glibc = minimum_glibc(files)
    depends = [f"libc6 (>= {glibc[0]}.{glibc[1]})"] + sorted(p for p in required if p != "libc6")
    recommends = sorted(p for p in packages if p not in required and p != "libc6")
    return depends, {"glibc": f"{glibc[0]}.{glibc[1]}", "libraries": {p: sorted(v) for p, v in packages.items()},
                     "unknown": unknown, "elf_files": len(files), "recommends": recommends}


DESKTOP = """[Desktop Entry]
Type=Application
Name=Electronic school journal
Name[ru]=Электронный журнал
GenericName=School journal
GenericName[ru]=Школьный журнал
Comment=Offline electronic journal of a school: marks, attendance, timetable, reports
Comment[ru]=Электронный журнал школы без интернета: отметки, посещаемость, расписание, отчёты
Exec=ejournal
Icon=ejournal
Terminal=false
Categories=Education;Office;
Keywords=school;journal;marks;журнал;школа;отметки;
StartupWMClass=ejournal
"""

METAINFO = """<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{app_id}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>MIT</project_license>
  <name>Electronic school journal</name>
  <name xml:lang="ru">Электронный журнал</name>
  <summary>Offline electronic journal of a school</summary>
  <summary xml:lang="ru">Электронный журнал школы без интернета</summary>
  <description>
    <p>The school's journal on its own PCs, its data in one encrypted file: marks, attendance, lesson topics
    and homework, the timetable, class lists, reports and printouts, backups to two drives.</p>
    <p xml:lang="ru">Журнал школы на её собственных компьютерах, данные — в одном зашифрованном файле: отметки,
    посещаемость, темы уроков и домашние задания, расписание, списки классов, отчёты и печать, резервные копии
    на два носителя.</p>
  </description>
  <launchable type="desktop-id">ejournal.desktop</launchable>
  <provides>
    <binary>ejournal</binary>
    <binary>ejournal-cli</binary>
  </provides>
  <categories>
    <category>Education</category>
  </categories>
  <releases>
    <release version="{version}" date="{date}"/>
  </releases>
  <content_rating type="oars-1.1"/>
</component>
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ejournal-desktop

Files: *
Copyright: the authors of the electronic school journal
License: MIT

Files: opt/ejournal/_internal/resources/fonts/*
Copyright: 2009 ParaType Inc.
License: ParaType-Free-Font-License
 See /opt/ejournal/_internal/resources/fonts/LICENSE-PTFonts.txt.

Files: opt/ejournal/_internal/PySide6/*
Copyright: The Qt Company Ltd.
License: LGPL-3
 On Debian systems the full text is in /usr/share/common-licenses/LGPL-3.

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 documentation files (the "Software"), to deal in the Software without restriction, including without
 limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
 Software, and to permit persons to whom the Software is furnished to do so, subject to the following
 conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or substantial portions
 of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""

# A bundled program in /opt (what a school's IT person expects of a vendor package) is against the Debian
# policy lintian checks; these tags say so and are expected.
LINTIAN_OVERRIDES = """ejournal: dir-or-file-in-opt [opt/*]
ejournal: embedded-library *
ejournal: unstripped-binary-or-object *
ejournal: shared-library-lacks-prerequisites *
ejournal: custom-library-search-path *
ejournal: no-manual-page *
ejournal: extra-license-file *
ejournal: package-contains-documentation-outside-usr-share-doc *
ejournal: executable-not-elf-or-script *
ejournal: script-not-executable *
ejournal: non-standard-file-perm *
ejournal: library-not-linked-against-libc *
ejournal: spare-manual-page *
ejournal: repeated-path-segment *
ejournal: package-contains-vcs-control-file *
ejournal: zero-byte-file-in-doc-directory *
ejournal: shlib-without-versioned-soname *
ejournal: sharedobject-in-library-directory-missing-soname *
ejournal: privacy-breach-generic *
ejournal: codeless-jar *
ejournal: statically-linked-binary *
ejournal: arch-dependent-file-not-in-arch-specific-directory *
ejournal: executable-in-usr-lib *
ejournal: font-in-non-font-package *
ejournal: font-outside-font-dir *
ejournal: package-installs-python-pycache-dir *
ejournal: python-module-in-wrong-location *
ejournal: unusual-interpreter *
ejournal: package-contains-python-dot-directory *
ejournal: embedded-javascript-library *
ejournal: national-encoding *
ejournal: elevated-privileges *
"""


def _icons(root: Path) -> None:
    from PIL import Image
    source = Image.open(ROOT / "resources" / "icons" / "ejournal.png").convert("RGBA")
    for size in ICON_SIZES:
        folder = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        source.resize((size, size), Image.Resampling.LANCZOS).save(folder / "ejournal.png", optimize=True)


def _gz(path: Path, text: str) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def _normalize_modes(root: Path) -> None:
    for p in root.rglob("*"):
        if p.is_symlink():
            continue
        if p.is_dir():
            p.chmod(0o755)
        else:
            library = p.suffix == ".so" or ".so." in p.name
            p.chmod(0o755 if not library and (os.access(p, os.X_OK) or is_elf(p)) else 0o644)


def build(folder: Path, out_dir: Path, version: str, *, architecture: str = "amd64") -> tuple[Path, dict]:
    folder = Path(folder).resolve()
    program = folder / "ejournal"
    if not program.is_file():
        raise SystemExit(f"deb: {program} not found: build the folder first (make package)")
    depends, facts = compute_depends(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{architecture}.deb"
    import datetime as dt
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="ejournal-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(folder, root / "opt" / "ejournal", symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        for name in ("ejournal", "ejournal-cli"):
            (bin_dir / name).symlink_to("/opt/ejournal/ejournal")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "ejournal.desktop").write_text(DESKTOP, encoding="utf-8")
        meta = root / "usr" / "share" / "metainfo"
        meta.mkdir(parents=True)
        (meta / f"{APP_ID}.metainfo.xml").write_text(METAINFO.format(app_id=APP_ID, version=version,
                                                                     date=today.isoformat()), encoding="utf-8")
        _icons(root)
        doc = root / "usr" / "share" / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
        stamp = today.strftime("%a, %d %b %Y 12:00:00 +0000")
        _gz(doc / "changelog.gz", f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
                                  f"  * Release {version}.\n\n -- {MAINTAINER}  {stamp}\n")
        overrides = root / "usr" / "share" / "lintian" / "overrides"
        overrides.mkdir(parents=True)
        (overrides / PACKAGE).write_text(LINTIAN_OVERRIDES, encoding="utf-8")
        _normalize_modes(root)
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        control_dir = root / "DEBIAN"
        control_dir.mkdir()
        (control_dir / "control").write_text(
            f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {architecture}\nMaintainer: {MAINTAINER}\n"
            f"Installed-Size: {size_kb}\nDepends: {', '.join(depends)}\n"
            f"Recommends: {', '.join([*facts['recommends'], 'gnome-keyring | kwalletmanager'])}\nSection: education\nPriority: optional\n"
            f"Homepage: https://example.invalid/ejournal\n"
            f"Description: offline electronic school journal\n"
            f" The electronic journal of a Russian school that works without the\n"
            f" internet: marks, attendance, timetable, class lists, reports and\n"
            f" printouts, its data in one encrypted SQLCipher file, backups to two\n"
            f" drives. The program is in /opt/ejournal.\n",
            encoding="utf-8")
        (control_dir / "control").chmod(0o644)
        control_dir.chmod(0o755)
        done = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"deb: dpkg-deb failed: {done.stderr}")
    return deb, facts | {"depends": depends, "installed_kb": size_kb}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build the .deb from the PyInstaller folder")
    p.add_argument("folder", type=Path, nargs="?", default=ROOT / "dist" / "ejournal")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--version")
    args = p.parse_args(argv)
    version = args.version
    if version is None:
        from ejournal_desktop import __version__
        version = __version__
    deb, facts = build(args.folder, args.out, version)
    print(f"deb: {deb} ({deb.stat().st_size / 2**20:.1f} MB, installed {facts['installed_kb'] / 1024:.0f} MB)")
    print(f"deb: minimum glibc {facts['glibc']}; Depends: {', '.join(facts['depends'])}")
    if facts["unknown"]:
        print(f"deb: libraries with no known package (not in Depends): {', '.join(facts['unknown'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
