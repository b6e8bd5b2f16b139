"""Receivers: each event that changes a figure updates it at once (the recount checks them nightly)."""

from django.core.cache import cache
from django.db import transaction
from django_q.tasks import async_task

from certificates.models import Certificate
from learning.models import Enrolment, User
from metrics import tallies
from metrics.facts import current_month
from metrics.rollup import rollup_rebuild
from metrics.services import learners_refresh, tally_record
from quizzes.models import Attempt

# More people than this are refreshed by a task, not inside the request that changed them.
INLINE_LIMIT = 50


def _refresh(user_ids) -> None:
    ids = sorted(set(user_ids))
    if len(ids) > INLINE_LIMIT:
        async_task("metrics.tasks.refresh_learners", ids)
    elif ids:
        learners_refresh(ids)


def on_course_completed(sender, enrolment, **kwargs) -> None:
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
    tally_record(tallies.completion(enrolment))
    learners_refresh([enrolment.user_id])


def on_progress(sender, user, **kwargs) -> None:
    """The first learning event of a person in a month makes them active that month. The cache keeps
    the hot path (every progress event) to one lookup; the unique tally keeps it right without it."""
    month = current_month()
    marker = f"metrics-active:{user.pk}:{month:%Y-%m}"
    if cache.get(marker):
        return
    # The person as the request loaded them: their commune at the moment of the event.
    tally_record(tallies.activity(user, month))
    cache.set(marker, True, 40 * 24 * 3600)


def on_attempt_submitted(sender, attempt, **kwargs) -> None:
    attempt = Attempt.objects.select_related("user", "quiz").get(pk=attempt.pk)
    tally_record(tallies.final_attempt(attempt))


def on_certificate_changed(sender, certificate_id, **kwargs) -> None:
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None:
        return
    tally_record(tallies.certificate_issue(certificate))
    tally_record(tallies.certificate_revocation(certificate))


def on_people_changed(sender, user_ids, **kwargs) -> None:
    for user in User.objects.filter(pk__in=user_ids).iterator():
        tally_record(tallies.registration(user))
    _refresh(user_ids)


def on_user_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if raw:
        return
    pk = instance.pk

    def later() -> None:
        user = User.objects.filter(pk=pk).first()
        if user is None:
            return
        if created:
            tally_record(tallies.registration(user))
        learners_refresh([pk])

    transaction.on_commit(later)


def on_user_deleted(sender, instance, **kwargs) -> None:
    pk = instance.pk
    transaction.on_commit(lambda: learners_refresh([pk]))


def on_person_erased(sender, user, **kwargs) -> None:
    pk = user.pk
    transaction.on_commit(lambda: learners_refresh([pk]))


def on_units_changed(sender, **kwargs) -> None:
    rollup_rebuild()
