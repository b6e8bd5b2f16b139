"""Issuing, revoking and re-issuing certificates. Each is safe to call twice: a repeated or
duplicated call finds the certificate already there instead of making a second one."""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_q.tasks import async_task

from certificates.models import (
    Certificate,
    CertificateSettings,
    CertificateState,
    RenderStatus,
    SerialCounter,
)
from certificates.signals import announce_certificate_changed
from learning.models import Enrolment

# No 0/o, 1/l/i: a code read aloud over the phone or typed from paper survives. 31**16 ≈ 2**79.
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 16
NO_PROVINCE = "00"


class CertificateError(Exception):
    """A refused change; the message is for the person who asked."""


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def next_serial(*, prefix: str, year: int) -> str:
    """The next serial for this province and year. Caller is inside a transaction: the counter's row
    stays locked by the UPDATE until it commits, so two issuers never get the same number."""
    SerialCounter.objects.get_or_create(prefix=prefix, year=year)
    SerialCounter.objects.filter(prefix=prefix, year=year).update(last=F("last") + 1)
    last = SerialCounter.objects.get(prefix=prefix, year=year).last
    return f"{prefix}-{year}-{last:06d}"


def current_settings() -> CertificateSettings:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return CertificateSettings()
    return CertificateSettings.for_site(site)


def _place_of(user) -> tuple:
    unit = user.unit
    province = unit.province() if unit is not None else None
    return unit, province


@transaction.atomic
def _create(*, enrolment: Enrolment, holder_name: str) -> Certificate:
    user = enrolment.user
    unit, province = _place_of(user)
    site_settings = current_settings()
    issued_on = timezone.localdate()
    certificate = Certificate(
        user=user,
        course=enrolment.course,
        code=new_code(),
        serial=next_serial(prefix=province.code if province else NO_PROVINCE, year=issued_on.year),
        holder_name=holder_name,
        course_title=enrolment.course.title,
        unit=unit,
        unit_name=unit.name_with_type if unit is not None and unit != province else "",
        province_name=province.name_with_type if province is not None else "",
        issuing_unit=site_settings.issuing_unit,
        issuing_place=site_settings.issuing_place,
        signer_title=site_settings.signer_title,
        signer_name=site_settings.signer_name,
        completed_at=enrolment.completed_at,
        issued_on=issued_on,
    )
    certificate.full_clean(exclude=["user", "course", "unit", "pdf"])
    certificate.save()
    announce_certificate_changed(certificate.pk)
    return certificate


def certificate_issue(*, user_id: int, course_id: int) -> Certificate | None:
    """The learner's certificate for this course, issued now if they completed it and have none.

    Returns the valid one, or the revoked one (a revoked certificate is never silently replaced),
    or None when the course is not complete. Two callers racing both get the same certificate:
    the partial unique constraint lets only one insert win, and the loser reads the winner's row.
    """
    existing = _latest(user_id, course_id)
    if existing is not None:
        return existing
    enrolment = (
        Enrolment.objects.filter(user_id=user_id, course_id=course_id, completed_at__isnull=False)
        .select_related("user__unit", "course")
        .first()
    )
    if enrolment is None or enrolment.user.erased_at is not None:
        return None
    try:
        return _create(enrolment=enrolment, holder_name=enrolment.user.full_name)
    except IntegrityError:
        return _latest(user_id, course_id)


def _latest(user_id: int, course_id: int) -> Certificate | None:
    return (
        Certificate.objects.filter(user_id=user_id, course_id=course_id)
        .exclude(state=CertificateState.SUPERSEDED)
        .order_by("-created_at")
        .first()
    )


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    reason = " ".join(reason.split())
    if not reason:
        raise CertificateError(_("Hãy ghi lý do thu hồi."))
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.state != CertificateState.VALID:
        raise CertificateError(_("Chỉ thu hồi được chứng nhận đang còn hiệu lực."))
    locked.state = CertificateState.REVOKED
    locked.revoked_at = timezone.now()
    locked.revoked_by = by
    locked.revoke_reason = reason
    locked.save(update_fields=["state", "revoked_at", "revoked_by", "revoke_reason"])
    announce_certificate_changed(locked.pk)
    return locked


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, holder_name: str, by) -> Certificate:
    """A new certificate with the corrected name; the old one is superseded and points to it.

    The learner's account takes the corrected name too, so later certificates are right."""
    holder_name = " ".join(holder_name.split())
    if not holder_name:
        raise CertificateError(_("Hãy nhập họ và tên đúng của người được cấp."))
    old = Certificate.objects.select_for_update().select_related("user").get(pk=certificate.pk)
    if old.state != CertificateState.VALID:
        raise CertificateError(_("Chỉ cấp lại được chứng nhận đang còn hiệu lực."))
    if old.course_id is None:
        raise CertificateError(_("Khóa học của chứng nhận này không còn nữa."))
    enrolment = (
        Enrolment.objects.filter(user_id=old.user_id, course_id=old.course_id)
        .select_related("user__unit", "course")
        .first()
    )
    if enrolment is None or enrolment.completed_at is None:
        raise CertificateError(_("Người học chưa hoàn thành khóa học này."))
    old.state = CertificateState.SUPERSEDED
    old.save(update_fields=["state"])
    new = _create(enrolment=enrolment, holder_name=holder_name)
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    if old.user.full_name != holder_name:
        old.user.full_name = holder_name
        old.user.save(update_fields=["full_name"])
    transaction.on_commit(lambda: enqueue_render(new.pk))
    return new


def enqueue_issue(enrolment_id: int) -> None:
    async_task("certificates.tasks.issue_certificate", enrolment_id, task_name=f"cert-issue-{enrolment_id}")


def enqueue_render(certificate_id: int) -> None:
    async_task("certificates.tasks.render_certificate", certificate_id)


@transaction.atomic
def certificates_erase(*, user) -> int:
    """The holder asked for their personal data to be erased: their certificates stop naming them
    and stop being valid, and the PDFs, which carry the full name, are deleted."""
    reason = _("Người được cấp đã yêu cầu xóa dữ liệu cá nhân.")
    now = timezone.now()
    erased = 0
    for certificate in Certificate.objects.select_for_update().filter(user=user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.holder_name = user.full_name
        certificate.unit = None
        if certificate.state == CertificateState.VALID:
            certificate.state = CertificateState.REVOKED
            certificate.revoked_at = now
            certificate.revoke_reason = reason
        certificate.save(update_fields=["pdf", "holder_name", "unit", "state", "revoked_at", "revoke_reason"])
        announce_certificate_changed(certificate.pk)
        erased += 1
    return erased


@transaction.atomic
def certificate_rerender(*, certificate: Certificate) -> None:
    """Render again a PDF that failed: the sweep gives up after MAX_RENDER_ATTEMPTS and waits for a
    person, who fixes the cause (a missing font, a full disk) and asks for this.

    Only a failed one: a pending or rendering one is already on its way, and the conditional UPDATE
    keeps a double click from queueing two renders."""
    restarted = Certificate.objects.filter(pk=certificate.pk, status=RenderStatus.FAILED).update(
        status=RenderStatus.PENDING, render_attempts=0, lease_until=None, lease_token=None
    )
    if not restarted:
        raise CertificateError(_("Chỉ tạo lại được tệp của chứng nhận đang bị lỗi khi tạo tệp."))
    transaction.on_commit(lambda: enqueue_render(certificate.pk))
