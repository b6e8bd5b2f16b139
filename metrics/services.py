"""Keeping the facts current, one event at a time."""

import datetime as dt
from collections import Counter

from django.db import IntegrityError, transaction

from learning.models import User
from metrics.contributions import contribution
from metrics.facts import current_month, facts_add, month_open
from metrics.measures import split
from metrics.models import Contribution, Tally
from metrics.tallies import figures


def tally_record(tally: Tally | None) -> bool:
    """Count a raw record once: a second delivery of the same event finds its tally and adds nothing."""
    if tally is None:
        return False
    with transaction.atomic():
        try:
            with transaction.atomic():
                tally.save()
        except IntegrityError:
            return False
        if tally.unit_id is not None:
            facts_add(
                {
                    (tally.unit_id, tally.month, measure, breakdown): amount
                    for (measure, breakdown), amount in figures(tally).items()
                }
            )
    return True


def learners_refresh(user_ids, *, today: dt.date | None = None) -> int:
    """Bring each person's share of their commune's state figures up to date; returns how many
    people's figures changed. Safe to run for anyone at any time: unchanged people change nothing."""
    month = current_month()
    month_open(month)
    changed = 0
    for pk in sorted(set(user_ids)):
        with transaction.atomic():
            # The row is locked before the person is read, so two refreshes of one person run one
            # after the other and the second starts from what the first stored.
            Contribution.objects.get_or_create(user_id=pk)
            stored = Contribution.objects.select_for_update().get(user_id=pk)
            unit_id, now = contribution(User.objects.filter(pk=pk).first(), today=today)
            if stored.unit_id == unit_id and stored.figures == now:
                continue
            changes: Counter = Counter()
            for figure, amount in stored.figures.items():
                changes[(stored.unit_id, month, *split(figure))] -= amount
            for figure, amount in now.items():
                changes[(unit_id, month, *split(figure))] += amount
            facts_add(changes)
            stored.unit_id, stored.figures = unit_id, now
            stored.save(update_fields=["unit", "figures", "updated_at"])
            changed += 1
    return changed
