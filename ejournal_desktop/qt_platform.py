"""Before the window opens on Linux: can Qt's xcb platform plugin load here? (issue 21)

Qt aborts with «Could not load the Qt platform plugin "xcb"… xcb-cursor0 or libxcb-cursor0 is needed»
whichever library is actually missing (on a school PC it was libxcb-icccm4). Asking the dynamic linker
(`ldd` on the bundled plugin) names the libraries that are really missing, and the message says in
Russian which packages to install. No Qt is imported here: this runs before QApplication exists.

`LIBRARY_PACKAGES` (library → Debian/Astra/Ubuntu package) also serves the .deb's Depends for libraries
the build machine itself lacks (packaging/deb.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

LIBRARY_PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """The xcb platform plugin this program loads (the bundled PySide6's), or None."""
    try:
        import PySide6  # the package only: no Qt library is loaded by it
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).resolve().parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(files: list[Path]) -> list[str]:
    """The shared libraries `files` need that the dynamic linker does not find here (ldd), in order."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for file in files:
        try:
            out = subprocess.run([ldd, str(file)], capture_output=True, text=True, timeout=30, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for lib in _NOT_FOUND.findall(out):
            if lib not in missing:
                missing.append(lib)
    return missing


def packages_for(libraries: list[str]) -> list[str]:
    names: list[str] = []
    for lib in libraries:
        name = LIBRARY_PACKAGES.get(lib, lib.split(".so")[0].lower())
        if name not in names:
            names.append(name)
    return names


def explain_missing(libraries: list[str]) -> str:
    packages = " ".join(packages_for(libraries))
    return (
        "Программа не может открыть окно: графической части (Qt, модуль xcb) не хватает библиотек: "
        f"{', '.join(libraries)}.\n"
        f"Установите их (нужны права администратора компьютера):\n"
        f"  Astra Linux, Debian, Ubuntu:  sudo apt install {packages}\n"
        f"  ALT Linux:  apt-get install пакеты с этими библиотеками (найти: apt-cache search xcb-util)\n"
        "Пакет .deb программы ставит их сам. Команды журнала работают и без окна: ejournal --help.")


def platform_problem(env: dict[str, str] | None = None) -> str | None:
    """Why the window cannot open on this Linux PC, in Russian, or None (also elsewhere and for the
    offscreen, Wayland and other platforms that Qt is told to use)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    chosen = re.split(r"[;:]", env.get("QT_QPA_PLATFORM", ""))[0].strip()
    if chosen and chosen != "xcb":
        return None
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # Qt takes Wayland first in a Wayland session
    if not env.get("DISPLAY"):
        return ("Программа не может открыть окно: нет графического сеанса (переменная DISPLAY не задана). "
                "Запустите её из меню рабочего стола; команды журнала работают и в терминале: ejournal --help.")
    plugin = xcb_plugin()
    if plugin is None:
        return None
    files = [plugin] + sorted(plugin.parents[2].glob("lib/libQt6XcbQpa.so*"))[:1]
    missing = missing_libraries(files)
    return explain_missing(missing) if missing else None


def probe() -> dict:
    """The Qt platform and the screens as this PC's Qt sees them (run in a child process by
    `ejournal diagnostics`: a platform that fails aborts the process, not the diagnostics)."""
    problem = platform_problem()
    if problem:
        return {"ok": False, "problem": problem}
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", os.environ.get(
        "QT_QPA_PLATFORM", "")] if os.environ.get("QT_QPA_PLATFORM") else [sys.argv[0]])
    screens = [{"name": s.name(), "size": f"{s.size().width()}x{s.size().height()}",
                "available": f"{s.availableSize().width()}x{s.availableSize().height()}",
                "device_pixel_ratio": s.devicePixelRatio(), "logical_dpi": round(s.logicalDotsPerInch(), 1),
                "physical_dpi": round(s.physicalDotsPerInch(), 1)} for s in app.screens()]
    return {"ok": True, "platform": app.platformName(), "qt": qVersion(), "pyside6": pyside_version,
            "screens": screens}
