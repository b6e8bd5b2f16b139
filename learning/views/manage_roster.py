"""Commune officials roster: template download, upload with a row-by-row report, current roster."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from learning.audit import audit
from learning.forms_roster import MarkLeftForm, RosterUploadForm, UnitChoiceForm
from learning.models import AdministrativeUnit, AuditAction, Role
from learning.phone import display_phone
from learning.roster import XLSX_TYPE, import_roster_file, mark_officials_left, officials_in, roster_template
from learning.scope import visible_units
from learning.views.manage_home import manager_required

PAGE_SIZE = 100
# Above this many communes in scope (national administrators), pick the province first.
PICK_PROVINCE_ABOVE = 400
ERRORS_SHOWN = 500


def _commune(request) -> AdministrativeUnit | None:
    """The commune to work on: one chosen by code within the user's scope, else a commune manager's own.
    A code outside the scope is refused, never silently swapped for another commune."""
    communes = visible_units(request.user).current().communes()
    code = request.GET.get("xa", "").strip()
    if code:
        commune = communes.filter(code=code).first()
        if commune is None:
            raise PermissionDenied
        return commune
    if request.user.role == Role.COMMUNE_MANAGER:
        return communes.filter(pk=request.user.unit_id).first()
    return None


def _commune_url(commune: AdministrativeUnit) -> str:
    return reverse("learning:roster") + "?" + urlencode({"xa": commune.code})


@manager_required
def roster_template_download(request):
    response = HttpResponse(roster_template(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-can-bo.xlsx"'
    return response


@manager_required
def roster(request):
    commune = _commune(request)
    if commune is None:
        return _pick_commune(request)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            result, summary = import_roster_file(
                form.cleaned_data["file"], unit=commune, by=request.user, request=request
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            context = {"commune": commune, "result": result, "summary": summary, "form": RosterUploadForm()}
            if summary is None:
                context["errors"] = result.errors[:ERRORS_SHOWN]
            elif summary.missing:
                context["left_form"] = MarkLeftForm(unit=commune, only=[p["pk"] for p in summary.missing])
            return render(request, "learning/manage/roster_result.html", context)
    people = officials_in(commune).order_by("full_name", "pk").values("full_name", "phone", "position__name")
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("trang"))
    for person in page.object_list:
        person["phone_display"] = display_phone(person["phone"])
    audit(request, AuditAction.LIST_LEARNERS, unit=commune, detail=str(_("Danh sách cán bộ")))
    return render(
        request,
        "learning/manage/roster.html",
        {"commune": commune, "form": form, "page": page, "commune_url": _commune_url(commune)},
    )


def _pick_commune(request):
    units = visible_units(request.user).current()
    communes = units.communes().order_by("name_ascii")
    province = None
    if communes.count() > PICK_PROVINCE_ABOVE:
        code = request.GET.get("tinh", "").strip()
        if not code:
            form = UnitChoiceForm(
                units=units.provinces().order_by("name_ascii"), name="tinh", label=_("Tỉnh, thành phố")
            )
            return render(request, "learning/manage/roster_pick.html", {"form": form})
        province = units.provinces().filter(code=code).first()
        if province is None:
            raise PermissionDenied
        communes = communes.filter(parent=province)
    form = UnitChoiceForm(units=communes, name="xa", label=_("Xã, phường, đặc khu"))
    return render(request, "learning/manage/roster_pick.html", {"form": form, "province": province})


@require_POST
@manager_required
def roster_mark_left(request):
    commune = _commune(request)
    if commune is None:
        raise PermissionDenied
    form = MarkLeftForm(request.POST, unit=commune)
    if form.is_valid():
        count = mark_officials_left(
            unit=commune, people=list(form.cleaned_data["people"]), by=request.user, request=request
        )
        messages.success(
            request,
            _("Đã đánh dấu %(count)s người đã nghỉ hoặc chuyển công tác.") % {"count": count},
        )
    else:
        messages.error(request, " ".join(form.errors.get("people", [])))
    return redirect(_commune_url(commune))
