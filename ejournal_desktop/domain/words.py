"""Russian words that agree with a number: «1 журнал», «3 журнала», «5 журналов» (one rule for all)."""

from __future__ import annotations


def plural_word(n: int, one: str, few: str, many: str) -> str:
    """The form for n: `one` after 1, 21, 101…; `few` after 2–4, 22–24…; `many` after the rest (11–14 too)."""
    tail = n % 100
    if tail % 10 == 1 and tail != 11:
        return one
    if 2 <= tail % 10 <= 4 and not 12 <= tail <= 14:
        return few
    return many


def plural(n: int, one: str, few: str, many: str) -> str:
    """«1 отметка», «3 отметки», «5 отметок»."""
    return f"{n} {plural_word(n, one, few, many)}"
