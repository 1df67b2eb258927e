"""argparse's own words in Russian («использование:», «обязательные аргументы: …»): argparse looks its
messages up through gettext at run time, so they are answered from one table here, whatever the system's
language. Installed once by `install()`; a message not in the table stays as argparse wrote it."""

from __future__ import annotations

import argparse

__all__ = ["install"]

_MESSAGES = {
    "usage: ": "использование: ",
    "positional arguments": "позиционные аргументы",
    "options": "параметры",
    "optional arguments": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию программы и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "the following arguments are required: %s": "не указаны обязательные аргументы: %s",
    "unrecognized arguments: %s": "непонятные аргументы: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение: %(value)r (возможные: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "недопустимое значение (%(type)s): %(value)r",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "ignored explicit argument %r": "лишнее значение %r",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр %(option)s: подходят %(matches)s",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "unexpected option string: %s": "неожиданный параметр: %s",
    "%r is not callable": "%r нельзя вызвать",
}
_PLURALS = {
    ("expected %s argument", "expected %s arguments"): "нужно значений: %s",
}


def _gettext(message: str) -> str:
    return _MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _PLURALS.get((singular, plural)) or (singular if n == 1 else plural)


def install() -> None:
    argparse._ = _gettext
    argparse.ngettext = _ngettext
