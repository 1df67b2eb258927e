"""Grading systems and work types (системы оценивания, виды работ), set up by the deputy
(Action.configure_grading).

- `create_grading_system`: five-point and pass/fail with their usual values, or a school-defined
  system with its own values; `rename_grading_system`, `remove_grading_system` (while no course uses it).
- `add_grade_value` / `update_grade_value` / `remove_grade_value`: a system's values. A value that marks
  use is never removed nor recoded; new points of a used value change averages and need `confirm`.
- `create_work_type` / `update_work_type` / `remove_work_type`: a work type's name, weight, colour and
  entry window (days after the lesson its marks may still be put). A new weight applies to new marks;
  `apply_to_marks=True` also re-weighs the marks already put in open years (with `confirm`, after the
  effect is shown: how many averages change). A work type that marks use is never removed.

Every call: the right, validation with a Russian message, one transaction, an audit record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.grading import FIVE_POINT, PASS_FAIL
from ..domain.grading import GradeValue as DomainGradeValue
from ..domain.grading import GradingSystem as DomainGradingSystem
from ..domain.rights import Action
from ..storage.database import Database
from ..storage.models import (
    AcademicYear,
    Course,
    GradeValue,
    GradingKind,
    GradingSystem,
    Lesson,
    Mark,
    PeriodMark,
    WorkType,
    YearStatus,
)
from . import audit, setup_effects
from .actor import Actor
from .errors import ServiceError
from .guard import require, unit
from .setup_effects import Effect, NeedsConfirmation

__all__ = [
    "KIND_LABELS", "GradeValueRow", "GradeValueSpec", "GradingError", "GradingSystemRow", "WorkTypeRow",
    "add_grade_value", "create_grading_system", "create_work_type", "grading_systems", "remove_grade_value",
    "remove_grading_system", "remove_work_type", "rename_grading_system", "update_grade_value",
    "update_work_type", "weight_change_effect", "work_types",
]

KIND_LABELS = {"five_point": "пятибалльная", "pass_fail": "зачёт/незачёт", "custom": "своя шкала школы"}
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CODE = re.compile(r"[^0-9a-z_]+")
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                   "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


class GradingError(ServiceError):
    """A grading system or work type that cannot be: the message names the field and the reason."""


@dataclass(frozen=True)
class GradeValueSpec:
    code: str
    label: str
    points: float | None = None
    passing: bool = True
    quality: bool = False


@dataclass(frozen=True)
class GradeValueRow:
    id: int
    code: str
    label: str
    points: float | None
    passing: bool
    quality: bool
    marks: int  # current and period marks using it


@dataclass(frozen=True)
class GradingSystemRow:
    id: int
    code: str
    name: str
    kind: str
    values: list[GradeValueRow] = field(default_factory=list)
    courses: int = 0


@dataclass(frozen=True)
class WorkTypeRow:
    id: int
    code: str
    name: str
    weight: float
    color: str
    entry_days: int
    is_default: bool
    marks: int


# --- helpers --------------------------------------------------------------------------------------------------

def _text(value: str, what: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise GradingError(f"{what}: поле не может быть пустым.")
    if len(text) > limit:
        raise GradingError(f"{what}: не длиннее {limit} знаков (сейчас {len(text)}).")
    return text


def _new_code(session: Session, model, name: str, prefix: str) -> str:
    """A unique code made from a name (codes are what exchange files and the CLI use)."""
    base = _CODE.sub("_", "".join(_LATIN.get(ch, ch) for ch in name.lower())).strip("_")[:40] or prefix
    taken = set(session.scalars(select(model.code)))
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def _name_taken(session: Session, model, name: str, own_id: int | None = None) -> bool:
    """Whether another row has this name, case and ё/е aside (SQLite's lower() knows no Cyrillic)."""
    key = name.casefold().replace("ё", "е")
    return any(n.casefold().replace("ё", "е") == key
               for n in session.scalars(select(model.name).where(model.id != (own_id or -1))))


def _value_uses(session: Session, system_id: int) -> dict[str, int]:
    """How many current and period marks of the system's courses use each value code."""
    uses: dict[str, int] = {}
    m, l, c = Mark.__table__, Lesson.__table__, Course.__table__
    for code, n in session.execute(select(m.c.value, func.count()).select_from(m).join(l, l.c.id == m.c.lesson_id)
                                   .join(c, c.c.id == l.c.course_id).where(c.c.grading_system_id == system_id)
                                   .group_by(m.c.value)):
        uses[code] = uses.get(code, 0) + n
    pm = PeriodMark.__table__
    for code, n in session.execute(select(pm.c.value, func.count()).select_from(pm).join(c, c.c.id == pm.c.course_id)
                                   .where(c.c.grading_system_id == system_id).group_by(pm.c.value)):
        uses[code] = uses.get(code, 0) + n
    return uses


def _system_row(session: Session, gs: GradingSystem) -> GradingSystemRow:
    uses = _value_uses(session, gs.id)
    courses = session.scalar(select(func.count(Course.id)).where(Course.grading_system_id == gs.id)) or 0
    values = [GradeValueRow(v.id, v.code, v.label, v.points, bool(v.passing), bool(v.quality), uses.get(v.code, 0))
              for v in gs.values]
    return GradingSystemRow(gs.id, gs.code, gs.name, gs.kind.value, values, courses)


def _check_values(name: str, values: Sequence[GradeValueSpec]) -> list[GradeValueSpec]:
    """The values as the domain would take them (codes unique, not н/а or осв., no separators)."""
    cleaned = []
    for i, v in enumerate(values, start=1):
        code = _text(v.code, f"Значение {i}: код", 20)
        label = _text(v.label or code, f"Значение «{code}»: название", 100)
        points = v.points
        if points is not None and not 0 <= points <= 100:
            raise GradingError(f"Значение «{code}»: баллы — от 0 до 100, а не {points:g}.")
        cleaned.append(GradeValueSpec(code, label, points, bool(v.passing), bool(v.quality)))
    try:
        DomainGradingSystem("check", name, tuple(DomainGradeValue(v.code, v.label, v.points, v.passing, v.quality)
                                                  for v in cleaned))
    except ValueError as exc:
        raise GradingError(f"Система оценивания «{name}»: {exc}") from None
    return cleaned


def _system(session: Session, system_id: int) -> GradingSystem:
    gs = session.get(GradingSystem, system_id)
    if gs is None:
        raise GradingError("Такой системы оценивания нет.")
    return gs


# --- grading systems ----------------------------------------------------------------------------------------------

def grading_systems(db: Database, actor: Actor) -> list[GradingSystemRow]:
    with db.session() as session:
        return [_system_row(session, gs) for gs in session.scalars(select(GradingSystem).order_by(GradingSystem.id))]


def create_grading_system(db: Database, actor: Actor, name: str, kind: GradingKind | str = GradingKind.custom,
                          values: Sequence[GradeValueSpec] | None = None, code: str | None = None) -> GradingSystemRow:
    """A grading system: five-point and pass/fail get their usual values unless others are given; a
    school-defined one (custom) needs its values, best first."""
    kind = GradingKind(kind)
    name = _text(name, "Название системы оценивания", 200)
    if values is None:
        if kind is GradingKind.custom:
            raise GradingError(f"Система «{name}»: у своей шкалы школы задайте значения (код, название, баллы).")
        ref = FIVE_POINT if kind is GradingKind.five_point else PASS_FAIL
        values = [GradeValueSpec(v.code, v.label, v.points, v.passing, v.quality) for v in ref.values]
    if not values:
        raise GradingError(f"Система «{name}»: нужно хотя бы одно значение.")
    values = _check_values(name, values)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        if _name_taken(session, GradingSystem, name):
            raise GradingError(f"Система оценивания «{name}» уже есть.")
        code = code.strip() if code else _new_code(session, GradingSystem, name, "grading")
        if session.scalar(select(GradingSystem.id).where(GradingSystem.code == code)):
            raise GradingError(f"Код системы оценивания «{code}» уже занят.")
        gs = GradingSystem(code=code, name=name, kind=kind)
        gs.values = [GradeValue(code=v.code, label=v.label, points=v.points, passing=v.passing, quality=v.quality,
                                sort_order=i) for i, v in enumerate(values)]
        session.add(gs)
        session.flush()
        audit.record(session, actor.account_id, "create", "grading_system", gs.id,
                     new={"code": code, "name": name, "kind": kind.value,
                          "values": [v.__dict__ for v in values]})
        return _system_row(session, gs)


def rename_grading_system(db: Database, actor: Actor, system_id: int, name: str) -> GradingSystemRow:
    name = _text(name, "Название системы оценивания", 200)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        gs = _system(session, system_id)
        if _name_taken(session, GradingSystem, name, gs.id):
            raise GradingError(f"Система оценивания «{name}» уже есть.")
        audit.record(session, actor.account_id, "update", "grading_system", gs.id, old={"name": gs.name},
                     new={"name": name})
        gs.name = name
        return _system_row(session, gs)


def remove_grading_system(db: Database, actor: Actor, system_id: int) -> None:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        gs = _system(session, system_id)
        courses = session.scalar(select(func.count(Course.id)).where(Course.grading_system_id == gs.id)) or 0
        if courses:
            raise GradingError(f"Систему «{gs.name}» не удалить: по ней оценивают {courses} курс(ов) учебной "
                               f"нагрузки. Сначала назначьте им другую систему.")
        audit.record(session, actor.account_id, "delete", "grading_system", gs.id,
                     old={"code": gs.code, "name": gs.name, "values": [v.code for v in gs.values]})
        session.delete(gs)


def add_grade_value(db: Database, actor: Actor, system_id: int, spec: GradeValueSpec,
                    position: int | None = None) -> GradingSystemRow:
    """A new value of a system (at the end, or at `position` counted from 0 = best)."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        gs = _system(session, system_id)
        current = [GradeValueSpec(v.code, v.label, v.points, v.passing, v.quality) for v in gs.values]
        at = len(current) if position is None else max(0, min(position, len(current)))
        checked = _check_values(gs.name, current[:at] + [spec] + current[at:])
        new = checked[at]
        rows = list(gs.values)
        rows.insert(at, GradeValue(code=new.code, label=new.label, points=new.points, passing=new.passing,
                                   quality=new.quality))
        for i, r in enumerate(rows):
            r.sort_order = i
        gs.values = rows
        session.flush()
        audit.record(session, actor.account_id, "create", "grade_value", rows[at].id,
                     new={"grading_system": gs.code, **new.__dict__, "position": at})
        return _system_row(session, gs)


def _value(session: Session, value_id: int) -> GradeValue:
    v = session.get(GradeValue, value_id)
    if v is None:
        raise GradingError("Такого значения системы оценивания нет.")
    return v


def update_grade_value(db: Database, actor: Actor, value_id: int, *, label: str | None = None,
                       points: float | None | type(...) = ..., passing: bool | None = None,
                       quality: bool | None = None, code: str | None = None,
                       confirm: bool = False) -> GradingSystemRow:
    """Change a value's label, points, passing or quality. The code of a value marks use is not changed;
    new points or passing of a used value change averages and results: they need `confirm`."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        v = _value(session, value_id)
        gs = v.grading_system
        uses = _value_uses(session, gs.id).get(v.code, 0)
        new = GradeValueSpec(code if code is not None else v.code, label if label is not None else v.label,
                             v.points if points is ... else points,
                             v.passing if passing is None else passing, v.quality if quality is None else quality)
        if new.code != v.code and uses:
            raise GradingError(f"Значение «{v.code}»: код не меняют — им уже выставлено отметок: {uses}.")
        specs = [new if r.id == v.id else GradeValueSpec(r.code, r.label, r.points, r.passing, r.quality)
                 for r in gs.values]
        new = _check_values(gs.name, specs)[[r.id for r in gs.values].index(v.id)]
        effect = Effect()
        if uses and (new.points != v.points or new.passing != bool(v.passing) or new.quality != bool(v.quality)):
            rows = setup_effects.mark_rows(session, Course.grading_system_id == gs.id)
            bounds = setup_effects.period_bounds(session, {r.academic_year_id for r in rows})
            before_system = setup_effects.domain_system(session, gs.id)
            after_system = setup_effects.domain_system(session, gs.id, lambda vals: [
                replace(x, points=new.points, passing=new.passing, quality=new.quality) if x.code == v.code else x
                for x in vals])
            a = setup_effects.averages(rows, bounds, lambda _sid: before_system)
            b = setup_effects.averages(rows, bounds, lambda _sid: after_system)
            effect = Effect(sum(1 for r in rows if r.value == v.code), setup_effects.changed_averages(a, b), 0)
            effect = Effect(effect.marks or uses, effect.averages, 0)
            if not confirm:
                raise NeedsConfirmation(f"Значение «{v.code}» системы «{gs.name}»", effect)
        old = {"code": v.code, "label": v.label, "points": v.points, "passing": v.passing, "quality": v.quality}
        v.code, v.label, v.points, v.passing, v.quality = new.code, new.label, new.points, new.passing, new.quality
        session.flush()
        audit.record(session, actor.account_id, "update", "grade_value", v.id, old=old,
                     new={**new.__dict__, "grading_system": gs.code, "effect": effect.as_dict()})
        return _system_row(session, gs)


def remove_grade_value(db: Database, actor: Actor, value_id: int) -> GradingSystemRow:
    """Remove a value no mark uses; refused, naming how many marks use it, otherwise."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="системы оценивания")
        v = _value(session, value_id)
        gs = v.grading_system
        uses = _value_uses(session, gs.id).get(v.code, 0)
        if uses:
            raise GradingError(f"Значение «{v.code}» системы «{gs.name}» не удалить: им выставлено отметок: "
                               f"{uses}. Отметки не должны становиться недействительными.")
        if len(gs.values) == 1:
            raise GradingError(f"Система «{gs.name}»: последнее значение не удаляют.")
        audit.record(session, actor.account_id, "delete", "grade_value", v.id,
                     old={"grading_system": gs.code, "code": v.code, "label": v.label})
        gs.values = [r for r in gs.values if r.id != v.id]
        for i, r in enumerate(gs.values):
            r.sort_order = i
        session.flush()
        return _system_row(session, gs)


# --- work types -------------------------------------------------------------------------------------------------

def _type_row(session: Session, wt: WorkType) -> WorkTypeRow:
    marks = session.scalar(select(func.count(Mark.id)).where(Mark.work_type_id == wt.id)) or 0
    return WorkTypeRow(wt.id, wt.code, wt.name, wt.weight, wt.color, wt.entry_days, bool(wt.is_default), marks)


def work_types(db: Database, actor: Actor) -> list[WorkTypeRow]:
    with db.session() as session:
        return [_type_row(session, wt) for wt in session.scalars(select(WorkType).order_by(WorkType.sort_order,
                                                                                            WorkType.id))]


def _check_type(weight: float, color: str, entry_days: int) -> None:
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 10:
        raise GradingError(f"Вес: число от 0 до 10, а не «{weight}».")
    if not _COLOR.match(color or ""):
        raise GradingError(f"Цвет: «{color}» — нужен вид #RRGGBB, например #C62828.")
    if isinstance(entry_days, bool) or not isinstance(entry_days, int) or not 0 <= entry_days <= 60:
        raise GradingError(f"Срок выставления: от 0 до 60 дней после урока, а не «{entry_days}».")


def _type(session: Session, work_type_id: int) -> WorkType:
    wt = session.get(WorkType, work_type_id)
    if wt is None:
        raise GradingError("Такого вида работы нет.")
    return wt


def _unique_name(session: Session, name: str, own_id: int | None = None) -> None:
    if _name_taken(session, WorkType, name, own_id):
        raise GradingError(f"Вид работы «{name}» уже есть.")


def create_work_type(db: Database, actor: Actor, name: str, weight: float = 1.0, color: str = "#000000",
                     entry_days: int = 0, code: str | None = None, is_default: bool = False) -> WorkTypeRow:
    name = _text(name, "Название вида работы", 200)
    _check_type(weight, color, entry_days)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="виды работ")
        _unique_name(session, name)
        code = code.strip() if code else _new_code(session, WorkType, name, "work")
        if session.scalar(select(WorkType.id).where(WorkType.code == code)):
            raise GradingError(f"Код вида работы «{code}» уже занят.")
        order = (session.scalar(select(func.max(WorkType.sort_order))) or 0) + 1
        if is_default:
            session.execute(update(WorkType).values(is_default=False))
        wt = WorkType(code=code, name=name, weight=float(weight), color=color.upper(), entry_days=entry_days,
                      is_default=is_default, sort_order=order)
        session.add(wt)
        session.flush()
        audit.record(session, actor.account_id, "create", "work_type", wt.id,
                     new={"code": code, "name": name, "weight": float(weight), "color": wt.color,
                          "entry_days": entry_days, "is_default": is_default})
        return _type_row(session, wt)


def _weight_effect(session: Session, wt: WorkType, weight: float) -> Effect:
    rows = setup_effects.mark_rows(session, Mark.work_type_id == wt.id)
    if not rows:
        return Effect()
    pairs = {(r.course_id, r.pupil_id) for r in rows}
    courses = {c for c, _ in pairs}
    everything = [r for r in setup_effects.mark_rows(session, Course.id.in_(courses))
                  if (r.course_id, r.pupil_id) in pairs]
    bounds = setup_effects.period_bounds(session, {r.academic_year_id for r in everything})
    systems: dict[int, DomainGradingSystem] = {}

    def system(sid: int) -> DomainGradingSystem:
        if sid not in systems:
            systems[sid] = setup_effects.domain_system(session, sid)
        return systems[sid]

    after = [replace(r, weight=float(weight)) if r.work_type_id == wt.id else r for r in everything]
    a = setup_effects.averages(everything, bounds, system)
    b = setup_effects.averages(after, bounds, system)
    return Effect(sum(1 for r in rows if r.weight != weight), setup_effects.changed_averages(a, b), 0)


def weight_change_effect(db: Database, actor: Actor, work_type_id: int, weight: float) -> Effect:
    """What re-weighing the marks already put with this work type would change (nothing is written)."""
    with db.session() as session:
        return _weight_effect(session, _type(session, work_type_id), weight)


def update_work_type(db: Database, actor: Actor, work_type_id: int, *, name: str | None = None,
                     weight: float | None = None, color: str | None = None, entry_days: int | None = None,
                     is_default: bool | None = None, apply_to_marks: bool = False,
                     confirm: bool = False) -> WorkTypeRow:
    """Change a work type. A new weight is taken by the marks put from now on; with `apply_to_marks`
    the marks already put in open years take it too, which needs `confirm` when averages change."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="виды работ")
        wt = _type(session, work_type_id)
        new_name = wt.name if name is None else _text(name, "Название вида работы", 200)
        new_weight = wt.weight if weight is None else weight
        new_color = wt.color if color is None else color
        new_days = wt.entry_days if entry_days is None else entry_days
        _check_type(new_weight, new_color, new_days)
        _unique_name(session, new_name, wt.id)
        effect = Effect()
        if apply_to_marks:
            effect = _weight_effect(session, wt, float(new_weight))
            if effect and not confirm:
                raise NeedsConfirmation(f"Вес «{wt.name}» {new_weight:g} для выставленных отметок", effect)
        old = {"name": wt.name, "weight": wt.weight, "color": wt.color, "entry_days": wt.entry_days,
               "is_default": bool(wt.is_default)}
        if is_default and not wt.is_default:
            session.execute(update(WorkType).where(WorkType.id != wt.id).values(is_default=False))
        if is_default is False and wt.is_default:
            raise GradingError(f"«{wt.name}» — вид работы по умолчанию: сделайте основным другой вид.")
        wt.name, wt.weight, wt.color, wt.entry_days = new_name, float(new_weight), new_color.upper(), new_days
        if is_default is not None:
            wt.is_default = is_default
        if apply_to_marks and effect.marks:
            open_years = select(AcademicYear.id).where(AcademicYear.status == YearStatus.open)
            open_lessons = select(Lesson.id).join(Course, Course.id == Lesson.course_id).where(
                Course.academic_year_id.in_(open_years))
            session.execute(update(Mark).where(Mark.work_type_id == wt.id, Mark.lesson_id.in_(open_lessons))
                            .values(weight=float(new_weight)))
        session.flush()
        audit.record(session, actor.account_id, "update", "work_type", wt.id, old=old,
                     new={"name": wt.name, "weight": wt.weight, "color": wt.color, "entry_days": wt.entry_days,
                          "is_default": bool(wt.is_default), "apply_to_marks": apply_to_marks,
                          "effect": effect.as_dict()})
        return _type_row(session, wt)


def remove_work_type(db: Database, actor: Actor, work_type_id: int) -> None:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="виды работ")
        wt = _type(session, work_type_id)
        marks = session.scalar(select(func.count(Mark.id)).where(Mark.work_type_id == wt.id)) or 0
        if marks:
            raise GradingError(f"Вид работы «{wt.name}» не удалить: по нему выставлено отметок: {marks}.")
        if wt.is_default:
            raise GradingError(f"«{wt.name}» — вид работы по умолчанию: сначала сделайте основным другой.")
        audit.record(session, actor.account_id, "delete", "work_type", wt.id,
                     old={"code": wt.code, "name": wt.name, "weight": wt.weight})
        session.delete(wt)
