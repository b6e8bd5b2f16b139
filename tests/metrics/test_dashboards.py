"""The dashboards: the numbers a commune, a province and the nation see, each only for the units
the one scope function allows."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.models import Enrolment, Position, Requirement, Role, User
from metrics.recount import recount
from tests.factories import login_verified

pytestmark = pytest.mark.django_db


def person(phone: str, name: str, role: str, unit, position=None, **fields) -> User:
    return User.objects.create_user(phone, full_name=name, role=role, unit=unit, position=position, **fields)


@pytest.fixture
def commune_data(site_tree, units, cast_users):
    """Đại Từ: the cast's official plus two more, one finished, one late; Phong Quang: one official
    who finished; Ba Đình (another province): one official."""
    chair = Position.objects.get_or_create(name="Chủ tịch UBND xã")[0]
    course = site_tree["course"]
    done = person(
        "+84391000001", "Lê Thị Mai", Role.OFFICIAL, units["dai_tu"], chair, gender="female", birth_year=1970
    )
    late = person("+84391000002", "Vũ Đức Anh", Role.OFFICIAL, units["dai_tu"])
    other = person("+84391000003", "Trịnh Văn Cường", Role.OFFICIAL, units["phong_quang"])
    far = person("+84391000004", "Phan Thu Trang", Role.OFFICIAL, units["ba_dinh"])
    Requirement.objects.create(
        course=course,
        unit=units["thai_nguyen"],
        role=Role.OFFICIAL,
        due_on=timezone.localdate() - dt.timedelta(days=1),
    )
    for user in (done, other):
        Enrolment.objects.create(user=user, course=course, progress_percent=100, completed_at=timezone.now())
    Enrolment.objects.create(user=late, course=course)
    recount(repair=True)
    return {"done": done, "late": late, "other": other, "far": far, "course": course}


def signed_in(client, user):
    login_verified(client, user)
    return client


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_commune_manager_sees_their_communes_officials_and_who_is_late(client, cast_users, commune_data):
    response = signed_in(client, cast_users["commune_manager"]).get(reverse("metrics:unit", args=["05830"]))
    assert response.status_code == 200
    page = text(response)
    # Three officials in Đại Từ: the cast's Phạm Văn Bình, Lê Thị Mai (done) and Vũ Đức Anh (late).
    assert "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc" in page
    assert "33,3%" in page and "1 / 3" in page
    assert "Vũ Đức Anh" in page and "Lê Thị Mai" in page
    assert "Trịnh Văn Cường" not in page and "Phan Thu Trang" not in page
    people = page.split("Người học theo giới tính và độ tuổi", 1)[1].split("</table>", 1)[0]
    assert "Nữ" in people and "45-59" in people and "Nam" not in people
    late_only = client.get(reverse("metrics:unit", args=["05830"]), {"loc": "qua-han"})
    late_page = text(late_only)
    assert "Lê Thị Mai" not in late_page and "Vũ Đức Anh" in late_page


def test_the_commune_dashboard_shows_each_post_and_how_far_its_holders_are(client, cast_users, commune_data):
    response = signed_in(client, cast_users["commune_manager"]).get(reverse("metrics:unit", args=["05830"]))
    page = text(response)
    table = page[page.index("Cán bộ theo chức vụ") :]
    table = table[: table.index("</table>")]
    # The chair finished the required course; the cast's official (another post) has not.
    chair = table[table.index("Chủ tịch UBND xã") :]
    assert re.search(r"Chủ tịch UBND xã</th>.*?>1</td>.*?>1</td>.*?>1 \(100%\)</td>.*?>0</td>", chair)
    assert "Công chức Văn phòng HĐND và UBND xã" in table


@pytest.mark.parametrize("code", ["01849", "00004", "19", "01", "khong-co"])
def test_a_commune_manager_asking_for_any_other_unit_gets_not_found(client, cast_users, commune_data, code):
    response = signed_in(client, cast_users["commune_manager"]).get(reverse("metrics:unit", args=[code]))
    assert response.status_code == 404
    assert "Trịnh Văn Cường" not in response.content.decode()


def test_a_province_manager_sees_communes_ranked_laggards_first(client, cast_users, commune_data, units):
    from learning.models import AdministrativeUnit, UnitLevel

    AdministrativeUnit.objects.create(
        code="05833",
        name="Quân Chu",
        name_with_type="Xã Quân Chu",
        level=UnitLevel.COMMUNE,
        kind="xa",
        parent=units["thai_nguyen"],
    )
    response = signed_in(client, cast_users["province_manager"]).get(reverse("metrics:unit", args=["19"]))
    assert response.status_code == 200
    page = text(response)
    assert page.index("Xã Đại Từ") < page.index("Xã Phong Quang")  # 33,3% before 100%
    # A commune with no roster and no learners is listed once, below the table, not ranked.
    ranking = page[
        page.index('<table class="ranking') : page.index("</table>", page.index('<table class="ranking'))
    ]
    assert "Xã Quân Chu" not in ranking
    assert "1 đơn vị chưa có số liệu" in page and page.index("</table>", page.index("ranking")) < page.index(
        "Xã Quân Chu"
    )
    assert "Phường Ba Đình" not in page
    # The province's rate is recomputed from its sums (2 of 4), not the average of 33,3% and 100%.
    assert "50,0%" in page and "2 / 4" in page
    assert (
        signed_in(client, cast_users["province_manager"])
        .get(reverse("metrics:unit", args=["01"]))
        .status_code
        == 404
    )


def test_the_national_view_is_for_administrators_others_go_to_their_own_unit(
    client, cast_users, commune_data
):
    admin = signed_in(client, cast_users["admin"]).get(reverse("metrics:national"))
    assert admin.status_code == 200
    page = text(admin)
    assert "Tỉnh Thái Nguyên" in page and "Thành phố Hà Nội" in page
    # Five officials in all (the cast's included), two of whom finished: 40%.
    assert "40,0%" in page and "2 / 5" in page
    client.logout()
    manager = signed_in(client, cast_users["province_manager"]).get(reverse("metrics:national"))
    assert manager.status_code == 302 and manager.url == reverse("metrics:unit", args=["19"])


def test_citizens_and_officials_without_a_manager_role_are_refused(client, cast_users, commune_data):
    for key in ("citizen", "official"):
        client.force_login(cast_users[key])
        assert client.get(reverse("metrics:unit", args=["05830"])).status_code in (302, 403)
    client.logout()
    anonymous = client.get(reverse("metrics:unit", args=["05830"]))
    assert anonymous.status_code == 302 and "dang-nhap" in anonymous.url


def test_a_bad_period_gets_a_vietnamese_message(client, cast_users, commune_data):
    response = signed_in(client, cast_users["commune_manager"]).get(
        reverse("metrics:unit", args=["05830"]), {"ky": "2026-13"}
    )
    assert response.status_code == 400
    assert "Kỳ báo cáo không hợp lệ" in response.content.decode()


def test_a_merged_communes_history_counts_for_its_successor(client, cast_users, commune_data, units):
    from django.test import TestCase

    from learning.units import merge_unit

    with TestCase.captureOnCommitCallbacks(execute=True):
        merge_unit(old=units["phong_quang"], into=units["dai_tu"])
    recount(repair=True)
    response = signed_in(client, cast_users["province_manager"]).get(reverse("metrics:unit", args=["19"]))
    page = text(response)
    assert "Xã Phong Quang" not in page.split("Các xã, phường, đặc khu", 1)[1].split("Diễn biến", 1)[0]
    assert "2 / 4" in page


def test_viewing_a_communes_officials_is_audited_once_an_hour_however_often_the_page_refreshes(
    client, cast_users, commune_data
):
    from learning.models import AuditEntry

    signed_in(client, cast_users["commune_manager"])
    for _ in range(3):
        assert client.get(reverse("metrics:unit", args=["05830"])).status_code == 200
    entries = AuditEntry.objects.filter(actor=cast_users["commune_manager"], action="list_learners")
    assert entries.count() == 1 and entries.get().unit.code == "05830"


def test_the_dashboards_download_links_lead_to_the_files(client, cast_users, commune_data):
    page = signed_in(client, cast_users["province_manager"]).get(
        reverse("metrics:unit", args=["19"]), {"ky": "2026"}
    )
    links = re.findall(r'href="([^"]+(?:xuat\.xlsx|xuat\.csv|bao-cao\.pdf)[^"]*)"', page.content.decode())
    assert len(links) == 5
    types = {client.get(link.replace("&amp;", "&"))["Content-Type"].split(";")[0] for link in links}
    assert types == {
        "application/pdf",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }


def test_the_trend_reads_each_month_as_a_one_month_period(commune_data, units):
    from metrics.indicators import INDICATORS
    from metrics.selectors import Period, figures_by, months_back, trend, value_of

    months = months_back(timezone.localdate(), 3)
    for where in ({"units": [units["dai_tu"].pk]}, {"province": units["thai_nguyen"].pk}, {}):
        expected = [
            (
                month,
                [
                    value_of(indicator, figures_by(Period.month(month), group="all", **where)[None])
                    for indicator in INDICATORS
                ],
            )
            for month in months
        ]
        assert trend(months, INDICATORS, **where) == expected
    assert any(value.numerator for _, values in expected for value in values)


def test_the_spread_of_counts_reads_as_vietnamese_numbers():
    from decimal import Decimal

    from metrics.indicators import BY_CODE
    from metrics.selectors import Value, shown, spread

    overdue = BY_CODE["officials_overdue"]
    rate = BY_CODE["officials_done_rate"]

    def values(indicator, numbers):
        return [Value(indicator, 0, None, number) for number in numbers]

    even = spread(values(overdue, [0, 3, 4, 8]))
    assert (even.lowest, even.median, even.highest, even.counted) == (0, Decimal("3.5"), 8, 4)
    assert [shown(overdue, n) for n in (even.lowest, even.median, even.highest)] == ["0", "3,5", "8"]
    assert shown(overdue, spread(values(overdue, [1, 2, 1200])).median) == "2"
    assert shown(overdue, 1200) == "1.200"
    percent = spread(values(rate, [Decimal("7.1"), Decimal("40.4"), None, Decimal("100.0")]))
    assert percent.counted == 3 and shown(rate, percent.median) == "40,4%"
