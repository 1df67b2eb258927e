"""The bundled fonts (PT Sans, PT Mono; ParaType Free Font License) and their registration in ReportLab.

Every printed document uses these fonts and only these: they carry Cyrillic (with «ё»), ReportLab embeds
a subset of each in the PDF, and the text stays extractable. The base-14 PDF fonts (Helvetica…) have no
Cyrillic and must never be used on paper.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_dirs

# Names under which ReportLab knows the fonts; documents refer to these, never to the files.
SANS = "JournalSans"
SANS_BOLD = "JournalSans-Bold"
MONO = "JournalMono"
MONO_BOLD = "JournalMono-Bold"

# ReportLab name -> file in the fonts folder.
FONT_FILES: dict[str, str] = {
    SANS: "PTSans-Regular.ttf",
    SANS_BOLD: "PTSans-Bold.ttf",
    MONO: "PTMono-Regular.ttf",
    MONO_BOLD: "PTMono-Bold.ttf",
}
LICENSE_FILE = "LICENSE-PTFonts.txt"


class FontsNotFoundError(FileNotFoundError):
    """The bundled fonts are missing: a broken checkout or installation, not a user's mistake."""


def _candidates() -> list[Path]:
    return resource_dirs("fonts")


def fonts_dir() -> Path:
    """The folder holding the bundled font files; FontsNotFoundError naming every place looked at."""
    candidates = _candidates()
    for folder in candidates:
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    looked = "; ".join(str(folder) for folder in candidates)
    wanted = ", ".join(FONT_FILES.values())
    raise FontsNotFoundError(
        f"The bundled fonts ({wanted}) were not found; looked in: {looked}. "
        "Reinstall the program or restore resources/fonts from the repository."
    )


_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled families with ReportLab once; later calls do nothing.

    After it, paragraph styles may use SANS / MONO and the <b> tag switches to the bold face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in FONT_FILES.items():
            if name not in known:
                pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        for regular, bold in ((SANS, SANS_BOLD), (MONO, MONO_BOLD)):
            # No italic faces are bundled: italic falls back to the upright face rather than to Helvetica.
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
        _registered = True
