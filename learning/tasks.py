"""django-q2 task functions: each loads what it needs and calls a service, so running one twice is safe."""

from learning.reminders import send_due_reminders


def send_reminders() -> int:
    """The daily deadline reminders (see learning.schedules); returns how many notices reached someone."""
    return send_due_reminders()
