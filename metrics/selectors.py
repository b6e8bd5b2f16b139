"""Reading the indicators for a unit and a period: what the dashboards, exports, report and API share.

Figures are summed in the database after mapping every unit to where it counts today (metrics.Rollup),
so a merged commune's history adds to its successor. Ratios are recomputed from the summed
numerators and denominators, never averaged."""

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q, Sum

from learning.models import AdministrativeUnit, UnitLevel
from metrics import measures as m
from metrics.indicators import INDICATORS, Indicator
from metrics.models import Fact


@dataclass(frozen=True)
class Period:
    """Whole months, first to last, both included (each as its first day)."""

    start: dt.date
    end: dt.date

    @classmethod
    def month(cls, day: dt.date) -> "Period":
        first = day.replace(day=1)
        return cls(first, first)

    @classmethod
    def year_to_date(cls, day: dt.date) -> "Period":
        return cls(dt.date(day.year, 1, 1), day.replace(day=1))

    @classmethod
    def since_start(cls, day: dt.date) -> "Period":
        return cls(dt.date(2000, 1, 1), day.replace(day=1))

    def months(self) -> list[dt.date]:
        out, month = [], self.start
        while month <= self.end:
            out.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        return out


def months_back(end: dt.date, count: int) -> list[dt.date]:
    months = [end.replace(day=1)]
    while len(months) < count:
        months.insert(0, (months[0] - dt.timedelta(days=1)).replace(day=1))
    return months


Figures = Counter  # "measure" or "measure|breakdown" -> value

GROUP_FIELDS = {"unit": "unit__rollup__current", "province": "unit__rollup__province", "all": None}


def _collect(rows, group_field: str | None, out: dict) -> None:
    for row in rows:
        group = row[group_field] if group_field else None
        out[group][m.key(row["measure"], row["dim"])] += row["total"]


def read_by(indicators) -> frozenset[str]:
    """The figures ("measure" or "measure|breakdown") these indicators are computed from."""
    return frozenset(
        name for indicator in indicators for name in (indicator.numerator, indicator.denominator) if name
    )


def _only(names) -> Q:
    """Facts named exactly ("measure|breakdown") or by kind of breakdown ("measure|course:*")."""
    by_breakdown: dict[str, set[str]] = defaultdict(set)
    for name in names:
        measure, breakdown = m.split(name)
        by_breakdown[breakdown].add(measure)
    condition = Q(pk__in=[])
    for breakdown, measures in sorted(by_breakdown.items()):
        if breakdown.endswith(":*"):
            condition |= Q(dim__startswith=breakdown[:-1], measure__in=sorted(measures))
        else:
            condition |= Q(dim=breakdown, measure__in=sorted(measures))
    return condition


INDICATOR_FIGURES = read_by(INDICATORS)
# A unit's dashboard: the indicators, each required course, each post, and who learns (by gender
# and age band). Not the breakdowns no page shows (a flow by course, every audience).
OFFICIAL_STOCKS = (m.ROSTER, m.ASSIGNED, m.DONE, m.OVERDUE, m.TRAINED)
DASHBOARD_FIGURES = INDICATOR_FIGURES | {
    *(m.key(measure, "course:*") for measure in (m.COURSE_ASSIGNED, m.COURSE_DONE, m.COURSE_OVERDUE)),
    *(m.key(measure, "position:*") for measure in OFFICIAL_STOCKS),
    *(m.key(measure, f"{kind}:*") for measure in (m.ACTIVE, m.COMPLETIONS) for kind in ("gender", "age")),
}


def figures_by(
    period: Period, *, group: str = "unit", units=None, province: int | None = None, only=None
) -> dict[int | None, Figures]:
    """Figures per group ("unit": where each unit counts today; "province"; "all"), optionally only
    for facts whose current unit is in `units` (ids), or that count in `province` (an id), and only
    the figures named in `only` (see read_by): a national page reads far fewer rows that way."""
    field = GROUP_FIELDS[group]
    facts = Fact.objects.all()
    if only is not None:
        facts = facts.filter(_only(only))
    if units is not None:
        facts = facts.filter(unit__rollup__current__in=list(units))
    if province is not None:
        facts = facts.filter(unit__rollup__province=province)
    values = [field] if field else []
    out: dict = defaultdict(Counter)

    def run(queryset) -> None:
        rows = queryset.values(*values, "measure", "dim").annotate(total=Sum("value")).order_by()
        _collect(rows, field, out)

    run(facts.filter(month=period.end, measure__in=m.STOCKS))
    run(facts.filter(month__gte=period.start, month__lte=period.end, measure__in=_summed()))
    # Being active is counted per month; a longer period reads its last month.
    last = facts.filter(month=period.end, measure=m.ACTIVE)
    rows = last.values(*values, "measure", "dim").annotate(total=Sum("value")).order_by()
    for row in rows:
        group_key = row[field] if field else None
        out[group_key][m.key("last_month:" + row["measure"], row["dim"])] += row["total"]
    return out


def summed(by_group: dict) -> Figures:
    """Everything in the groups together: the same figures as group="all" with the same filters."""
    total: Figures = Counter()
    for figures in by_group.values():
        total.update(figures)
    return total


def unit_figures(
    unit: AdministrativeUnit | None, period: Period, *, only=None
) -> tuple[Figures, dict[int | None, Figures]]:
    """The unit's figures for the period and, for a province, each commune's (where each counts
    today); no unit is the nation, with each province's. One reading of the facts serves both."""
    if unit is None:
        by_province = figures_by(period, group="province", only=only)
        return summed(by_province), by_province
    if unit.level == UnitLevel.PROVINCE:
        by_unit = figures_by(period, group="unit", province=unit.pk, only=only)
        return summed(by_unit), by_unit
    return figures_by(period, group="all", units=[unit.pk], only=only)[None], {}


def _summed() -> list[str]:
    return [measure for measure in m.FLOWS]


def figure(figures: Figures, indicator: Indicator, part: str) -> int:
    name = indicator.numerator if part == "numerator" else indicator.denominator
    if indicator.reads == "last_month":
        name = "last_month:" + name
    return figures.get(name, 0)


@dataclass(frozen=True)
class Value:
    indicator: Indicator
    numerator: int
    denominator: int | None
    value: Decimal | int | None  # None: a ratio with nothing to divide by

    @property
    def display(self) -> str:
        return shown(self.indicator, self.value)


def shown(indicator: Indicator, number) -> str:
    """Vietnamese number style: 1.234 for thousands, 45,5% for decimals."""
    if number is None:
        return "—"
    if indicator.kind == "count" and isinstance(number, int):
        return f"{number:,}".replace(",", ".")
    if indicator.kind == "count":
        return f"{number}".replace(".", ",")
    return f"{number}".replace(".", ",") + ("%" if indicator.kind == "percent" else "")


def value_of(indicator: Indicator, figures: Figures) -> Value:
    numerator = figure(figures, indicator, "numerator")
    if not indicator.is_ratio:
        return Value(indicator, numerator, None, numerator)
    denominator = figure(figures, indicator, "denominator")
    if not denominator:
        return Value(indicator, numerator, denominator, None)
    scale = Decimal(100) if indicator.kind == "percent" else Decimal("0.01")
    exact = Decimal(numerator) * scale / Decimal(denominator)
    return Value(indicator, numerator, denominator, exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def values_of(figures: Figures, indicators=INDICATORS) -> list[Value]:
    return [value_of(indicator, figures) for indicator in indicators]


@dataclass(frozen=True)
class Spread:
    """How the communes compare: a province is judged on its weakest communes, not its average."""

    lowest: Decimal | int | None
    median: Decimal | int | None
    highest: Decimal | int | None
    counted: int  # communes with a value (a ratio needs a denominator)


def spread(values: list[Value]) -> Spread:
    present = sorted(value.value for value in values if value.value is not None)
    if not present:
        return Spread(None, None, None, 0)
    middle = statistics.median(present)
    # The median of an even number of counts falls between two of them (7,5 communes' officials).
    if isinstance(middle, float):
        middle = int(middle) if middle.is_integer() else Decimal(str(middle))
    if isinstance(middle, Decimal):
        middle = middle.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Spread(present[0], middle, present[-1], len(present))


def laggards_first(value: Value, unit: AdministrativeUnit) -> tuple:
    """How rankings sort: the lowest value first, units with nothing to rank on last, then by name."""
    return (value.value is None, value.value or 0, unit.name_ascii)


def current_children(parent: AdministrativeUnit | None) -> list[AdministrativeUnit]:
    """The units a dashboard ranks: a province's communes today, or the provinces of the nation."""
    units = AdministrativeUnit.objects.current()
    if parent is None:
        return list(units.filter(level=UnitLevel.PROVINCE).order_by("name_ascii"))
    return list(units.filter(parent=parent).order_by("name_ascii"))


def trend(
    months: list[dt.date], indicators, *, units=None, province=None
) -> list[tuple[dt.date, list[Value]]]:
    """The indicators month by month, for the units selected as in figures_by. One query for all the
    months and only the figures the indicators read: a month's figures, state or flow, are its facts."""
    facts = Fact.objects.filter(_only(read_by(indicators)), month__in=months)
    if units is not None:
        facts = facts.filter(unit__rollup__current__in=list(units))
    if province is not None:
        facts = facts.filter(unit__rollup__province=province)
    by_month: dict = defaultdict(Counter)
    rows = facts.values("month", "measure", "dim").annotate(total=Sum("value")).order_by()
    for row in rows:
        figures = by_month[row["month"]]
        figures[m.key(row["measure"], row["dim"])] += row["total"]
        if row["measure"] == m.ACTIVE:
            figures[m.key("last_month:" + row["measure"], row["dim"])] += row["total"]
    return [(month, [value_of(indicator, by_month[month]) for indicator in indicators]) for month in months]
