"""Signals higher apps (metrics) connect to in their apps.py."""

from django.db import transaction
from django.dispatch import Signal

# Sent after the transaction commits whenever a certificate is issued, revoked or superseded.
# Argument: certificate_id.
certificate_changed = Signal()


def announce_certificate_changed(certificate_id: int) -> None:
    transaction.on_commit(lambda: certificate_changed.send(sender=None, certificate_id=certificate_id))
