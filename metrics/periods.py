"""The reporting period a manager asks for (`?ky=`), and its name as a Vietnamese report writes it.

"2026-11" is a month, "2026" the year (to date, or whole if it is over), "luy-ke" everything since
the start; nothing means the current month. A period that has not begun is refused: its figures
would be empty, and an empty report could be taken for a real one."""

import datetime as dt
import re

from django.utils.translation import gettext as _

from metrics.selectors import Period

CUMULATIVE = "luy-ke"
MONTH, YEAR = "month", "year"
FIRST_YEAR = 2000  # where Period.since_start begins
_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_TEXT = re.compile(r"^(\d{4})$")


def parse_period(text: str | None, today: dt.date) -> Period | None:
    """The period `text` names, or None when it names none (malformed, or not yet begun)."""
    text = (text or "").strip()
    this_month = today.replace(day=1)
    if not text:
        return Period.month(today)
    if text == CUMULATIVE:
        return Period.since_start(today)
    if match := _MONTH_TEXT.match(text):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12 or year < FIRST_YEAR:
            return None
        first = dt.date(year, month, 1)
        return Period.month(first) if first <= this_month else None
    if match := _YEAR_TEXT.match(text):
        year = int(match[1])
        if year < FIRST_YEAR or year > today.year:
            return None
        if year == today.year:
            return Period.year_to_date(today)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 1))
    return None


def period_kind(period: Period, text: str = "") -> str:
    """MONTH, YEAR or CUMULATIVE: from the `?ky=` text when given, else from the period's months."""
    text = (text or "").strip()
    if text == CUMULATIVE or (not text and period.start == Period.since_start(period.end).start):
        return CUMULATIVE
    if _YEAR_TEXT.match(text) or (not text and period.start != period.end):
        return YEAR
    return MONTH


def period_slug(period: Period, kind: str = "") -> str:
    """The period as `?ky=` text and in file names: "2026-11", "2026", "luy-ke"."""
    kind = kind if kind in (MONTH, YEAR, CUMULATIVE) else period_kind(period, kind)
    if kind == CUMULATIVE:
        return CUMULATIVE
    if kind == YEAR:
        return str(period.end.year)
    return f"{period.end:%Y-%m}"


def month_number(month: int) -> str:
    """Decree 30/2020 writes January and February with a leading zero ("tháng 01"), the rest without."""
    return f"{month:02d}" if month <= 2 else str(month)


def period_label(period: Period, kind: str = "") -> str:
    """The period in words: "Tháng 11 năm 2026", "Từ tháng 01 đến tháng 11 năm 2026", "Năm 2025",
    "Lũy kế đến tháng 11 năm 2026". `kind` is MONTH, YEAR, CUMULATIVE or the `?ky=` text it came from."""
    kind = kind if kind in (MONTH, YEAR, CUMULATIVE) else period_kind(period, kind)
    end = {"month": month_number(period.end.month), "year": period.end.year}
    if kind == CUMULATIVE:
        return _("Lũy kế đến tháng %(month)s năm %(year)s") % end
    if kind == YEAR and period.start != period.end:
        if period.end.month == 12:
            return _("Năm %(year)s") % end
        return _("Từ tháng %(first)s đến tháng %(month)s năm %(year)s") % {
            **end,
            "first": month_number(period.start.month),
        }
    return _("Tháng %(month)s năm %(year)s") % end
