"""Nightly metrics work, created once after migrations: after midnight the deadlines that passed
make people overdue; later in the night the full recount checks every figure."""

import datetime as dt

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from learning.schedules import VIETNAM

SCHEDULES = (
    ("Chỉ số: cập nhật người quá hạn", "metrics.tasks.overdue_refresh", dt.time(0, 15)),
    ("Chỉ số: đếm lại toàn bộ để đối chiếu", "metrics.tasks.recount", dt.time(2, 30)),
)


def next_run_at(at: dt.time, now: dt.datetime | None = None) -> dt.datetime:
    local = (now or timezone.now()).astimezone(VIETNAM)
    candidate = dt.datetime.combine(local.date(), at, tzinfo=VIETNAM)
    return candidate if candidate > local else candidate + dt.timedelta(days=1)


def ensure_schedules(*, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    from django_q.models import Schedule

    if Schedule._meta.db_table not in connections[using].introspection.table_names():
        return
    schedules = Schedule.objects.using(using)
    for name, func, at in SCHEDULES:
        if not schedules.filter(name=name).exists():
            schedules.create(
                name=name, func=func, schedule_type=Schedule.DAILY, repeats=-1, next_run=next_run_at(at)
            )
