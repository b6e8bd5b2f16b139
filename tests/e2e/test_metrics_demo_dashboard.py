"""Right after setup, the province manager of the demo opens the province's dashboard on a phone
and reads real figures: communes ranked laggards first, twelve months of bars, targets."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from learning.models import User
from learning.phone import normalise_phone
from tests.e2e.test_h5p import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots")


def test_the_demo_province_dashboard_ranks_its_communes(live_server, phone):
    SHOTS.mkdir(parents=True, exist_ok=True)
    call_command("seed_demo", stdout=io.StringIO())
    manager = User.objects.get(phone=normalise_phone("0522000007"))
    signed_in(phone.context, manager, live_server.url)
    phone.goto(f"{live_server.url}/quan-ly/chi-so/19/")
    ranking = phone.locator("table.ranking tbody th").all_inner_texts()
    # The four communes with a roster are ranked, the best of them last; the province's other
    # communes are listed, folded, below the table.
    assert len(ranking) == 4 and "Xã Định Hóa" in ranking[3]
    assert not any("Xã Định Hóa" in name for name in ranking[:3])
    folded = phone.locator("details.ranking-empty")
    assert "đơn vị chưa có số liệu" in folded.locator("summary").inner_text()
    assert folded.locator("li").count() > 50 and not folded.locator("li").first.is_visible()
    bars = phone.locator("figure.chart").first.locator("rect")
    assert bars.count() == 12 and sum(1 for box in bars.all() if float(box.get_attribute("height")) > 0) >= 5
    phone.screenshot(path=str(SHOTS / "metrics-demo-province.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
