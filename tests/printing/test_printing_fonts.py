"""The bundled fonts are where the program looks for them, with their licence, and register once."""

from __future__ import annotations

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from ejournal_desktop.printing import fonts


def test_the_fonts_and_their_licence_are_bundled_and_small():
    folder = fonts.fonts_dir()
    for name in fonts.FONT_FILES.values():
        assert (folder / name).is_file()
    licence = (folder / fonts.LICENSE_FILE).read_text(encoding="utf-8")
    assert "ParaType" in licence and "GRANT OF LICENSE" in licence
    total = sum(path.stat().st_size for path in folder.iterdir() if path.is_file())
    assert total < 2 * 1024 * 1024


def test_register_fonts_is_idempotent_and_maps_bold():
    fonts.register_fonts()
    fonts.register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    for name in fonts.FONT_FILES:
        assert registered.count(name) == 1
    assert tt2ps(fonts.SANS, 1, 0) == fonts.SANS_BOLD
    assert tt2ps(fonts.MONO, 1, 0) == fonts.MONO_BOLD
    # Cyrillic, ё included, has real glyph widths, not the missing-glyph box.
    font = pdfmetrics.getFont(fonts.SANS)
    assert all(ord(char) in font.face.charWidths for char in "ЁёЙйЩщЭэЮюЯя№«»")


def test_missing_fonts_name_every_place_looked_at(monkeypatch, tmp_path):
    nowhere = [tmp_path / "repo" / "resources" / "fonts", tmp_path / "pkg" / "resources" / "fonts"]
    nowhere[1].mkdir(parents=True)
    (nowhere[1] / "PTSans-Regular.ttf").write_bytes(b"only one of the four")
    monkeypatch.setattr(fonts, "_candidates", lambda: nowhere)
    with pytest.raises(fonts.FontsNotFoundError) as error:
        fonts.fonts_dir()
    message = str(error.value)
    assert str(nowhere[0]) in message and str(nowhere[1]) in message
    assert "PTMono-Bold.ttf" in message
    assert isinstance(error.value, FileNotFoundError)
