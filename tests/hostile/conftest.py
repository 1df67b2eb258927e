"""The corpus of hostile files: each generated on the fly by a fixture (no huge binaries in the repo)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest


@pytest.fixture
def zip_bomb_xlsx(tmp_path) -> Path:
    """An «.xlsx» whose sheet unpacks to 64 MB of zeros from a few tens of kilobytes."""
    path = tmp_path / "список 5А.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * 2**20
            for _ in range(64):
                member.write(block)
    return path


@pytest.fixture
def huge_cell_csv(tmp_path) -> Path:
    path = tmp_path / "класс.csv"
    path.write_text("Фамилия;Имя;Дата рождения\nИванов;" + "И" * 2_000_000 + ";01.01.2015\n", encoding="utf-8")
    return path


@pytest.fixture
def hostile_names_csv(tmp_path) -> Path:
    path = tmp_path / "имена.csv"
    path.write_text("Фамилия;Имя;Дата рождения\n"
                    "Ив\0анов;Иван;01.01.2015\n"
                    "\u202eвонавИ;Пётр;02.02.2015\n"
                    "Смирнов😀;Олег;03.03.2015\n", encoding="utf-8")
    return path


@pytest.fixture
def deep_json(tmp_path) -> Path:
    path = tmp_path / "обмен.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return path


@pytest.fixture
def nan_json(tmp_path) -> Path:
    path = tmp_path / "веса.json"
    path.write_text('{"format": "ejournal-exchange", "work_types": [{"id": "w1", "weight": NaN}]}', encoding="utf-8")
    return path
