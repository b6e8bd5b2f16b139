"""Who in a commune is missing what: each official with the courses required of them, done, overdue
and still to do. Read live from the records (a commune has tens of officials, not thousands), in a
fixed number of queries."""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from cms.text import fold
from courses.models import CoursePage
from learning.models import AdministrativeUnit, Enrolment, Requirement, Role, User


@dataclass
class OfficialRow:
    user: User
    due: dict[int, dt.date] = field(default_factory=dict)  # course id -> earliest due date
    done: set[int] = field(default_factory=set)  # course ids completed
    missing: list[str] = field(default_factory=list)  # titles of required courses not completed
    overdue: int = 0

    @property
    def assigned(self) -> int:
        return len(self.due)

    @property
    def done_required(self) -> int:
        return len(self.done & set(self.due))

    @property
    def status(self) -> str:
        if not self.due:
            return "none"
        if self.overdue:
            return "overdue"
        return "done" if self.done_required == self.assigned else "pending"


def _by_given_name(name: str) -> tuple[str, str]:
    folded = fold(name)
    return (folded.rsplit(" ", 1)[-1], folded)


SORTS = {
    # Vietnamese lists go by the given name, the last word, then the whole name.
    "ten": lambda row: _by_given_name(row.user.full_name),
    "chuc-vu": lambda row: (
        fold(row.user.position.name) if row.user.position else "~",
        fold(row.user.full_name),
    ),
    "thieu": lambda row: (-row.overdue, -len(row.missing), _by_given_name(row.user.full_name)),
}
FILTERS = {
    "qua-han": lambda row: row.status == "overdue",
    "chua-xong": lambda row: row.status in ("overdue", "pending"),
    "xong": lambda row: row.status == "done",
}


def officials_table(unit: AdministrativeUnit, *, today: dt.date | None = None) -> list[OfficialRow]:
    today = today or timezone.localdate()
    officials = list(
        User.objects.filter(unit=unit, role=Role.OFFICIAL, erased_at__isnull=True)
        .select_related("position")
        .order_by("full_name")
    )
    rows = {official.pk: OfficialRow(official) for official in officials}
    rules = Requirement.objects.filter(
        role=Role.OFFICIAL, course__live=True, unit_id__in=[unit.pk, unit.parent_id]
    ).values_list("course_id", "position_id", "due_on")
    for row in rows.values():
        for course_id, position_id, due_on in rules:
            if position_id is None or position_id == row.user.position_id:
                row.due[course_id] = min(due_on, row.due.get(course_id, due_on))
    for user_id, course_id in Enrolment.objects.filter(
        user_id__in=rows, completed_at__isnull=False
    ).values_list("user_id", "course_id"):
        rows[user_id].done.add(course_id)
    titles = dict(CoursePage.objects.filter(pk__in=_courses(rows)).values_list("pk", "title"))
    for row in rows.values():
        for course_id, due_on in sorted(row.due.items(), key=lambda item: item[1]):
            if course_id not in row.done:
                row.missing.append(titles.get(course_id, ""))
                row.overdue += due_on < today
    return list(rows.values())


def _courses(rows: dict[int, OfficialRow]) -> set[int]:
    return {course_id for row in rows.values() for course_id in row.due}


def sorted_filtered(
    rows: list[OfficialRow], *, sort: str, only: str, position: int | None
) -> list[OfficialRow]:
    if only in FILTERS:
        rows = [row for row in rows if FILTERS[only](row)]
    if position:
        rows = [row for row in rows if row.user.position_id == position]
    return sorted(rows, key=SORTS.get(sort, SORTS["thieu"]))
