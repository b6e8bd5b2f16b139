"""Manager pages for a unit's targets: the list with progress, the form to set one, and removal.

The unit comes from the URL and is looked up through the one scope function: a unit outside it is
"not found", whatever its code."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from learning.models import AdministrativeUnit
from learning.scope import visible_units
from learning.views.manage_home import manager_required
from metrics.forms_targets import TargetForm
from metrics.models import Rollup
from metrics.models.targets import Target
from metrics.rollup import rollup_rebuild
from metrics.targets import TARGET_LEVELS, goal_display, target_create, target_delete, unit_targets


def _unit_or_404(user, code: str) -> AdministrativeUnit:
    unit = get_object_or_404(visible_units(user).current(), code=code)
    if unit.level not in TARGET_LEVELS:
        raise Http404
    return unit


def _rows(unit: AdministrativeUnit, today) -> list:
    if not Rollup.objects.filter(unit=unit).exists():
        rollup_rebuild()
    return unit_targets(unit, today)


@manager_required
@require_http_methods(["GET", "POST"])
def targets(request, code: str):
    unit = _unit_or_404(request.user, code)
    if request.method == "POST":
        form = TargetForm(request.POST)
        if form.is_valid():
            try:
                target_create(actor=request.user, unit=unit, **form.service_arguments())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Đã đặt mục tiêu."))
                return redirect("metrics:targets", code=unit.code)
    else:
        form = TargetForm()
    today = timezone.localdate()
    return render(
        request,
        "metrics/targets/list.html",
        {"unit": unit, "form": form, "rows": _rows(unit, today), "today": today},
    )


@manager_required
@require_http_methods(["GET", "POST"])
def target_delete_view(request, code: str, pk: int):
    unit = _unit_or_404(request.user, code)
    # Only the page's own targets: a commune sees its province's targets but cannot remove them.
    target = get_object_or_404(Target.objects.select_related("unit"), pk=pk, unit=unit)
    if request.method == "POST":
        target_delete(actor=request.user, target=target)
        messages.success(request, _("Đã xóa mục tiêu."))
        return redirect("metrics:targets", code=unit.code)
    return render(
        request,
        "metrics/targets/confirm_delete.html",
        {"unit": unit, "target": target, "goal": goal_display(target)},
    )
