import os

import pytest
from django.core.cache import cache

from tests.factories import build_site


@pytest.fixture(autouse=True)
def _isolated_cache(settings, tmp_path):
    # Each test gets its own page-cache generation stamp and an empty cache.
    settings.VAR_DIR = tmp_path
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    return build_site()


@pytest.fixture
def units(db):
    from tests.factories import build_units

    return build_units()


@pytest.fixture
def cast_users(units):
    from learning.cast import CAST, DEMO_PASSWORD
    from learning.services import user_ensure

    return {member.key: user_ensure(member=member, password=DEMO_PASSWORD) for member in CAST}


def pytest_configure(config):
    # Playwright's sync API runs an event loop in the test thread; the ORM calls the
    # tests make around it are still synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
