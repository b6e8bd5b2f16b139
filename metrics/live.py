"""Telling open dashboards that their figures changed. A message says only "changed"; the page
fetches itself again, so what it shows always comes through the same scoped view."""

import asyncio
import logging
import threading

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache
from django.db import transaction

from metrics.models import Rollup

logger = logging.getLogger(__name__)

NATIONAL_GROUP = "metrics.national"
# A busy commune sends many events a second; one refresh per few seconds is plenty for a person.
# The page fetches again this long after a nudge, so what changed in the quiet spell still shows.
QUIET_SECONDS = 3


def unit_group(unit_id: int) -> str:
    return f"metrics.unit.{unit_id}"


def announce(unit_ids) -> None:
    """After the transaction commits, once for all the units it changed (a bulk write changes
    thousands of facts in one transaction)."""
    ids = set(unit_ids)
    if not ids:
        return
    connection = transaction.get_connection()
    pending = getattr(connection, "metrics_changed", None)
    # Still waiting for this transaction's commit (not dropped by a rollback): add to it.
    if pending is not None and any(entry[1] is pending[1] for entry in connection.run_on_commit):
        pending[0].update(ids)
        return

    def send() -> None:
        _send(units)

    units = set(ids)
    connection.metrics_changed = (units, send)
    transaction.on_commit(send)


def _send(unit_ids: set[int]) -> None:
    # A unit that changed moments ago has had its dashboards nudged: skip looking up where it counts.
    unit_ids = {pk for pk in unit_ids if cache.add(f"metrics-live-unit:{pk}", True, QUIET_SECONDS)}
    if not unit_ids:
        return
    groups = {NATIONAL_GROUP}
    for current_id, province_id in Rollup.objects.filter(unit_id__in=unit_ids).values_list(
        "current_id", "province_id"
    ):
        groups.add(unit_group(current_id))
        if province_id:
            groups.add(unit_group(province_id))
    layer = get_channel_layer()
    if layer is None:
        return
    for group in sorted(groups):
        # add() stores only if absent: the first change in a quiet spell is sent, the rest wait.
        if not cache.add(f"metrics-live:{group}", True, QUIET_SECONDS):
            continue
        try:
            publish(layer, group)
        except Exception:  # noqa: BLE001 - a dashboard that misses a nudge still reloads by hand
            logger.warning("Could not tell %s that its figures changed", group, exc_info=True)


def publish(layer, group: str) -> None:
    # Changes sent during the quiet spell are not sent at all: the page fetches once more after it.
    message = {"type": "figures.changed", "again_in": QUIET_SECONDS}
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(layer.group_send)(group, message)
        return
    # Synchronous code running under an event loop (a script or a test driving a browser) cannot
    # block on that loop; the send goes through a loop of its own.
    worker = threading.Thread(target=async_to_sync(layer.group_send), args=(group, message))
    worker.start()
    worker.join()
