"""Quality of learning in a unit: the final-test questions its learners miss most, read from the
graded answers themselves (a unit and a period select a few thousand answers at most)."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from metrics.selectors import Period
from quizzes.models import AttemptItem, QuizKind

# Below this many answers a miss rate says more about chance than about the question.
MIN_ANSWERS = 5
SHOWN = 5


@dataclass(frozen=True)
class MissedQuestion:
    question_id: int
    title: str
    answers: int
    missed: int

    @property
    def percent(self) -> int:
        return round(100 * self.missed / self.answers)


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    start = timezone.make_aware(dt.datetime.combine(period.start, dt.time.min))
    after = (period.end + dt.timedelta(days=32)).replace(day=1)
    return start, timezone.make_aware(dt.datetime.combine(after, dt.time.min))


def most_missed(unit_ids, period: Period, *, limit: int = SHOWN) -> list[MissedQuestion]:
    start, end = _bounds(period)
    rows = (
        AttemptItem.objects.filter(
            attempt__quiz__kind=QuizKind.FINAL,
            attempt__submitted_at__gte=start,
            attempt__submitted_at__lt=end,
            attempt__user__unit_id__in=list(unit_ids),
            correct__isnull=False,
        )
        .values("version__question_id", "version__question__title")
        .annotate(answers=Count("pk"), missed=Count("pk", filter=Q(correct=False)))
        .filter(answers__gte=MIN_ANSWERS, missed__gt=0)
        .order_by()
    )
    found = [
        MissedQuestion(
            row["version__question_id"], row["version__question__title"], row["answers"], row["missed"]
        )
        for row in rows
    ]
    return sorted(found, key=lambda item: (-item.missed / item.answers, -item.answers, item.title))[:limit]
