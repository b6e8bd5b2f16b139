"""What one event costs the database: the per-event budget (≤ 5 ms at national scale) is met by
keeping each event to a handful of queries, whatever the size of the commune."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import Enrolment, Requirement, Role, User
from metrics.facts import current_month
from metrics.models import Contribution, Fact
from metrics.services import learners_refresh

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def official(site_tree, units):
    person = User.objects.create_user(
        "+84391000071", full_name="Hà Văn Tuấn", role=Role.OFFICIAL, unit=units["dai_tu"]
    )
    Requirement.objects.create(
        course=site_tree["course"], unit=units["thai_nguyen"], role=Role.OFFICIAL, due_on=timezone.localdate()
    )
    learners_refresh([person.pk])
    return person


def test_refreshing_an_official_after_a_completion_takes_few_queries(official, site_tree):
    Enrolment.objects.filter(user=official).delete()
    Enrolment.objects.create(
        user=official, course=site_tree["course"], progress_percent=100, completed_at=timezone.now()
    )
    # The fixture's refresh nudged the commune's dashboards moments ago, as on a busy day: where the
    # commune counts is not looked up again during the quiet spell.
    with CaptureQueriesContext(connection) as changed:
        assert learners_refresh([official.pk]) == 1
    with CaptureQueriesContext(connection) as unchanged:
        assert learners_refresh([official.pk]) == 0
    done = Fact.objects.get(unit=official.unit, month=current_month(), measure="officials.done", dim="")
    assert done.value == 1 and Contribution.objects.get(user=official).figures["officials.done"] == 1
    assert len(changed.captured_queries) <= 8, [q["sql"] for q in changed.captured_queries]
    assert len(unchanged.captured_queries) <= 6, [q["sql"] for q in unchanged.captured_queries]
