"""Keep derived state in step when people change: a new unit, role or position brings its required courses."""

from django.db.models.signals import post_save


def enrol_in_required_courses(sender, instance, created, raw=False, **kwargs):
    if raw or instance.unit_id is None or instance.erased_at is not None:
        return
    from learning.enrolment import sync_required_enrolments

    sync_required_enrolments(instance)


def connect() -> None:
    from learning.models import User

    post_save.connect(enrol_in_required_courses, sender=User, dispatch_uid="learning-required-courses")
