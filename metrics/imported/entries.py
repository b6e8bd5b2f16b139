"""Reading and checking one imported figure, whether typed in a form, read from a spreadsheet cell or
passed by a script. Plain functions over plain data; every message is Vietnamese and says what to fix."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from metrics.imported.definitions import ImportedIndicator
from metrics.periods import FIRST_YEAR

MAX_WHOLE = 1_000_000_000  # far above any commune's figure: a larger number is a typing slip
_WHOLE = re.compile(r"[0-9]+|[0-9]{1,3}(\.[0-9]{3})+")
_DECIMAL = re.compile(r"[0-9]+([.,][0-9]+)?")
_NOT_WHOLE = _("Hãy ghi một số nguyên, ví dụ 1234 hoặc 1.234.")
_NOT_SCORE = _("Hãy ghi điểm là một số, ví dụ 85,5.")


def blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def whole_text(number) -> str:
    """1234567 as a Vietnamese report writes it: 1.234.567."""
    return f"{number:,}".replace(",", ".")


def parse_whole(raw) -> int | None:
    """A whole number as people type it or a spreadsheet holds it: 1234, 1.234, 1 234. None when blank.
    A comma is refused: in Vietnamese it marks decimals, so "1,234" is not a count."""
    if blank(raw):
        return None
    if isinstance(raw, bool):
        raise ValidationError(_NOT_WHOLE)
    if isinstance(raw, int | float | Decimal):
        if raw != int(raw):
            raise ValidationError(_("Hãy ghi số nguyên, không có phần thập phân."))
        number = int(raw)
    else:
        text = "".join(str(raw).split())
        if text.startswith("-") and _WHOLE.fullmatch(text[1:]):
            raise ValidationError(_("Không được là số âm."))
        if not _WHOLE.fullmatch(text):
            raise ValidationError(_NOT_WHOLE)
        number = int(text.replace(".", ""))
    if number < 0:
        raise ValidationError(_("Không được là số âm."))
    if number > MAX_WHOLE:
        raise ValidationError(_("Số quá lớn; hãy kiểm tra lại."))
    return number


def parse_score(raw) -> Decimal | None:
    """A score as typed (85,42 or 85.42) or held by a spreadsheet. None when blank."""
    if blank(raw):
        return None
    if isinstance(raw, bool):
        raise ValidationError(_NOT_SCORE)
    if isinstance(raw, int | Decimal):
        number = Decimal(raw)
    elif isinstance(raw, float):
        number = Decimal(str(raw))  # the float's shortest form: 85.42, not 85.4200000000000017…
    else:
        text = "".join(str(raw).split())
        if text.startswith("-"):
            raise ValidationError(_("Điểm không được là số âm."))
        if not _DECIMAL.fullmatch(text):
            raise ValidationError(_NOT_SCORE)
        number = Decimal(text.replace(",", "."))
    try:
        return number.quantize(Decimal("0.01")) if number == number.quantize(Decimal("0.01")) else number
    except InvalidOperation as error:
        raise ValidationError(_NOT_SCORE) from error


@dataclass(frozen=True)
class Entry:
    """One indicator's figure, checked: a ratio's two parts, a count (kept as numerator), or a score."""

    numerator: int | None = None
    denominator: int | None = None
    value: Decimal | None = None


def check_entry(indicator: ImportedIndicator, entry: Entry) -> None:
    """The rules a figure must meet; ValidationError keyed "numerator", "denominator" or "value"."""
    errors: dict[str, str] = {}
    parts = (entry.numerator, entry.denominator)
    if any(part is not None and not (isinstance(part, int) and 0 <= part <= MAX_WHOLE) for part in parts):
        errors["value"] = gettext("Số liệu phải là số nguyên không âm.")
    elif indicator.is_score:
        if entry.value is None or any(part is not None for part in parts):
            errors["value"] = gettext("Hãy nhập điểm.")
        elif not 0 <= entry.value <= indicator.maximum:
            errors["value"] = gettext("Điểm phải từ 0 đến %(maximum)s.") % {"maximum": indicator.maximum}
        elif entry.value != entry.value.quantize(Decimal("0.01")):
            errors["value"] = gettext("Điểm ghi tối đa 2 chữ số sau dấu phẩy.")
    elif indicator.is_ratio:
        if entry.value is not None:
            errors["numerator"] = gettext("Chỉ tiêu này nhập tử số và mẫu số, không nhập điểm.")
        elif entry.numerator is None:
            errors["numerator"] = gettext("Hãy nhập cả tử số (%(label)s).") % {"label": indicator.numerator}
        elif entry.denominator is None:
            errors["denominator"] = gettext("Hãy nhập cả mẫu số (%(label)s).") % {
                "label": indicator.denominator
            }
        elif entry.numerator > entry.denominator:
            errors["numerator"] = gettext(
                "Tử số (%(numerator)s) không được lớn hơn mẫu số (%(denominator)s)."
            ) % {"numerator": whole_text(entry.numerator), "denominator": whole_text(entry.denominator)}
    elif entry.numerator is None or entry.denominator is not None or entry.value is not None:
        errors["value"] = gettext("Hãy nhập số liệu.")
    if errors:
        raise ValidationError(errors)


def clean_entry(
    indicator: ImportedIndicator, *, numerator=None, denominator=None, value=None
) -> Entry | None:
    """Parse and check what was given for one indicator: a ratio's `numerator` and `denominator`, a
    count's or a score's `value`. None when nothing was given."""
    errors: dict[str, list[str]] = {}

    def parse(key, raw, parser):
        try:
            return parser(raw)
        except ValidationError as error:
            errors[key] = error.messages
            return None

    if indicator.is_ratio:
        entry = Entry(
            parse("numerator", numerator, parse_whole), parse("denominator", denominator, parse_whole)
        )
        stray = [value]
    elif indicator.is_score:
        entry = Entry(value=parse("value", value, parse_score))
        stray = [numerator, denominator]
    else:
        entry = Entry(numerator=parse("value", value, parse_whole))
        stray = [numerator, denominator]
    if not all(blank(raw) for raw in stray):
        key = "numerator" if indicator.is_ratio else "value"
        errors.setdefault(key, [gettext("Chỉ tiêu này không có ô số liệu đó.")])
    if errors:
        raise ValidationError(errors)
    if entry == Entry():
        return None
    check_entry(indicator, entry)
    return entry


def first_of_month(month) -> dt.date:
    if isinstance(month, dt.datetime):
        month = timezone.localtime(month).date() if timezone.is_aware(month) else month.date()
    return month.replace(day=1)


def check_month(month) -> dt.date:
    """The month as its first day; ValidationError if it has not begun or is before records began."""
    first = first_of_month(month)
    if first > timezone.localdate().replace(day=1):
        raise ValidationError(
            gettext("Tháng %(month)s chưa đến; chỉ nhập được số liệu của tháng này hoặc các tháng trước.")
            % {"month": f"{first:%m/%Y}"}
        )
    if first.year < FIRST_YEAR:
        raise ValidationError(gettext("Tháng phải từ năm %(year)s trở đi.") % {"year": FIRST_YEAR})
    return first
