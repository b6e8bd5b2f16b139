"""Turning a certificate row into its stored PDF, under a lease so that a lost or duplicated task
neither leaves it unrendered nor lets two workers overwrite each other."""

import datetime as dt
import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CertificateSettings, RenderStatus
from certificates.pdf import CertificateData, render_certificate

log = logging.getLogger(__name__)
# A render that failed this many times waits for a person (the listing shows the error).
MAX_RENDER_ATTEMPTS = 5


def lease() -> dt.timedelta:
    """Longer than a task's timeout: a worker still inside its time cannot lose the lease."""
    return dt.timedelta(seconds=settings.HOCSO_CERTIFICATE_LEASE_SECONDS)


def verify_url(code: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:verify", args=[code])


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    try:
        with image.file.open("rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        log.warning("Certificate image %s is missing its file", image.pk)
        return None


def certificate_data(
    certificate: Certificate, site_settings: CertificateSettings | None = None
) -> CertificateData:
    """What the PDF shows: the facts frozen on the row, and the signature and seal images of today."""
    if site_settings is None:
        from certificates.services import current_settings

        site_settings = current_settings()
    holder_unit = ", ".join(part for part in (certificate.unit_name, certificate.province_name) if part)
    return CertificateData(
        holder_name=certificate.holder_name,
        course_title=certificate.course_title,
        issued_on=certificate.issued_on,
        serial=certificate.serial,
        verify_url=verify_url(certificate.code),
        issuing_unit=certificate.issuing_unit,
        issuing_place=certificate.issuing_place,
        holder_unit=holder_unit,
        signer_title=certificate.signer_title,
        signer_name=certificate.signer_name,
        signature_png=_image_bytes(site_settings.signature),
        seal_png=_image_bytes(site_settings.seal),
    )


def claimable(now: dt.datetime) -> Q:
    """Rows a worker may take: waiting, failed with attempts left, or abandoned past their lease."""
    return (
        Q(status__in=[RenderStatus.PENDING, RenderStatus.FAILED])
        | Q(status=RenderStatus.RENDERING, lease_until__lt=now)
    ) & Q(render_attempts__lt=MAX_RENDER_ATTEMPTS)


def certificate_render(*, certificate_id: int) -> bool:
    """Render and store the PDF if nobody else holds it. True when this call produced the file.

    The claim is one conditional UPDATE, and the result is saved only while this call's lease
    token is still on the row, so a second delivery of the same task does nothing."""
    now = timezone.now()
    token = uuid.uuid4()
    claimed = Certificate.objects.filter(claimable(now), pk=certificate_id).update(
        status=RenderStatus.RENDERING,
        lease_until=now + lease(),
        lease_token=token,
        render_attempts=F("render_attempts") + 1,
    )
    if not claimed:
        return False
    certificate = Certificate.objects.get(pk=certificate_id)
    mine = Certificate.objects.filter(pk=certificate_id, lease_token=token, status=RenderStatus.RENDERING)
    try:
        pdf = render_certificate(certificate_data(certificate))
        name = default_storage.save(
            f"chung-nhan/{certificate.issued_on:%Y}/{certificate.serial}-{certificate.code}.pdf",
            ContentFile(pdf),
        )
    except Exception as error:  # noqa: BLE001 - any failure is recorded on the row for the sweep and the admin
        log.exception("Rendering certificate %s failed", certificate_id)
        mine.update(status=RenderStatus.FAILED, lease_until=None, last_error=str(error)[:300])
        return False
    previous = certificate.pdf.name
    if not mine.update(
        status=RenderStatus.READY, pdf=name, rendered_at=timezone.now(), lease_until=None, last_error=""
    ):
        # Our lease ran out and another worker took over: its file is the one to keep.
        default_storage.delete(name)
        return False
    if previous and previous != name:
        default_storage.delete(previous)
    return True
