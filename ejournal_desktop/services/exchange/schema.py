"""The exchange file checked by its shipped JSON Schema (resources/exchange/ejournal-exchange.schema.json)
with the `jsonschema` library; each schema error becomes a Russian problem naming its JSON path
(`$.marks[12].pupil`), the way the journal's own messages read.

`SchemaCheck(schema, fields_of)` is built once per schema; `check(doc)` → (problems, bad) where `bad` holds
(section, index, field) of every value the schema refused, so that the caller converts only good values.
What a schema cannot say (references between sections, dates inside their year, unique keys) stays with
services/exchange.py.

Speed: a school's file holds hundreds of thousands of records, and `jsonschema` costs ~0.1 ms per record.
So each record is checked by the section's schema in two parts whose results are remembered: the shape
(`required`, `additionalProperties`: by its set of keys) and each value (by the value itself; a string
whose schema constrains only its length, by its length). Both parts are the shipped schema's own
keywords, applied by `jsonschema`; nothing here restates them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

__all__ = ["SchemaCheck"]

_TYPE_NAMES = {dict: "объект", list: "список", str: "строка", int: "целое число", float: "число",
               bool: "логическое значение", type(None): "null"}
_LENGTH_ONLY = {"type", "minLength", "maxLength", "description", "default"}
CHECKED_FORMATS = ("date",)  # date-time is checked where it is converted (it needs no extra package there)


def type_name(value) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _path(base: str, parts: Iterable) -> str:
    out = base
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _is_length_only(schema: dict) -> bool:
    """The schema of a string decides by its length alone (a format the checker does not check is no rule)."""
    if "anyOf" in schema:
        return all(_is_length_only(s) for s in schema["anyOf"])
    keys = set(schema) - ({"format"} if schema.get("format") not in CHECKED_FORMATS else set())
    return keys <= _LENGTH_ONLY


class SchemaCheck:
    """`fields_of[section][name]` gives the field's kind (see exchange.Field) for the wording of a message."""

    def __init__(self, schema: dict, fields_of: dict[str, dict[str, Any]], school_fields: dict[str, Any],
                 max_problems: int = 200):
        self.max_problems = max_problems
        self.fields_of = dict(fields_of, school=school_fields)
        checker = FormatChecker(formats=list(CHECKED_FORMATS))
        make: Callable[[dict], Draft202012Validator] = lambda s: Draft202012Validator(s, format_checker=checker)
        defs = dict(schema.get("$defs", {}), school=schema["properties"]["school"])
        top = dict(schema)
        top["properties"] = {n: ({"type": "array"} if n in schema.get("$defs", {}) else s)
                             for n, s in schema["properties"].items() if n != "school"} | {"school": {"type": "object"}}
        self._top = make(top)
        self._shape: dict[str, Draft202012Validator] = {}
        self._value: dict[tuple[str, str], tuple[Draft202012Validator, bool]] = {}
        self._props: dict[str, dict] = {}
        for section, d in defs.items():
            props = d.get("properties", {})
            self._props[section] = props
            self._shape[section] = make({k: v for k, v in d.items() if k != "properties"}
                                        | {"properties": {n: True for n in props}})
            for name, sub in props.items():
                self._value[(section, name)] = (make(sub), _is_length_only(sub))
        self._shape_memo: dict[tuple, list[tuple[str, str]]] = {}
        self._value_memo: dict[tuple, list[tuple[tuple, str]]] = {}

    # --- the document ------------------------------------------------------------------------------------------

    def check(self, doc: dict) -> tuple[list[tuple[str, str]], set[tuple[str, int, str]]]:
        self.problems: list[tuple[str, str]] = []
        self.bad: set[tuple[str, int, str]] = set()
        try:
            self._check(doc)
        except _TooMany:
            pass
        return self.problems, self.bad

    def _add(self, path: str, message: str) -> None:
        self.problems.append((path, message))
        if len(self.problems) >= self.max_problems:
            raise _TooMany

    def _check(self, doc: dict) -> None:
        for e in self._top.iter_errors(doc):
            where = _path("$", e.absolute_path)
            if e.validator == "required":
                for name in e.validator_value:
                    if name not in doc:
                        self._add(f"$.{name}", f"нет раздела {name} (школа)" if name == "school"
                                  else "обязательное поле отсутствует")
            elif e.validator == "additionalProperties":
                for name in sorted(set(doc) - set(e.schema.get("properties", {}))):
                    self._add(f"$.{name}", "неизвестный раздел")
            elif e.validator == "type":
                self._add(where, f"ожидается {'список' if e.validator_value == 'array' else 'строка' if e.validator_value == 'string' else 'объект'}, "
                                 f"а не {type_name(e.instance)}")
            else:
                self._add(where, e.message)
        if isinstance(doc.get("school"), dict):
            self._record("school", -1, doc["school"], "$.school")
        elif "school" in doc:
            self._add("$.school", f"ожидается объект, а не {type_name(doc['school'])}")
        for section in self._props:
            records = doc.get(section)
            if section == "school" or not isinstance(records, list):
                continue
            base = f"$.{section}"
            for i, rec in enumerate(records):
                self._record(section, i, rec, f"{base}[{i}]")

    def _record(self, section: str, index: int, rec, path: str) -> None:
        if rec.__class__ is not dict:
            self._add(path, f"ожидается объект, а не {type_name(rec)}")
            return
        keys = tuple(rec)
        shape = self._shape_memo.get((section, keys))
        if shape is None:
            shape = []
            for e in self._shape[section].iter_errors(rec):
                if e.validator == "required":
                    shape += [(n, "обязательное поле отсутствует") for n in e.validator_value if n not in rec]
                elif e.validator == "additionalProperties":
                    shape += [(n, "неизвестное поле") for n in rec if n not in self._props[section]]
                else:
                    shape.append(("", e.message))
            shape = list(dict.fromkeys(shape))
            self._shape_memo[(section, keys)] = shape
        for name, message in shape:
            self._add(f"{path}.{name}" if name else path, message)
        props = self._props[section]
        memo = self._value_memo
        for name, value in rec.items():
            if name not in props:
                continue
            validator, by_length = self._value[(section, name)]
            cls = value.__class__
            if cls is list or cls is dict:
                found = self._value_errors(section, name, validator, value)
            else:
                key = (section, name, cls, len(value) if by_length and cls is str else value)
                found = memo.get(key)
                if found is None:
                    found = memo[key] = self._value_errors(section, name, validator, value)
            if found:
                self.bad.add((section, index, name))
                for rel, message in found:
                    self._add(_path(f"{path}.{name}", rel), message)

    # --- one value -----------------------------------------------------------------------------------------------

    def _value_errors(self, section: str, name: str, validator: Draft202012Validator, value) -> list[tuple[tuple, str]]:
        field = self.fields_of[section][name]
        out: list[tuple[tuple, str]] = []
        for e in validator.iter_errors(value):
            out += self._messages(e, field, value)
        return list(dict.fromkeys(out))

    def _messages(self, e, field, root) -> list[tuple[tuple, str]]:
        rel = tuple(e.absolute_path)
        f = field
        for part in rel:
            if isinstance(part, str) and getattr(f, "item", None):
                f = f.item.get(part, f)
        kind = f.kind if not (rel and isinstance(rel[-1], int) and f.kind == "refs") else "ref"
        v = e.instance
        k = e.validator
        if k == "anyOf":  # an optional field: [its schema, null]; the value is not null, so the first failed
            inner = [c for c in (e.context or []) if c.schema_path and c.schema_path[0] == 0]
            out: list[tuple[tuple, str]] = []
            for c in inner:
                out += self._messages(c, field, root)
            return out or [(rel, e.message)]
        if k == "type":
            if v is None:
                return [(rel, "обязательное поле равно null")]
            message = {
                "ref": f"ожидается id (строка), а не {type_name(v)}",
                "code": f"ожидается id (строка), а не {type_name(v)}",
                "date": f"ожидается дата ГГГГ-ММ-ДД, а не «{v}»",
                "time": f"ожидается время ЧЧ:ММ, а не «{v}»",
                "datetime": f"ожидается момент времени ISO 8601 с поясом (2026-11-27T10:15:00Z), а не «{v}»",
                "int": f"ожидается целое число, а не «{v}»",
                "num": f"ожидается число, а не «{v}»",
                "bool": f"ожидается true или false, а не «{v}»",
                "refs": f"ожидается список id, а не {type_name(v)}",
                "objects": f"ожидается список, а не {type_name(v)}",
            }.get(kind, f"ожидается строка, а не {type_name(v)}")
            if e.validator_value == "object":
                message = f"ожидается объект, а не {type_name(v)}"
            return [(rel, message)]
        if k in ("minLength", "pattern") and kind in ("str", "text", "key", "ref", "code"):
            return [(rel, "пустая строка в обязательном поле")]
        if k == "pattern" and kind == "date":
            return [(rel, f"ожидается дата ГГГГ-ММ-ДД, а не «{v}»")]
        if k == "pattern" and kind == "time":
            return [(rel, f"ожидается время ЧЧ:ММ, а не «{v}»")]
        if k == "format" and kind == "date":
            return [(rel, f"нет такой даты: «{v}»")]
        if k == "maxLength":
            return [(rel, f"строка длиннее {e.validator_value} знаков ({len(v)})")]
        if k == "enum":
            return [(rel, f"недопустимое значение «{v}»: допустимы {', '.join(map(str, e.validator_value))}")]
        if k in ("minimum", "maximum"):
            shown = float(v) if kind == "num" else v
            word = "меньше" if k == "minimum" else "больше"
            return [(rel, f"значение {shown} {word} допустимого {e.validator_value:g}")]
        if k == "uniqueItems":
            seen: set = set()
            out = []
            for i, item in enumerate(v):
                if item in seen:
                    out.append((rel + (i,), f"«{item}» указан дважды"))
                seen.add(item)
            return out
        if k == "required":
            return [(rel + (n,), "обязательное поле отсутствует") for n in e.validator_value if n not in v]
        if k == "additionalProperties":
            known = e.schema.get("properties", {})
            return [(rel + (n,), "неизвестное поле") for n in v if n not in known]
        return [(rel, e.message)]


class _TooMany(Exception):
    pass
