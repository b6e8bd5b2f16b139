"""What one person adds to their commune's state figures, from their current records.

metrics.recount computes the same figures for every commune at once with its own queries; the two
must always agree."""

import datetime as dt
from collections import Counter

from django.utils import timezone

from learning.enrolment import requirements_for
from learning.models import Enrolment, Role, User
from metrics.measures import (
    ASSIGNED,
    COMPLETED_ANY,
    COURSE_ASSIGNED,
    COURSE_DONE,
    COURSE_OVERDUE,
    DONE,
    OVERDUE,
    REGISTERED,
    ROSTER,
    TRAINED,
    dim,
    key,
)


def counts_in_state(user: User | None) -> bool:
    return user is not None and user.erased_at is None and user.unit_id is not None


def contribution(user: User | None, *, today: dt.date | None = None) -> tuple[int | None, dict[str, int]]:
    """The commune this person counts in and their figures there ({} for someone who counts nowhere)."""
    if not counts_in_state(user):
        return None, {}
    if user.role == Role.OFFICIAL:
        return user.unit_id, _official(user, today or timezone.localdate())
    if user.role == Role.CITIZEN:
        return user.unit_id, _citizen(user)
    return user.unit_id, {}


def _completed_courses(user: User) -> set[int]:
    return set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_id", flat=True)
    )


def _official(user: User, today: dt.date) -> dict[str, int]:
    figures: Counter[str] = Counter()
    position = dim("position", user.position_id) if user.position_id else None

    def count(measure: str) -> None:
        figures[key(measure)] += 1
        if position:
            figures[key(measure, position)] += 1

    count(ROSTER)
    completed = _completed_courses(user)
    if completed:
        count(TRAINED)
    due: dict[int, dt.date] = {}
    for course_id, due_on in requirements_for(user).values_list("course_id", "due_on"):
        due[course_id] = min(due_on, due.get(course_id, due_on))
    if due:
        count(ASSIGNED)
        if completed.issuperset(due):
            count(DONE)
        if any(course_id not in completed and due_on < today for course_id, due_on in due.items()):
            count(OVERDUE)
    for course_id, due_on in due.items():
        course = dim("course", course_id)
        figures[key(COURSE_ASSIGNED, course)] += 1
        if course_id in completed:
            figures[key(COURSE_DONE, course)] += 1
        elif due_on < today:
            figures[key(COURSE_OVERDUE, course)] += 1
    return dict(figures)


def _citizen(user: User) -> dict[str, int]:
    figures = {key(REGISTERED): 1}
    gender = dim("gender", user.gender) if user.gender else None
    if gender:
        figures[key(REGISTERED, gender)] = 1
    if Enrolment.objects.filter(user=user, completed_at__isnull=False).exists():
        figures[key(COMPLETED_ANY)] = 1
        if gender:
            figures[key(COMPLETED_ANY, gender)] = 1
    return figures
