"""The interface language. Source strings are Russian (wrapped in tr() where they are written);
English comes from resources/translations/ejournal_en.ts, compiled to .qm by Qt's lrelease.

    python -m ejournal_desktop.ui.translations update    # refresh the .ts from the sources (lupdate)
    python -m ejournal_desktop.ui.translations compile   # .ts -> .qm (also done by `make package`)

The language is a per-PC preference (QSettings "ui/language"), applied at start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..domain.roles import Role
from ..paths import resource_dir
from .app_preferences import preferences

LANGUAGES = {"ru": "Русский", "en": "English"}  # each in its own language, untranslated
SOURCE_LANGUAGE = "ru"
SETTING = "ui/language"
_PACKAGE = Path(__file__).resolve().parents[1]
_ROOT = _PACKAGE.parent


# The roles' names as domain.roles labels them, for lupdate to find; shown through role_label().
ROLE_LABELS = (QT_TRANSLATE_NOOP("Role", "администратор ЭЖ"), QT_TRANSLATE_NOOP("Role", "директор"),
               QT_TRANSLATE_NOOP("Role", "заместитель директора по УР"), QT_TRANSLATE_NOOP("Role", "учитель"),
               QT_TRANSLATE_NOOP("Role", "классный руководитель"), QT_TRANSLATE_NOOP("Role", "секретарь"),
               QT_TRANSLATE_NOOP("Role", "родитель"), QT_TRANSLATE_NOOP("Role", "ученик"))


def role_label(role: Role) -> str:
    """The role's name in the interface's language."""
    return QCoreApplication.translate("Role", role.label)


def folder() -> Path:
    return resource_dir("translations")


def ts_file(language: str) -> Path:
    return folder() / f"ejournal_{language}.ts"


def qm_file(language: str) -> Path:
    return folder() / f"ejournal_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (a venv's bin or Scripts)."""
    exe = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else name


def sources() -> list[Path]:
    return sorted((_PACKAGE / "ui").glob("*.py")) + sorted((_ROOT / "forms").glob("*.ui"))


def update() -> None:
    """Refresh every .ts from the sources: new strings appear unfinished, vanished ones obsolete."""
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                            "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                            *map(str, sources()), "-ts", str(ts_file(language))], check=True)


def compile_qm(language: str, target: Path | None = None) -> Path:
    target = target or qm_file(language)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
                   check=True)
    return target


def _fresh_qm(language: str) -> Path | None:
    """The compiled translation; compiled from the .ts when missing or older (a checkout)."""
    qm, ts = qm_file(language), ts_file(language)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            compile_qm(language)
        except (OSError, subprocess.CalledProcessError):
            pass  # a read-only installation ships its .qm; use what is there
    return qm if qm.exists() else None


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or preferences()).value(SETTING, SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Load the language's translators into the application (Qt's own dialogs included); returns them
    (the caller keeps them alive, and removes them to switch back)."""
    translators = []
    # Calendars, number formats and Qt's own dialogs speak the interface language, whatever the system's.
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia) if language == "ru"
                       else QLocale(language))
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    if language != SOURCE_LANGUAGE:
        qm = _fresh_qm(language)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        for lang in LANGUAGES:
            if lang != SOURCE_LANGUAGE:
                print(compile_qm(lang))
    else:
        print(__doc__)
        sys.exit(2)
