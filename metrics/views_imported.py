"""Managers enter the figures the platform cannot compute: one commune's month in a form, or many
communes at once from a spreadsheet. Units are looked up through the one scope function; a unit
outside it is "not found", whatever its code."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from learning.models import AdministrativeUnit, UnitLevel
from learning.scope import visible_units
from learning.views.manage_home import manager_required
from metrics.forms_imported import MonthEntryForm, UploadForm
from metrics.imported import communes_for, imported_import, imported_save_month, stored_month
from metrics.imported.spreadsheet import XLSX_TYPE, imported_template, read_upload
from metrics.periods import parse_period

ERRORS_SHOWN = 500


def _month(request) -> dt.date | None:
    """The month of `?ky=` ("2026-11"; blank: this month), or None if it names no month that has begun."""
    period = parse_period(request.GET.get("ky", ""), timezone.localdate())
    if period is None or period.start != period.end:
        return None
    return period.end


def _bad_month() -> HttpResponse:
    return HttpResponseBadRequest(_("Tháng không hợp lệ. Hãy ghi dạng năm-tháng, ví dụ 2026-11."))


def _with_month(url: str, month: dt.date) -> str:
    return url + "?" + urlencode({"ky": f"{month:%Y-%m}"})


def _unit(request, code: str) -> AdministrativeUnit:
    return get_object_or_404(visible_units(request.user).current(), code=code)


def _communes(user, unit: AdministrativeUnit) -> dict[str, AdministrativeUnit]:
    """The communes an upload for `unit` may fill: a province's, or the commune itself."""
    communes = communes_for(user)
    if unit.level == UnitLevel.PROVINCE:
        communes = communes.filter(parent=unit)
    elif unit.level == UnitLevel.COMMUNE:
        communes = communes.filter(pk=unit.pk)
    else:
        raise Http404
    return {commune.code: commune for commune in communes.order_by("name_ascii")}


@manager_required
def imported_entry(request, code: str):
    unit = _unit(request, code)
    month = _month(request)
    if month is None:
        return _bad_month()
    if unit.level == UnitLevel.PROVINCE:
        return redirect(_with_month(reverse("metrics:imported_upload", args=[unit.code]), month))
    if unit.level != UnitLevel.COMMUNE:
        raise Http404
    form = MonthEntryForm(request.POST or None, stored=stored_month(unit, month))
    if request.method == "POST" and form.is_valid():
        try:
            changed = imported_save_month(
                unit=unit, month=month, entries=form.entries, sources=form.sources, by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            names = {"unit": unit.name_with_type, "month": f"{month:%m/%Y}", "count": changed}
            if changed:
                messages.success(
                    request,
                    _("Đã lưu số liệu tháng %(month)s của %(unit)s: %(count)s chỉ tiêu thay đổi.") % names,
                )
            else:
                messages.info(
                    request, _("Số liệu tháng %(month)s của %(unit)s không có gì thay đổi.") % names
                )
            return redirect(_with_month(reverse("metrics:unit", args=[unit.code]), month))
    return render(
        request,
        "metrics/imported/entry.html",
        {"unit": unit, "month": month, "month_text": f"{month:%Y-%m}", "form": form},
    )


@manager_required
def imported_upload(request, code: str):
    unit = _unit(request, code)
    month = _month(request)
    if month is None:
        return _bad_month()
    communes = _communes(request.user, unit)
    form = UploadForm(request.POST or None, request.FILES or None)
    context = {"unit": unit, "month": month, "month_text": f"{month:%Y-%m}", "communes": len(communes)}
    if request.method == "POST" and form.is_valid():
        try:
            result = read_upload(form.cleaned_data["file"], communes=communes, place=unit.name_with_type)
            summary = None
            if result.is_valid:
                summary = imported_import(
                    rows=result.rows, by=request.user, source=form.cleaned_data["source"]
                )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            context.update(
                result=result, summary=summary, form=UploadForm(), errors=result.errors[:ERRORS_SHOWN]
            )
            return render(request, "metrics/imported/upload_result.html", context)
    context["form"] = form
    return render(request, "metrics/imported/upload.html", context)


@manager_required
def imported_template_download(request, code: str):
    unit = _unit(request, code)
    month = _month(request)
    if month is None:
        return _bad_month()
    communes = list(_communes(request.user, unit).values())
    response = HttpResponse(imported_template(communes=communes, month=month), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="so-lieu-{unit.code}-{month:%Y-%m}.xlsx"'
    return response
