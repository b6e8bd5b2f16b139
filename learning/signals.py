"""Signals that higher apps (certificates, metrics) connect to in their apps.py."""

from django.dispatch import Signal

# Sent once per learner and course, after the transaction that completed it commits.
# Arguments: enrolment, user, course.
course_completed = Signal()
# Sent after any accepted progress event; arguments: user, course, lesson, verb.
progress_recorded = Signal()
# Sent inside the transaction that erases a person's data, so higher apps erase theirs with it.
# Arguments: user.
person_erased = Signal()
