"""СНИЛС, the pupil's insurance number (страховой номер индивидуального лицевого счёта): its form, its
check number, and how it is masked for those who may not see personal data.

The check number (the last two digits) of 123-456-789 01: the first nine digits times 9, 8, … 1, summed;
a sum under 100 is the check number, 100 and 101 give 00, a larger one is taken modulo 101 (and 100 gives
00 again). Numbers up to 001-001-998 were issued before the check existed and are not checked.
"""

from __future__ import annotations

import re

__all__ = ["SnilsError", "check_number", "mask", "normalize"]

_DIGITS = re.compile(r"\D")


class SnilsError(ValueError):
    """Not a СНИЛС: the message, in Russian, says why."""


def check_number(first_nine: str) -> int:
    total = sum(int(d) * w for d, w in zip(first_nine, range(9, 0, -1)))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    rest = total % 101
    return 0 if rest == 100 else rest


def normalize(text: str) -> str:
    """«123-456-789 01» from any spacing («12345678901», «123 456 789 01»); "" for an empty value;
    SnilsError for a wrong length or a wrong check number."""
    digits = _DIGITS.sub("", text or "")
    if not digits:
        return ""
    if len(digits) != 11:
        raise SnilsError(f"в СНИЛС 11 цифр, а не {len(digits)} (образец: 123-456-789 01)")
    body, check = digits[:9], int(digits[9:])
    if int(body) > 1001998 and check_number(body) != check:
        raise SnilsError(f"контрольное число СНИЛС не сходится: для {body[:3]}-{body[3:6]}-{body[6:]} оно "
                         f"{check_number(body):02d}, а указано {check:02d} — проверьте цифры")
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {digits[9:]}"


def mask(snils: str) -> str:
    """What those without the right to personal data see: «***-***-*** 01» (or "" when there is none)."""
    return f"***-***-*** {snils[-2:]}" if snils else ""
