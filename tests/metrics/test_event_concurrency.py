"""Refreshes of the same people at the same moment on PostgreSQL (a completion, a move to another
commune, the nightly refresh) leave figures a recount agrees with. SQLite serialises writers, so
these run only where DATABASE_URL points at PostgreSQL."""

import pytest
from django.db import connection
from django.utils import timezone

from learning.models import Enrolment, Requirement, Role, User
from metrics.recount import recount
from metrics.services import learners_refresh
from tests.learning.test_progress_concurrency import together

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
]


def test_refreshes_racing_for_the_same_officials_agree_with_a_recount(site_tree, units):
    course = site_tree["course"]
    Requirement.objects.create(
        course=course, unit=units["thai_nguyen"], role=Role.OFFICIAL, due_on=timezone.localdate()
    )
    people = [
        User.objects.create_user(
            f"+8439100{index:04d}", full_name=f"Cán bộ {index}", role=Role.OFFICIAL, unit=units["dai_tu"]
        )
        for index in range(6)
    ]
    ids = [person.pk for person in people]
    for round_ in range(5):

        def complete():
            for person in people[::2]:
                Enrolment.objects.update_or_create(
                    user=person,
                    course=course,
                    defaults={"progress_percent": 100, "completed_at": timezone.now()},
                )
                learners_refresh([person.pk])

        target = units["phong_quang"] if round_ % 2 == 0 else units["dai_tu"]

        def move(target=target):
            for person in people[1::2]:
                User.objects.filter(pk=person.pk).update(unit=target)
                learners_refresh([person.pk])

        together(complete, move, lambda: learners_refresh(ids), lambda: learners_refresh(ids[::-1]))
        report = recount(repair=False)
        assert (report.stock_differences, report.flow_differences) == ({}, {}), round_
        Enrolment.objects.filter(user__in=people).delete()
        learners_refresh(ids)
