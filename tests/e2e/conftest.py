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
def _wagtail_root(transactional_db):
    """A transactional test empties every table when it ends, including the page-tree root, the
    root collection and the locale that Wagtail's migrations create; put them back so each browser test starts alike."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
