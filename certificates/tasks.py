"""django-q2 tasks: each takes ids, loads the rows and calls a service, so a second delivery is harmless."""

from certificates.bulk import bulk_finish, bulk_finish_containing, bulk_run
from certificates.rendering import certificate_render
from certificates.services import certificate_issue
from certificates.sweep import certificates_sweep
from learning.models import Enrolment


def issue_certificate(enrolment_id: int) -> int | None:
    """Issue the certificate for a completed enrolment and render it; returns the certificate's id."""
    enrolment = Enrolment.objects.filter(pk=enrolment_id).values("user_id", "course_id").first()
    if enrolment is None:
        return None
    certificate = certificate_issue(user_id=enrolment["user_id"], course_id=enrolment["course_id"])
    if certificate is None:
        return None
    certificate_render(certificate_id=certificate.pk)
    return certificate.pk


def render_certificate(certificate_id: int) -> bool:
    rendered = certificate_render(certificate_id=certificate_id)
    bulk_finish_containing(certificate_id=certificate_id)
    return rendered


def render_batch(run_id: int, certificate_ids: list[int]) -> int:
    rendered = sum(certificate_render(certificate_id=pk) for pk in certificate_ids)
    bulk_finish(run_id=run_id)
    return rendered


def run_bulk(run_id: int) -> None:
    bulk_run(run_id=run_id)


def sweep() -> dict:
    report = certificates_sweep()
    return {"renders": report.renders, "issues": report.issues, "runs": report.runs}
