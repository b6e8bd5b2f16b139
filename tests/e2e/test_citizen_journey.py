"""A citizen on a phone finds the digital-signature course without typing diacritics and practises."""

from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def demo_site(live_server):
    from wagtail.models import Site

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    return live_server.url


def test_citizen_searches_without_diacritics_reads_a_lesson_and_completes_a_practice(demo_site, phone):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = phone
    page.goto(demo_site + "/")
    assert page.locator("h1").inner_text() == "Học kỹ năng số ngay trên điện thoại"
    # Nothing overflows sideways on a 360 px screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.fill("#home-q", "chu ky so")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/khoa-hoc/?q=chu+ky+so")
    first_card = page.locator(".card h3 a").first
    assert first_card.inner_text() == "Chữ ký số cho người dân và cán bộ xã"
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    first_card.click()
    page.wait_for_url("**/khoa-hoc/chu-ky-so/")
    assert page.locator("h1").inner_text() == "Chữ ký số cho người dân và cán bộ xã"
    assert page.locator("ol.outline li").count() == 6
    page.screenshot(path=str(SHOTS / "course.png"), full_page=True)

    page.locator("ol.outline a").nth(2).click()
    page.wait_for_selector("[data-practice].ready")
    practice = page.locator("[data-practice]").first
    practice.scroll_into_view_if_needed()
    status = practice.locator(".practice-status")
    assert status.inner_text().startswith("Bước 1/")

    # A tap on the wrong place gives feedback and does not advance.
    stage = practice.locator(".practice-stage")
    box = stage.bounding_box()
    spots = practice.locator(".hotspot")
    first = spots.nth(0).bounding_box()
    wrong_y = box["y"] + 3 if first["y"] - box["y"] > 10 else box["y"] + box["height"] - 3
    page.mouse.click(box["x"] + 3, wrong_y)
    assert "wrong" in practice.get_attribute("class")
    assert status.inner_text().startswith("Bước 1/") is False

    total = spots.count()
    for index in range(total):
        spots.nth(index).click()
    assert "complete" in practice.get_attribute("class")
    page.screenshot(path=str(SHOTS / "practice-done.png"), full_page=False)
    assert practice.locator(".hotspot.done").count() == total

    page.locator("a[rel=next]").click()
    assert page.locator("h1").count() == 1
    assert "/khoa-hoc/chu-ky-so/" in page.url
