"""Bulk runs: issue or re-render the certificates of everyone in a unit who completed a course,
then bind them into one PDF for printing and one zip of the individual files."""

import io
import zipfile

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_q.tasks import async_task

from certificates.models import BulkAction, BulkRun, BulkStatus, Certificate, CertificateState, RenderStatus
from certificates.pdf import render_certificates
from certificates.rendering import MAX_RENDER_ATTEMPTS, certificate_data, lease
from certificates.services import certificate_issue, current_settings
from cms.text import fold
from learning.models import AdministrativeUnit, Enrolment, Role
from learning.scope import visible_units

# Small enough that a batch finishes far inside a task's timeout, large enough to keep both workers busy.
BATCH_SIZE = 20


def unit_and_below(unit: AdministrativeUnit) -> list[int]:
    """The unit and every unit under it, however deep the tree is."""
    found, frontier = [unit.pk], [unit.pk]
    while frontier:
        frontier = list(
            AdministrativeUnit.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        found.extend(frontier)
    return found


def may_run_bulk(user, unit: AdministrativeUnit) -> bool:
    """Managers within the units they may see; a trainer for their own unit and the units under it."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or visible_units(user).filter(pk=unit.pk).exists():
        return True
    if user.role == Role.TRAINER and user.unit_id is not None:
        return unit.pk in unit_and_below(user.unit)
    return False


def bulk_start(*, course, unit: AdministrativeUnit, action: str, by) -> BulkRun:
    if not may_run_bulk(by, unit):
        raise PermissionDenied
    run = BulkRun.objects.create(course=course, unit=unit, action=action, requested_by=by)
    transaction.on_commit(lambda: async_task("certificates.tasks.run_bulk", run.pk))
    return run


def _touch(run_id: int) -> None:
    BulkRun.objects.filter(pk=run_id).update(lease_until=timezone.now() + lease())


def bulk_run(*, run_id: int) -> None:
    """Make sure everyone has their certificate, then hand out the rendering in batches.

    Safe to run again after a crash (the sweep does): issuing finds existing certificates, and
    only certificates not yet rendered are handed out again."""
    run = BulkRun.objects.filter(pk=run_id).first()
    if run is None or run.status == BulkStatus.DONE:
        return
    _touch(run_id)
    learners = Enrolment.objects.filter(
        course_id=run.course_id,
        completed_at__isnull=False,
        user__unit_id__in=unit_and_below(run.unit),
        user__erased_at__isnull=True,
    ).values_list("user_id", flat=True)
    ids = []
    for user_id in learners.iterator():
        certificate = certificate_issue(user_id=user_id, course_id=run.course_id)
        if certificate is not None and certificate.state == CertificateState.VALID:
            ids.append(certificate.pk)
    run.certificates.add(*ids)
    if run.status == BulkStatus.QUEUED:
        if run.action == BulkAction.RERENDER:
            Certificate.objects.filter(
                pk__in=ids, status__in=[RenderStatus.READY, RenderStatus.FAILED]
            ).update(status=RenderStatus.PENDING, render_attempts=0)
        BulkRun.objects.filter(pk=run_id, status=BulkStatus.QUEUED).update(
            status=BulkStatus.RUNNING, total=run.certificates.count()
        )
    waiting = list(
        run.certificates.exclude(status=RenderStatus.READY)
        .filter(render_attempts__lt=MAX_RENDER_ATTEMPTS)
        .values_list("pk", flat=True)
    )
    for start in range(0, len(waiting), BATCH_SIZE):
        async_task("certificates.tasks.render_batch", run_id, waiting[start : start + BATCH_SIZE])
    bulk_finish(run_id=run_id)


def bulk_progress(run: BulkRun) -> dict:
    ready = run.certificates.filter(status=RenderStatus.READY).count()
    failed = run.certificates.filter(
        status=RenderStatus.FAILED, render_attempts__gte=MAX_RENDER_ATTEMPTS
    ).count()
    total = run.total or run.certificates.count()
    return {
        "total": total,
        "ready": ready,
        "failed": failed,
        "percent": round(100 * ready / total) if total else (100 if run.status == BulkStatus.DONE else 0),
        "done": run.status == BulkStatus.DONE,
    }


def bulk_finish_containing(*, certificate_id: int) -> None:
    """A render queued by the sweep belongs to no batch; the runs waiting for it are finished here."""
    runs = BulkRun.objects.filter(certificates=certificate_id).exclude(
        status__in=[BulkStatus.DONE, BulkStatus.QUEUED]
    )
    for run_id in runs.values_list("pk", flat=True):
        bulk_finish(run_id=run_id)


def bulk_finish(*, run_id: int) -> bool:
    """When every certificate of the run is settled, one caller claims the run and packs the files."""
    run = BulkRun.objects.filter(pk=run_id).first()
    if run is None or run.status in (BulkStatus.DONE, BulkStatus.QUEUED):
        return False
    unsettled = run.certificates.exclude(status=RenderStatus.READY).filter(
        render_attempts__lt=MAX_RENDER_ATTEMPTS
    )
    if unsettled.exists():
        _touch(run_id)
        return False
    now = timezone.now()
    claimed = BulkRun.objects.filter(
        Q(status=BulkStatus.RUNNING) | Q(status=BulkStatus.ASSEMBLING, lease_until__lt=now), pk=run_id
    ).update(status=BulkStatus.ASSEMBLING, lease_until=now + lease())
    if not claimed:
        return False
    ready = sorted(
        run.certificates.filter(status=RenderStatus.READY),
        key=lambda certificate: (
            fold(certificate.unit_name),
            fold(certificate.holder_name),
            certificate.serial,
        ),
    )
    site_settings = current_settings()
    stamp = f"{run.pk}-{timezone.localtime(now):%Y%m%d-%H%M}"
    combined = render_certificates([certificate_data(certificate, site_settings) for certificate in ready])
    buffer = io.BytesIO()
    # The PDFs are already compressed; storing them keeps packing fast.
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in ready:
            with certificate.pdf.open("rb") as handle:
                archive.writestr(f"{certificate.serial} {certificate.holder_name}.pdf", handle.read())
    run.combined_pdf.save(f"chung-nhan-{stamp}.pdf", ContentFile(combined), save=False)
    run.archive.save(f"chung-nhan-{stamp}.zip", ContentFile(buffer.getvalue()), save=False)
    BulkRun.objects.filter(pk=run_id, status=BulkStatus.ASSEMBLING).update(
        status=BulkStatus.DONE,
        combined_pdf=run.combined_pdf.name,
        archive=run.archive.name,
        failed=len(run.certificates.all()) - len(ready),
        total=run.certificates.count(),
        finished_at=timezone.now(),
        lease_until=None,
    )
    return True
