"""The read-only audit log: who viewed or exported whose records, within the viewer's units.

Reading the log is not itself logged: it holds no learner records beyond names already
visible to the same manager. Whoever acted is named through their account, so an erased person
reads as erased; their IP addresses are for national administrators only.
"""

from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from learning.models import AuditAction, AuditEntry, Role
from learning.scope import visible_units
from learning.views.manage_home import manager_required

PER_PAGE = 50
DATE_ERRORS = {"invalid": _("Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 05/03/2026.")}


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Hành động"),
        required=False,
        choices=[("", _("Tất cả hành động")), *AuditAction.choices],
        error_messages={"invalid_choice": _("Xin chọn một hành động trong danh sách.")},
    )
    date_from = forms.DateField(
        label=_("Từ ngày"),
        required=False,
        input_formats=["%d/%m/%Y"],
        error_messages=DATE_ERRORS,
        widget=forms.TextInput(attrs={"placeholder": _("ngày/tháng/năm"), "inputmode": "numeric"}),
    )
    date_to = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        input_formats=["%d/%m/%Y"],
        error_messages=DATE_ERRORS,
        widget=forms.TextInput(attrs={"placeholder": _("ngày/tháng/năm"), "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("“Từ ngày” phải trước hoặc bằng “Đến ngày”."))
        return cleaned


def sees_whole_log(user) -> bool:
    return user.is_superuser or user.role == Role.NATIONAL_ADMIN


def audit_entries_for(
    user, *, action: str = "", date_from: date | None = None, date_to: date | None = None
) -> QuerySet[AuditEntry]:
    """Entries this user may read: everything for national administrators, else their units' entries.

    Dates are calendar days in Vietnam's time zone (the project's TIME_ZONE).
    """
    entries = AuditEntry.objects.select_related("actor", "subject", "unit")
    if not sees_whole_log(user):
        entries = entries.filter(unit__in=visible_units(user))
    if action:
        entries = entries.filter(action=action)
    if date_from:
        entries = entries.filter(at__date__gte=date_from)
    if date_to:
        entries = entries.filter(at__date__lte=date_to)
    return entries.order_by("-at", "-pk")


@require_safe
@manager_required
def manage_audit(request):
    form = AuditFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.cleaned_data if form.is_bound else {}
        entries = audit_entries_for(
            request.user,
            action=filters.get("action", ""),
            date_from=filters.get("date_from"),
            date_to=filters.get("date_to"),
        )
        page = Paginator(entries, PER_PAGE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request,
        "learning/manage/audit.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "show_ip": sees_whole_log(request.user),
        },
    )
