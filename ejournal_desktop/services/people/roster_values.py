"""The values of a class list's cells as a school types them: full names in one cell, dates in any
usual form, sex, class labels, a guardian's name with a phone."""

from __future__ import annotations

import datetime as dt
import re

from ...storage.models import (
    Sex,
)
from .roster_layout import clean

_PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "ична", "инична", "вна", "ич")


_TURKIC = ("оглы", "кызы", "улы", "уулу", "гызы", "кизи", "угли")


def _is_patronymic(word: str) -> bool:
    w = word.casefold()
    return len(w) > 4 and w.endswith(_PATRONYMIC_ENDINGS)


def _proper(word: str) -> str:
    """«ИВАНОВ» and «иванов» become «Иванов»; mixed spelling (МакКуин) is kept as written."""
    if word.casefold() in _TURKIC:
        return word.casefold()
    if not (word.isupper() or word.islower()):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)


def _name_part(text: str) -> str:
    text = re.sub(r"\s*-\s*", "-", clean(text))  # «Петрова - Водкина» → «Петрова-Водкина»
    return " ".join(_proper(w) for w in text.split())


class ValueProblem(ValueError):
    """A cell that cannot be read: the message names the reason in Russian."""


def split_full_name(text: str) -> tuple[str, str, str]:
    """«Иванов Иван Иванович» → (surname, name, patronymic). Double surnames with a hyphen stay one word;
    Turkic patronymics (Ильхам оглы, Рашид кызы) keep their second word; «Иван Иванович Иванов» is
    recognised by the patronymic in the middle."""
    words = _name_part(text.replace(",", " ")).split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    if len(words) == 2:
        return words[0], words[1], ""
    if len(words) == 3:
        if not _is_patronymic(words[2]) and _is_patronymic(words[1]):
            return words[2], words[0], words[1]
        return words[0], words[1], words[2]
    if len(words) == 4 and words[3].casefold() in _TURKIC:
        return words[0], words[1], f"{words[2]} {words[3]}"
    raise ValueProblem(f"не удаётся разделить «{clean(text)}» на фамилию, имя и отчество — "
                       f"заполните отдельные столбцы Фамилия, Имя, Отчество")


_DMY = re.compile(r"(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4}|\d{2})")


_YMD = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})")


def parse_date(value, today: dt.date | None = None) -> dt.date | None:
    """An Excel date, an Excel serial number, «01.09.2015», «1.9.15», «2015-09-01»; None when empty."""
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            from openpyxl.utils.datetime import from_excel
            return from_excel(value).date()
        raise ValueProblem(f"«{clean(value)}» — не дата")
    text = clean(value).lower().removesuffix("г.").removesuffix("г").strip()
    text = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", text)  # «2015-09-01 00:00:00»
    m = _YMD.fullmatch(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY.fullmatch(text)
        if not m:
            raise ValueProblem(f"«{clean(value)}» — не дата (ожидается ДД.ММ.ГГГГ)")
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            this = (today or dt.date.today()).year % 100
            year += 2000 if year <= this else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueProblem(f"такой даты нет: «{clean(value)}»") from None


_SEX_WORDS = {
    "м": Sex.male, "муж": Sex.male, "мужской": Sex.male, "мальчик": Sex.male, "мал": Sex.male,
    "m": Sex.male, "male": Sex.male,
    "ж": Sex.female, "жен": Sex.female, "женский": Sex.female, "девочка": Sex.female, "дев": Sex.female,
    "f": Sex.female, "female": Sex.female, "w": Sex.female,
}


def parse_sex(value) -> Sex | None:
    text = clean(value).casefold().strip(". ")
    if not text:
        return None
    if text in _SEX_WORDS:
        return _SEX_WORDS[text]
    raise ValueProblem(f"«{clean(value)}» — неизвестное значение (ожидается м или ж)")


_LATIN_LOOKALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")


def normalize_class_label(value) -> str | None:
    """«5А», «5 а», «5-A» (Latin), «5 «А» класс» → «5А»; None when the text is not a class."""
    text = clean(value).upper().translate(_LATIN_LOOKALIKES)
    text = re.sub(r"КЛАСС|КЛ\.?|[\s\"'«»“”\-_.()]", "", text)
    m = re.fullmatch(r"(\d{1,2})([А-ЯЁ]{0,3})", text)
    if not m or not 1 <= int(m.group(1)) <= 11:
        return None
    return f"{int(m.group(1))}{m.group(2)}"


_PHONE = re.compile(r"(?:\+7|8|7)?[\s(\-]*\d{3}[\s)\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}|\+?\d[\d\s()\-]{5,}\d")


def _split_name_and_phone(text: str) -> tuple[str, str]:
    """«Иванова Мария Петровна, 8 (900) 123-45-67» → the name and the phone."""
    m = _PHONE.search(text)
    if not m:
        return text, ""
    name = (text[:m.start()] + " " + text[m.end():]).replace("тел.", " ").replace("тел", " ")
    return clean(name.strip(" ,;")), clean(m.group(0))
