"""The national-scale generator in bench/, run tiny: its data and its bulk-built facts must be what
the platform itself would count, or the benchmark would time the wrong numbers."""

from collections import Counter

import pytest

from bench.metrics_dataset import contributions_check, generate, metrics_build, tallies_check
from certificates.models import Certificate
from learning.models import AdministrativeUnit, Enrolment, Statement, UnitLevel, User
from learning.xapi import shape_errors
from metrics.models import Contribution, Fact, Tally, TallyKind
from metrics.recount import recount
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    out = []
    for p in range(2):
        province = AdministrativeUnit.objects.create(
            code=f"9{p}", level=UnitLevel.PROVINCE, name=f"Tỉnh {p}", name_with_type=f"Tỉnh Thử {p}"
        )
        for c in range(3):
            out.append(
                AdministrativeUnit.objects.create(
                    code=f"9{p}00{c}",
                    level=UnitLevel.COMMUNE,
                    name=f"Xã {p}{c}",
                    name_with_type=f"Xã Thử {p}{c}",
                    parent=province,
                )
            )
    return out


@pytest.fixture
def dataset(communes):
    rows = generate(officials=60, citizens=400, statements=6000, seed=3)
    built = metrics_build()
    return rows, built


def test_the_dataset_has_the_asked_volumes_in_every_commune(dataset, communes):
    rows, _ = dataset
    assert Statement.objects.count() == rows["learning.Statement"] == 6000
    people = Counter(User.objects.values_list("role", flat=True))
    assert people == {"official": 60, "citizen": 400}
    for commune in communes:
        assert User.objects.filter(unit=commune, role="official").count() >= 5
        assert Statement.objects.filter(user__unit=commune).exists()
    assert Enrolment.objects.filter(completed_at__isnull=False).exists()
    assert Attempt.objects.filter(passed=False).exists() and Attempt.objects.filter(passed=True).exists()
    states = set(Certificate.objects.values_list("state", flat=True))
    assert "valid" in states


def test_statements_are_valid_xapi_and_keep_to_the_learners_timeline(dataset):
    for statement in Statement.objects.select_related("user")[:500]:
        assert shape_errors(statement.body) == [], statement.body
        assert statement.body["actor"]["account"]["name"] == str(statement.user_id)
        assert statement.stored >= statement.timestamp >= statement.user.date_joined
    for enrolment in Enrolment.objects.filter(completed_at__isnull=False)[:200]:
        # Completing a course needs every lesson done, as learning.completion decides.
        completed = enrolment.user.lesson_progress.filter(course=enrolment.course, completed_at__isnull=False)
        assert completed.count() == 3
        assert max(completed.values_list("completed_at", flat=True)) == enrolment.completed_at


def test_bulk_built_tallies_and_contributions_match_the_platforms_builders(dataset):
    assert tallies_check(None) == []
    assert contributions_check(None) == []
    kinds = set(Tally.objects.values_list("kind", flat=True))
    assert {TallyKind.REGISTRATION, TallyKind.ACTIVE, TallyKind.COMPLETION, TallyKind.CERTIFICATE} <= kinds
    assert TallyKind.FINAL_ATTEMPT in kinds
    assert Contribution.objects.count() == User.objects.count()


def test_a_recount_from_the_raw_records_agrees_with_the_bulk_built_facts(dataset):
    assert Fact.objects.filter(measure="completions", value__gt=0).exists()
    assert Fact.objects.filter(measure="officials.roster").values("month").distinct().count() == 12
    report = recount(repair=False)
    assert report.stock_differences == {}
    assert report.flow_differences == {}


def test_the_recount_finds_every_raw_record_tallied(dataset):
    assert recount(repair=False).missing_tallies == 0


def test_a_wrong_fact_is_caught_by_the_same_check(dataset):
    fact = Fact.objects.filter(measure="completions", dim="").first()
    Fact.objects.filter(pk=fact.pk).update(value=fact.value + 1)
    assert not recount(repair=False).agrees
    tally = Tally.objects.filter(kind=TallyKind.COMPLETION).first()
    Tally.objects.filter(pk=tally.pk).update(gender="female" if tally.gender != "female" else "male")
    assert tallies_check(None)
    person = Contribution.objects.exclude(figures={}).first()
    Contribution.objects.filter(pk=person.pk).update(figures={"officials.roster": 7})
    assert contributions_check(None)
