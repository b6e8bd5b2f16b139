"""Keeping the facts current, one event at a time."""

import datetime as dt
from collections import Counter

from django.db import connection, transaction

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
        if not _insert_new(tally):
            return False
        if tally.unit_id is not None:
            facts_add(
                {
                    (tally.unit_id, tally.month, measure, breakdown): amount
                    for (measure, breakdown), amount in figures(tally).items()
                }
            )
    return True


def _insert_new(tally: Tally) -> bool:
    """Store the tally unless its record was counted already; one statement, no savepoint."""
    fields = [field for field in Tally._meta.concrete_fields if not field.primary_key]
    values = [field.get_db_prep_save(field.pre_save(tally, True), connection) for field in fields]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    # Only our own quoted names and placeholders are put together here.
    sql = (
        f"INSERT INTO {quote(Tally._meta.db_table)} ({columns}) VALUES ({placeholders}) "  # noqa: S608
        "ON CONFLICT (kind, ref) DO NOTHING RETURNING id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    if row is None:
        return False
    tally.pk = row[0]
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
            stored, person = _locked_contribution(pk)
            unit_id, now = contribution(person, today=today)
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


# What metrics.contributions reads of a person (requirements_for reads the unit's parent).
PERSON_FIELDS = ("role", "unit", "position", "gender", "erased_at", "unit__parent")


def _locked_contribution(user_id: int) -> tuple[Contribution, User | None]:
    """The person's stored share, locked, and the person, in one query on the usual path."""
    stored = (
        Contribution.objects.select_for_update(of=("self",))
        .select_related("user__unit")
        .only("unit", "figures", *(f"user__{name}" for name in PERSON_FIELDS))
        .filter(user_id=user_id)
        .first()
    )
    if stored is not None:
        return stored, stored.user
    # The person's first refresh (a concurrent one may insert the row first), or a person gone.
    Contribution.objects.bulk_create([Contribution(user_id=user_id)], ignore_conflicts=True)
    stored = Contribution.objects.select_for_update().get(user_id=user_id)
    return stored, User.objects.select_related("unit").only(*PERSON_FIELDS).filter(pk=user_id).first()
