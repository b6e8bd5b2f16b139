"""Demo history for the training metrics: eight real communes in two provinces (Thái Nguyên, the
cast's, and Tuyên Quang), their officials and citizens, the courses each province requires of its
officials, and six months of learning, so the dashboards, exports and API show meaningful numbers
right after setup.

People, rosters and required courses go through the site's own services (learning.services,
learning.roster.importing, learning.requirements), and certificates through certificates.services.
The learning itself is written in bulk: going through the tracking and attempt services for a
thousand learners would take minutes. It is written as the rows those services keep (statements,
lesson progress, final-test attempts graded by quizzes.grading, enrolments completed by
learning.completion's rule), dated when it happened. The facts then come from the full recount
and the backfill of past months, as they would for a platform that starts with history.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from learning.cast import DEMO_COMMUNE, DEMO_PASSWORD, DEMO_PROVINCE
from learning.lesson_facts import catalogue
from learning.models import AdministrativeUnit, Requirement, Role, User
from learning.requirements import requirement_create
from learning.services import user_ensure
from metrics.demo.attempts import attempts_write
from metrics.demo.plan import (
    CITIZEN_COURSES,
    EXTRA_COURSES,
    MANAGERS,
    PLACES,
    RULES,
    SECOND_COMMUNE,
    SECOND_PROVINCE,
    Planner,
    rule_created,
)
from metrics.demo.records import Learning, certificates_write, consents_write
from metrics.imported import imported_save
from metrics.recount import backfill, recount
from metrics.selectors import months_back
from metrics.targets import target_create

__all__ = ["MANAGERS", "MONTHS", "metrics_demo_ensure"]

MONTHS = 6  # this month and the five before
# The first demo official's number: once it is there, the demo has been built.
BUILT_MARK = "+84974010000"


def _requirements(actors: dict[str, User], provinces: dict[str, AdministrativeUnit], courses, today) -> None:
    for code, rules in RULES.items():
        for rule in rules:
            due = today + dt.timedelta(days=rule.due_in_days)
            requirement, _ = requirement_create(
                actor=actors[code],
                course=CoursePage.objects.get(pk=courses[rule.course]),
                unit=provinces[code],
                role=Role.OFFICIAL,
                due_on=max(due, today),
            )
            # The service rightly refuses a deadline in the past. This history needs rules made months
            # ago whose deadline has since passed, so some officials are overdue: dated afterwards.
            created = rule_created(rule, today)
            Requirement.objects.filter(pk=requirement.pk).update(created_at=created, due_on=due)


@transaction.atomic
def metrics_demo_ensure(*, admin: User, trainer: User, province_manager: User, commune_manager: User) -> bool:
    """Add the two more managers (always) and the metrics history (once); True if it was built now.

    Builds nothing when the official map or the demo courses are missing, or when it is there already.
    """
    managers = {member.key: user_ensure(member=member, password=DEMO_PASSWORD) for member in MANAGERS}
    courses = dict(CoursePage.objects.live().values_list("slug", "pk"))
    needed = (
        {rule.course for rules in RULES.values() for rule in rules}
        | set(CITIZEN_COURSES)
        | set(EXTRA_COURSES)
    )
    codes = [*PLACES, *(place.code for places in PLACES.values() for place in places)]
    units = {unit.code: unit for unit in AdministrativeUnit.objects.filter(code__in=codes)}
    if (
        User.objects.filter(phone=BUILT_MARK).exists()
        or not needed <= courses.keys()
        or len(units) < len(codes)
    ):
        return False
    today = timezone.localdate()
    months = months_back(today, MONTHS)
    planner = Planner(trainer=trainer, facts=catalogue(), courses=courses, first_day=months[0])
    actors = {DEMO_PROVINCE: province_manager, SECOND_PROVINCE: managers["province_manager_2"]}
    importers = {DEMO_COMMUNE: commune_manager, SECOND_COMMUNE: managers["commune_manager_2"]}
    groups, number = [], 0
    for code, places in PLACES.items():
        for place in places:
            number += 1
            unit = units[place.code]
            officials = planner.roster(place, number, unit, importers.get(place.code, actors[code]))
            groups.append((code, place, officials, planner.citizens(place, number, unit)))
    _requirements(actors, units, courses, today)
    for code, place, officials, citizens in groups:
        planner.officials_learn(officials, place, RULES[code])
        planner.citizens_learn(citizens, place)
    consents_write(planner.consents)
    Learning(planner.facts, planner.rng).write(planner.studies)
    attempts_write(planner.studies, planner.rng)
    certificates_write(planner.studies, revoker=admin, rng=planner.rng)
    recount(repair=True)
    backfill(months[:-1])
    _targets_and_reports(actors, units, months, today)
    return True


def _targets_and_reports(actors: dict, units: dict, months: list, today) -> None:
    """A province target for the officials and last month's figures from other systems, as
    managers would enter them, so both panels of the dashboard show something real."""
    for code, actor in actors.items():
        target_create(
            actor=actor,
            unit=units[code],
            indicator="officials_done_rate",
            value=Decimal("100"),
            starts_on=months[0],
            due_on=dt.date(today.year + 1, 6, 30),
            note="Kế hoạch chuyển đổi số năm của tỉnh",
        )
        for number, place in enumerate(PLACES[code]):
            received = 180 + 40 * number
            imported_save(
                unit=units[place.code],
                month=months[-2],
                code="dossiers_online_rate",
                numerator=received * (55 + 9 * number) // 100,
                denominator=received,
                by=actor,
                source="Cổng Dịch vụ công quốc gia",
            )
