"""Targets: a province or commune says what an indicator should reach by a date, and sees how far along it is.

Progress is judged against a straight line from the start date to the due date: half way through
the time, half the target is expected. A unit is behind when its figure is below that line, and has
met the target once the figure reaches it. A province's targets apply to each of its communes too,
so the province can see which communes are behind them.

Figures are read for each target's own window: from the month it starts to the month of the day
asked about (never past the due date). A flow ("certificates issued") is summed over that window, so
"N certificates this year" counts the whole year so far; a state ("officials who finished") is read
at the window's last month. Indicators where lower is better (overdue officials, revoked
certificates) take no targets: a line rising to a goal does not describe them."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models import AdministrativeUnit, UnitLevel, User
from learning.scope import visible_units
from metrics.indicators import BY_CODE, INDICATORS, Indicator
from metrics.models.targets import Target
from metrics.selectors import Period, Value, current_children, figures_by, read_by, shown, summed, value_of

LOWER_IS_BETTER = frozenset({"officials_overdue", "certificates_revoked"})
TARGETABLE: tuple[Indicator, ...] = tuple(item for item in INDICATORS if item.code not in LOWER_IS_BETTER)
TARGET_LEVELS = (UnitLevel.PROVINCE, UnitLevel.COMMUNE)
MAX_COUNT = Decimal(10) ** 10  # what Target.value (12 digits, one after the point) holds, with room
TENTH = Decimal("0.1")

DUPLICATE = _(
    "Đơn vị này đã có mục tiêu cho chỉ tiêu này với cùng hạn đạt. Hãy xóa mục tiêu cũ trước khi đặt lại."
)


# --- Writing -------------------------------------------------------------------------------------


def _check_scope(actor: User, unit: AdministrativeUnit) -> None:
    if not visible_units(actor).filter(pk=unit.pk).exists():
        raise PermissionDenied
    if unit.level not in TARGET_LEVELS or not unit.is_current:
        raise ValidationError(_("Chỉ đặt mục tiêu cho một tỉnh hoặc một xã đang có hiệu lực."))


def _value_errors(indicator: Indicator, value: Decimal) -> list:
    if not value.is_finite():
        return [_("Mức mục tiêu không hợp lệ.")]
    if indicator.kind == "count":
        if value != value.to_integral_value():
            return [_("Mục tiêu của chỉ tiêu này là một số nguyên (số người hoặc số lượt), ví dụ 1.200.")]
        if value < 1:
            return [_("Mục tiêu phải từ 1 trở lên.")]
        if value >= MAX_COUNT:
            return [_("Mục tiêu quá lớn.")]
        return []
    if value != value.quantize(TENTH, rounding=ROUND_HALF_UP):
        return [_("Chỉ ghi tối đa một chữ số thập phân, ví dụ 95,5.")]
    if not Decimal(0) < value <= Decimal(100):
        if indicator.kind == "percent":
            return [_("Tỷ lệ mục tiêu phải lớn hơn 0% và không quá 100%.")]
        return [_("Điểm mục tiêu phải lớn hơn 0 và không quá 100.")]
    return []


def target_validate(
    *, indicator: str, value: Decimal, starts_on: dt.date, due_on: dt.date, today: dt.date
) -> None:
    """Raise ValidationError keyed on the form's field names, with every problem found at once."""
    errors: dict[str, list] = {}
    known = BY_CODE.get(indicator)
    if known is None:
        errors["indicator"] = [_("Chỉ tiêu này không có trong danh mục.")]
    elif indicator in LOWER_IS_BETTER:
        errors["indicator"] = [_("Không đặt mục tiêu cho chỉ tiêu này vì số càng thấp càng tốt.")]
    else:
        if value_errors := _value_errors(known, value):
            errors["value"] = value_errors
    if due_on <= starts_on:
        errors["due_on"] = [_("Hạn đạt phải sau ngày bắt đầu tính.")]
    elif due_on < today:
        errors["due_on"] = [_("Hạn đạt không được là ngày đã qua.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def target_create(
    *,
    actor: User,
    unit: AdministrativeUnit,
    indicator: str,
    value: Decimal,
    due_on: dt.date,
    starts_on: dt.date | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> Target:
    """Set a target for a province or commune the actor manages.

    Raises PermissionDenied for a unit outside the actor's scope, and ValidationError (Vietnamese,
    keyed on field names where one applies) for bad input; either way nothing is created."""
    today = today or timezone.localdate()
    starts_on = starts_on or today
    value = Decimal(str(value))
    _check_scope(actor, unit)
    target_validate(indicator=indicator, value=value, starts_on=starts_on, due_on=due_on, today=today)
    if Target.objects.filter(unit=unit, indicator=indicator, due_on=due_on).exists():
        raise ValidationError(DUPLICATE)
    try:
        with transaction.atomic():
            return Target.objects.create(
                unit=unit,
                indicator=indicator,
                value=value,
                starts_on=starts_on,
                due_on=due_on,
                note=note.strip(),
                created_by=actor,
            )
    except IntegrityError:
        # Two managers saved the same target at the same moment.
        raise ValidationError(DUPLICATE) from None


@transaction.atomic
def target_delete(*, actor: User, target: Target) -> None:
    if not visible_units(actor).filter(pk=target.unit_id).exists():
        raise PermissionDenied
    target.delete()


# --- Reading -------------------------------------------------------------------------------------


def targets_for(unit: AdministrativeUnit) -> list[Target]:
    """The unit's own targets and its province's; the unit's own target for the same indicator and
    due date replaces the province's."""
    own = list(Target.objects.filter(unit=unit).select_related("unit"))
    province = unit.province()
    if province is not None and province.pk != unit.pk:
        taken = {(target.indicator, target.due_on) for target in own}
        inherited = Target.objects.filter(unit=province).select_related("unit")
        own += [target for target in inherited if (target.indicator, target.due_on) not in taken]
    order = {item.code: index for index, item in enumerate(INDICATORS)}
    return sorted(own, key=lambda target: (target.due_on, order.get(target.indicator, 0), target.pk))


@dataclass(frozen=True)
class Progress:
    """One target against one unit's figure on one day. `goal` is the target's value."""

    target: Target
    indicator: Indicator
    actual: Decimal | int | None  # None: a ratio with nothing to divide by yet
    goal: Decimal | int
    expected: Decimal | int  # where the straight line from start to due date stands today
    met: bool
    behind: bool
    reached: int | None  # per cent of the goal reached, rounded down so 99.96% is not "100%"
    overdue: bool  # the due date has passed
    inherited: bool = False  # a province's target read for one of its communes
    children_behind: int | None = None  # a province's target: how many of its communes are behind

    @property
    def status(self) -> str:
        if self.met:
            return "met"
        if self.actual is None:
            return "no_data"
        if self.overdue:
            return "missed"
        return "behind" if self.behind else "on_track"

    @property
    def bar(self) -> int:
        return min(self.reached or 0, 100)

    @property
    def actual_display(self) -> str:
        return shown(self.indicator, self.actual)

    @property
    def goal_display(self) -> str:
        return shown(self.indicator, self.goal)

    @property
    def expected_display(self) -> str:
        return shown(self.indicator, self.expected)


def _rounded(indicator: Indicator, number: Decimal) -> Decimal | int:
    if indicator.kind == "count":
        return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return number.quantize(TENTH, rounding=ROUND_HALF_UP)


def goal_display(target: Target) -> str:
    """The target's value as the dashboards write numbers: "1.200", "95,5%"."""
    indicator = BY_CODE[target.indicator]
    return shown(indicator, _rounded(indicator, Decimal(target.value)))


def elapsed(starts_on: dt.date, due_on: dt.date, today: dt.date) -> Decimal:
    """The share of the time from start to due date that has passed: 0 before the start, 1 from the
    due date on."""
    if today >= due_on:
        return Decimal(1)
    if today <= starts_on:
        return Decimal(0)
    return Decimal((today - starts_on).days) / Decimal((due_on - starts_on).days)


def progress(target: Target, value: Value, today: dt.date) -> Progress:
    """Pure arithmetic: `value` is the unit's figure for the target's indicator, read for
    `window(target, today)`."""
    indicator = BY_CODE[target.indicator]
    goal = _rounded(indicator, Decimal(target.value))
    # The line is rounded as it is shown, so a unit level with the figure on screen is not "behind".
    expected = _rounded(indicator, Decimal(goal) * elapsed(target.starts_on, target.due_on, today))
    actual = value.value
    met = actual is not None and actual >= goal
    reached = None
    if actual is not None:
        reached = int((Decimal(actual) * 100 / Decimal(goal)).to_integral_value(rounding=ROUND_FLOOR))
    return Progress(
        target=target,
        indicator=indicator,
        actual=actual,
        goal=goal,
        expected=expected,
        met=met,
        behind=actual is not None and not met and actual < expected,
        reached=reached,
        overdue=today > target.due_on,
    )


def window(target: Target, today: dt.date) -> Period:
    """The months whose figures count for the target on `today`: from its start to today's month,
    stopping at the due date's month."""
    end = min(max(today, target.starts_on), target.due_on)
    return Period(target.starts_on.replace(day=1), end.replace(day=1))


def as_of(period: Period, today: dt.date) -> dt.date:
    """The day a dashboard period is judged on: its last day, or today while it is still running."""
    last_day = (period.end + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return min(today, last_day)


def _relevant(target: Target, period: Period, day: dt.date) -> bool:
    return target.starts_on <= day and target.due_on >= period.start


class _Figures:
    """Reads figures once per window for a unit, and for a province once for all its communes; only
    the figures the targets' indicators are computed from."""

    def __init__(self, unit: AdministrativeUnit, targets: list[Target]):
        self.unit = unit
        self.only = read_by(BY_CODE[target.indicator] for target in targets)
        self.by_child: dict[Period, dict] = {}
        self.total: dict[Period, Counter] = {}

    def children(self, period: Period) -> dict:
        if period not in self.by_child:
            self.by_child[period] = figures_by(period, group="unit", province=self.unit.pk, only=self.only)
        return self.by_child[period]

    def of_unit(self, period: Period) -> Counter:
        if period not in self.total:
            if self.unit.level == UnitLevel.PROVINCE:
                # The same facts as group="all" for the province, grouped by commune: their sum is the total.
                self.total[period] = summed(self.children(period))
            else:
                mine = figures_by(period, group="all", units=[self.unit.pk], only=self.only)
                self.total[period] = mine[None]
        return self.total[period]


def progress_for(
    unit: AdministrativeUnit, targets: list[Target], today: dt.date, figures: _Figures | None = None
) -> list[Progress]:
    figures = figures or _Figures(unit, targets)
    out = []
    for target in targets:
        value = value_of(BY_CODE[target.indicator], figures.of_unit(window(target, today)))
        item = progress(target, value, today)
        out.append(replace(item, inherited=True) if target.unit_id != unit.pk else item)
    return out


def _flags(
    parent: AdministrativeUnit, targets: list[Target], children: list, day: dt.date, figures: _Figures
) -> dict[int, list[Progress]]:
    flags: dict[int, list[Progress]] = {}
    for child in children:
        child = child["unit"] if isinstance(child, dict) else child
        for target in targets:
            child_figures = figures.children(window(target, day)).get(child.pk, Counter())
            item = progress(target, value_of(BY_CODE[target.indicator], child_figures), day)
            if item.behind:
                flags.setdefault(child.pk, []).append(replace(item, inherited=True))
    return flags


def flags_for_children(
    parent_unit: AdministrativeUnit, rows: list, period: Period, today: dt.date
) -> dict[int, list[Progress]]:
    """For a province's ranking table: commune id -> the province's targets that commune is behind
    on, judged at the end of `period` (or today, while it runs). Communes behind on nothing are
    left out. `rows` are ranking rows ({"unit": commune, ...}) or the communes themselves.

    Only the province's own targets are used: they are what it holds every commune to, whatever a
    commune set for itself. A commune with no figure for a ratio (no officials listed) is not flagged."""
    if parent_unit.level != UnitLevel.PROVINCE:
        return {}
    day = as_of(period, today)
    targets = [target for target in targets_for(parent_unit) if _relevant(target, period, day)]
    return _flags(parent_unit, targets, rows, day, _Figures(parent_unit, targets))


def _judged(
    unit: AdministrativeUnit, targets: list[Target], day: dt.date, children: list | None = None
) -> tuple[list[Progress], dict[int, list[Progress]]]:
    """Progress of the unit on each target; for a province also its communes' flags, and on each
    target how many communes are behind it. One read of figures per window serves both."""
    figures = _Figures(unit, targets)
    items = progress_for(unit, targets, day, figures)
    if unit.level != UnitLevel.PROVINCE:
        return items, {}
    children = children if children is not None else current_children(unit)
    flags = _flags(unit, targets, children, day, figures)
    behind = Counter(item.target.pk for found in flags.values() for item in found)
    return [replace(item, children_behind=behind[item.target.pk]) for item in items], flags


def unit_targets(unit: AdministrativeUnit, today: dt.date) -> list[Progress]:
    """Every target that applies to the unit (its own and its province's), judged today: the
    targets page."""
    return _judged(unit, targets_for(unit), today)[0]


def dashboard_targets(
    unit: AdministrativeUnit, today: dt.date, *, period: Period | None = None, rows: list | None = None
) -> dict:
    """The context metrics/includes/targets_panel.html reads, for the unit dashboard.

    Targets that have started by the end of `period` (default: this month) and are not due before
    it starts, each judged at the end of the period (or today, while it runs). For a province, each
    target also counts the communes behind it; if the ranking `rows` are given, each row gains
    "behind_targets": the province's targets that commune is behind on (as flags_for_children)."""
    period = period or Period.month(today)
    day = as_of(period, today)
    targets = [target for target in targets_for(unit) if _relevant(target, period, day)]
    items, flags = _judged(unit, targets, day, rows)
    for row in rows or []:
        row["behind_targets"] = flags.get(row["unit"].pk, [])
    return {"target_progress": items, "targets_unit": unit}
