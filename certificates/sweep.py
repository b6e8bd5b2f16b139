"""The scheduled safety net: a task can be lost (a killed worker, a Redis broker that already handed
it out) or run twice, so every few minutes whatever should have happened and did not is queued again."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django_q.tasks import async_task

from certificates.models import BulkRun, BulkStatus, Certificate, CertificateState, RenderStatus
from certificates.rendering import claimable, lease
from certificates.services import enqueue_issue, enqueue_render
from learning.models import Enrolment

SWEEP_LIMIT = 500


@dataclass(frozen=True)
class SweepReport:
    renders: int
    issues: int
    runs: int


def certificates_sweep(*, now: dt.datetime | None = None) -> SweepReport:
    now = now or timezone.now()
    settled_since = now - lease()
    # A fresh pending row is probably in its issuing task right now; leave it one lease of time.
    # Only a valid certificate's paper is worth drawing; a revoked or superseded one is never handed out.
    stuck = Certificate.objects.filter(claimable(now), state=CertificateState.VALID).exclude(
        status=RenderStatus.PENDING, created_at__gte=settled_since
    )
    renders = list(stuck.values_list("pk", flat=True)[:SWEEP_LIMIT])
    for pk in renders:
        enqueue_render(pk)
    has_certificate = Certificate.objects.filter(user_id=OuterRef("user_id"), course_id=OuterRef("course_id"))
    missing = list(
        Enrolment.objects.filter(completed_at__isnull=False, user__erased_at__isnull=True)
        .exclude(Exists(has_certificate))
        .values_list("pk", flat=True)[:SWEEP_LIMIT]
    )
    for pk in missing:
        enqueue_issue(pk)
    runs = list(
        BulkRun.objects.exclude(status=BulkStatus.DONE)
        .filter(Q(lease_until__lt=now) | Q(lease_until__isnull=True, created_at__lt=settled_since))
        .values_list("pk", flat=True)
    )
    for pk in runs:
        async_task("certificates.tasks.run_bulk", pk)
    return SweepReport(renders=len(renders), issues=len(missing), runs=len(runs))
