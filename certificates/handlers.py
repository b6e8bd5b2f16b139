"""Receivers for the lower apps' signals."""

from certificates.services import certificates_erase, enqueue_issue


def issue_on_completion(sender, enrolment, **kwargs) -> None:
    # learning sends course_completed only after its transaction commits, so the row is there to read.
    enqueue_issue(enrolment.pk)


def erase_with_person(sender, user, **kwargs) -> None:
    certificates_erase(user=user)
