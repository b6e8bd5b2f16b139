"""The full recount: every figure again from the raw records, compared with the stored facts.

It runs on a schedule; what it finds different is reported and corrected. The state figures are
recounted for the current month only (earlier months stay as they were reported); the month
figures for every month, from the tallies, after making sure every raw record has its tally."""

import datetime as dt
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Count, Exists, OuterRef, Value
from django.db.models.functions import Cast, Replace, TruncMonth
from django.utils import timezone

from certificates.models import Certificate, CertificateState
from learning.models import AdministrativeUnit, Enrolment, Requirement, Role, Statement, User
from metrics import tallies
from metrics.facts import current_month, facts_add, month_open
from metrics.measures import (
    ASSIGNED,
    COMPLETED_ANY,
    COURSE_ASSIGNED,
    COURSE_DONE,
    COURSE_OVERDUE,
    DONE,
    FLOWS,
    OVERDUE,
    REGISTERED,
    ROSTER,
    STOCKS,
    TOTAL,
    TRAINED,
    dim,
    month_of,
)
from metrics.models import Contribution, Fact, OpenMonth, Tally, TallyKind
from metrics.rollup import rollup_rebuild
from metrics.services import learners_refresh, tally_record
from quizzes.models import Attempt, QuizKind

logger = logging.getLogger(__name__)

Figures = Counter  # (unit id, month, measure, breakdown) -> value


@dataclass
class RecountReport:
    missing_tallies: int = 0
    stock_differences: dict = field(default_factory=dict)
    flow_differences: dict = field(default_factory=dict)

    @property
    def agrees(self) -> bool:
        return not (self.missing_tallies or self.stock_differences or self.flow_differences)


# --- State figures -------------------------------------------------------------------------------


def stock_recount(today: dt.date, *, until: dt.datetime | None = None) -> Figures:
    """The state figures now, or (for a backfill) as the dated records say they stood at `until`;
    who was on a roster then is not recorded, so today's roster stands in for it."""
    month = month_of(until) if until else current_month()
    out: Figures = Counter()
    _officials(out, month, today, until)
    _citizens(out, month, until)
    return out


def _officials(out: Figures, month: dt.date, today: dt.date, until: dt.datetime | None) -> None:
    parent = dict(AdministrativeUnit.objects.values_list("pk", "parent_id"))
    rules: dict[int, list[tuple[int, int | None, dt.date]]] = defaultdict(list)
    requirements = Requirement.objects.filter(role=Role.OFFICIAL, course__live=True)
    officials = User.objects.filter(role=Role.OFFICIAL, erased_at__isnull=True, unit__isnull=False)
    completions = Enrolment.objects.filter(completed_at__isnull=False, user__in=officials)
    if until is not None:
        requirements = requirements.filter(created_at__lte=until)
        officials = officials.filter(date_joined__lte=until)
        completions = completions.filter(completed_at__lte=until)
    for course_id, unit_id, position_id, due_on in requirements.values_list(
        "course_id", "unit_id", "position_id", "due_on"
    ):
        rules[unit_id].append((course_id, position_id, due_on))
    completed: dict[int, set[int]] = defaultdict(set)
    for user_id, course_id in completions.values_list("user_id", "course_id"):
        completed[user_id].add(course_id)
    for pk, unit_id, position_id in officials.values_list("pk", "unit_id", "position_id").iterator():
        breakdowns = [TOTAL] + ([dim("position", position_id)] if position_id else [])

        def count(measure: str, unit_id=unit_id, breakdowns=breakdowns) -> None:
            for breakdown in breakdowns:
                out[(unit_id, month, measure, breakdown)] += 1

        count(ROSTER)
        done = completed.get(pk, set())
        if done:
            count(TRAINED)
        due: dict[int, dt.date] = {}
        for rule_unit in (unit_id, parent.get(unit_id)):
            for course_id, rule_position, due_on in rules.get(rule_unit, ()):
                if rule_position is None or rule_position == position_id:
                    due[course_id] = min(due_on, due.get(course_id, due_on))
        if not due:
            continue
        count(ASSIGNED)
        late = [course_id for course_id, due_on in due.items() if course_id not in done and due_on < today]
        if all(course_id in done for course_id in due):
            count(DONE)
        if late:
            count(OVERDUE)
        for course_id in due:
            course = dim("course", course_id)
            out[(unit_id, month, COURSE_ASSIGNED, course)] += 1
            if course_id in done:
                out[(unit_id, month, COURSE_DONE, course)] += 1
            elif course_id in late:
                out[(unit_id, month, COURSE_OVERDUE, course)] += 1


def _citizens(out: Figures, month: dt.date, until: dt.datetime | None) -> None:
    completions = Enrolment.objects.filter(user=OuterRef("pk"), completed_at__isnull=False)
    citizens = User.objects.filter(role=Role.CITIZEN, erased_at__isnull=True, unit__isnull=False)
    if until is not None:
        completions = completions.filter(completed_at__lte=until)
        citizens = citizens.filter(date_joined__lte=until)
    citizens = citizens.annotate(completed_any=Exists(completions))
    rows = citizens.values("unit_id", "gender", "completed_any").annotate(n=Count("pk")).order_by()
    for row in rows:
        unit_id, gender, n = row["unit_id"], row["gender"], row["n"]
        measures = [REGISTERED] + ([COMPLETED_ANY] if row["completed_any"] else [])
        for measure in measures:
            out[(unit_id, month, measure, TOTAL)] += n
            if gender:
                out[(unit_id, month, measure, dim("gender", gender))] += n


# --- Month figures -------------------------------------------------------------------------------


def _without_tally(queryset, kind: str):
    ref = Cast(OuterRef("pk"), models.CharField())
    if isinstance(queryset.model._meta.pk, models.UUIDField):
        # Databases write a UUID as text differently (SQLite without dashes); tallies use the hex.
        ref = Replace(ref, Value("-"), Value(""))
    return queryset.exclude(Exists(Tally.objects.filter(kind=kind, ref=ref)))


def _sources():
    """Each kind of raw record, the records of that kind, and how one is tallied."""
    certificates = Certificate.objects.select_related("user")
    return (
        (TallyKind.REGISTRATION, User.objects.all(), tallies.registration),
        (
            TallyKind.COMPLETION,
            Enrolment.objects.filter(completed_at__isnull=False).select_related("user"),
            tallies.completion,
        ),
        # A re-issue has no tally of its own (it replaces one already counted); it is checked
        # by the builder, which gives None for it.
        (TallyKind.CERTIFICATE, certificates, tallies.certificate_issue),
        (
            TallyKind.REVOCATION,
            certificates.filter(state=CertificateState.REVOKED),
            tallies.certificate_revocation,
        ),
        (
            TallyKind.FINAL_ATTEMPT,
            Attempt.objects.filter(submitted_at__isnull=False, quiz__kind=QuizKind.FINAL).select_related(
                "user", "quiz"
            ),
            tallies.final_attempt,
        ),
    )


def tallies_complete(*, repair: bool = True) -> int:
    """Every raw record without a tally (a lost signal, a bulk write); with repair, count them now.
    Returns how many there were."""
    missing = 0
    for kind, records, tally_of in _sources():
        for record in _without_tally(records, kind).iterator():
            tally = tally_of(record)
            if tally is not None:
                missing += 1
                if repair:
                    tally_record(tally)
    return missing + _activity_complete(repair=repair)


def _activity_complete(*, repair: bool) -> int:
    counted = set(Tally.objects.filter(kind=TallyKind.ACTIVE).values_list("ref", flat=True))
    months = (
        Statement.objects.annotate(month=TruncMonth("stored", tzinfo=timezone.get_current_timezone()))
        .values_list("user_id", "month")
        .distinct()
    )
    added = 0
    for user_id, moment in months.iterator():
        month = month_of(moment)
        if f"{user_id}:{month:%Y-%m}" in counted:
            continue
        user = User.objects.filter(pk=user_id).first()
        if user is not None:
            added += 1
            if repair:
                tally_record(tallies.activity(user, month))
    return added


def flow_recount() -> Figures:
    out: Figures = Counter()
    for tally in Tally.objects.exclude(unit=None).iterator(chunk_size=2000):
        for (measure, breakdown), amount in tallies.figures(tally).items():
            out[(tally.unit_id, tally.month, measure, breakdown)] += amount
    return out


# --- Together ------------------------------------------------------------------------------------


def _stored(measures, **filters) -> Figures:
    rows = Fact.objects.filter(measure__in=measures, **filters).exclude(value=0)
    return Counter(
        {
            (unit_id, month, measure, breakdown): value
            for unit_id, month, measure, breakdown, value in rows.values_list(
                "unit_id", "month", "measure", "dim", "value"
            ).iterator()
        }
    )


def _differences(expected: Figures, stored: Figures) -> dict:
    keys = {key for key in expected.keys() | stored.keys() if expected[key] != stored[key]}
    return {key: (stored[key], expected[key]) for key in sorted(keys, key=str)}


def recount(*, repair: bool = True, today: dt.date | None = None) -> RecountReport:
    today = today or timezone.localdate()
    rollup_rebuild()
    report = RecountReport()
    report.missing_tallies = tallies_complete(repair=repair)
    month = current_month()
    month_open(month)
    report.stock_differences = _differences(stock_recount(today), _stored(STOCKS, month=month))
    report.flow_differences = _differences(flow_recount(), _stored(FLOWS))
    if report.stock_differences or report.flow_differences:
        logger.warning(
            "Metrics recount: %s state and %s month figures differed",
            len(report.stock_differences),
            len(report.flow_differences),
        )
    if repair:
        _repair(report, today)
    return report


def _repair(report: RecountReport, today: dt.date) -> None:
    facts_add({key: expected - stored for key, (stored, expected) in report.flow_differences.items()})
    units = {unit_id for unit_id, *_ in report.stock_differences}
    if units:
        # Whose share was wrong is not known; everyone who counts, or counted, in those communes is
        # refreshed, then whatever is still off is set to the recount.
        people = set(User.objects.filter(unit_id__in=units).values_list("pk", flat=True))
        people |= set(Contribution.objects.filter(unit_id__in=units).values_list("user_id", flat=True))
        learners_refresh(people, today=today)
        remaining = _differences(stock_recount(today), _stored(STOCKS, month=current_month()))
        facts_add({key: expected - stored for key, (stored, expected) in remaining.items()})


def backfill(months: list[dt.date]) -> int:
    """State figures for past months that have none, from the dated records (when the platform
    starts with history, or for the demo). A month that has figures is never touched; returns how
    many months were filled."""
    filled = 0
    this_month = current_month()
    for month in sorted(months):
        if month >= this_month or Fact.objects.filter(month=month, measure__in=STOCKS).exists():
            continue
        following = (month + dt.timedelta(days=32)).replace(day=1)
        end = timezone.make_aware(dt.datetime.combine(following, dt.time.min)) - dt.timedelta(microseconds=1)
        facts_add(stock_recount(end.date(), until=end))
        OpenMonth.objects.get_or_create(month=month)
        filled += 1
    return filled
