"""The learner's own certificates: the list under "Chứng nhận của tôi" and the PDF download.

Both are personal, so neither may be kept by a shared cache; another learner's certificate is
answered as if it did not exist (404), which says nothing about which codes are real."""

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from certificates.models import Certificate, RenderStatus
from certificates.rendering import verify_url
from certificates.selectors import certificates_of, downloadable_certificate

# Without JavaScript the list reloads itself this often while a PDF is still being made.
REFRESH_SECONDS = 10
IN_PROGRESS = (RenderStatus.PENDING, RenderStatus.RENDERING)


@dataclass(frozen=True)
class MyCertificate:
    certificate: Certificate
    share_url: str

    @property
    def in_progress(self) -> bool:
        return self.certificate.is_valid and self.certificate.status in IN_PROGRESS


@login_required
@require_safe
def my_certificates(request):
    rows = [
        MyCertificate(certificate=certificate, share_url=verify_url(certificate.code))
        for certificate in certificates_of(user=request.user)
    ]
    context = {
        "rows": rows,
        "refresh_seconds": REFRESH_SECONDS if any(row.in_progress for row in rows) else None,
        "shareable": any(row.certificate.is_valid and row.certificate.is_ready for row in rows),
    }
    response = render(request, "certificates/mine.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def download(request, code: str):
    certificate = downloadable_certificate(user=request.user, code=code)
    if certificate is None:
        raise Http404
    try:
        handle = certificate.pdf.open("rb")
    except OSError as missing:
        # The row says "ready" but the file is gone (a lost disk, a restore): nothing to hand out.
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"chung-nhan-{certificate.serial}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
