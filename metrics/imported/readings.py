"""Reading imported figures for a commune, a province or the nation, beside the platform's own.

Like the platform's state figures, a period reads its last month. Merged communes count for their
successor through metrics.Rollup, as everywhere in metrics. A ratio is recomputed from the summed
numerators and denominators of the communes that reported; a count is summed; a score has no parts
to add, so a roll-up shows its spread (lowest / median / highest) instead."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Max, Sum
from django.utils.translation import gettext

from learning.models import AdministrativeUnit, UnitLevel
from metrics.imported.definitions import COUNT, IMPORTED, IMPORTED_GROUPS, ImportedIndicator
from metrics.imported.entries import whole_text
from metrics.models.imported import ImportedValue
from metrics.selectors import Period, Spread, Value, shown, spread


@dataclass
class Summed:
    """One indicator's figures for one month, added up over the communes of a group."""

    numerator: int = 0
    denominator: int = 0
    scores: list[Decimal] = field(default_factory=list)
    reported: int = 0  # communes (as they count today) with a figure
    entered_at: dt.datetime | None = None  # the latest change


_GROUP_FIELDS = {"unit": "unit__rollup__current", "province": "unit__rollup__province", "all": None}


def imported_figures(
    period: Period, *, units=None, province: int | None = None, group: str = "all"
) -> dict[int | None, dict[str, Summed]]:
    """The period's last month, numerators and denominators summed per group and indicator code.
    `group` is "unit" (where each commune counts today), "province" or "all" (keyed None); `units`
    (ids) or `province` (an id) narrow the communes, as in metrics.selectors.figures_by."""
    rows = ImportedValue.objects.filter(month=period.end)
    if units is not None:
        rows = rows.filter(unit__rollup__current__in=list(units))
    if province is not None:
        rows = rows.filter(unit__rollup__province=province)
    by = _GROUP_FIELDS[group]
    names = [by] if by else []
    out: dict = defaultdict(dict)
    totals = rows.values(*names, "code").annotate(
        top=Sum("numerator"),
        bottom=Sum("denominator"),
        reported=Count("unit__rollup__current", distinct=True),
        latest=Max("entered_at"),
    )
    for row in totals.order_by():
        key = row[by] if by else None
        out[key][row["code"]] = Summed(
            row["top"] or 0, row["bottom"] or 0, [], row["reported"], row["latest"]
        )
    for row in rows.filter(value__isnull=False).values(*names, "code", "value").order_by():
        out[row[by] if by else None][row["code"]].scores.append(row["value"])
    return out


@dataclass(frozen=True)
class Reading(Value):
    """A Value, as metrics.selectors gives, for an imported indicator, with where it came from."""

    month: dt.date | None = None
    reported: int = 0  # communes with a figure for the month
    expected: int = 1  # communes that could have one
    spread: Spread | None = None  # roll-ups: how the communes compare
    below_target: int = 0  # communes under the indicator's target
    source: str = ""
    entered_at: dt.datetime | None = None
    latest: dt.date | None = None  # one commune with nothing this month: its last month with a figure
    rollup: bool = False

    @property
    def missing(self) -> bool:
        return self.reported == 0

    @property
    def display(self) -> str:
        if self.missing:
            return gettext("chưa nhập")
        if self.indicator.is_score and self.rollup:
            return self.spread_display
        return number_text(self.indicator, self.value)  # type: ignore[arg-type]

    @property
    def spread_display(self) -> str:
        if self.spread is None or not self.spread.counted:
            return "—"
        numbers = (self.spread.lowest, self.spread.median, self.spread.highest)
        return " / ".join(number_text(self.indicator, number) for number in numbers)  # type: ignore[arg-type]

    @property
    def parts(self) -> str:
        """A ratio's numerator and denominator as a report writes them: "1.234 / 2.000"."""
        if not self.indicator.is_ratio or self.missing:
            return ""
        return f"{whole_text(self.numerator)} / {whole_text(self.denominator)}"

    @property
    def target_text(self) -> str:
        target = self.indicator.target  # type: ignore[attr-defined]
        return "" if target is None else number_text(self.indicator, target)  # type: ignore[arg-type]

    @property
    def under_target(self) -> bool:
        """The figure shown (a commune's, or a roll-up's recomputed ratio) is under the target;
        below_target counts the communes that are."""
        target = self.indicator.target  # type: ignore[attr-defined]
        return target is not None and self.value is not None and self.value < target


def number_text(indicator: ImportedIndicator, number) -> str:
    """Vietnamese style: 1.234 people, 45,5%, a score of 85,42 (no trailing zeros)."""
    if number is None:
        return "—"
    if indicator.is_score:
        return format(Decimal(number).normalize(), "f").replace(".", ",")
    return shown(indicator, number)  # type: ignore[arg-type]


def ratio_value(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    exact = Decimal(numerator) * 100 / Decimal(denominator)
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _value(indicator: ImportedIndicator, summed: Summed) -> Decimal | int | None:
    if indicator.is_ratio:
        return ratio_value(summed.numerator, summed.denominator)
    if indicator.is_score:
        # A commune has one score a month; two only when merged communes both reported that month.
        return summed.scores[0] if len(summed.scores) == 1 else None
    return summed.numerator


def _reading(indicator, per_unit: list[Summed], *, rollup: bool, **extra) -> Reading:
    numerator = sum(item.numerator for item in per_unit)
    denominator = sum(item.denominator for item in per_unit)
    values = [
        Value(indicator, item.numerator, item.denominator, _value(indicator, item)) for item in per_unit
    ]
    if indicator.is_ratio:
        value = ratio_value(numerator, denominator)
    elif indicator.is_score:
        numerator, denominator = 0, None
        value = None if rollup or len(per_unit) != 1 else values[0].value
    else:
        denominator, value = None, numerator
    target = indicator.target
    return Reading(
        indicator,
        numerator,
        denominator,
        value,
        reported=len(per_unit),
        spread=spread(values) if rollup and indicator.kind != COUNT else None,
        below_target=sum(
            1 for item in values if target is not None and item.value is not None and item.value < target
        ),
        entered_at=max((item.entered_at for item in per_unit if item.entered_at), default=None),
        rollup=rollup,
        **extra,
    )


def imported_values(
    period: Period, *, units=None, province: int | None = None, indicators=IMPORTED
) -> list[Reading]:
    """Each imported indicator for one commune (`units=[id]`), or rolled up over several (`units`,
    `province`, or the nation when neither is given)."""
    unit_ids = list(units) if units is not None else None
    rollup = province is not None or unit_ids is None or len(unit_ids) != 1
    by_unit = imported_figures(period, units=unit_ids, province=province, group="unit")
    expected = _expected(unit_ids, province)
    details = {} if rollup else _details(unit_ids[0], period.end)  # type: ignore[index]
    out = []
    for indicator in indicators:
        per_unit = [figures[indicator.code] for figures in by_unit.values() if indicator.code in figures]
        source, latest = details.get(indicator.code, ("", None))
        extra = {"month": period.end, "expected": expected, "source": source, "latest": latest}
        out.append(_reading(indicator, per_unit, rollup=rollup, **extra))
    return out


def _expected(unit_ids: list[int] | None, province: int | None) -> int:
    if unit_ids is not None:
        return len(set(unit_ids))
    communes = AdministrativeUnit.objects.current().filter(level=UnitLevel.COMMUNE)
    if province is not None:
        communes = communes.filter(parent=province)
    return communes.count()


def _details(unit_id: int, month: dt.date) -> dict[str, tuple[str, dt.date | None]]:
    """For one commune: each figure's source this month, else the last earlier month with a figure."""
    rows = ImportedValue.objects.filter(unit__rollup__current=unit_id)
    out = {code: (source, None) for code, source in rows.filter(month=month).values_list("code", "source")}
    earlier = (
        rows.filter(month__lt=month).exclude(code__in=list(out)).values("code").annotate(last=Max("month"))
    )
    for row in earlier.order_by():
        out[row["code"]] = ("", row["last"])
    return out


def dashboard_imported(unit: AdministrativeUnit | None, period: Period) -> dict:
    """The context of metrics/includes/imported_panel.html for a commune, a province or (None) the nation."""
    if unit is None:
        readings = imported_values(period)
    elif unit.level == UnitLevel.PROVINCE:
        readings = imported_values(period, province=unit.pk)
    else:
        readings = imported_values(period, units=[unit.pk])
    by_code = {reading.indicator.code: reading for reading in readings}  # type: ignore[attr-defined]
    groups = []
    for group, label in IMPORTED_GROUPS.items():
        rows = [by_code[i.code] for i in IMPORTED if i.group == group and i.code in by_code]
        if rows:
            groups.append((label, rows))
    return {
        "imported_groups": groups,
        "imported_unit": unit,
        "imported_is_commune": unit is not None and unit.level == UnitLevel.COMMUNE,
        "imported_is_province": unit is not None and unit.level == UnitLevel.PROVINCE,
        "imported_rollup": bool(readings) and readings[0].rollup,
        "imported_month": period.end,
        "imported_month_text": f"{period.end:%Y-%m}",
    }


def stored_month(unit: AdministrativeUnit, month: dt.date) -> dict[str, ImportedValue]:
    """What is stored for exactly this commune and month, by indicator code: what its entry form shows."""
    return {row.code: row for row in ImportedValue.objects.filter(unit=unit, month=month)}
