"""The demo's metrics history: two provinces whose communes rank apart, learning in every month,
figures that a recount agrees with, and a second run that changes nothing."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate, CertificateState, RenderStatus
from learning.models import AdministrativeUnit, Enrolment, LessonProgress, Requirement, Role, Statement, User
from learning.phone import normalise_phone
from metrics.demo import MANAGERS, MONTHS
from metrics.demo.attempts import wrong_answer
from metrics.demo.plan import PLACES
from metrics.indicators import BY_CODE
from metrics.models import Fact, Tally
from metrics.recount import recount
from metrics.selectors import (
    DASHBOARD_FIGURES,
    INDICATOR_FIGURES,
    Period,
    figures_by,
    months_back,
    spread,
    unit_figures,
    value_of,
    values_of,
)
from metrics.views import _by_course, _by_position, _people
from quizzes.demo.answers import model_answer
from quizzes.grading import grade, validate_answer
from quizzes.models import Attempt, QuestionVersion


def facts_now() -> list[tuple]:
    return list(Fact.objects.order_by("unit_id", "month", "measure", "dim").values_list())


@pytest.mark.django_db
def test_the_demo_gives_two_provinces_figures_worth_reading_and_a_second_run_changes_nothing():
    call_command("seed_demo", stdout=io.StringIO())
    today = timezone.localdate()
    provinces = {code: AdministrativeUnit.objects.get(code=code) for code in PLACES}
    now = figures_by(Period.month(today), group="province")
    by_month = {
        month: figures_by(Period.month(month), group="province") for month in months_back(today, MONTHS)
    }
    for code, province in provinces.items():
        figures = now[province.pk]
        assert figures["officials.roster"] > 0 and figures["citizens.registered"] > 0
        assert (
            0 < figures["officials.done"] < figures["officials.assigned"] and figures["officials.overdue"] > 0
        )
        learned = [month for month, groups in by_month.items() if groups[province.pk]["completions"] > 0]
        assert len(learned) >= MONTHS - 1, code
        active = [month for month, groups in by_month.items() if groups[province.pk]["active"] > 0]
        assert len(active) >= MONTHS - 1, code
        # Past months have their state figures too (from the backfill), and the roster grew into them.
        assert (
            0
            < by_month[months_back(today, 2)[0]][province.pk]["officials.roster"]
            <= figures["officials.roster"]
        )

    # The communes rank apart: one with nearly every official done, one far behind.
    communes = [place.code for places in PLACES.values() for place in places]
    ids = list(AdministrativeUnit.objects.filter(code__in=communes).values_list("pk", flat=True))
    per_commune = figures_by(Period.month(today), units=ids)
    rates = [value_of(BY_CODE["officials_done_rate"], per_commune[pk]) for pk in ids]
    assert any(0 < rate.value < 100 for rate in rates)
    assert spread(rates).highest >= 85 and spread(rates).lowest <= 35
    so_far = figures_by(Period.since_start(today), units=ids)
    assert all(so_far[pk]["final.attempts"] > so_far[pk]["final.passed"] > 0 for pk in ids)

    # Each completion holds its certificate, issued the day of the completion; the PDFs are drawn
    # later by the background sweep; a couple were revoked.
    completions = Enrolment.objects.filter(completed_at__isnull=False)
    assert Certificate.objects.count() == completions.count()
    pending = Certificate.objects.filter(status=RenderStatus.PENDING)
    assert pending.count() == completions.count() - 2
    for certificate in pending.filter(state=CertificateState.VALID)[:50]:
        assert certificate.issued_on == timezone.localtime(certificate.completed_at).date()
    assert Certificate.objects.filter(state=CertificateState.REVOKED).count() == 3
    # Learners count as active in the months they studied, because their statements were stored then.
    assert Statement.objects.filter(stored__lt=timezone.now() - dt.timedelta(days=60)).exists()
    # A completed course is complete by the site's own rule: every lesson done and the final test passed.
    sample = completions.filter(user__phone__startswith="+84336").select_related("user")[:20]
    for enrolment in sample:
        lessons = LessonProgress.objects.filter(user=enrolment.user, course=enrolment.course_id)
        assert lessons.filter(completed_at__isnull=False).count() >= 3
        assert Attempt.objects.filter(
            user=enrolment.user, quiz__course=enrolment.course_id, passed=True
        ).exists()
    # The two more managers sign in with the demo's second factor, in their own units.
    for member in MANAGERS:
        manager = User.objects.get(phone=normalise_phone(member.phone))
        assert manager.unit.code == member.unit_code and manager.needs_second_factor
        assert manager.totpdevice_set.filter(confirmed=True).exists()
    assert Requirement.objects.filter(role=Role.OFFICIAL, due_on__lt=today).count() == 2

    # Reading only the figures the indicators need, and summing groups for the total, gives the
    # very values a full reading gives, for the nation, a province and a commune.
    for period in (Period.month(today), Period.year_to_date(today), Period.since_start(today)):
        full = figures_by(period, group="province")
        totals, by_province = unit_figures(None, period, only=INDICATOR_FIGURES)
        assert values_of(totals) == values_of(figures_by(period, group="all")[None])
        for code, province in provinces.items():
            assert values_of(by_province[province.pk]) == values_of(full[province.pk]), code
            in_province, _communes = unit_figures(province, period)
            assert in_province == figures_by(period, group="all", province=province.pk)[None]
            assert values_of(in_province) == values_of(full[province.pk])
            # A dashboard reads the breakdowns it shows and nothing else; its tables come out the same.
            shown = figures_by(period, group="all", province=province.pk, only=DASHBOARD_FIGURES)[None]
            for table in (_by_course, _by_position, _people):
                assert table(shown) == table(in_province), table.__name__
            assert _by_position(shown) and _by_course(shown) and _people(shown)
            assert values_of(shown) == values_of(in_province)
        assert values_of(totals)[0].numerator > 0

    report = recount(repair=False)
    assert (report.missing_tallies, report.stock_differences, report.flow_differences) == (0, {}, {})

    before = (facts_now(), Tally.objects.count(), Statement.objects.count(), User.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (facts_now(), Tally.objects.count(), Statement.objects.count(), User.objects.count()) == before


@pytest.mark.django_db
def test_demo_wrong_answers_are_valid_answers_the_grader_marks_wrong():
    from quizzes.demo.seed import questions_ensure

    questions_ensure()
    versions = list(QuestionVersion.objects.all())
    assert len(versions) > 50
    blank = 0
    for version in versions:
        wrong = wrong_answer(version.spec)
        if wrong is None:
            blank += 1
            continue
        assert validate_answer(version.spec, wrong) == [], version.spec["type"]
        assert not grade(version.spec, wrong).correct
        assert grade(version.spec, model_answer(version.spec)).correct
    assert blank == 0
