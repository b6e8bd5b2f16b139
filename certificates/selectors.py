"""Reads of a learner's own certificates, shared by their list, the download and the course page."""

from django.db.models import Case, IntegerField, Value, When

from certificates.models import Certificate, CertificateState, RenderStatus


def certificates_of(*, user) -> list[Certificate]:
    """The learner's certificates in one query: those still valid first, then the revoked and
    superseded ones; newest first within each."""
    return list(
        Certificate.objects.filter(user=user)
        .annotate(
            stale=Case(
                When(state=CertificateState.VALID, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("stale", "-issued_on", "-created_at", "-pk")
    )


def downloadable_certificate(*, user, code: str) -> Certificate | None:
    """The learner's own certificate with this code, if it is valid and its PDF is ready. A revoked
    or replaced paper is never handed out again, even to its holder."""
    return (
        Certificate.objects.filter(
            user=user, code=code, state=CertificateState.VALID, status=RenderStatus.READY
        )
        .exclude(pdf="")
        .first()
    )


def current_certificate(*, user, course_id: int) -> Certificate | None:
    """The learner's latest certificate for the course that was not replaced: the valid one, or a
    revoked one (which is never replaced automatically, so the course page must not promise one)."""
    return (
        Certificate.objects.filter(user=user, course_id=course_id)
        .exclude(state=CertificateState.SUPERSEDED)
        .order_by("-created_at", "-pk")
        .first()
    )
