"""Reminders and notices through pluggable channels (console, email, SMS), each named in settings."""

import logging
import sys

from django.conf import settings
from django.core.mail import send_mail
from django.utils.module_loading import import_string

from learning.sms import send_sms

logger = logging.getLogger(__name__)


class ConsoleNotifier:
    def notify(self, user, subject: str, text: str) -> bool:
        sys.stdout.write(f"[Thông báo → {user.phone}] {subject}: {text}\n")
        return True


class EmailNotifier:
    def notify(self, user, subject: str, text: str) -> bool:
        if not user.email:
            return False
        send_mail(subject, text, None, [user.email])
        return True


class SMSNotifier:
    def notify(self, user, subject: str, text: str) -> bool:
        if not user.phone.startswith("+84"):
            return False
        send_sms(user.phone, text)
        return True


def notify(user, subject: str, text: str) -> bool:
    """Send through every configured channel; True if at least one reached the person.

    A failing channel does not stop the others. Only when every channel failed with an error does
    the error propagate, so the caller can try again later without repeating a message that arrived.
    """
    reached, failure = False, None
    for path in settings.HOCSO_NOTIFIER_BACKENDS:
        try:
            reached = import_string(path)().notify(user, subject, text) or reached
        except Exception as error:  # noqa: BLE001 - one gateway's outage must not silence the others
            logger.exception("Notifier %s failed for user %s", path, user.pk)
            failure = error
    if failure is not None and not reached:
        raise failure
    return reached
