"""Pupils' names: Russian collation and the usual short forms."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["fold", "full_name", "name_sort_key", "person_sort_key", "short_name"]

_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET, start=100)}
_SEPARATORS = " -‐–'’"  # spaces and hyphens of double names sort before any letter


@lru_cache(maxsize=8192)
def name_sort_key(text: str) -> tuple[int, ...]:
    """Case-insensitive key in Russian alphabetical order, ё a letter right after е.

    Other characters (Latin letters, digits) sort after Cyrillic letters, by code point.
    """
    key = []
    for char in text.strip().lower():
        if char in _SEPARATORS:
            key.append(0)
        else:
            key.append(_RANK.get(char, 1000 + ord(char)))
    return tuple(key)


@lru_cache(maxsize=8192)
def person_sort_key(surname: str, name: str = "", patronymic: str | None = "") -> tuple:
    """Sort key for people: surname, then name, then patronymic (ties broken by exact spelling)."""
    parts = (surname, name, patronymic or "")
    return (*(name_sort_key(p) for p in parts), parts)


def full_name(surname: str, name: str = "", patronymic: str | None = "") -> str:
    """«Иванов Иван Иванович»; missing parts are left out."""
    return " ".join(p.strip() for p in (surname, name, patronymic or "") if p and p.strip())


def _initial(part: str) -> str:
    # "Анна-Мария" -> "А.-М."
    return "-".join(f"{piece[0].upper()}." for piece in part.strip().split("-") if piece)


@lru_cache(maxsize=8192)
def short_name(surname: str, name: str = "", patronymic: str | None = "") -> str:
    """«Иванов И. И.» (no patronymic: «Иванов И.»)."""
    initials = " ".join(_initial(p) for p in (name, patronymic or "") if p and p.strip())
    return f"{surname.strip()} {initials}".strip()


_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """A name as people compare it: case, ё and е, and runs of spaces do not matter (SQLite's lower()
    knows no Cyrillic, so searches and matches fold in Python)."""
    return _SPACES.sub(" ", (text or "").casefold().replace("ё", "е")).strip()
