"""django-q2 task functions: each loads what it needs and calls a service, so running one twice is safe."""

from learning.privacy import purge_old_codes
from learning.reminders import send_due_reminders


def send_reminders() -> int:
    """The daily deadline reminders (see learning.schedules); returns how many notices reached someone."""
    return send_due_reminders()


def purge_codes() -> int:
    """Daily: SMS codes (and the addresses that asked for them) are kept no longer than needed."""
    return purge_old_codes()
