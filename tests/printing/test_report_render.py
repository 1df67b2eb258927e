"""Any Report to PDF (report_pdf) and to .xlsx (report_xlsx): what a reader of the file sees."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import printing_pdf as pdf
import pytest
from openpyxl import load_workbook

from ejournal_desktop.printing.layout import BuildCancelled
from ejournal_desktop.printing.report import BarChart, Column, Report, Table, format_cell
from ejournal_desktop.printing.report_pdf import report_pdf, write_report_pdf
from ejournal_desktop.printing.report_xlsx import report_xlsx, write_report_xlsx

COLUMNS = [Column("Класс", 1.0), Column("Учеников", 1.0, "int"), Column("Успеваемость, %", 1.4, "percent"),
           Column("Средний балл", 1.2, "average"), Column("Пропущено на ученика", 1.2, "float")]


def school_report(rows: int = 120, landscape: bool = True) -> Report:
    data = [(f"{n // 4 + 1}{'АБВГ'[n % 4]}", 20 + n % 7, 62.5 if n % 2 else 100.0, 4.254, None if n == 3 else 4.25)
            for n in range(rows)]
    return Report(
        "Отчёт об успеваемости", "МБОУ «Школа № 1 г. Ёлкино»", "Вся школа · 1 четверть · 2026/2027 учебный год",
        [Table("Итоги по классам", COLUMNS, data, totals=("По школе", 2760, 81.25, 4.0, 3.0)),
         BarChart("Качество знаний по предметам", ["Русский язык", "Математика", "История"],
                  [("5А", [62.5, 40.0, 75.0]), ("5Б", [50.0, 45.0, 80.0])], unit="%", category_title="Предмет"),
         Table("Ученики 5А", [Column("Ученик", 3.0), Column("Пропусков", 1.0, "int")], [("Ёлкин Пётр", 3)],
               sheet="5А")],
        generated_on=dt.date(2026, 11, 27), landscape=landscape, notes=["Учтены ученики на конец периода."])


def test_cells_are_printed_the_russian_way():
    assert format_cell(62.5, "percent") == "62,5%"
    assert format_cell(4.254, "average") == "4,25"
    assert format_cell(4.25, "float") == "4,3"          # half up, as a teacher rounds
    assert format_cell(3, "int") == "3"
    assert format_cell(None, "percent") == "" and format_cell("н/а", "average") == "н/а"


def test_pdf_has_title_figures_and_the_header_on_every_page():
    data = report_pdf(school_report())
    texts = pdf.texts(data)
    assert len(texts) >= 3
    first = texts[0]
    assert "Отчёт об успеваемости" in first and "Вся школа · 1 четверть" in first
    assert "МБОУ «Школа № 1 г. Ёлкино»" in first
    assert "62,5%" in first and "100,0%" in first and "4,25" in first and "4,3" in first
    assert f"лист 1 из {len(texts)}" in first
    # The table runs over pages: its header row comes again at the top of the next.
    assert "Успеваемость, %" in texts[1] and "Средний балл" in texts[1] and f"лист 2 из {len(texts)}" in texts[1]
    whole = " ".join(texts)
    assert "По школе" in whole and "81,3%" in whole
    assert "Качество знаний по предметам" in whole and "Математика" in whole and "5Б" in whole
    assert "Учтены ученики на конец периода." in whole
    assert pdf.sizes(data)[0] == pytest.approx((841.89, 595.28), abs=1)


def test_pdf_embeds_only_the_bundled_fonts_and_can_be_portrait():
    data = report_pdf(school_report(rows=5, landscape=False))
    assert pdf.sizes(data)[0] == pytest.approx((595.28, 841.89), abs=1)
    fonts = pdf.fonts(data)
    assert fonts and all(f["embedded"] for f in fonts)
    assert all("+PTSans-" in f["name"] for f in fonts)
    assert any("Bold" in f["name"] for f in fonts)


def test_an_empty_table_says_so():
    report = Report("Отчёт", "Школа", "", [Table("Пусто", COLUMNS, [])])
    assert "Нет данных" in pdf.texts(report_pdf(report))[0]


def test_a_cancelled_pdf_leaves_no_file(tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(BuildCancelled):
        write_report_pdf(out, school_report(), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    seen = []
    write_report_pdf(out, school_report(), progress=lambda done, total: seen.append((done, total)))
    assert out.exists() and seen[-1][0] == seen[-1][1]


def test_workbook_has_numbers_formats_frozen_header_and_sheets(tmp_path):
    path = write_report_xlsx(tmp_path / "r.xlsx", school_report(rows=10))
    book = load_workbook(path)
    assert book.sheetnames == ["Отчёт об успеваемости", "5А", "Диаграммы"]
    sheet = book["Отчёт об успеваемости"]
    assert sheet["A2"].value == "Отчёт об успеваемости" and sheet["A1"].value == "МБОУ «Школа № 1 г. Ёлкино»"
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Класс")
    assert sheet.freeze_panes == f"A{header + 1}"
    assert [sheet.cell(header, c).value for c in range(1, 6)] == [c.title for c in COLUMNS]
    first = header + 1
    assert sheet.cell(first, 2).value == 20 and sheet.cell(first, 2).number_format == "0"
    assert sheet.cell(first, 3).value == pytest.approx(1.0) and sheet.cell(first, 3).number_format == "0.0%"
    assert sheet.cell(first, 4).value == pytest.approx(4.254) and sheet.cell(first, 4).number_format == "0.00"
    assert sheet.cell(first, 5).number_format == "0.0"
    assert sheet.cell(header + 4, 5).value is None          # None stays an empty cell
    totals = header + 11
    assert sheet.cell(totals, 1).value == "По школе" and sheet.cell(totals, 1).font.b
    assert sheet.cell(totals, 3).value == pytest.approx(0.8125)
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert book["5А"].cell(header + 1, 1).value == "Ёлкин Пётр"
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = archive.read(charts[0]).decode()
    assert "barChart" in xml and "Качество знаний по предметам" in xml


def test_workbook_of_a_report_without_tables_still_opens():
    report = Report("Отчёт", "Школа", "", [BarChart("Диаграмма", ["a"], [("s", [1.0])])])
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames == ["Отчёт", "Диаграммы"]
