"""Page furniture («лист N из M», school, document code), embedded fonts, and atomic writing."""

from __future__ import annotations

import os

import printing_pdf as pdf
import pytest
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from ejournal_desktop.printing import document
from ejournal_desktop.printing.document import (
    ForeignFontError,
    PageSetup,
    pdf_bytes,
    sheet_label,
    write_bytes_atomic,
    write_pdf,
)

SCHOOL = "МБОУ «Школа № 5» г. Орёл"
CODE = "Сводная ведомость · 5А · 2026/2027"


def three_pages() -> list:
    styles = document.base_styles()
    story = []
    for number in range(1, 4):
        if story:
            story.append(PageBreak())
        story.append(Paragraph(f"Страница содержимого {number}: Королёва Софья", styles["normal"]))
    return story


class Explodes(Flowable):
    """A flowable that fails while the document is laid out, as a bug in a report would."""

    def wrap(self, available_width, available_height):
        raise RuntimeError("boom while laying out")


def test_every_page_has_school_code_and_sheet_of_total():
    data = pdf_bytes(three_pages(), PageSetup(SCHOOL, CODE, title="Сводная ведомость"))
    texts = pdf.texts(data)
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"лист {number} из 3" in text
        assert SCHOOL in text
        assert CODE in text
        assert "Сводная ведомость" in text
        assert f"Страница содержимого {number}: Королёва Софья" in text
    assert sheet_label(2, 7) == "лист 2 из 7"


def test_portrait_and_landscape_a4():
    portrait = pdf.sizes(pdf_bytes(three_pages(), PageSetup(SCHOOL, CODE)))
    landscape = pdf.sizes(pdf_bytes(three_pages(), PageSetup(SCHOOL, CODE, landscape=True)))
    assert all(round(w) == 595 and round(h) == 842 for w, h in portrait)
    assert all(round(w) == 842 and round(h) == 595 for w, h in landscape)


def test_only_bundled_fonts_are_used_and_they_are_embedded():
    fonts = pdf.fonts(pdf_bytes(three_pages(), PageSetup(SCHOOL, CODE)))
    assert fonts
    for font in fonts:
        assert font["embedded"], font
        assert font["subtype"] == "/TrueType"
        assert "+PTSans-" in font["name"] or "+PTMono-" in font["name"], font


def test_a_long_school_name_stays_on_the_header_line():
    long_name = ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа "
                 "№ 17 с углублённым изучением отдельных предметов "
                 "имени Героя Советского Союза А. П. Маресьева»")
    text = pdf.texts(pdf_bytes(three_pages(), PageSetup(long_name, CODE, title="Журнал")))[0]
    # Shrunk or cut with an ellipsis, but never drawn over the title.
    assert "Журнал" in text
    assert "Муниципальное бюджетное" in text


def test_a_font_that_is_not_bundled_is_refused():
    # A Table's string cells default to Helvetica, which has no Cyrillic and is not embedded.
    with pytest.raises(ForeignFontError, match="Helvetica"):
        pdf_bytes([Table([["5А", "Иванов"]])], PageSetup(SCHOOL, CODE))


def test_write_pdf_leaves_only_the_finished_file(tmp_path):
    target = tmp_path / "ведомость.pdf"
    assert write_pdf(target, three_pages(), PageSetup(SCHOOL, CODE)) == target
    assert os.listdir(tmp_path) == ["ведомость.pdf"]
    assert "лист 3 из 3" in pdf.texts(target.read_bytes())[2]


@pytest.mark.parametrize("story", [
    pytest.param(lambda: three_pages() + [Explodes()], id="failing-flowable"),
    pytest.param(lambda: [Table([["Helvetica"]])], id="foreign-font"),
])
def test_a_failed_build_leaves_no_file_at_all(tmp_path, story):
    target = tmp_path / "ведомость.pdf"
    with pytest.raises((RuntimeError, ForeignFontError)):
        write_pdf(target, story(), PageSetup(SCHOOL, CODE))
    assert os.listdir(tmp_path) == []


def test_a_failed_build_keeps_the_previous_file(tmp_path):
    target = tmp_path / "ведомость.pdf"
    write_pdf(target, three_pages(), PageSetup(SCHOOL, CODE))
    before = target.read_bytes()
    with pytest.raises(RuntimeError, match="boom"):
        write_pdf(target, three_pages() + [Explodes()], PageSetup(SCHOOL, CODE))
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["ведомость.pdf"]


def test_write_bytes_atomic_replaces_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "слипы.pdf"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert os.listdir(tmp_path) == ["слипы.pdf"]

    def refuse(source, destination):
        raise PermissionError("the file is open in a PDF viewer")

    monkeypatch.setattr(document.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes_atomic(target, b"%PDF-newer")
    assert target.read_bytes() == b"%PDF-new"
    assert os.listdir(tmp_path) == ["слипы.pdf"]
