"""What one person adds to their commune's state figures, from their current records.

metrics.recount computes the same figures for every commune at once with its own queries; the two
must always agree."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from learning.enrolment import CourseRecords, course_records
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


@dataclass(frozen=True)
class Person:
    """What the state figures read of a person."""

    pk: int
    role: str
    unit_id: int | None
    parent_id: int | None  # the unit's parent: a province's requirements apply to its communes
    position_id: int | None
    gender: str
    erased: bool

    @classmethod
    def of(cls, user: User) -> "Person":
        parent_id = user.unit.parent_id if user.unit_id else None
        erased = user.erased_at is not None
        return cls(user.pk, user.role, user.unit_id, parent_id, user.position_id, user.gender, erased)


def counts_in_state(person: Person | None) -> bool:
    return person is not None and not person.erased and person.unit_id is not None


def contribution(
    person: Person | User | None, *, today: dt.date | None = None
) -> tuple[int | None, dict[str, int]]:
    """The commune this person counts in and their figures there ({} for someone who counts nowhere)."""
    if isinstance(person, User):
        person = Person.of(person)
    if not counts_in_state(person):
        return None, {}
    if person.role == Role.OFFICIAL:
        return person.unit_id, _official(person, today or timezone.localdate())
    if person.role == Role.CITIZEN:
        return person.unit_id, _citizen(person)
    return person.unit_id, {}


def _records(person: Person) -> CourseRecords:
    return course_records(
        person.pk,
        role=person.role,
        unit_id=person.unit_id,
        parent_id=person.parent_id,
        position_id=person.position_id,
    )


def _official(person: Person, today: dt.date) -> dict[str, int]:
    figures: Counter[str] = Counter()
    position = dim("position", person.position_id) if person.position_id else None

    def count(measure: str) -> None:
        figures[key(measure)] += 1
        if position:
            figures[key(measure, position)] += 1

    count(ROSTER)
    records = _records(person)
    completed, due = records.completed, records.due
    if completed:
        count(TRAINED)
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


def _citizen(person: Person) -> dict[str, int]:
    figures = {key(REGISTERED): 1}
    gender = dim("gender", person.gender) if person.gender else None
    if gender:
        figures[key(REGISTERED, gender)] = 1
    if Enrolment.objects.filter(user_id=person.pk, completed_at__isnull=False).exists():
        figures[key(COMPLETED_ANY)] = 1
        if gender:
            figures[key(COMPLETED_ANY, gender)] = 1
    return figures
