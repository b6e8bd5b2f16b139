"""Dashboards: the nation's provinces, a province's communes, a commune's officials. Every unit is
looked up through the one scope function; a unit outside it is "not found", whatever its code."""

from collections import defaultdict
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET

from courses.models import CoursePage
from learning.audit import audit
from learning.models import AdministrativeUnit, AuditAction, Position, Role, UnitLevel
from learning.scope import visible_units
from learning.views.manage_home import manager_required
from metrics import measures as m
from metrics.charts import bars
from metrics.imported import dashboard_imported
from metrics.indicators import BY_CODE, GROUPS, INDICATORS
from metrics.models import Rollup
from metrics.officials import officials_table, sorted_filtered
from metrics.periods import parse_period, period_label
from metrics.quality import most_missed
from metrics.rollup import rollup_rebuild
from metrics.selectors import (
    DASHBOARD_FIGURES,
    INDICATOR_FIGURES,
    OFFICIAL_STOCKS,
    Period,
    current_children,
    figures_by,
    laggards_first,
    months_back,
    read_by,
    shown,
    spread,
    trend,
    unit_figures,
    value_of,
)
from metrics.targets import dashboard_targets

# The columns of the ranking tables: what a province is judged on first.
RANKED = ("officials_done_rate", "officials_trained_rate", "officials_overdue", "citizens_completed_any")
# All four are states at the period's end: ranking a year reads one month of facts per unit.
RANKED_FIGURES = read_by(BY_CODE[code] for code in RANKED)
TREND = ("officials_done_rate", "completions")
TREND_MONTHS = 12
AUDIT_QUIET_SECONDS = 3600


def _is_national(user) -> bool:
    return user.is_superuser or user.role == Role.NATIONAL_ADMIN


def _period(request) -> tuple[Period | None, str]:
    text = request.GET.get("ky", "")
    return parse_period(text, timezone.localdate()), text


def _grouped(figures) -> list[tuple[str, list]]:
    return [
        (label, [value_of(indicator, figures) for indicator in INDICATORS if indicator.group == group])
        for group, label in GROUPS.items()
    ]


def _trend(period: Period, **where) -> dict:
    months = months_back(period.end, TREND_MONTHS)
    points = trend(months, [BY_CODE[code] for code in TREND], **where)
    charts = []
    for index, code in enumerate(TREND):
        series = [(str(month.month), values[index].value, values[index].display) for month, values in points]
        ceiling = 100 if BY_CODE[code].kind == "percent" else None
        rows = [(f"{month:%m/%Y}", values[index].display) for month, values in points]
        charts.append({"indicator": BY_CODE[code], "chart": bars(series, ceiling=ceiling), "rows": rows})
    return {"trends": charts, "trend_first": f"{months[0]:%m/%Y}", "trend_last": f"{months[-1]:%m/%Y}"}


def _ranking(children, by_unit, period_text: str) -> dict:
    """The table of units ranked laggards first, its spreads, and the units with nothing yet."""
    rows = []
    query = f"?{urlencode({'ky': period_text})}" if period_text else ""
    for child in children:
        figures = by_unit.get(child.pk, {})
        values = [value_of(BY_CODE[code], figures) for code in RANKED]
        # Nothing listed, nobody learning: one line in a list below the table, not a row of dashes.
        empty = not any(value.numerator or value.denominator for value in values)
        url = reverse("metrics:unit", args=[child.code]) + query
        rows.append({"unit": child, "values": values, "empty": empty, "url": url})
    # Laggards first: the lowest completion rate, units with no officials listed last.
    rows.sort(key=lambda row: laggards_first(row["values"][0], row["unit"]))
    # The spread is over the units with figures: empty ones would drag the lowest and median to 0.
    listed = [row for row in rows if not row["empty"]]
    return {"rows": rows, "unlisted": [row for row in rows if row["empty"]], "spreads": _spreads(listed)}


def _spreads(rows) -> list[dict]:
    out = []
    for index, code in enumerate(RANKED):
        indicator = BY_CODE[code]
        item = spread([row["values"][index] for row in rows])
        out.append(
            {
                "indicator": indicator,
                "counted": item.counted,
                "text": " / ".join(
                    shown(indicator, number) for number in (item.lowest, item.median, item.highest)
                ),
            }
        )
    return out


@manager_required
@require_GET
def national(request):
    user = request.user
    if not _is_national(user):
        unit = user.unit
        if unit is None or not visible_units(user).filter(pk=unit.pk).exists():
            raise Http404
        province = unit.province()
        target = province if user.role == Role.PROVINCE_MANAGER and province else unit
        return redirect("metrics:unit", code=target.code)
    period, raw = _period(request)
    if period is None:
        return HttpResponseBadRequest(_("Kỳ báo cáo không hợp lệ. Hãy chọn lại kỳ."))
    if not Rollup.objects.exists():
        rollup_rebuild()
    # One reading grouped by province serves both the ranking and, summed, the nation's total.
    totals, by_province = unit_figures(None, period, only=INDICATOR_FIGURES)
    return render(
        request,
        "metrics/national.html",
        {
            "period": period,
            "period_text": raw,
            "period_name": period_label(period, raw),
            "groups": _grouped(totals),
            **dashboard_imported(None, period),
            **_ranking(current_children(None), by_province, raw),
            "ranked": [BY_CODE[code] for code in RANKED],
            **_trend(period),
        },
    )


@manager_required
@require_GET
def unit(request, code: str):
    unit = get_object_or_404(visible_units(request.user).current(), code=code)
    period, raw = _period(request)
    if period is None:
        return HttpResponseBadRequest(_("Kỳ báo cáo không hợp lệ. Hãy chọn lại kỳ."))
    if not Rollup.objects.filter(unit=unit).exists():
        rollup_rebuild()
    context = {
        "unit": unit,
        "period": period,
        "period_text": raw,
        "period_name": period_label(period, raw),
        "ranked": [BY_CODE[code] for code in RANKED],
    }
    if unit.level == UnitLevel.PROVINCE:
        # The ranking needs each commune's indicators; the breakdowns only the province's total.
        totals = figures_by(period, group="all", province=unit.pk, only=DASHBOARD_FIGURES)[None]
        by_commune = figures_by(period, group="unit", province=unit.pk, only=RANKED_FIGURES)
        context.update(_ranking(current_children(unit), by_commune, raw))
        context.update(_trend(period, province=unit.pk))
    else:
        totals, _none = unit_figures(unit, period, only=DASHBOARD_FIGURES)
        context.update(**_trend(period, units=[unit.pk]), **_officials_context(request, unit))
        # An open dashboard refreshes itself as figures change; one entry per person, commune and
        # hour records the viewing without burying the log in refreshes.
        if cache.add(f"metrics-audit:{request.user.pk}:{unit.pk}", True, AUDIT_QUIET_SECONDS):
            audit(
                request,
                AuditAction.LIST_LEARNERS,
                unit=unit,
                detail=_("Bảng chỉ số và danh sách cán bộ của xã"),
            )
    context.update(dashboard_targets(unit, timezone.localdate(), period=period, rows=context.get("rows")))
    context.update(dashboard_imported(unit, period))
    context["groups"] = _grouped(totals)
    context["by_course"] = _by_course(totals)
    context["by_position"] = _by_position(totals)
    context["people"] = _people(totals)
    context["missed"] = most_missed(_units_of(unit), period)
    return render(request, "metrics/unit.html", context)


def _officials_context(request, unit: AdministrativeUnit) -> dict:
    sort = request.GET.get("sap-xep", "thieu")
    only = request.GET.get("loc", "")
    try:
        position = int(request.GET.get("chuc-vu") or 0)
    except ValueError:
        position = 0
    rows = officials_table(unit)
    positions = sorted({row.user.position for row in rows if row.user.position}, key=lambda p: p.name_ascii)
    return {
        "officials": sorted_filtered(rows, sort=sort, only=only, position=position),
        "officials_total": len(rows),
        "sort": sort,
        "only": only,
        "position": position,
        "positions": positions,
    }


def _units_of(unit: AdministrativeUnit) -> list[int]:
    if unit.level == UnitLevel.PROVINCE:
        return list(
            AdministrativeUnit.objects.filter(Q(pk=unit.pk) | Q(parent=unit)).values_list("pk", flat=True)
        )
    return [unit.pk]


PEOPLE_ROWS = (
    ("gender:female", _lazy("Nữ")),
    ("gender:male", _lazy("Nam")),
    *((f"age:{label}", label) for _, _, label in m.AGE_BANDS),
    (f"age:{m.ELDERLY}", _lazy("60 tuổi trở lên")),
)


def _people(figures) -> list[dict]:
    """Who learns: people active and courses completed in the period, by gender and age band (where
    the person gave them)."""
    rows = []
    for breakdown, label in PEOPLE_ROWS:
        active = figures.get(m.key("last_month:" + m.ACTIVE, breakdown), 0)
        completed = figures.get(m.key(m.COMPLETIONS, breakdown), 0)
        if active or completed:
            rows.append({"label": label, "active": active, "completions": completed})
    return rows


def _by_position(figures) -> list[dict]:
    """Each post on the rosters: how many hold it, and how far they are with their required courses."""
    posts: dict[int, dict] = defaultdict(dict)
    for figure_key, value in figures.items():
        measure, breakdown = m.split(figure_key)
        if breakdown.startswith("position:") and measure in OFFICIAL_STOCKS:
            posts[int(breakdown.split(":")[1])][measure] = value
    names = dict(Position.objects.filter(pk__in=posts).values_list("pk", "name"))
    out = []
    for position_id, counts in posts.items():
        roster = counts.get(m.ROSTER, 0)
        if not roster:
            continue
        done = counts.get(m.DONE, 0)
        out.append(
            {
                "name": names.get(position_id, _("(chức vụ đã xóa)")),
                "roster": roster,
                "trained": counts.get(m.TRAINED, 0),
                "done": done,
                "overdue": counts.get(m.OVERDUE, 0),
                "percent": round(100 * done / roster),
            }
        )
    return sorted(out, key=lambda row: (row["percent"], row["name"]))


def _by_course(figures) -> list[dict]:
    """Officials required to take each course, how many finished it and how many are late."""
    courses = {}
    for figure_key, value in figures.items():
        measure, breakdown = m.split(figure_key)
        if breakdown.startswith("course:") and measure in (
            m.COURSE_ASSIGNED,
            m.COURSE_DONE,
            m.COURSE_OVERDUE,
        ):
            courses.setdefault(int(breakdown.split(":")[1]), {})[measure] = value
    titles = dict(CoursePage.objects.filter(pk__in=courses).values_list("pk", "title"))
    out = []
    for course_id, counts in courses.items():
        assigned = counts.get(m.COURSE_ASSIGNED, 0)
        done = counts.get(m.COURSE_DONE, 0)
        out.append(
            {
                "title": titles.get(course_id, _("(khóa học đã xóa)")),
                "assigned": assigned,
                "done": done,
                "overdue": counts.get(m.COURSE_OVERDUE, 0),
                "percent": round(100 * done / assigned) if assigned else None,
            }
        )
    return sorted(out, key=lambda row: (row["percent"] is None, row["percent"] or 0))
