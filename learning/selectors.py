"""Reads that manager views, exports and APIs share; every one starts from learning.scope."""

from django.db.models import Count, Q, QuerySet

from learning.models import AdministrativeUnit, User
from learning.scope import reportable_people, visible_units


def learners_for(
    viewer, *, unit: AdministrativeUnit | None = None, role: str = "", query: str = ""
) -> QuerySet[User]:
    people = reportable_people(viewer)
    if unit is not None:
        people = people.filter(Q(unit=unit) | Q(unit__parent=unit))
    if role:
        people = people.filter(role=role)
    if query:
        match = Q(full_name__icontains=query)
        digits = "".join(ch for ch in query if ch.isdigit()).lstrip("0")
        if len(digits) >= 3:
            match |= Q(phone__contains=digits)
        people = people.filter(match)
    return (
        people.select_related("unit", "unit__parent", "position")
        .annotate(
            enrolled=Count("enrolments", distinct=True),
            completed=Count("enrolments", filter=Q(enrolments__completed_at__isnull=False), distinct=True),
        )
        .order_by("unit__name", "full_name")
    )


def unit_choices(viewer) -> QuerySet[AdministrativeUnit]:
    return visible_units(viewer).select_related("parent").order_by("level", "name")
