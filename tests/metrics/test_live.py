"""An open dashboard hears over a real websocket that its figures changed, and only a person who
may see the unit can listen."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.core.cache import cache
from django.test import Client

from cms.asgi import application
from learning.models import Role, User
from metrics.live import NATIONAL_GROUP, QUIET_SECONDS, publish
from tests.factories import login_verified

pytestmark = pytest.mark.django_db(transaction=True)


def run(scenario) -> None:
    """Run the coroutine in a thread of its own: after a browser test, Playwright's event loop still
    owns the test thread, where asyncio cannot start another."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, scenario()).result()


def socket_for(user, path: str) -> WebsocketCommunicator:
    client = Client()
    if user is not None:
        login_verified(client, user)
    cookie = f"sessionid={client.cookies['sessionid'].value}" if user is not None else ""
    return WebsocketCommunicator(
        application, path, headers=[(b"cookie", cookie.encode()), (b"origin", b"http://localhost")]
    )


def test_a_new_official_in_the_commune_tells_its_open_dashboard(cast_users, units):
    from metrics.rollup import rollup_rebuild

    rollup_rebuild()
    # Creating the cast told the dashboards already; this test starts after their quiet spell.
    cache.clear()
    communicator = socket_for(cast_users["commune_manager"], "/ws/chi-so/05830/")

    async def scenario():
        connected, _ = await communicator.connect()
        assert connected
        await database_sync_to_async(User.objects.create_user)(
            "+84391000099", full_name="Đinh Thị Hoa", role=Role.OFFICIAL, unit=units["dai_tu"]
        )
        assert await communicator.receive_json_from(timeout=5) == {"changed": True, "again_in": QUIET_SECONDS}
        # A second change in the quiet spell sends nothing; the page's later fetch picks it up.
        await database_sync_to_async(User.objects.create_user)(
            "+84391000098", full_name="Đinh Văn Nam", role=Role.OFFICIAL, unit=units["dai_tu"]
        )
        assert await communicator.receive_nothing(timeout=0.5)
        await communicator.disconnect()

    run(scenario)


def test_a_change_made_under_a_running_event_loop_is_still_sent():
    """A synchronous caller inside an event loop (a script, or a test driving a browser) cannot
    block on that loop; the nudge must still go out."""
    layer = get_channel_layer()

    async def scenario():
        channel = await layer.new_channel()
        await layer.group_add(NATIONAL_GROUP, channel)
        publish(layer, NATIONAL_GROUP)
        message = await asyncio.wait_for(layer.receive(channel), timeout=5)
        assert message == {"type": "figures.changed", "again_in": QUIET_SECONDS}

    run(scenario)


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("commune_manager", "/ws/chi-so/01849/"),
        ("commune_manager", "/ws/chi-so/"),
        ("province_manager", "/ws/chi-so/01/"),
        ("citizen", "/ws/chi-so/05830/"),
        (None, "/ws/chi-so/05830/"),
    ],
)
def test_nobody_listens_to_a_unit_they_may_not_see(cast_users, units, who, path):
    communicator = socket_for(cast_users[who] if who else None, path)

    async def scenario():
        connected, code = await communicator.connect()
        assert not connected
        assert code == 4403

    run(scenario)
