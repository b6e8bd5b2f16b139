"""Writing facts: every change is an addition, so concurrent writers never lose each other's counts."""

import datetime as dt
from collections import Counter

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from metrics.live import announce
from metrics.measures import STOCKS, month_of
from metrics.models import Fact, OpenMonth

FactKey = tuple[int, dt.date, str, str]  # unit id, month, measure, breakdown


def facts_add(changes: Counter[FactKey] | dict[FactKey, int]) -> None:
    """Add each delta to its fact, creating the facts that do not exist yet.

    Rows go in a fixed order, so two writers touching the same facts lock them in the same order."""
    rows = sorted((key, delta) for key, delta in changes.items() if delta)
    for start in range(0, len(rows), BATCH):
        _upsert(rows[start : start + BATCH])
    if rows:
        announce({unit_id for (unit_id, *_), _delta in rows})


BATCH = 500
_UPSERT = "ON CONFLICT (unit_id, month, measure, dim) DO UPDATE SET value = {table}.value + excluded.value"


def _upsert(rows: list[tuple[FactKey, int]]) -> None:
    table = connection.ops.quote_name(Fact._meta.db_table)
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    # Only placeholders and our own quoted table name are put together here.
    sql = f"INSERT INTO {table} (unit_id, month, measure, dim, value) VALUES {values} {_UPSERT}"  # noqa: S608
    sql = sql.format(table=table)
    params = []
    for (unit_id, month, measure, breakdown), delta in rows:
        params += [unit_id, connection.ops.adapt_datefield_value(month), measure, breakdown, delta]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def month_open(month: dt.date) -> None:
    """Carry the state figures over from the latest earlier month, once, before the month's first
    change: a month's state figures are the state at its end, and earlier months stay as they were."""
    opened = f"metrics-open-month:{month:%Y-%m}"
    # Once open, a month stays open: most events of a month skip the database here.
    if cache.get(opened):
        return
    if OpenMonth.objects.filter(month=month).exists():
        # Only once it is committed: a rolled-back opening must be done again.
        transaction.on_commit(lambda: cache.set(opened, True, None))
        return
    try:
        with transaction.atomic():
            OpenMonth.objects.create(month=month)
            previous = (
                Fact.objects.filter(month__lt=month, measure__in=STOCKS)
                .order_by("-month")
                .values_list("month", flat=True)
                .first()
            )
            if previous is None:
                return
            table = connection.ops.quote_name(Fact._meta.db_table)
            measures = ", ".join(["%s"] * len(STOCKS))
            sql = (
                "INSERT INTO {table} (unit_id, month, measure, dim, value) "  # noqa: S608
                "SELECT unit_id, %s, measure, dim, value FROM {table} "
                "WHERE month = %s AND measure IN ({measures}) AND value <> 0 " + _UPSERT
            ).format(table=table, measures=measures)
            adapt = connection.ops.adapt_datefield_value
            with connection.cursor() as cursor:
                cursor.execute(sql, [adapt(month), adapt(previous), *STOCKS])
    except IntegrityError:
        # Another worker opened it at the same moment, and carried the figures over.
        return


def current_month() -> dt.date:
    return month_of(timezone.now())
