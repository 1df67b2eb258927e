"""The school's settings: each declared once here with its type, default and description.

Values live in the `setting` table as JSON; a missing row means the default. Unknown keys are an
error both ways, so a typo never silently reads a default. Only the administrator changes
settings (Action.system_settings), and each change is audited with the old and new value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.averages import RoundingRule
from ..domain.rights import Action
from ..storage.database import Database
from ..storage.models import Setting
from . import audit
from .accounts import Actor
from .errors import ServiceError
from .guard import require, unit

__all__ = ["SETTINGS", "InvalidSetting", "SettingSpec", "UnknownSetting", "get", "get_all",
           "rounding_rule", "set"]


class UnknownSetting(ServiceError):
    def __init__(self, key: str):
        super().__init__(f"Неизвестная настройка «{key}»")
        self.key = key


class InvalidSetting(ServiceError):
    """A value of the wrong type or out of range; the message names the setting."""


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    description: str
    check: Callable[[Any], str | None] | None = None  # a Russian message when the value is wrong


def _at_least(low: int) -> Callable[[Any], str | None]:
    return lambda v: None if v >= low else f"значение должно быть не меньше {low}"


def _between(low: float, high: float) -> Callable[[Any], str | None]:
    return lambda v: None if low <= v <= high else f"значение должно быть от {low} до {high}"


def _one_of(*allowed: Any) -> Callable[[Any], str | None]:
    return lambda v: None if v in allowed else f"допустимы значения {', '.join(map(str, allowed))}"


SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("entry_window_days", int, 0,
                "Сколько дней после урока учитель может выставлять и исправлять отметки и посещаемость "
                "(0 — только в день урока)", _between(0, 60)),
    SettingSpec("period_mark_window_days", int, -1,
                "Сколько дней после последнего урока периода учитель может выставить отметку за период "
                "без разрешения заместителя директора (-1 — без ограничения)", _between(-1, 60)),
    SettingSpec("rounding_five", float, 4.5,
                "Средний балл, с которого предлагается итоговая «5»", _between(2.0, 5.0)),
    SettingSpec("rounding_four", float, 3.5,
                "Средний балл, с которого предлагается итоговая «4»", _between(2.0, 5.0)),
    SettingSpec("rounding_three", float, 2.5,
                "Средний балл, с которого предлагается итоговая «3»", _between(2.0, 5.0)),
    SettingSpec("learning_degree_low", int, 7,
                "Вес отметки «1» и «н/а» в степени обученности учащихся (СОУ), %", _one_of(7, 8)),
    SettingSpec("idle_lock_minutes", int, 10,
                "Через сколько минут бездействия программа блокируется (0 — не блокировать)",
                _between(0, 240)),
    SettingSpec("backup_keep_weekly", int, 8, "Сколько еженедельных резервных копий хранить", _at_least(1)),
    SettingSpec("backup_keep_monthly", int, 12, "Сколько ежемесячных резервных копий хранить", _at_least(1)),
    SettingSpec("portfolio_max_mb", int, 10,
                "Наибольший размер одного файла в портфолио ученика или сотрудника, МБ", _between(1, 100)),
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
    if s.check is not None:
        problem = s.check(value)
        if problem:
            raise InvalidSetting(f"Настройка «{s.key}» ({s.description}): {problem}")
    return value


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
    values = get_all(session)
    return RoundingRule(values["rounding_five"], values["rounding_four"], values["rounding_three"])


def set(db: Database, actor: Actor, key: str, value: Any) -> Any:  # noqa: A001 - the module's verb
    """Change a setting (administrator); returns the stored value."""
    s = spec(key)
    value = _coerce(s, value)
    with unit(db, actor) as session:
        require(actor, Action.system_settings, detail=f"настройка «{key}»")
        row = session.get(Setting, key)
        old = s.default if row is None else json.loads(row.value)
        if key in _ROUNDING_KEYS:
            thresholds = {k: get(session, k) for k in _ROUNDING_KEYS} | {key: value}
            try:
                RoundingRule(thresholds["rounding_five"], thresholds["rounding_four"],
                             thresholds["rounding_three"])
            except ValueError as exc:
                raise InvalidSetting(f"Настройка «{key}»: {exc}") from None
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
        audit.record(session, actor.account_id, "update", "setting", None,
                     old={"key": key, "value": old}, new={"key": key, "value": value})
    return value


def read(db: Database, key: str) -> Any:
    """A setting's value for the GUI, which holds no session (settings are not personal data)."""
    with db.session() as session:
        return get(session, key)
