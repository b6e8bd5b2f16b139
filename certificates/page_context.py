"""What a signed-in learner sees about their certificate on a course page (connected in
CertificatesConfig.ready through courses.hooks)."""

from certificates.models import CertificateState
from certificates.selectors import current_certificate


def course_certificate(request, page, context) -> dict:
    # Anonymous course pages are cached and shared, so they get nothing personal.
    if not request.user.is_authenticated:
        return {}
    latest = current_certificate(user=request.user, course_id=page.pk)
    if latest is not None and latest.state == CertificateState.VALID:
        return {"certificate": latest, "certificate_revoked": False}
    # A revoked certificate is not replaced by itself: the page must not say one is on its way.
    return {"certificate": None, "certificate_revoked": latest is not None}
