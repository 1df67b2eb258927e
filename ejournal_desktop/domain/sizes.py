"""A file's size as the program's messages write it: «3,4 МБ»."""

from __future__ import annotations


def file_size(n: int) -> str:
    for unit, size in (("ГБ", 2**30), ("МБ", 2**20)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".", ",")
    return f"{max(1, round(n / 1024)) if n else 0} КБ"
