"""Vietnamese mobile numbers: accept how people write them, store one form (+84…)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s.\-()]")
# Mobile numbers after the 2018 renumbering: 10 digits starting 03, 05, 07, 08 or 09. [0-9], not \d,
# which also takes full-width and other scripts' digits that no SMS gateway can dial.
_NATIONAL = re.compile(r"0[35789][0-9]{8}")


def normalise_phone(raw: str) -> str:
    """Return +84XXXXXXXXX for a valid Vietnamese mobile number, else raise ValidationError."""
    digits = _SEPARATORS.sub("", raw or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not _NATIONAL.fullmatch(digits):
        raise ValidationError(
            _("Số điện thoại không hợp lệ. Hãy nhập số di động Việt Nam gồm 10 chữ số, ví dụ 0912 345 678."),
            code="invalid_phone",
        )
    return "+84" + digits[1:]


def display_phone(stored: str) -> str:
    """+84912345678 -> 0912 345 678, the way people read numbers aloud."""
    national = "0" + stored[3:] if stored.startswith("+84") else stored
    return f"{national[:4]} {national[4:7]} {national[7:]}"
