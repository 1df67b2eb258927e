"""The thematic plan (КТП, календарно-тематическое планирование) of a course: imported from Excel, and
the lesson topics filled in order from it.

- `read_plan(path)` (no database): finds the heading row among the first rows by its Russian headings
  («№», «Тема урока» / «Тема», «Количество часов» / «Часы»; a heading merged over two rows, or hours split
  under it into «всего» and others, is understood), reads each row into a topic with its hours, and names
  every problem with the row number as the spreadsheet shows it. Section headings and totals (a row with
  text but no lesson number, «Итого») are not topics and are listed as skipped.
- `preview` / `import_plan`: the plan replaces the course's plan in one transaction with its audit entry;
  nothing is written unless every row is good.
- `fill_topics`: the lessons of the course in date order take the plan's topics in order, a topic of N
  hours filling N consecutive lessons. A lesson that already has a topic keeps it and still counts as its
  place in the plan (a teacher who wrote the first topics from the same plan keeps them, and the next
  lesson gets the next topic). A teacher's lessons past the entry window are left alone, as
  `journal.update_lesson` would refuse them; the deputy fills those too.
- `template_path` / `save_template`: the shipped blank template.

Rights: the course's teacher (`edit_journal`, own course) and the deputy (`edit_journal`, every course).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.rights import Action, permits
from ...paths import resource_dirs
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Course,
    Lesson,
    SchoolClass,
    Subgroup,
    Subject,
    ThematicPlanItem,
    YearStatus,
)
from ..access import audit, settings
from ..access.actor import Actor
from ..access.guard import course_relation, require, unit
from ..errors import ServiceError
from ..people.roster_import import Problem, RosterFileError, clean, heading_norm, read_table

__all__ = [
    "FIELD_LABELS", "FillReport", "PlanFile", "PlanFileError", "PlanImportError", "PlanImportResult", "PlanItem",
    "PlanPreview", "PlanRow", "Problem", "fill_topics", "import_plan", "plan_items", "preview", "read_plan",
    "save_template", "template_path",
]

HEADING_SEARCH_ROWS = 20
MAX_HOURS = 99
MAX_TOPIC = 1000
TEMPLATE_NAME = "thematic_plan_template.xlsx"
FIELD_LABELS = {"number": "№", "topic": "Тема урока", "hours": "Количество часов"}


class PlanFileError(ServiceError):
    """The file as a whole cannot be read as a plan (format, no heading row)."""


class PlanImportError(ServiceError):
    """Nothing was written: rows of the file are bad (`problems`)."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()):
        super().__init__(message)
        self.problems = list(problems)


# --- plain data --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanRow:
    row: int              # as the spreadsheet shows it
    number: str           # the lesson number as written («5», «5-6»), "" when the file has none
    topic: str
    hours: int


@dataclass
class PlanFile:
    path: Path
    sheet: str
    heading_rows: tuple[int, ...]
    columns: dict[str, str]                         # field → the heading as written
    rows: list[PlanRow]
    problems: list[Problem]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, text): sections and totals
    bad: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # row → (№, topic, hours) as written

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def hours(self) -> int:
        return sum(r.hours for r in self.rows)

    @property
    def bad_rows(self) -> set[int]:
        return {p.row for p in self.problems}


@dataclass(frozen=True)
class PlanPreview:
    file: PlanFile
    course: str           # «5А, Математика»
    lessons: int          # lessons of the course in the journal
    lessons_with_topic: int

    @property
    def notes(self) -> list[str]:
        out = []
        if self.file.ok and self.lessons and self.file.hours != self.lessons:
            out.append(f"В плане {self.file.hours} ч, а уроков в журнале {self.lessons}: "
                       + ("последние темы не поместятся." if self.file.hours > self.lessons
                          else f"последние {self.lessons - self.file.hours} уроков останутся без темы из плана."))
        return out


@dataclass(frozen=True)
class PlanItem:
    position: int
    topic: str
    hours: int


@dataclass(frozen=True)
class PlanImportResult:
    items: int
    hours: int
    replaced: int         # items of the previous plan

    def as_dict(self) -> dict:
        return {"items": self.items, "hours": self.hours, "replaced": self.replaced}


@dataclass(frozen=True)
class FillReport:
    filled: int           # lessons that got a topic from the plan
    kept: int             # lessons that already had a topic, left alone
    closed: int           # past the teacher's entry window, left alone
    without_plan: int     # lessons after the plan's last hour, left empty
    unused_hours: int     # hours of the plan beyond the last lesson
    lessons: tuple[int, ...] = ()  # ids of the lessons filled

    def summary(self) -> str:
        text = f"Заполнено тем уроков: {self.filled}; оставлено как было (тема уже есть): {self.kept}."
        if self.closed:
            text += f" Не заполнено (срок заполнения урока истёк): {self.closed}."
        if self.without_plan:
            text += f" Уроков после конца плана: {self.without_plan}."
        if self.unused_hours:
            text += f" Часов плана сверх уроков журнала: {self.unused_hours}."
        return text

    def as_dict(self) -> dict:
        return {"filled": self.filled, "kept": self.kept, "closed": self.closed,
                "without_plan": self.without_plan, "unused_hours": self.unused_hours}


# --- headings ------------------------------------------------------------------------------------------------------

_NUMBER_HEADINGS = {"п п", "пп", "n", "no", "номер", "номер урока", "номер п п", "урок", "номер занятия", "n п п"}
_SUB_HEADINGS = ("всего", "контр", "практ", "теор", "лаборат", "к р", "пр р", "л р", "в том числе", "из них")


def classify_heading(value) -> str | None:
    raw = clean(value).casefold()
    h = heading_norm(value)
    if not raw:
        return None
    if raw.startswith("№") or raw in ("#",) or h in _NUMBER_HEADINGS:
        return "number"
    words = h.split()
    if not words:
        return None
    if "дат" in h or "примечан" in h or "домашн" in h or "вид контрол" in h or "корректир" in h:
        return None
    if "час" in h or h in ("кол во", "количество"):
        return "hours"
    if words[0].startswith("тем") or "тема" in words or "темы" in words or h.startswith(
            ("наименование", "содержание", "раздел и тема", "название")):
        return "topic"
    return None


@dataclass
class _Layout:
    heading_rows: tuple[int, ...]  # 0-based
    columns: dict[str, int]
    headings: dict[str, str]
    first_data: int                # 0-based


def _cell(row: Sequence, c: int | None):
    return row[c] if c is not None and c < len(row) else None


def _find_layout(rows: list[list]) -> _Layout | None:
    best, best_fields = None, {}
    for index, row in enumerate(rows[:HEADING_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for c, value in enumerate(row):
            f = classify_heading(value)
            if f and f not in found:
                found[f] = c
        if "topic" in found and len(found) >= 2 and len(found) > len(best_fields):
            best, best_fields = index, found
    if best is None:
        return None
    head = rows[best]
    headings = {f: clean(head[c]) for f, c in best_fields.items()}
    heading_rows = [best]
    first = best + 1
    sub = rows[best + 1] if best + 1 < len(rows) else []
    sub_words = {c: heading_norm(v) for c, v in enumerate(sub) if clean(v)}
    if sub_words and all(any(w.startswith(s) or s in w for s in _SUB_HEADINGS) for w in sub_words.values()):
        # «Количество часов» merged over sub-columns: «всего», «контрольные»…; the hours are «всего».
        heading_rows.append(best + 1)
        first += 1
        hours = best_fields.get("hours")
        if hours is not None:
            span, c = [hours], hours + 1
            while c < max(len(head), len(sub)) and not clean(_cell(head, c)):
                span.append(c)
                c += 1
            total = next((c for c in span if sub_words.get(c, "").startswith("всего")), None)
            if total is not None:
                best_fields["hours"] = total
                headings["hours"] = f"{headings['hours']} / {clean(sub[total])}"
    if first < len(rows) and _is_numbering(rows[first]):
        first += 1
    return _Layout(tuple(heading_rows), best_fields, headings, first)


def _is_numbering(row: Sequence) -> bool:
    """The row of column numbers (1, 2, 3) that printed forms put under the heading."""
    values = [clean(v) for v in row if clean(v)]
    if len(values) < 3:
        return False
    try:
        numbers = [int(v) for v in values]
    except ValueError:
        return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# --- values --------------------------------------------------------------------------------------------------------

_RANGE = re.compile(r"^(\d{1,3})\s*[-–—]\s*(\d{1,3})$")
_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:ч|час|часа|часов)?\.?$")
_TOTAL = re.compile(r"^(итого|всего)\b", re.IGNORECASE)
_SECTION = re.compile(r"^(раздел|глава|модуль|блок)\b", re.IGNORECASE)


def _number(value) -> tuple[str, int | None]:
    """(text, span): «5» → ("5", 1); «5-6» → ("5-6", 2); "" → ("", None). ValueError when not a number."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean(value)
    if not text:
        return "", None
    m = _NUMBER.match(text)
    if m:
        return m.group(1), 1
    m = _RANGE.match(text)
    if m and int(m.group(1)) <= int(m.group(2)):
        return f"{int(m.group(1))}-{int(m.group(2))}", int(m.group(2)) - int(m.group(1)) + 1
    raise ValueError(f"«{text}» — не номер урока (нужно число, например 5, или «5-6» для темы на два урока)")


def _hours(value) -> int | None:
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    if isinstance(value, bool):
        raise ValueError(f"«{clean(value)}» — не число")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        m = _HOURS.match(clean(value).casefold())
        if not m:
            raise ValueError(f"«{clean(value)}» — не число часов")
        number = float(m.group(1).replace(",", "."))
    if not number.is_integer() or not 1 <= number <= MAX_HOURS:
        raise ValueError(f"«{clean(value)}» — нужно целое число часов от 1 до {MAX_HOURS}: тема занимает целые уроки")
    return int(number)


def read_plan(path: str | Path) -> PlanFile:
    """Read a КТП file (.xlsx, .xls, .xlsb, .ods or .csv): every topic with its hours and every row's problems."""
    path = Path(path)
    try:
        sheets, _kind, _encoding, _delimiter = read_table(path)
    except RosterFileError as exc:
        raise PlanFileError(str(exc)) from None
    for sheet in sheets:
        layout = _find_layout(sheet.rows)
        if layout is not None:
            break
    else:
        raise PlanFileError(
            f"В файле {path.name} не найдена строка заголовков КТП: нужны столбцы «Тема урока» (или «Тема») и "
            f"«Количество часов» (или «Часы», «№»). Возьмите за образец шаблон («Сохранить шаблон…»).")
    cols = layout.columns
    plan = PlanFile(path, sheet.name, tuple(r + 1 for r in layout.heading_rows), dict(layout.headings), [], [])
    # A № column in use (numbers in most rows): a row without a number is a section heading or a total.
    filled = [r for r in sheet.rows[layout.first_data:] if clean(_cell(r, cols["topic"]))]
    numbered = sum(1 for r in filled if _NUMBER.match(clean(_cell(r, cols.get("number"))))
                   or _RANGE.match(clean(_cell(r, cols.get("number")))))
    has_numbers = "number" in cols and numbered * 2 >= len(filled) > 0
    label = {f: plan.columns.get(f, FIELD_LABELS[f]).split(" / ")[0] for f in FIELD_LABELS}
    for index in range(layout.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        n = index + 1
        number_raw, topic, hours_raw = _cell(row, cols.get("number")), clean(_cell(row, cols["topic"])), \
            _cell(row, cols.get("hours"))
        if not (clean(number_raw) or topic or clean(hours_raw)):
            continue
        problems = []
        try:
            number, span = _number(number_raw)
        except ValueError as exc:
            problems.append(Problem(n, label["number"], str(exc), plan.sheet))
            number, span = clean(number_raw), None
        if not problems and (_TOTAL.match(topic) or (has_numbers and not number and topic)
                             or (not has_numbers and _SECTION.match(topic))):
            plan.skipped.append((n, topic))
            continue
        if not topic:
            problems.append(Problem(n, label["topic"], "пусто: у урока должна быть тема", plan.sheet))
        elif len(topic) > MAX_TOPIC:
            problems.append(Problem(n, label["topic"], f"длиннее {MAX_TOPIC} знаков", plan.sheet))
        hours = None
        try:
            hours = _hours(hours_raw)
        except ValueError as exc:
            problems.append(Problem(n, label["hours"], str(exc), plan.sheet))
        if problems:
            plan.problems += problems
            plan.bad[n] = (clean(number_raw), topic, clean(hours_raw))
            continue
        plan.rows.append(PlanRow(n, number, topic, hours if hours is not None else (span or 1)))
    if not plan.rows and not plan.problems:
        plan.problems.append(Problem(layout.heading_rows[-1] + 1, "", "под заголовком нет ни одной темы", plan.sheet))
    return plan


# --- the use cases ------------------------------------------------------------------------------------------------

def _course_title(session: Session, course: Course) -> str:
    subject = session.get(Subject, course.subject_id)
    cls = session.get(SchoolClass, course.school_class_id) if course.school_class_id else None
    group = session.get(Subgroup, course.subgroup_id) if course.subgroup_id else None
    what = course.name or subject.name
    if group is not None:
        what += f" ({group.name})"
    return ", ".join(p for p in (cls.label if cls else "", what) if p)


def _editable_course(session: Session, actor: Actor, course_id: int) -> tuple[Course, bool]:
    """The course, when the actor may edit its journal; and whether the actor edits every course."""
    own, own_class = course_relation(session, actor, course_id)
    course = session.get(Course, course_id)
    title = _course_title(session, course)
    require(actor, Action.edit_journal, own=own, own_class=own_class, detail=title)
    year = session.get(AcademicYear, course.academic_year_id)
    if year.status is YearStatus.closed:
        raise ServiceError(f"Учебный год закрыт: журнал «{title}» доступен только для просмотра и печати.")
    message = rules.course_locked(course.locked)
    if message:
        raise ServiceError(message)
    return course, permits(actor.roles, Action.edit_journal)


def plan_items(db: Database, actor: Actor, course_id: int) -> list[PlanItem]:
    """The course's plan as stored, in order."""
    with unit(db, actor) as session:
        own, own_class = course_relation(session, actor, course_id)
        require(actor, Action.view_journal, own=own, own_class=own_class, detail="КТП")
        return [PlanItem(i.position, i.topic, int(i.hours)) for i in session.scalars(
            select(ThematicPlanItem).where(ThematicPlanItem.course_id == course_id)
            .order_by(ThematicPlanItem.position))]


def preview(db: Database, actor: Actor, course_id: int, path: str | Path) -> PlanPreview:
    """What an import would bring, with each bad row named; writes nothing."""
    with unit(db, actor) as session:
        course, _school = _editable_course(session, actor, course_id)
        title = _course_title(session, course)
        topics = list(session.scalars(select(Lesson.topic).where(Lesson.course_id == course_id)))
    return PlanPreview(read_plan(path), title, len(topics), sum(1 for t in topics if t.strip()))


def import_plan(db: Database, actor: Actor, course_id: int, path: str | Path) -> PlanImportResult:
    """Replace the course's plan by the file's; nothing is written unless every row is good."""
    plan = read_plan(path)
    if plan.problems:
        rows = len(plan.bad_rows)
        raise PlanImportError(f"КТП не загружен: в файле {plan.path.name} ошибки в {rows} "
                              f"{'строке' if rows == 1 else 'строках'}; исправьте их и загрузите файл снова.",
                              plan.problems)
    with unit(db, actor) as session:
        _editable_course(session, actor, course_id)
        old = list(session.scalars(select(ThematicPlanItem).where(ThematicPlanItem.course_id == course_id)
                                   .order_by(ThematicPlanItem.position)))
        session.execute(delete(ThematicPlanItem).where(ThematicPlanItem.course_id == course_id))
        for position, row in enumerate(plan.rows, start=1):
            session.add(ThematicPlanItem(course_id=course_id, position=position, topic=row.topic, hours=row.hours))
        audit.record(session, actor.account_id, "replace", "thematic_plan", course_id,
                     old={"items": len(old), "hours": sum(i.hours for i in old)} if old else None,
                     new={"file": plan.path.name, "items": len(plan.rows), "hours": plan.hours,
                          "topics": [[r.topic, r.hours] for r in plan.rows]})
        session.flush()
        return PlanImportResult(len(plan.rows), plan.hours, len(old))


def fill_topics(db: Database, actor: Actor, course_id: int, now: dt.datetime | None = None) -> FillReport:
    """Fill the empty lesson topics from the stored plan, in order (see the module's notes)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    today = now.astimezone().date()
    with unit(db, actor) as session:
        course, school = _editable_course(session, actor, course_id)
        items = list(session.scalars(select(ThematicPlanItem).where(ThematicPlanItem.course_id == course_id)
                                     .order_by(ThematicPlanItem.position)))
        if not items:
            raise ServiceError(f"У курса «{_course_title(session, course)}» нет КТП: сначала импортируйте план.")
        slots = [item.topic for item in items for _ in range(max(1, int(item.hours)))]
        lessons = list(session.scalars(select(Lesson).where(Lesson.course_id == course_id)
                                       .order_by(Lesson.date, Lesson.number)))
        window = settings.get(session, "entry_window_days")
        filled, kept, closed = [], 0, 0
        for lesson, topic in zip(lessons, slots):
            if lesson.topic.strip():
                kept += 1
                continue
            if not school and rules.lesson_details_window_closed(lesson.date, today, window):
                closed += 1
                continue
            lesson.topic = topic
            audit.record(session, actor.account_id, "update", "lesson", lesson.id, old={"topic": ""},
                         new={"topic": topic, "source": "thematic_plan"}, at=now)
            filled.append(lesson.id)
        session.flush()
        return FillReport(len(filled), kept, closed, max(0, len(lessons) - len(slots)),
                          max(0, len(slots) - len(lessons)), tuple(filled))


# --- the template ------------------------------------------------------------------------------------------------------

def template_path() -> Path:
    candidates = [folder / TEMPLATE_NAME for folder in resource_dirs("templates")]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Шаблон {TEMPLATE_NAME} не найден; искали: " + "; ".join(str(c) for c in candidates))


def save_template(path: str | Path) -> Path:
    """Save the blank КТП template where the user chose (an .xlsx suffix is added when missing)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        shutil.copyfile(template_path(), path)
    except OSError as exc:
        raise ServiceError(f"Шаблон не сохранён в {path}: {exc.strerror or exc}") from None
    return path
