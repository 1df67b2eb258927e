"""Password rules and temporary passwords that read unambiguously from a paper slip."""

from __future__ import annotations

import re
import secrets

MIN_LENGTH = 8
# No 0/O, 1/l/I, 5/S, 2/Z, 8/B: a parent copies it from paper.
_UNAMBIGUOUS = "abcdefghjkmnpqrstuvwxyz" + "ACDEFGHJKLMNPQRTUVWXY" + "34679"
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,49}$")


def temporary_password(length: int = 10) -> str:
    while True:
        pw = "".join(secrets.choice(_UNAMBIGUOUS) for _ in range(length))
        if password_problem(pw, "") is None:
            return pw


def password_problem(password: str, login: str) -> str | None:
    """A Russian message when the new password is too weak, else None."""
    if len(password) < MIN_LENGTH:
        return f"Пароль должен быть не короче {MIN_LENGTH} символов."
    if password.lower() == login.lower():
        return "Пароль не должен совпадать с логином."
    if not (re.search(r"[^\W\d_]", password) and re.search(r"\d", password)):
        return "Пароль должен содержать и буквы, и цифры."
    return None


def login_problem(login: str) -> str | None:
    if not _LOGIN.match(login):
        return ("Логин: от 3 до 50 символов — строчные латинские буквы, цифры, точка, дефис или "
                "подчёркивание; начинается с буквы или цифры.")
    return None
