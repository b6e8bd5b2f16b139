"""Recurring django-q2 tasks, created once after migrations."""


def ensure_schedules(**kwargs) -> None:
    return None
