"""Reading an exchange file and checking it without a database: JSON first (bounded), then the shipped
JSON Schema (schema.py), then by hand what a schema cannot say (references, unique keys, dates inside
their year, the cross-record rules); every problem named by section, record and field."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from ...domain import certificates, snils
from ...domain.grading import EXEMPT, NOT_ASSESSED
from ...storage.models import (
    PeriodMarkKind,
)
from .. import input_limits, text_rules
from .schema import SchemaCheck, type_name
from .schema import _TooMany as _SchemaTooMany
from .sections import (
    FORMAT,
    MAX_PROBLEMS,
    SCHOOL_FIELDS,
    SECTION_BY_NAME,
    SECTIONS,
    VERSION,
    ExchangeError,
    Field,
    Problem,
    Section,
    json_schema,
    schema_path,
)

_TooMany = _SchemaTooMany


def _type_name(value) -> str:
    return type_name(value)


def read_document(path: str | Path) -> dict:
    """The file's JSON object; ExchangeError (path `$`) when it is not JSON or not UTF-8."""
    path = Path(path)
    data = path.read_bytes()
    return parse_document(data, path.name)


def parse_document(data: bytes, name: str = "файл") -> dict:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"Файл {name} не в кодировке UTF-8 (байт {exc.start}): это не файл обмена журнала.",
                            [Problem("$", f"не в кодировке UTF-8 (байт {exc.start})")]) from None
    try:
        doc = input_limits.load_json(text, name)
    except input_limits.InputRefused as exc:
        raise ExchangeError(str(exc), [Problem("$", str(exc))]) from None
    except json.JSONDecodeError as exc:
        where = f"строка {exc.lineno}, столбец {exc.colno}"
        raise ExchangeError(f"Файл {name} повреждён или не является JSON: {where} ({exc.msg}). Ничего не записано.",
                            [Problem("$", f"ошибка JSON: {where} ({exc.msg})")]) from None
    if not isinstance(doc, dict):
        raise ExchangeError(f"Файл {name} — не файл обмена журнала: в нём {_type_name(doc)}, а не объект.",
                            [Problem("$", f"ожидается объект, а не {_type_name(doc)}")])
    return doc


_SCHEMA_CHECK: SchemaCheck | None = None


def _schema_check() -> SchemaCheck:
    """The shipped schema's checker, built once (the file is what other programs validate by, too)."""
    global _SCHEMA_CHECK
    if _SCHEMA_CHECK is None:
        path = schema_path()
        schema = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else json_schema()
        _SCHEMA_CHECK = SchemaCheck(schema, {s.name: s.fields for s in SECTIONS}, SCHOOL_FIELDS, MAX_PROBLEMS)
    return _SCHEMA_CHECK


class _Validator:
    """Checks a loaded document in place. The structure (types, required fields, lengths, enumerations,
    date formats) is checked by the shipped JSON Schema (exchange_schema); here only what a schema cannot
    say: references between sections, unique keys, dates inside their year, and the cross-record rules.
    Good values become Python values (dates, times, enums), a refused one its field's default; refs are
    resolved to record indexes (`self.index[section][key]`)."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.problems: list[Problem] = []
        self.index: dict[str, dict[str, int]] = {}
        self._dates: dict[str, dt.date] = {}
        self._bad: set[tuple[str, int, str]] = set()

    def bad(self, path, message: str) -> None:
        self.problems.append(Problem(str(path), message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooMany

    # one value that the schema let through
    def value(self, f: Field, value, base: str, name: str | None = None):
        k = f.kind
        if value is None:
            return f.default
        if k in ("str", "text", "key"):  # the schema checked type and length; here what it cannot see
            problem = text_rules.text_problem(value, multiline=k == "text")
            if problem is None and name in ("surname", "name", "patronymic") and value:
                problem = text_rules.name_problem(value)
            if problem:
                self.bad(f"{base}.{name}" if name else base, problem)
            return value
        if k in ("ref", "code"):
            if value not in self.index.get(f.ref, {}):
                what = "кода" if k == "code" else "id"
                self.bad(f"{base}.{name}" if name else base, f"нет записи с {what} «{value}» в разделе {f.ref} "
                         f"({SECTION_BY_NAME[f.ref].label.lower()})")
                return None
            return value
        if k == "date":
            d = self._dates.get(value)
            if d is None:
                d = self._dates[value] = dt.date.fromisoformat(value)
            return d
        if k == "datetime":
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                moment = None
            if moment is None or moment.tzinfo is None:
                self.bad(f"{base}.{name}", f"ожидается момент времени ISO 8601 с поясом "
                                           f"(2026-11-27T10:15:00Z), а не «{value}»")
                return None
            return moment.astimezone(dt.timezone.utc)
        if k == "time":
            return dt.time.fromisoformat(value)
        if k == "enum":
            return f.enum[value] if f.by_name else f.enum(value)
        if k == "int":
            return int(value)
        if k == "num":
            if not math.isfinite(float(value)):
                self.bad(f"{base}.{name}" if name else base, f"число «{value}» не конечно (бесконечность или NaN)")
                return f.default
            return float(value)
        if k == "refs":
            ref = Field("ref", required=True, ref=f.ref)
            out = [self.value(ref, v, f"{base}.{name}[{i}]") for i, v in enumerate(value)]
            return [v for v in out if v is not None]
        if k == "objects":
            for i, item in enumerate(value):
                self.record(f.item, item, f"{base}.{name}[{i}]")
            return value
        return value

    def record(self, fields: dict[str, Field], rec, path: str, section: str = "", index: int = -1) -> bool:
        """Convert one record in place; False when it is not an object at all."""
        if rec.__class__ is not dict:
            return False
        bad = self._bad
        for name, f in fields.items():
            kind = f.kind
            if name in rec and (section, index, name) not in bad:
                v = rec[name]
                if kind in ("str", "text", "key", "bool") and v is not None:
                    continue
                if (kind == "ref" or kind == "code") and v in self.index.get(f.ref, ()):
                    continue
                rec[name] = self.value(f, v, path, name)
            elif name in rec or f.required:  # refused by the schema (or missing): named there already
                rec[name] = [] if kind == "refs" or kind == "objects" else None if f.required else f.default
            else:
                rec[name] = [] if kind == "refs" or kind == "objects" else f.default
        return True

    # the document
    def run(self) -> list[Problem]:
        try:
            self._run()
        except _TooMany:
            pass
        return self.problems

    def _run(self) -> None:
        doc = self.doc
        fmt, version = doc.get("format"), doc.get("version")
        # which schema applies: the envelope is checked first, a file of another format or version is not read
        if fmt != FORMAT:
            self.bad("$.format", f"это не файл обмена электронного журнала: ожидается «{FORMAT}», "
                                 f"а не «{fmt}»" if fmt is not None else
                     f"нет поля format: это не файл обмена электронного журнала (ожидается «{FORMAT}»)")
            return
        if isinstance(version, bool) or not isinstance(version, int):
            self.bad("$.version", f"версия формата — целое число, а не «{version}»")
            return
        if version != VERSION:
            newer = version > VERSION
            self.bad("$.version", f"версия формата {version} не поддерживается: программа читает версию {VERSION}"
                     + ("; обновите программу" if newer else ""))
            return
        found, self._bad = _schema_check().check(doc)
        for path, message in found:
            self.bad(path, message)
        if isinstance(doc.get("school"), dict):
            self.record(SCHOOL_FIELDS, doc["school"], "$.school", "school")
        for section in SECTIONS:
            self._section(section)

    def _section(self, s: Section) -> None:
        doc = self.doc
        records = doc.get(s.name)
        path = f"$.{s.name}"
        if not isinstance(records, list):
            doc[s.name] = records = []
        key = s.key
        index: dict[str, int] = {}
        self.index[s.name] = index
        for i, rec in enumerate(records):
            p = f"{path}[{i}]"
            if not self.record(s.fields, rec, p, s.name, i):
                continue
            rec["_path"] = p
            if key is not None:
                k = rec.get(key)
                if k is None:
                    continue
                if k in index:
                    self.bad(f"{p}.{key}", f"«{k}» повторяет {key} записи {path}[{index[k]}]")
                    continue
                index[k] = i
        check = getattr(self, f"_check_{s.name}", None)
        if check is not None:
            check(records)

    # cross-record checks
    def _rec(self, section: str, key: str | None) -> dict | None:
        if key is None:
            return None
        i = self.index[section].get(key)
        return None if i is None else self.doc[section][i]

    def _unique(self, records, what: str, fn) -> None:
        seen: dict[tuple, str] = {}
        for r in records:
            if not isinstance(r, dict) or "_path" not in r:
                continue
            k = fn(r)
            if k is None or None in k:
                continue
            if k in seen:
                self.bad(r["_path"], f"{what} уже есть в {seen[k]}")
            else:
                seen[k] = r["_path"]

    def _dates_order(self, r: dict, first: str, second: str) -> None:
        a, b = r.get(first), r.get(second)
        if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a:
            self.bad(f"{r['_path']}.{second}", f"дата {b:%d.%m.%Y} раньше {first} {a:%d.%m.%Y}")

    def _grades(self, r: dict) -> None:
        a, b = r.get("grade_from"), r.get("grade_to")
        if isinstance(a, int) and isinstance(b, int) and a > b:
            self.bad(f"{r['_path']}.grade_to", f"параллели с {a} по {b}: конец раньше начала")

    def _check_grading_systems(self, records) -> None:
        for r in _ok(records):
            if not r["values"]:
                self.bad(f"{r['_path']}.values", "в системе оценивания нет ни одного значения")
            self._unique([dict(v, _path=f"{r['_path']}.values[{i}]") for i, v in enumerate(r["values"])
                          if isinstance(v, dict)], "такое значение", lambda v: (v.get("code"),))

    def _check_subjects(self, records) -> None:
        self._unique(records, "предмет с таким названием", lambda r: (r["name"],))

    def _check_bells(self, records) -> None:
        self._unique(records, "звонок с этим номером урока и сменой", lambda r: (r["shift"], r["lesson_number"]))
        for r in _ok(records):
            if r["starts_at"] and r["ends_at"] and r["ends_at"] <= r["starts_at"]:
                self.bad(f"{r['_path']}.ends_at", "урок кончается не позже, чем начинается")

    def _check_staff(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "hired_on", "dismissed_on")

    def _check_pupils(self, records) -> None:
        for r in _ok(records):
            if r["snils"]:
                try:
                    r["snils"] = snils.normalize(r["snils"])   # stored in one form: «123-456-789 01»
                except snils.SnilsError as exc:
                    self.bad(f"{r['_path']}.snils", f"«{r['snils']}»: {exc}")
        self._unique([r for r in _ok(records) if r["snils"]], "этот СНИЛС", lambda r: (r["snils"],))
        for r in _ok(records):
            self._unique([dict(g, _path=f"{r['_path']}.guardians[{i}]") for i, g in enumerate(r["guardians"])
                          if isinstance(g, dict)], "этот родитель", lambda g: (g.get("guardian"),))

    def _check_consents(self, records) -> None:
        for r in _ok(records):
            who = [n for n in ("pupil", "guardian", "staff") if r[n] is not None]
            if len(who) != 1:
                self.bad(r["_path"], "согласие даётся за одного человека: укажите ровно одно из pupil, guardian, "
                                     "staff")
            self._dates_order(r, "given_on", "withdrawn_on")

    def _check_academic_years(self, records) -> None:
        self._unique(records, "учебный год с этим start_year", lambda r: (r["start_year"],))

    def _check_periods(self, records) -> None:
        self._unique(records, "период с этим видом, номером и первой параллелью",
                     lambda r: (r["academic_year"], r["kind"], r["number"], r["grade_from"]))
        for r in _ok(records):
            self._dates_order(r, "start", "end")
            self._grades(r)
            self._in_year(r, "start", r["academic_year"])
            self._in_year(r, "end", r["academic_year"])

    def _check_holidays(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "start", "end")
            self._grades(r)

    def _in_year(self, r: dict, name: str, year_key: str | None) -> None:
        year, day = self._rec("academic_years", year_key), r.get(name)
        if year is None or not isinstance(day, dt.date) or not isinstance(year.get("start_year"), int):
            return
        y = year["start_year"]
        if not dt.date(y, 9, 1) - dt.timedelta(days=31) <= day <= dt.date(y + 1, 8, 31):
            self.bad(f"{r['_path']}.{name}", f"дата {day:%d.%m.%Y} вне {y}/{y + 1} учебного года")

    def _check_classes(self, records) -> None:
        self._unique(records, "класс с этой параллелью и буквой в этом году",
                     lambda r: (r["academic_year"], r["grade"], r["letter"]))

    def _check_enrollments(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "arrived_on", "departed_on")
            if r["departure_event"] is not None and r["departed_on"] is None:
                self.bad(f"{r['_path']}.departed_on", "указано событие выбытия, но нет даты выбытия")

    def _check_graduation_certificates(self, records) -> None:
        self._unique(records, "аттестат этого вида у этого ученика", lambda r: (r["pupil"], r["kind"]))
        self._unique(records, "бланк с этими серией и номером", lambda r: (r["series"] or "", r["number"]))
        grades = defaultdict(set)   # (pupil, year) → the grades of the classes the pupil was in that year
        for e in _ok(self.doc["enrollments"]):
            cls = self._rec("classes", e["class"])
            if cls is not None:
                grades[(e["pupil"], cls["academic_year"])].add(cls["grade"])
        for r in _ok(records):
            p = r["_path"]
            for problem in certificates.form_problems((r["series"] or "").strip(), (r["number"] or "").strip(),
                                                      (r["registration_number"] or "").strip()):
                self.bad(p, problem)
            year, kind = self._rec("academic_years", r["academic_year"]), r["kind"]
            if year is None or kind is None or not isinstance(year.get("start_year"), int):
                continue
            start, grade = year["start_year"], certificates.GRADE[kind.value]
            first, last = certificates.issue_window(start)
            if isinstance(r["issued_on"], dt.date) and not first <= r["issued_on"] <= last:
                self.bad(f"{p}.issued_on", f"дата выдачи {r['issued_on']:%d.%m.%Y} не в конце {start}/{start + 1} "
                                           "учебного года (май — декабрь)")
            if grade not in grades.get((r["pupil"], r["academic_year"]), set()):
                self.bad(f"{p}.kind", f"{certificates.NAMES[kind.value]} выдаётся ученику {grade} класса, а ученик "
                                      f"«{r['pupil']}» в {start}/{start + 1} учебном году не в {grade} классе")

    def _check_year_decisions(self, records) -> None:
        self._unique(records, "решение по этому ученику за этот год", lambda r: (r["academic_year"], r["pupil"]))

    def _check_subgroups(self, records) -> None:
        self._unique(records, "подгруппа с этим названием по этому предмету в этом классе",
                     lambda r: (r["class"], r["subject"], r["name"]))

    def _check_courses(self, records) -> None:
        for r in _ok(records):
            cls = self._rec("classes", r["class"])
            if cls is not None and cls["academic_year"] != r["academic_year"]:
                self.bad(f"{r['_path']}.class", f"класс «{r['class']}» из другого учебного года")
            sg = self._rec("subgroups", r["subgroup"])
            if sg is not None and r["class"] is not None and sg["class"] != r["class"]:
                self.bad(f"{r['_path']}.subgroup", f"подгруппа «{r['subgroup']}» из другого класса")

    def _check_timetable(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "valid_from", "valid_to")

    def _check_thematic_plans(self, records) -> None:
        self._unique(records, "тема с этим номером в этом курсе", lambda r: (r["course"], r["position"]))

    def _check_lessons(self, records) -> None:
        self._unique(records, "урок этого курса в этот день с этим номером",
                     lambda r: (r["course"], r["date"], r["number"]))
        courses = self.doc["courses"]
        course_index = self.index["courses"]
        for r in _ok(records):
            c = r["course"]
            if c is not None and r["date"] is not None:
                self._in_year(r, "date", courses[course_index[c]]["academic_year"])

    def _system_of_lesson(self) -> Callable[[str], tuple[str, frozenset[str]] | None]:
        systems = {g["code"]: frozenset(v.get("code") for v in g["values"] if isinstance(v, dict))
                   for g in _ok(self.doc["grading_systems"])}
        courses, lessons = self.doc["courses"], self.doc["lessons"]
        ci, li = self.index["courses"], self.index["lessons"]

        def course_system(course_key: str) -> tuple[str, frozenset[str]] | None:
            code = courses[ci[course_key]]["grading_system"]
            return None if code is None else (code, systems.get(code, frozenset()))

        self._course_system = course_system
        return lambda lesson_key: course_system(lessons[li[lesson_key]]["course"]) \
            if lessons[li[lesson_key]]["course"] is not None else None

    def _check_marks(self, records) -> None:
        system_of = self._system_of_lesson()
        cache: dict[str, tuple[str, frozenset[str]] | None] = {}
        for r in _ok(records):
            lesson, value = r["lesson"], r["value"]
            if lesson is None or value is None:
                continue
            if lesson not in cache:
                cache[lesson] = system_of(lesson)
            system = cache[lesson]
            if system is not None and value not in system[1]:
                self.bad(f"{r['_path']}.value", f"«{value}» нет в системе оценивания «{system[0]}» этого курса")

    def _check_attendance(self, records) -> None:
        self._unique(records, "отметка посещаемости этого ученика на этом уроке", lambda r: (r["lesson"], r["pupil"]))

    def _check_period_marks(self, records) -> None:
        self._unique(records, "итоговая отметка того же вида за тот же период",
                     lambda r: (r["course"], r["pupil"], r["kind"], r["period"] or ""))
        if not hasattr(self, "_course_system"):
            self._system_of_lesson()
        courses, periods = self.doc["courses"], self.doc["periods"]
        ci, pi = self.index["courses"], self.index["periods"]
        for r in _ok(records):
            kind, period = r["kind"], r["period"]
            if kind is PeriodMarkKind.period and period is None:
                self.bad(f"{r['_path']}.period", "у четвертной (полугодовой) отметки нужен период")
            elif kind is not None and kind is not PeriodMarkKind.period and period is not None:
                self.bad(f"{r['_path']}.period", f"у отметки вида {kind.value} периода не бывает")
            if r["course"] is None:
                continue
            if period is not None and periods[pi[period]]["academic_year"] != courses[ci[r["course"]]]["academic_year"]:
                self.bad(f"{r['_path']}.period", f"период «{period}» из другого учебного года, чем курс")
            system = self._course_system(r["course"])
            for name in ("value", "suggested_value"):
                v = r[name]
                if v is not None and system is not None and v not in system[1] and v not in (NOT_ASSESSED, EXEMPT):
                    self.bad(f"{r['_path']}.{name}", f"«{v}» нет в системе оценивания «{system[0]}» этого курса "
                                                      f"(и это не «{NOT_ASSESSED}» или «{EXEMPT}»)")

    def _check_journal_remarks(self, records) -> None:
        for r in _ok(records):
            self._dates_order(r, "inspected_on", "due_on")


def _ok(records) -> Iterator[dict]:
    return (r for r in records if isinstance(r, dict) and "_path" in r)


def validate(doc: dict) -> list[Problem]:
    """Check a loaded document in place (values become Python values); the problems, at most MAX_PROBLEMS."""
    return _Validator(doc).run()


def _counts(doc: dict) -> dict[str, int]:
    return {s.name: len(doc.get(s.name) or []) if isinstance(doc.get(s.name), list) else 0 for s in SECTIONS}
