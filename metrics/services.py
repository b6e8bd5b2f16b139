"""Keeping the facts current, one event at a time."""

import datetime as dt
import functools
from collections import Counter

from django.db import connection, transaction
from django.utils import timezone

from learning.models import AdministrativeUnit, User
from metrics.contributions import Person, contribution
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


_TALLY_FIELDS = [field for field in Tally._meta.concrete_fields if not field.primary_key]


def _insert_new(tally: Tally) -> bool:
    """Store the tally unless its record was counted already; one statement, no savepoint."""
    values = [field.get_db_prep_save(field.pre_save(tally, True), connection) for field in _TALLY_FIELDS]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(), values)
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
            _store(pk, unit_id, now)
            changed += 1
    return changed


def _locked_contribution(user_id: int) -> tuple[Contribution, Person | None]:
    """The person's stored share, locked, then what the figures read of the person. Two statements:
    the person is read after the lock is granted, so a refresh that waited sees what the one before
    it saw, or later."""
    row = _fetch(_lock_sql(), user_id)
    if row is None:
        # The person's first refresh; a concurrent first refresh may insert the row first.
        Contribution.objects.bulk_create([Contribution(user_id=user_id)], ignore_conflicts=True)
        row = _fetch(_lock_sql(), user_id)
    figures = Contribution._meta.get_field("figures").from_db_value(row[1], None, connection)
    stored = Contribution(user_id=user_id, unit_id=row[0], figures=figures)
    person = _fetch(_person_sql(), user_id)
    # A person deleted outright keeps their share until this refresh takes it away.
    if person is None:
        return stored, None
    return stored, Person(*person[:-1], erased=person[-1] is not None)


def _store(user_id: int, unit_id: int | None, figures: dict[str, int]) -> None:
    fields = Contribution._meta
    values = [
        unit_id,
        fields.get_field("figures").get_db_prep_save(figures, connection),
        fields.get_field("updated_at").get_db_prep_save(timezone.now(), connection),
        user_id,
    ]
    with connection.cursor() as cursor:
        cursor.execute(_store_sql(), values)


def _fetch(sql: str, user_id: int):
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        return cursor.fetchone()


# The event path runs these for every change; building the querysets would cost more than running them.
# Only quoted table names of our own models are put together into them.
@functools.cache
def _insert_sql() -> str:
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in _TALLY_FIELDS)
    placeholders = ", ".join(["%s"] * len(_TALLY_FIELDS))
    return (
        f"INSERT INTO {quote(Tally._meta.db_table)} ({columns}) VALUES ({placeholders}) "  # noqa: S608
        "ON CONFLICT (kind, ref) DO NOTHING RETURNING id"
    )


@functools.cache
def _lock_sql() -> str:
    share = connection.ops.quote_name(Contribution._meta.db_table)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    return f"SELECT unit_id, figures FROM {share} WHERE user_id = %s{lock}"  # noqa: S608


@functools.cache
def _store_sql() -> str:
    share = connection.ops.quote_name(Contribution._meta.db_table)
    return f"UPDATE {share} SET unit_id = %s, figures = %s, updated_at = %s WHERE user_id = %s"  # noqa: S608


@functools.cache
def _person_sql() -> str:
    quote = connection.ops.quote_name
    person, unit = quote(User._meta.db_table), quote(AdministrativeUnit._meta.db_table)
    return (
        "SELECT u.id, u.role, u.unit_id, a.parent_id, u.position_id, u.gender, u.erased_at "  # noqa: S608
        f"FROM {person} u LEFT JOIN {unit} a ON a.id = u.unit_id WHERE u.id = %s"
    )
