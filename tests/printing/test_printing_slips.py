"""Login slips: eight to a sheet, every login and password readable, Cyrillic with ё, fonts embedded."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import printing_pdf as pdf
import pytest

from ejournal_desktop.printing.slips import GUARDIAN_NOTE, PUPIL_NOTE, Slip, login_slips

SCHOOL = "МБОУ «Средняя общеобразовательная школа № 17» г. Камышина"
ISSUED = date(2026, 11, 27)

PUPILS = ["Иванов Пётр", "Алексеева Дарья", "Борисов Семён", "Волкова Алёна", "Григорьев Артём",
          "Дмитриева Ксения", "Ёлкин Фёдор", "Жукова Анастасия", "Зайцев Илья", "Королёва Софья"]
PARENTS = ["Иванова Мария Петровна", "Алексеев Константин Владимирович", "Борисова Наталья Сергеевна",
           "Волков Андрей Николаевич", "Григорьева Елена Александровна", "Дмитриев Александр Вячеславович",
           "Ёлкина Татьяна Фёдоровна", "Жуков Максим Константинович", "Зайцева Ольга Игоревна",
           "Королёв Владислав Евгеньевич"]


def guardian_slips(count: int = 10) -> list[Slip]:
    return [
        Slip(full_name=parent, pupil_name=pupil, login=f"rod{n:02d}.5a", password=f"Kq7w-Tx{n:02d}-Hm3p",
             role_label="Родитель")
        for n, (parent, pupil) in enumerate(zip(PARENTS[:count], PUPILS[:count], strict=True), start=1)
    ]


@pytest.fixture(scope="module")
def ten_slips_pdf() -> bytes:
    return login_slips(SCHOOL, "5А", guardian_slips(10), ISSUED)


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (8, 1), (9, 2), (10, 2), (16, 2), (17, 3)])
def test_eight_slips_to_a_sheet(count, pages):
    slips = (guardian_slips(10) * 2)[:count]
    assert len(pdf.texts(login_slips(SCHOOL, "5А", slips, ISSUED))) == pages


def test_ten_slips_read_back_in_order_with_cyrillic(ten_slips_pdf):
    texts = pdf.texts(ten_slips_pdf)
    assert len(texts) == 2
    everything = " ".join(texts)
    positions = [everything.index(f"rod{n:02d}.5a") for n in range(1, 11)]
    assert positions == sorted(positions)
    for n in range(1, 11):
        assert f"Kq7w-Tx{n:02d}-Hm3p" in everything
    assert everything.count("Временный пароль:") == 10
    assert everything.count("Логин:") == 10
    assert everything.count("Электронный журнал") == 10
    assert "Родитель: Иванова Мария Петровна" in everything
    assert "Иванов Пётр, 5А класс" in everything
    assert "Ёлкина Татьяна Фёдоровна" in everything
    assert everything.count("Дата выдачи: 27.11.2026") == 10
    assert everything.count(GUARDIAN_NOTE) == 10
    assert "лист 1 из 2" in texts[0] and "лист 2 из 2" in texts[1]
    assert SCHOOL in texts[0]


def test_bundled_fonts_are_embedded(ten_slips_pdf):
    fonts = pdf.fonts(ten_slips_pdf)
    names = {font["name"].split("+", 1)[1] for font in fonts}
    assert {"PTSans-Regular", "PTSans-Bold", "PTMono-Bold"} <= names
    for font in fonts:
        assert font["embedded"], font
        assert re.fullmatch(r"/[A-Z]{6}\+PT(Sans|Mono)-(Regular|Bold)", font["name"]), font
    # Subsets, not the whole 1.2 MB of font files.
    assert len(ten_slips_pdf) < 300_000


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) is not installed")
def test_pdffonts_sees_only_embedded_subsets_with_unicode_maps(ten_slips_pdf, tmp_path):
    path = tmp_path / "slips.pdf"
    path.write_bytes(ten_slips_pdf)
    output = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in output.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        name, emb, sub, uni = row[0], row[-5], row[-4], row[-3]
        assert ("PTSans" in name or "PTMono" in name) and (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_pupil_slip_speaks_to_the_pupil():
    slip = Slip(full_name="Волкова Алёна", pupil_name="", login="volkova.a", password="Rt4m-Wc3e",
                role_label="Ученица", kind="pupil")
    text = pdf.texts(login_slips(SCHOOL, "5А", [slip], ISSUED))[0]
    assert "Ученица: Волкова Алёна" in text
    assert "класс 5А" in text
    assert PUPIL_NOTE in text
    assert GUARDIAN_NOTE not in text


def test_long_logins_and_passwords_are_never_broken():
    login = "zhukov.maksimilian.konstantinovich"
    password = "Ab3d-Ef4g-Hj6k-Mn7p-Qr8s"
    slip = Slip(full_name="Жуков Максимилиан Константинович", pupil_name="Жукова Анастасия-Мария",
                login=login, password=password, role_label="Законный представитель")
    text = pdf.texts(login_slips(SCHOOL, "5А", [slip], ISSUED))[0]
    assert login in text and password in text


def test_markup_characters_in_names_are_printed_as_they_are():
    slip = Slip(full_name="О'Нил-Смирнова <Анна> & Ко", pupil_name="Смирнов Лёва", login="anna.s",
                password="Pw7k-Tz3m", role_label="Родитель")
    text = pdf.texts(login_slips('Школа "Ромашка" & Ко', "1Б", [slip], ISSUED))[0]
    assert "О'Нил-Смирнова <Анна> & Ко" in text
    assert 'Школа "Ромашка" & Ко' in text


def test_document_code_is_in_the_footer():
    data = login_slips(SCHOOL, "5А", guardian_slips(2), ISSUED, document_code="ЭЖ-АКК-5А-2026-11")
    assert "ЭЖ-АКК-5А-2026-11" in pdf.texts(data)[0]


@pytest.mark.parametrize("bad", [
    dict(pupil_name=""),
    dict(login=" "),
    dict(password=""),
    dict(kind="teacher"),
])
def test_incomplete_slips_are_refused(bad):
    fields = dict(full_name="Иванова Мария Петровна", pupil_name="Иванов Пётр", login="ivanova",
                  password="Kq7w-Tx2m", role_label="Родитель") | bad
    with pytest.raises(ValueError):
        Slip(**fields)


def test_no_slips_is_an_error():
    with pytest.raises(ValueError):
        login_slips(SCHOOL, "5А", [], ISSUED)


def test_slips_pdf_is_valid_for_pypdf_strict():
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(login_slips(SCHOOL, "5А", guardian_slips(3), ISSUED)), strict=True)
    assert reader.metadata.title == "Доступ к электронному журналу: 5А"
    assert reader.metadata.author == SCHOOL
