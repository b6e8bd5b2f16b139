"""Who must learn what by when, and who is enrolled in which course."""

import datetime as dt
import functools
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from courses.models import CoursePage
from learning.models import Enrolment, EnrolmentSource, Requirement, UnitLevel, User


def enrol(user: User, course: CoursePage | int, *, source: str = EnrolmentSource.SELF) -> Enrolment:
    """Enrol once; a double tap or a required course arriving later never makes a second row."""
    course_id = getattr(course, "pk", course)
    try:
        with transaction.atomic():
            enrolment, _ = Enrolment.objects.get_or_create(
                user=user, course_id=course_id, defaults={"source": source}
            )
    except IntegrityError:
        enrolment = Enrolment.objects.get(user=user, course_id=course_id)
    if source == EnrolmentSource.REQUIRED and enrolment.source != EnrolmentSource.REQUIRED:
        enrolment.source = EnrolmentSource.REQUIRED
        enrolment.save(update_fields=["source"])
    return enrolment


def requirements_for(user: User) -> QuerySet[Requirement]:
    """Live courses required of this person by their role, position and unit (or that unit's province)."""
    if user.unit_id is None:
        return Requirement.objects.none()
    units = [user.unit_id] + ([user.unit.parent_id] if user.unit.parent_id else [])
    return Requirement.objects.filter(
        Q(position__isnull=True) | Q(position_id=user.position_id),
        unit_id__in=units,
        role=user.role,
        course__live=True,
    ).select_related("course")


@dataclass(frozen=True)
class CourseRecords:
    completed: set[int]  # courses the person completed
    due: dict[int, dt.date]  # live courses required of them, with the earliest due date of each


def course_records(
    user_id: int, *, role: str, unit_id: int | None, parent_id: int | None, position_id: int | None
) -> CourseRecords:
    """What requirements_for and the person's completed enrolments say, in one statement: the
    metrics read this on every event, and building the two querysets costs more than running them.
    tests/learning/test_course_records.py keeps the two readings equal."""
    completed: set[int] = set()
    due: dict[int, dt.date] = {}
    with connection.cursor() as cursor:
        cursor.execute(_course_records_sql(), [user_id, role, unit_id, parent_id or unit_id, position_id])
        for course_id, due_on in cursor.fetchall():
            if due_on is None:
                completed.add(course_id)
                continue
            if isinstance(due_on, str):  # SQLite hands dates back as text
                due_on = dt.date.fromisoformat(due_on)
            due[course_id] = min(due_on, due.get(course_id, due_on))
    return CourseRecords(completed, due)


@functools.cache
def _course_records_sql() -> str:
    quote = connection.ops.quote_name
    enrolment, requirement = quote(Enrolment._meta.db_table), quote(Requirement._meta.db_table)
    page = quote(Page._meta.db_table)
    # Only quoted table names of our own models are put together here.
    return (
        f"SELECT course_id, NULL FROM {enrolment} WHERE user_id = %s AND completed_at IS NOT NULL "  # noqa: S608
        f"UNION ALL SELECT r.course_id, r.due_on FROM {requirement} r JOIN {page} p ON p.id = r.course_id "
        "WHERE r.role = %s AND r.unit_id IN (%s, %s) AND (r.position_id IS NULL OR r.position_id = %s) "
        "AND p.live"
    )


def people_for(requirement: Requirement) -> QuerySet[User]:
    people = User.objects.filter(role=requirement.role, is_active=True, erased_at__isnull=True)
    if requirement.unit.level == UnitLevel.PROVINCE:
        people = people.filter(Q(unit=requirement.unit) | Q(unit__parent=requirement.unit))
    else:
        people = people.filter(unit=requirement.unit)
    if requirement.position_id:
        people = people.filter(position_id=requirement.position_id)
    return people


def sync_required_enrolments(user: User) -> int:
    """Enrol the person in every course now required of them; returns how many requirements apply."""
    requirements = list(requirements_for(user))
    for requirement in requirements:
        enrol(user, requirement.course, source=EnrolmentSource.REQUIRED)
    return len(requirements)


def enrol_required(pairs: set[tuple[int, int]]) -> None:
    """Enrol many (user id, course id) pairs as required, in a few queries whatever their number."""
    if not pairs:
        return
    users = {user_id for user_id, _ in pairs}
    courses = {course_id for _, course_id in pairs}
    existing = {
        (user_id, course_id): (pk, source)
        for pk, user_id, course_id, source in Enrolment.objects.filter(
            user_id__in=users, course_id__in=courses
        ).values_list("pk", "user_id", "course_id", "source")
    }
    Enrolment.objects.bulk_create(
        [
            Enrolment(user_id=user_id, course_id=course_id, source=EnrolmentSource.REQUIRED)
            for user_id, course_id in pairs
            if (user_id, course_id) not in existing
        ],
        batch_size=500,
        ignore_conflicts=True,  # someone enrolled themselves meanwhile: their row stands
    )
    upgrade = [
        pk for key, (pk, source) in existing.items() if key in pairs and source != EnrolmentSource.REQUIRED
    ]
    Enrolment.objects.filter(pk__in=upgrade).update(source=EnrolmentSource.REQUIRED)


def sync_required_enrolments_for(user_ids) -> None:
    """sync_required_enrolments for many people at once (a roster import, a merger)."""
    groups: dict[tuple, list[int]] = {}
    for pk, unit_id, role, position_id in User.objects.filter(
        pk__in=list(user_ids), unit__isnull=False
    ).values_list("pk", "unit_id", "role", "position_id"):
        groups.setdefault((unit_id, role, position_id), []).append(pk)
    pairs = set()
    for (_, _, _), members in groups.items():
        sample = User.objects.select_related("unit").get(pk=members[0])
        for course_id in requirements_for(sample).values_list("course_id", flat=True):
            pairs.update((member, course_id) for member in members)
    enrol_required(pairs)


def apply_requirement(requirement: Requirement) -> int:
    """Enrol everyone the requirement covers; returns how many people that is."""
    people = list(people_for(requirement).values_list("pk", flat=True))
    enrol_required({(pk, requirement.course_id) for pk in people})
    return len(people)


@dataclass
class MyCourse:
    enrolment: Enrolment
    due_on: dt.date | None

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course

    @property
    def is_required(self) -> bool:
        return self.due_on is not None

    @property
    def is_overdue(self) -> bool:
        return (
            self.due_on is not None
            and self.enrolment.completed_at is None
            and self.due_on < timezone.localdate()
        )


def my_courses(user: User) -> list[MyCourse]:
    """Required courses first, earliest deadline first; then the rest, most recently studied first."""
    due = {}
    for requirement in requirements_for(user):
        current = due.get(requirement.course_id)
        due[requirement.course_id] = min(current, requirement.due_on) if current else requirement.due_on
    enrolments = (
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course", "last_lesson")
        .order_by("-last_seen_at", "-enrolled_at")
    )
    rows = [MyCourse(enrolment, due.get(enrolment.course_id)) for enrolment in enrolments]
    required = sorted(
        (row for row in rows if row.is_required),
        key=lambda row: (row.enrolment.completed_at is not None, row.due_on),
    )
    return required + [row for row in rows if not row.is_required]
