"""Signals higher apps connect to (learning re-evaluates course completion on a passed final test)."""

from django.dispatch import Signal

# Sent once per attempt, after the transaction that graded it commits. Argument: attempt.
attempt_submitted = Signal()
