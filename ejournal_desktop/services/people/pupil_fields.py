"""A pupil's and a guardian's fields checked and tidied: the messages name the field and the reason."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ...storage.models import Sex
from .. import text_rules
from ..errors import ServiceError


class PupilDataError(ServiceError):
    """A field of a pupil or guardian is wrong; the message names the field and the reason."""


# --- checks and helpers ------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё]+(?:[ '’-][A-Za-zА-Яа-яЁё]+)*$")
_PHONE_ALLOWED = re.compile(r"^[0-9+()\-\s.,;доб]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(value, label: str, limit: int) -> str:
    problem = text_rules.text_problem(str(value or ""))
    if problem:
        raise PupilDataError(f"{label}: {problem}.")
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", str(value or "")).strip())
    if len(text) > limit:
        raise PupilDataError(f"{label}: не длиннее {limit} знаков (сейчас {len(text)}).")
    return text


def _name_part(value, label: str, *, required: bool) -> str:
    text = _text(value, label, 100)
    if not text:
        if required:
            raise PupilDataError(f"{label}: поле не может быть пустым.")
        return ""
    if not _NAME.match(text):  # letters only: no emoji, no stray combining marks
        raise PupilDataError(f"{label}: «{text}» — допустимы только буквы, пробел, дефис и апостроф.")
    return text


def _phone(value, label: str) -> str:
    text = _text(value, label, 100)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_ALLOWED.match(text) or len(digits) < 5 or len(digits) > 15:
        raise PupilDataError(f"{label}: «{text}» не похоже на номер телефона (нужно от 5 до 15 цифр, "
                             f"например +7 900 123-45-67).")
    return text


def _birth_date(value, today: dt.date) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise PupilDataError("Дата рождения: нужна дата.")
    if value > today:
        raise PupilDataError(f"Дата рождения: {value:%d.%m.%Y} ещё не наступила.")
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if age < 3 or age > 30:
        raise PupilDataError(f"Дата рождения: {value:%d.%m.%Y} — ученику было бы {age} лет; проверьте год.")
    return value


def _sex(value) -> Sex | None:
    if value in (None, ""):
        return None
    if isinstance(value, Sex):
        return value
    text = str(value).strip().casefold()
    if text in ("male", "м", "муж", "мужской"):
        return Sex.male
    if text in ("female", "ж", "жен", "женский"):
        return Sex.female
    raise PupilDataError(f"Пол: «{value}» — укажите «м» или «ж».")


PUPIL_FIELDS = ("surname", "name", "patronymic", "birth_date", "sex", "address", "phone", "document")
GUARDIAN_FIELDS = ("surname", "name", "patronymic", "phone", "email", "address", "relation")


def clean_pupil(data: dict, today: dt.date, *, partial: bool = False) -> dict:
    """The pupil's fields checked and tidied; a PupilDataError names the first wrong field."""
    unknown = set(data) - set(PUPIL_FIELDS)
    if unknown:
        raise PupilDataError(f"Неизвестные поля ученика: {', '.join(sorted(unknown))}.")
    out = {}
    for key, value in data.items():
        if key in ("surname", "name", "patronymic"):
            label = {"surname": "Фамилия", "name": "Имя", "patronymic": "Отчество"}[key]
            out[key] = _name_part(value, label, required=key != "patronymic")
        elif key == "birth_date":
            out[key] = _birth_date(value, today)
        elif key == "sex":
            out[key] = _sex(value)
        elif key == "phone":
            out[key] = _phone(value, "Телефон")
        elif key == "address":
            out[key] = _text(value, "Адрес", 500)
        elif key == "document":
            out[key] = _text(value, "Документ", 200)
    if not partial:
        for key in ("surname", "name"):
            if not out.get(key):
                raise PupilDataError(f"{'Фамилия' if key == 'surname' else 'Имя'}: поле не может быть пустым.")
    return out


def clean_guardian(data: dict, *, partial: bool = False) -> dict:
    unknown = set(data) - set(GUARDIAN_FIELDS)
    if unknown:
        raise PupilDataError(f"Неизвестные поля родителя: {', '.join(sorted(unknown))}.")
    out = {}
    for key, value in data.items():
        if key in ("surname", "name", "patronymic"):
            label = {"surname": "Фамилия родителя", "name": "Имя родителя",
                     "patronymic": "Отчество родителя"}[key]
            out[key] = _name_part(value, label, required=key != "patronymic")
        elif key == "phone":
            out[key] = _phone(value, "Телефон родителя")
        elif key == "email":
            text = _text(value, "Электронная почта родителя", 200)
            if text and not _EMAIL.match(text):
                raise PupilDataError(f"Электронная почта родителя: «{text}» — нужен адрес вида name@example.ru.")
            out[key] = text
        elif key == "address":
            out[key] = _text(value, "Адрес родителя", 500)
        elif key == "relation":
            out[key] = _text(value, "Кем приходится", 50)
    if not partial:
        for key in ("surname", "name"):
            if not out.get(key):
                raise PupilDataError(f"{'Фамилия' if key == 'surname' else 'Имя'} родителя: поле не может "
                                     f"быть пустым.")
    return out
