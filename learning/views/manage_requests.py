from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from learning.audit import audit
from learning.forms_privacy import EraseForm, RequestCloseForm
from learning.models import AuditAction, DataRequestKind, DataRequestStatus
from learning.privacy import data_request_close, erase_person, inbox_order, is_overdue, requests_visible_to
from learning.views.manage_home import manager_required


@manager_required
def manage_requests(request):
    page = Paginator(inbox_order(requests_visible_to(request.user)), 50).get_page(request.GET.get("trang"))
    rows = [(data_request, is_overdue(data_request)) for data_request in page]
    return render(request, "learning/manage/requests.html", {"page": page, "rows": rows})


@manager_required
@require_http_methods(["GET", "POST"])
def manage_request(request, pk: int):
    # Outside the manager's scope a request is "not found", so ids cannot be probed.
    data_request = get_object_or_404(requests_visible_to(request.user), pk=pk)
    person = data_request.user
    close_form, erase_form = RequestCloseForm(), EraseForm()
    action = request.POST.get("action")
    if request.method == "POST" and action == "erase" and data_request.kind == DataRequestKind.DELETION:
        erase_form = EraseForm(request.POST)
        if erase_form.is_valid() and person is not None and data_request.status == DataRequestStatus.OPEN:
            erase_person(person, by=request.user)
            audit(
                request, AuditAction.ERASE_LEARNER, subject=person, detail=f"data_request={data_request.pk}"
            )
            messages.success(
                request, _("Đã xóa dữ liệu cá nhân. Số liệu thống kê ẩn danh của xã được giữ lại.")
            )
            return redirect("learning:manage_requests")
        if erase_form.is_valid():
            messages.error(request, _("Yêu cầu này đã được xử lý."))
            return redirect("learning:manage_request", pk=data_request.pk)
    elif request.method == "POST" and action == "close":
        close_form = RequestCloseForm(request.POST)
        if close_form.is_valid():
            try:
                data_request_close(
                    data_request=data_request,
                    by=request.user,
                    status=close_form.cleaned_data["decision"],
                    response=close_form.cleaned_data["response"],
                )
            except ValidationError as error:
                close_form.add_error(None, error.messages)
            else:
                messages.success(request, _("Đã lưu cách xử lý yêu cầu."))
                return redirect("learning:manage_requests")
    elif request.method == "POST":
        messages.error(request, _("Thao tác không hợp lệ."))
    else:
        audit(request, AuditAction.VIEW_LEARNER, subject=person, detail=f"data_request={data_request.pk}")
    return render(
        request,
        "learning/manage/requests_detail.html",
        {
            "data_request": data_request,
            "person": person,
            "is_overdue": is_overdue(data_request),
            "is_open": data_request.status == DataRequestStatus.OPEN,
            "is_deletion": data_request.kind == DataRequestKind.DELETION,
            "close_form": close_form,
            "erase_form": erase_form,
        },
    )
