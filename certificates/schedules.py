"""The recurring sweep that re-queues lost certificate work, created once after migrations."""

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

SWEEP_SCHEDULE = "Chứng nhận: làm lại việc bị dở dang"
SWEEP_TASK = "certificates.tasks.sweep"
SWEEP_MINUTES = 5


def ensure_schedules(*, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    from django_q.models import Schedule

    if Schedule._meta.db_table not in connections[using].introspection.table_names():
        return
    schedules = Schedule.objects.using(using)
    if not schedules.filter(name=SWEEP_SCHEDULE).exists():
        schedules.create(
            name=SWEEP_SCHEDULE,
            func=SWEEP_TASK,
            schedule_type=Schedule.MINUTES,
            minutes=SWEEP_MINUTES,
            repeats=-1,
            next_run=timezone.now(),
        )
