"""Recurring django-q2 tasks, created once after migrations."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

REMINDER_SCHEDULE = "Nhắc hạn khóa học bắt buộc"
REMINDER_TASK = "learning.tasks.send_reminders"
# Early morning in Vietnam, whatever the server's clock: before the working day, after the night.
REMINDER_TIME = dt.time(7, 0)
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PURGE_SCHEDULE = "Xóa mã xác nhận cũ"
PURGE_TASK = "learning.tasks.purge_codes"


def next_reminder_run(now: dt.datetime | None = None) -> dt.datetime:
    """The next 07:00 in Vietnam after `now` (aware)."""
    local = (now or timezone.now()).astimezone(VIETNAM)
    candidate = dt.datetime.combine(local.date(), REMINDER_TIME, tzinfo=VIETNAM)
    return candidate if candidate > local else candidate + dt.timedelta(days=1)


def ensure_schedules(*, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """Create the daily reminder schedule if it is missing (a post_migrate receiver).

    An existing schedule is left alone: an administrator may have moved its time in the admin.
    Skipped when django_q's tables are not there yet (migrating only some apps).
    """
    from django_q.models import Schedule

    if Schedule._meta.db_table not in connections[using].introspection.table_names():
        return
    schedules = Schedule.objects.using(using)
    for name, func in ((REMINDER_SCHEDULE, REMINDER_TASK), (PURGE_SCHEDULE, PURGE_TASK)):
        if not schedules.filter(name=name).exists():
            schedules.create(
                name=name, func=func, schedule_type=Schedule.DAILY, repeats=-1, next_run=next_reminder_run()
            )
