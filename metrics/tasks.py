"""django-q2 tasks: each takes ids or nothing and calls a service, so a second delivery is harmless."""

import datetime as dt

from django.utils import timezone

from learning.enrolment import people_for
from learning.models import Requirement
from metrics.recount import recount as full_recount
from metrics.services import learners_refresh


def refresh_learners(user_ids: list[int]) -> int:
    return learners_refresh(user_ids)


def overdue_refresh() -> int:
    """Yesterday's deadlines passed at midnight: the people they cover may be overdue now."""
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    people: set[int] = set()
    for requirement in Requirement.objects.filter(due_on=yesterday).select_related("unit"):
        people.update(people_for(requirement).values_list("pk", flat=True))
    return learners_refresh(people)


def recount() -> dict:
    report = full_recount(repair=True)
    return {
        "missing_tallies": report.missing_tallies,
        "stock_differences": len(report.stock_differences),
        "flow_differences": len(report.flow_differences),
    }
