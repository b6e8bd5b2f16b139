"""A commune manager opens the commune's dashboard on a phone: indicators, the chart and its table,
and the officials who are late, without the page growing wider than the screen."""

from pathlib import Path

import pytest

from tests.e2e.test_h5p import signed_in
from tests.metrics.test_dashboards import commune_data  # noqa: F401 - the same data as the page tests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots")


def test_the_commune_dashboard_reads_on_a_phone(commune_data, cast_users, live_server, phone):  # noqa: F811
    SHOTS.mkdir(parents=True, exist_ok=True)
    signed_in(phone.context, cast_users["commune_manager"], live_server.url)
    phone.goto(f"{live_server.url}/quan-ly/chi-so/05830/")
    assert phone.locator("h1").inner_text() == "Chỉ số đào tạo — Xã Đại Từ"
    assert phone.locator("figure.chart svg rect").count() >= 12
    late = phone.locator("tr.late")
    assert late.count() == 2 and "Vũ Đức Anh" in late.all_inner_texts()[0] + late.all_inner_texts()[1]
    phone.screenshot(path=str(SHOTS / "metrics-commune.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    signed_in(phone.context, cast_users["province_manager"], live_server.url)
    phone.goto(f"{live_server.url}/quan-ly/chi-so/19/")
    phone.screenshot(path=str(SHOTS / "metrics-province.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
