"""What any text typed or imported into the journal may hold, and how long each field may be: one
place for every service (class list, imports, exchange, the journal's comments).

Refused everywhere: control characters (NUL, escape…; a line break only where a field is multi-line),
bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069: they make «Иванов» display as
something else), lone surrogates (they cannot be written to a file). Names allow letters (after NFC,
so a decomposed «й» is one letter), spaces, hyphens and apostrophes only: no emoji, no stray
combining marks.
"""

from __future__ import annotations

import unicodedata

# One length limit per field, in characters.
FIELD_LIMITS: dict[str, int] = {
    "surname": 100, "name": 100, "patronymic": 100,
    "address": 500, "document": 200, "phone": 100, "email": 200, "relation": 50,
    "consent_given_by": 300, "consent_document": 300, "file_name": 300,
    "class_label": 10, "order_number": 50, "comment": 500, "topic": 500, "homework": 2000,
    "message_subject": 200, "message_body": 10_000, "imported_cell": 2000, "one_medium_reason": 500,
}

_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
_NAME_PUNCT = set(" -'’.")


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why the text may not be stored (Russian, without the field's name), or None."""
    for i, ch in enumerate(value):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return f"недопустимый символ {_describe(ch)} (половина суррогатной пары) в позиции {i + 1}"
        if ch in _BIDI:
            return f"управляющий символ направления текста {_describe(ch)} в позиции {i + 1}"
        if ch in "\n\r\t" and multiline:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch != "\u00ad":
            return f"управляющий символ {_describe(ch)} в позиции {i + 1}"
    return None


def name_problem(value: str) -> str | None:
    """Why a surname, name or patronymic may not be stored, or None (after text_problem)."""
    problem = text_problem(value)
    if problem:
        return problem
    for i, ch in enumerate(unicodedata.normalize("NFC", value)):
        if ch in _NAME_PUNCT or unicodedata.category(ch).startswith("L"):
            continue
        return f"символ {_describe(ch)} «{ch}» в позиции {i + 1} — в имени допустимы только буквы, пробел, дефис и апостроф"
    return None


def limit_problem(value: str, field: str) -> str | None:
    limit = FIELD_LIMITS[field]
    if len(value) > limit:
        return f"не длиннее {limit} знаков (сейчас {len(value)})"
    return None


def check(value: str, field: str, label: str, error: type[Exception], *, multiline: bool = False,
          name: bool = False) -> str:
    """The value NFC-normalised, or `error` naming the field: «Фамилия: управляющий символ U+0000 …»."""
    problem = (name_problem(value) if name else text_problem(value, multiline=multiline)) \
        or limit_problem(value, field)
    if problem:
        raise error(f"{label}: {problem}.")
    return unicodedata.normalize("NFC", value)
