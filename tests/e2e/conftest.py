import pytest
from playwright.sync_api import sync_playwright

from cms.chromium import CHROMIUM_ARGS, CHROMIUM_PATH


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A 360×740 phone screen, the size of the cheap Android phones citizens use."""
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, locale="vi-VN"
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _wagtail_base(transactional_db):
    from tests.factories import ensure_wagtail_base

    ensure_wagtail_base()
