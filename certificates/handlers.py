"""Receivers for the lower apps' signals."""

from certificates.services import enqueue_issue


def issue_on_completion(sender, enrolment, **kwargs) -> None:
    # learning sends course_completed only after its transaction commits, so the row is there to read.
    enqueue_issue(enrolment.pk)
