"""Manager screens for required courses; every lookup goes through the manager's scope."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from learning.audit import audit
from learning.forms_requirements import RequirementDueForm, RequirementForm
from learning.models import AuditAction
from learning.requirements import (
    requirement_create,
    requirement_delete,
    requirement_or_404,
    requirement_rows,
    requirement_update_due,
    visible_requirements,
)
from learning.views.manage_home import manager_required

PER_PAGE = 30


@manager_required
def requirement_list(request):
    requirements = visible_requirements(request.user).select_related("course", "unit", "position")
    page = Paginator(requirements.order_by("due_on", "pk"), PER_PAGE).get_page(request.GET.get("trang"))
    return render(
        request,
        "learning/manage/requirement_list.html",
        {"page": page, "rows": requirement_rows(page.object_list)},
    )


@manager_required
@require_http_methods(["GET", "POST"])
def requirement_new(request):
    if "chon_tinh" in request.POST:
        # "Chọn tỉnh" redraws the form with that province's communes, keeping what was typed, judging nothing.
        form = RequirementForm(user=request.user, initial=request.POST.dict())
    elif request.method == "POST":
        form = RequirementForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                requirement, count = requirement_create(actor=request.user, **form.service_arguments())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                audit(
                    request, AuditAction.REQUIREMENT_CHANGE, unit=requirement.unit, detail=f"+ {requirement}"
                )
                messages.success(request, _("Đã giao khóa học cho %(count)s người.") % {"count": count})
                return redirect("learning:manage_requirements")
    else:
        form = RequirementForm(user=request.user)
    return render(request, "learning/manage/requirement_form.html", {"form": form})


@manager_required
@require_http_methods(["GET", "POST"])
def requirement_edit(request, pk: int):
    requirement = requirement_or_404(request.user, pk)
    if request.method == "POST":
        form = RequirementDueForm(request.POST)
        if form.is_valid():
            try:
                requirement_update_due(
                    actor=request.user, requirement=requirement, due_on=form.cleaned_data["due_on"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                audit(
                    request,
                    AuditAction.REQUIREMENT_CHANGE,
                    unit=requirement.unit,
                    detail=f"{requirement} → {form.cleaned_data['due_on']:%d/%m/%Y}",
                )
                messages.success(request, _("Đã đổi hạn hoàn thành."))
                return redirect("learning:manage_requirements")
    else:
        form = RequirementDueForm(initial={"due_on": requirement.due_on})
    return render(
        request, "learning/manage/requirement_edit.html", {"form": form, "requirement": requirement}
    )


@manager_required
@require_http_methods(["GET", "POST"])
def requirement_delete_view(request, pk: int):
    requirement = requirement_or_404(request.user, pk)
    if request.method == "POST":
        audit(request, AuditAction.REQUIREMENT_CHANGE, unit=requirement.unit, detail=f"− {requirement}")
        requirement_delete(actor=request.user, requirement=requirement)
        messages.success(request, _("Đã bỏ yêu cầu bắt buộc. Người học vẫn giữ khóa học và tiến độ đã học."))
        return redirect("learning:manage_requirements")
    return render(request, "learning/manage/requirement_confirm_delete.html", {"requirement": requirement})
