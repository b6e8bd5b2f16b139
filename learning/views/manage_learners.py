import csv

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.spreadsheets import safe_cell
from learning.audit import audit
from learning.forms_manage import LearnerFilterForm
from learning.models import AuditAction, Enrolment, LessonProgress
from learning.scope import learner_or_404
from learning.selectors import learners_for
from learning.views.manage_home import manager_required


def _filters_for_audit(request) -> str:
    # What was filtered, without the free-text search: a searched name or number is personal data.
    return "&".join(f"{key}={request.GET[key]}" for key in ("unit", "role") if request.GET.get(key))


def _filtered(request):
    form = LearnerFilterForm(request.GET or None, viewer=request.user)
    if form.is_bound and not form.is_valid():
        # A tampered or stale filter shows nobody rather than falling back to everybody.
        return form, None
    filters = form.cleaned_data if form.is_bound else {}
    people = learners_for(
        request.user, unit=filters.get("unit"), role=filters.get("role", ""), query=filters.get("q", "")
    )
    return form, people


@manager_required
def learner_list(request):
    form, people = _filtered(request)
    page = Paginator(people, 50).get_page(request.GET.get("trang")) if people is not None else None
    if page is not None:
        audit(request, AuditAction.LIST_LEARNERS, detail=_filters_for_audit(request))
    return render(request, "learning/manage/learners.html", {"form": form, "page": page})


@manager_required
def learner_detail(request, pk: int):
    person = learner_or_404(request.user, pk)
    audit(request, AuditAction.VIEW_LEARNER, subject=person)
    enrolments = (
        Enrolment.objects.filter(user=person).select_related("course", "last_lesson").order_by("-enrolled_at")
    )
    progress = (
        LessonProgress.objects.filter(user=person).select_related("lesson").order_by("-last_event_at")[:50]
    )
    return render(
        request,
        "learning/manage/learner.html",
        {"person": person, "enrolments": enrolments, "progress": progress},
    )


@manager_required
def learner_export(request):
    form, people = _filtered(request)
    if people is None:
        return render(request, "learning/manage/learners.html", {"form": form, "page": None}, status=400)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().strftime("%d-%m-%Y")
    response["Content-Disposition"] = f'attachment; filename="hoc-vien-{stamp}.csv"'
    response.write("\ufeff")  # Excel needs the BOM to read Vietnamese as UTF-8.
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Họ và tên"),
            _("Số điện thoại"),
            _("Đối tượng"),
            _("Chức vụ"),
            _("Xã, phường, đặc khu"),
            _("Mã đơn vị"),
            _("Tỉnh, thành phố"),
            _("Số khóa đã ghi danh"),
            _("Số khóa đã hoàn thành"),
        ]
    )
    count = 0
    for person in people.iterator(chunk_size=500):
        count += 1
        writer.writerow(
            safe_cell(value)
            for value in [
                person.full_name,
                person.phone_display,
                person.get_role_display(),
                person.position.name if person.position else "",
                person.unit.name_with_type if person.unit else "",
                person.unit.code if person.unit else "",
                person.unit.parent.name_with_type if person.unit and person.unit.parent else "",
                person.enrolled,
                person.completed,
            ]
        )
    audit(request, AuditAction.EXPORT_LEARNERS, detail=f"{count} — {_filters_for_audit(request)}")
    return response
