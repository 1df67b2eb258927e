"""The school's settings: each declared once here with its type, default, range and description.

Values live in the `setting` table as JSON; a missing row means the default. Unknown keys are an
error both ways, so a typo never silently reads a default. Each setting belongs to a group: the
grading ones (rounding thresholds, the СОУ weight, the entry window) are changed by the deputy
(Action.configure_grading), the system ones by the administrator (Action.system_settings). Each change
is audited with the old and new value; `set_many` saves several in one transaction. The settings page
(ui.settings_dialog) and `ejournal settings` are generated from these declarations.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.averages import RoundingRule
from ...domain.rights import Action, may
from ...storage.database import Database
from ...storage.models import Setting
from ..errors import ServiceError
from . import audit
from .accounts import Actor
from .guard import require, unit

__all__ = ["GROUPS", "SETTINGS", "InvalidSetting", "SettingSpec", "UnknownSetting", "coerce", "editable", "get",
           "get_all", "read", "read_all", "rounding_rule", "set", "set_many", "spec"]


class UnknownSetting(ServiceError):
    def __init__(self, key: str):
        super().__init__(f"Неизвестная настройка «{key}»")
        self.key = key


class InvalidSetting(ServiceError):
    """A value of the wrong type or out of range; the message names the setting."""


# group → (its title, the right that changes it)
GROUPS: dict[str, tuple[str, Action]] = {
    "grading": ("Оценивание (меняет заместитель директора по УР)", Action.configure_grading),
    "system": ("Система (меняет администратор)", Action.system_settings),
}


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str          # the short name on the settings page
    description: str    # what it decides
    group: str = "system"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] = ()
    unit: str = ""       # «дн.», «мин», «МБ»
    zero_means: str = ""  # what the lowest value means, shown instead of it («только в день урока»)

    @property
    def action(self) -> Action:
        return GROUPS[self.group][1]

    def range_text(self) -> str:
        if self.choices:
            return "одно из: " + ", ".join(map(str, self.choices))
        if self.minimum is not None and self.maximum is not None:
            return f"от {self.minimum:g} до {self.maximum:g}"
        if self.minimum is not None:
            return f"не меньше {self.minimum:g}"
        return ""

    def problem(self, value: Any) -> str | None:
        if self.choices and value not in self.choices:
            return f"допустимы значения {', '.join(map(str, self.choices))}"
        if self.minimum is not None and self.maximum is not None and not self.minimum <= value <= self.maximum:
            return f"значение должно быть от {self.minimum:g} до {self.maximum:g}"
        if self.minimum is not None and value < self.minimum:
            return f"значение должно быть не меньше {self.minimum:g}"
        return None


SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("entry_window_days", int, 0, "Отметки после урока, дней",
                "Сколько дней после урока учитель может выставлять и исправлять отметки и посещаемость "
                "(0 — только в день урока)", "grading", 0, 60, unit="дн.", zero_means="только в день урока"),
    SettingSpec("period_mark_window_days", int, 0, "Отметка за период после конца периода, дней",
                "Сколько дней после последнего урока периода учитель может выставить отметку за период "
                "без разрешения заместителя директора; не меньше срока выставления отметок за урок "
                "(0 — в день последнего урока или в срок отметок после него, как требует положение; "
                "-1 — без ограничения)", "grading", -1, 60, unit="дн.", zero_means="без ограничения"),
    SettingSpec("mark_fix_minutes", int, 15, "Исправление своей отметки, мин",
                "Сколько минут после ввода учитель может сам исправить или удалить свою отметку "
                "(механическая ошибка, п. 4.2 к); позже — только по заявке на исправление с разрешения "
                "заместителя директора (-1 — весь срок выставления отметок)", "grading", -1, 1440,
                unit="мин", zero_means="весь срок выставления отметок"),
    SettingSpec("max_marks_per_cell", int, 3, "Отметок одного вида в клетке, не больше",
                "Сколько отметок одного вида работы можно поставить ученику за один урок", "grading", 1, 10),
    SettingSpec("rounding_five", float, 4.5, "Порог «5»",
                "Средний балл, с которого предлагается итоговая «5»", "grading", 2.0, 5.0),
    SettingSpec("rounding_four", float, 3.5, "Порог «4»",
                "Средний балл, с которого предлагается итоговая «4»", "grading", 2.0, 5.0),
    SettingSpec("rounding_three", float, 2.5, "Порог «3»",
                "Средний балл, с которого предлагается итоговая «3»", "grading", 2.0, 5.0),
    SettingSpec("learning_degree_low", int, 7, "СОУ: вес «1» и «н/а», %",
                "Вес отметки «1» и «н/а» в степени обученности учащихся (СОУ), %", "grading", choices=(7, 8)),
    SettingSpec("idle_lock_minutes", int, 10, "Блокировка при бездействии, мин",
                "Через сколько минут бездействия программа блокируется (0 — не блокировать)", "system",
                0, 240, unit="мин", zero_means="не блокировать"),
    SettingSpec("backup_keep_weekly", int, 8, "Хранить еженедельных копий",
                "Сколько еженедельных резервных копий хранить", "system", 1, 520),
    SettingSpec("backup_keep_monthly", int, 12, "Хранить ежемесячных копий",
                "Сколько ежемесячных резервных копий хранить", "system", 1, 600),
    SettingSpec("portfolio_max_mb", int, 10, "Файл портфолио, не больше, МБ",
                "Наибольший размер одного файла в портфолио ученика или сотрудника, МБ", "system", 1, 100,
                unit="МБ"),
)}

_ROUNDING_KEYS = ("rounding_five", "rounding_four", "rounding_three")


def spec(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        raise UnknownSetting(key) from None


def _coerce(s: SettingSpec, value: Any) -> Any:
    """The value as the setting's type; bool is never taken for a number, nor a float for an int."""
    if isinstance(value, bool) and s.type is not bool:
        raise InvalidSetting(f"Настройка «{s.key}»: нужно число, а не «{value}»")
    if s.type is float and isinstance(value, int):
        value = float(value)
    if s.type is int and isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, s.type):
        raise InvalidSetting(f"Настройка «{s.key}»: недопустимое значение «{value}»")
    problem = s.problem(value)
    if problem:
        raise InvalidSetting(f"Настройка «{s.label}» ({s.key}): {problem}")
    return value


def coerce(key: str, value: Any) -> Any:
    """The value as the setting takes it; text (from the command line) is parsed as its type."""
    s = spec(key)
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            value = s.type(float(text)) if s.type is float else int(text) if s.type is int else value
        except ValueError:
            raise InvalidSetting(f"Настройка «{s.label}» ({key}): «{value}» — нужно "
                                 f"{'целое число' if s.type is int else 'число'}") from None
    return _coerce(s, value)


def editable(actor: Actor, key: str) -> bool:
    """Whether the actor may change the setting (the page greys the others)."""
    return may(actor.roles, spec(key).action)


def get(session: Session, key: str) -> Any:
    """The setting's value (its default when never set)."""
    s = spec(key)
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    return s.default if raw is None else _coerce(s, json.loads(raw))


def get_all(session: Session) -> dict[str, Any]:
    table = Setting.__table__
    stored = dict(session.connection().execute(select(table.c.key, table.c.value)).all())
    return {key: (s.default if key not in stored else _coerce(s, json.loads(stored[key])))
            for key, s in SETTINGS.items()}


def rounding_rule(session: Session) -> RoundingRule:
    """The thresholds that suggest a five-point period mark."""
    return rounding_rule_of(get_all(session))


def rounding_rule_of(values: dict[str, Any]) -> RoundingRule:
    """The rule from the settings' values (get_all); ValueError when the thresholds do not make one."""
    return RoundingRule(values["rounding_five"], values["rounding_four"], values["rounding_three"])


def set(db: Database, actor: Actor, key: str, value: Any) -> Any:  # noqa: A001 - the module's verb
    """Change one setting; returns the stored value."""
    return set_many(db, actor, {key: value})[key]


def set_many(db: Database, actor: Actor, values: Mapping[str, Any]) -> dict[str, Any]:
    """Change several settings in one transaction (all or none), each audited; the grading ones need
    the deputy's right, the system ones the administrator's. Returns the stored values."""
    checked = {key: _coerce(spec(key), value) for key, value in values.items()}
    with unit(db, actor) as session:
        for key in checked:
            require(actor, SETTINGS[key].action, detail=f"настройка «{SETTINGS[key].label}»")
        if any(k in _ROUNDING_KEYS for k in checked):
            thresholds = {k: get(session, k) for k in _ROUNDING_KEYS} | {
                k: v for k, v in checked.items() if k in _ROUNDING_KEYS}
            try:
                rounding_rule_of(thresholds)
            except ValueError as exc:
                raise InvalidSetting(f"Пороги итоговой отметки: {exc}") from None
        for key, value in checked.items():
            row = session.get(Setting, key)
            old = SETTINGS[key].default if row is None else json.loads(row.value)
            if old == value and row is not None:
                continue
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            audit.record(session, actor.account_id, "update", "setting", None,
                         old={"key": key, "value": old}, new={"key": key, "value": value})
    return checked


def read(db: Database, key: str) -> Any:
    """A setting's value for the GUI, which holds no session (settings are not personal data)."""
    with db.session() as session:
        return get(session, key)


def read_all(db: Database) -> dict[str, Any]:
    with db.session() as session:
        return get_all(session)
