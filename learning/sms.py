"""Text messages through a pluggable backend, in the manner of Django's email backends.

A real gateway is one class with `send(phone, text)`; name it in HOCSO_SMS_BACKEND.
"""

import sys
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string


class SMSBackend(Protocol):
    """What a gateway class provides; HOCSO_SMS_BACKEND names one."""

    def send(self, phone: str, text: str) -> None: ...


class ConsoleSMSBackend:
    """Prints the message, so a developer or a test can read the code."""

    def send(self, phone: str, text: str) -> None:
        sys.stdout.write(f"[SMS → {phone}] {text}\n")
        sys.stdout.flush()


class FileSMSBackend:
    """Appends each message to var/sms/<phone>.txt."""

    def send(self, phone: str, text: str) -> None:
        folder = Path(settings.VAR_DIR) / "sms"
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / f"{phone.lstrip('+')}.txt").open("a", encoding="utf-8") as out:
            out.write(f"{timezone.now().isoformat()} {text}\n")


def send_sms(phone: str, text: str) -> None:
    backend: SMSBackend = import_string(settings.HOCSO_SMS_BACKEND)()
    backend.send(phone, text)
