"""Bulk certificate pages for managers and trainers: start a run for a unit, watch it, download the
one PDF for printing or the zip. The work is done by certificates.bulk in django-q2 tasks."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, QuerySet
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from certificates.bulk import bulk_progress, bulk_start, unit_and_below
from certificates.forms_bulk import BulkRunForm
from certificates.models import BulkRun, BulkStatus, RenderStatus
from cms.text import fold
from learning.audit import audit
from learning.models import AuditAction, Role
from learning.scope import visible_units

PER_PAGE = 30
# How often the page reloads itself without JavaScript, and polls with it (bulk-progress.js).
REFRESH_SECONDS = 3
POLL_MILLISECONDS = 2000


def bulk_staff_required(view):
    """Signed in as a manager or a trainer. Managers must also have passed the second factor:
    SecondFactorMiddleware asks for it on /quan-ly/; this keeps the rule if the middleware is bypassed."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not (user.is_manager or user.role == Role.TRAINER):
            raise PermissionDenied
        if user.needs_second_factor and not user.is_verified():
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def visible_runs(user) -> QuerySet[BulkRun]:
    """Runs for units within a manager's scope; for a trainer, the runs they asked for in their own unit."""
    runs = BulkRun.objects.select_related("course", "unit", "requested_by")
    if user.is_manager:
        return runs.filter(unit__in=visible_units(user))
    if user.role == Role.TRAINER and user.unit_id is not None:
        return runs.filter(requested_by=user, unit_id__in=unit_and_below(user.unit))
    return runs.none()


def _layout(user) -> str:
    # Trainers have no manager menu: its other pages would refuse them.
    return "learning/manage/base.html" if user.is_manager else "certificates/manage/bulk_layout.html"


def _render(request, template: str, context: dict):
    return render(request, template, {"layout": _layout(request.user), **context})


@bulk_staff_required
@require_GET
def bulk_list(request):
    runs = visible_runs(request.user).annotate(
        ready=Count("certificates", filter=Q(certificates__status=RenderStatus.READY)),
        included=Count("certificates"),
        packed=F("total") - F("failed"),
    )
    page = Paginator(runs.order_by("-created_at", "-pk"), PER_PAGE).get_page(request.GET.get("trang"))
    return _render(request, "certificates/manage/bulk_list.html", {"page": page})


@bulk_staff_required
@require_http_methods(["GET", "POST"])
def bulk_new(request):
    if "chon_tinh" in request.POST:
        # "Chọn tỉnh" redraws the form with that province's communes, keeping the choices, judging nothing.
        form = BulkRunForm(user=request.user, initial=request.POST.dict())
    elif request.method == "POST":
        form = BulkRunForm(request.POST, user=request.user)
        if form.is_valid():
            run = bulk_start(by=request.user, **form.service_arguments())
            return redirect("certificates:bulk_detail", pk=run.pk)
    else:
        form = BulkRunForm(user=request.user)
    return _render(request, "certificates/manage/bulk_new.html", {"form": form})


def _progress(run: BulkRun) -> dict:
    progress = bulk_progress(run)
    return {**progress, "status": run.status, "status_label": run.get_status_display()}


@bulk_staff_required
@require_GET
@never_cache
def bulk_detail(request, pk: int):
    run = get_object_or_404(visible_runs(request.user), pk=pk)
    progress = _progress(run)
    return _render(
        request,
        "certificates/manage/bulk_detail.html",
        {
            "run": run,
            "progress": progress,
            # What the combined PDF holds: fixed when the run was packed, whatever happens later.
            "pages": run.total - run.failed if progress["done"] else 0,
            "refresh_seconds": REFRESH_SECONDS,
            "poll_milliseconds": POLL_MILLISECONDS,
        },
    )


@bulk_staff_required
@require_GET
@never_cache
def bulk_progress_view(request, pk: int):
    run = get_object_or_404(visible_runs(request.user), pk=pk)
    return JsonResponse(_progress(run))


def _download(request, pk: int, *, field: str, extension: str):
    run = get_object_or_404(visible_runs(request.user), pk=pk)
    stored = getattr(run, field)
    if run.status != BulkStatus.DONE or not stored:
        raise Http404
    try:
        handle = stored.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    # A file full of people's names leaves the site: it is logged like any other export.
    audit(
        request, AuditAction.EXPORT_LEARNERS, unit=run.unit, detail=f"bulk_certificates={run.pk} {extension}"
    )
    name = "-".join(part for part in ("chung-nhan", slugify(fold(run.course.slug)), run.unit.code) if part)
    return FileResponse(handle, as_attachment=True, filename=f"{name}.{extension}")


@bulk_staff_required
@require_GET
def bulk_download_pdf(request, pk: int):
    return _download(request, pk, field="combined_pdf", extension="pdf")


@bulk_staff_required
@require_GET
def bulk_download_zip(request, pk: int):
    return _download(request, pk, field="archive", extension="zip")
