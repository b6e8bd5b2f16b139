"""Signals that higher apps (certificates, metrics) connect to in their apps.py."""

from django.db import transaction
from django.dispatch import Signal

# Sent once per learner and course, after the transaction that completed it commits.
# Arguments: enrolment, user, course.
course_completed = Signal()
# Sent after any accepted progress event; arguments: user, course, lesson, verb.
progress_recorded = Signal()
# Sent inside the transaction that erases a person's data, so higher apps erase theirs with it.
# Arguments: user.
person_erased = Signal()
# Sent after the transaction commits when units were merged or the official list was loaded.
units_changed = Signal()


# Sent after the transaction commits whenever people's role, unit, position or required courses
# may have changed in bulk (a roster import, a requirement, a merger) or through a service that
# saves without a model signal. Argument: user_ids (a list).
people_changed = Signal()


def announce_people_changed(user_ids) -> None:
    ids = sorted(set(user_ids))
    if ids:
        transaction.on_commit(lambda: people_changed.send(sender=None, user_ids=ids))
