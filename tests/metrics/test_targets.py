"""Targets: a province or commune sets what an indicator should reach by a date, sees its progress
against a straight line from start to due date, and a province sees which communes are behind."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from learning.models import Enrolment, Requirement, Role, User
from metrics.forms_targets import parse_number
from metrics.indicators import BY_CODE
from metrics.models.targets import Target
from metrics.recount import recount
from metrics.selectors import Period, Value
from metrics.targets import (
    dashboard_targets,
    elapsed,
    flags_for_children,
    progress,
    target_create,
    target_delete,
    targets_for,
    unit_targets,
    window,
)
from tests.factories import login_verified

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.metrics.urls_for_targets")]

JAN_1, DEC_31 = dt.date(2026, 1, 1), dt.date(2027, 1, 1)  # 365 days apart
HALF_WAY = dt.date(2026, 7, 2)  # day 182 of 365


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def a_target(code="officials_done_rate", value="100", starts_on=JAN_1, due_on=DEC_31, **fields) -> Target:
    return Target(indicator=code, value=Decimal(value), starts_on=starts_on, due_on=due_on, **fields)


def a_value(code: str, number) -> Value:
    return Value(BY_CODE[code], 0, None, number)


# --- Progress arithmetic, with fixed dates ----------------------------------------------------------


def test_the_line_rises_from_nothing_at_the_start_to_the_whole_target_on_the_due_date():
    assert elapsed(JAN_1, DEC_31, dt.date(2025, 12, 1)) == 0
    assert elapsed(JAN_1, DEC_31, JAN_1) == 0
    assert elapsed(JAN_1, DEC_31, HALF_WAY) == Decimal(182) / Decimal(365)
    assert elapsed(JAN_1, DEC_31, DEC_31) == 1
    assert elapsed(JAN_1, DEC_31, dt.date(2027, 6, 1)) == 1


def test_half_way_through_the_time_half_the_target_is_expected_and_less_is_behind():
    target = a_target(value="100", due_on=dt.date(2026, 12, 31))  # 364 days: day 182 is exactly half
    below = progress(target, a_value("officials_done_rate", Decimal("40.0")), HALF_WAY)
    assert below.expected == Decimal("50.0")
    assert below.behind and not below.met and below.status == "behind"
    assert below.reached == 40 and below.bar == 40
    assert (below.actual_display, below.goal_display, below.expected_display) == ("40,0%", "100,0%", "50,0%")
    on_line = progress(target, a_value("officials_done_rate", Decimal("50.0")), HALF_WAY)
    assert not on_line.behind and not on_line.met and on_line.status == "on_track"


def test_before_the_start_nothing_is_expected_and_nobody_is_behind():
    item = progress(a_target(), a_value("officials_done_rate", Decimal("0.0")), dt.date(2025, 12, 20))
    assert item.expected == 0 and not item.behind and item.status == "on_track"


def test_on_and_after_the_due_date_the_whole_target_is_expected():
    target = a_target(value="95.5")
    on_the_day = progress(target, a_value("officials_done_rate", Decimal("95.4")), DEC_31)
    assert on_the_day.expected == Decimal("95.5") and on_the_day.behind and not on_the_day.overdue
    later = progress(target, a_value("officials_done_rate", Decimal("95.4")), dt.date(2027, 3, 1))
    assert later.behind and later.overdue and later.status == "missed"
    # 95.4 of 95.5 is 99.9%: rounded down, never shown as the whole target.
    assert later.reached == 99


def test_reaching_the_target_is_met_and_the_bar_stops_at_full():
    target = a_target("citizens_completed_any", value="1200")
    item = progress(target, a_value("citizens_completed_any", 1500), HALF_WAY)
    assert item.met and not item.behind and item.status == "met"
    assert item.reached == 125 and item.bar == 100
    assert item.goal == 1200 and item.goal_display == "1.200"


def test_a_count_line_is_rounded_as_shown_so_a_unit_on_it_is_not_behind():
    # A third of the way to 1,000: 333.3 expected, shown and judged as 333.
    target = a_target("citizens_registered", value="1000", due_on=dt.date(2026, 1, 31))
    item = progress(target, a_value("citizens_registered", 333), dt.date(2026, 1, 11))
    assert item.expected == 333 and not item.behind
    assert progress(target, a_value("citizens_registered", 332), dt.date(2026, 1, 11)).behind


def test_a_ratio_with_nothing_to_divide_by_is_no_data_not_behind():
    item = progress(a_target(), a_value("officials_done_rate", None), HALF_WAY)
    assert item.status == "no_data" and not item.behind and not item.met and item.reached is None


def test_the_window_runs_from_the_start_month_to_today_and_stops_at_the_due_date():
    target = a_target(starts_on=dt.date(2026, 1, 15), due_on=dt.date(2026, 12, 31))
    assert window(target, HALF_WAY) == Period(dt.date(2026, 1, 1), dt.date(2026, 7, 1))
    assert window(target, dt.date(2027, 5, 5)) == Period(dt.date(2026, 1, 1), dt.date(2026, 12, 1))
    assert window(target, dt.date(2025, 5, 5)) == Period(dt.date(2026, 1, 1), dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("typed", "kind", "number"),
    [
        ("1.200", "count", Decimal(1200)),
        ("1200", "count", Decimal(1200)),
        ("1,5", "count", None),
        ("12.00", "count", None),
        ("95,5", "percent", Decimal("95.5")),
        ("95.5%", "percent", Decimal("95.5")),
        (" 100 % ", "percent", Decimal(100)),
        ("một trăm", "percent", None),
        ("-5", "percent", None),
    ],
)
def test_numbers_are_read_the_vietnamese_way(typed, kind, number):
    assert parse_number(typed, kind) == number


# --- Creating, validating and scope --------------------------------------------------------------


TODAY = dt.date(2026, 3, 10)


def create(actor, unit, **fields):
    arguments = {"indicator": "officials_done_rate", "value": Decimal(100), "due_on": dt.date(2026, 12, 31)}
    return target_create(actor=actor, unit=unit, today=TODAY, **{**arguments, **fields})


def test_a_commune_manager_sets_a_target_for_their_commune_starting_today(cast_users, units):
    target = create(cast_users["commune_manager"], units["dai_tu"], note="  Theo kế hoạch của xã ")
    target.refresh_from_db()
    assert target.unit == units["dai_tu"] and target.starts_on == TODAY and target.value == Decimal(100)
    assert target.created_by == cast_users["commune_manager"] and target.note == "Theo kế hoạch của xã"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"value": Decimal(101)}, "value", "Tỷ lệ mục tiêu phải lớn hơn 0% và không quá 100%."),
        ({"value": Decimal(0)}, "value", "Tỷ lệ mục tiêu phải lớn hơn 0% và không quá 100%."),
        ({"value": Decimal("95.55")}, "value", "Chỉ ghi tối đa một chữ số thập phân"),
        (
            {"indicator": "final_average_score", "value": Decimal(120)},
            "value",
            "Điểm mục tiêu phải lớn hơn 0",
        ),
        ({"indicator": "citizens_registered", "value": Decimal("10.5")}, "value", "là một số nguyên"),
        ({"indicator": "citizens_registered", "value": Decimal(0)}, "value", "Mục tiêu phải từ 1 trở lên."),
        ({"indicator": "khong_co"}, "indicator", "Chỉ tiêu này không có trong danh mục."),
        ({"indicator": "officials_overdue", "value": Decimal(0)}, "indicator", "số càng thấp càng tốt"),
        (
            {"due_on": dt.date(2026, 3, 9), "starts_on": dt.date(2026, 1, 1)},
            "due_on",
            "không được là ngày đã qua",
        ),
        (
            {"due_on": dt.date(2026, 5, 1), "starts_on": dt.date(2026, 6, 1)},
            "due_on",
            "phải sau ngày bắt đầu tính",
        ),
    ],
)
def test_bad_input_gets_a_vietnamese_message_and_creates_nothing(cast_users, units, fields, field, message):
    with pytest.raises(ValidationError) as caught:
        create(cast_users["commune_manager"], units["dai_tu"], **fields)
    assert any(message in str(text) for text in caught.value.message_dict[field])
    assert not Target.objects.exists()


def test_the_same_indicator_and_due_date_twice_is_refused(cast_users, units):
    create(cast_users["commune_manager"], units["dai_tu"])
    with pytest.raises(ValidationError, match="đã có mục tiêu cho chỉ tiêu này với cùng hạn đạt"):
        create(cast_users["commune_manager"], units["dai_tu"], value=Decimal(90))
    assert Target.objects.count() == 1


@pytest.mark.parametrize(
    ("manager", "unit"),
    [
        ("commune_manager", "phong_quang"),
        ("commune_manager", "thai_nguyen"),
        ("commune_manager", "ba_dinh"),
        ("province_manager", "ba_dinh"),
        ("province_manager", "ha_noi"),
        ("official", "dai_tu"),
        ("citizen", "dai_tu"),
    ],
)
def test_nobody_sets_a_target_outside_their_units(cast_users, units, manager, unit):
    with pytest.raises(PermissionDenied):
        create(cast_users[manager], units[unit])
    assert not Target.objects.exists()


def test_a_province_manager_sets_targets_for_the_province_and_its_communes(cast_users, units):
    manager = cast_users["province_manager"]
    create(manager, units["thai_nguyen"])
    create(manager, units["phong_quang"])
    assert set(Target.objects.values_list("unit__code", flat=True)) == {"19", "01849"}


def test_a_commune_manager_cannot_remove_the_provinces_target(cast_users, units):
    target = create(cast_users["province_manager"], units["thai_nguyen"])
    with pytest.raises(PermissionDenied):
        target_delete(actor=cast_users["commune_manager"], target=target)
    assert Target.objects.filter(pk=target.pk).exists()
    target_delete(actor=cast_users["province_manager"], target=target)
    assert not Target.objects.exists()


def test_a_commune_has_its_provinces_targets_and_its_own_wins_for_the_same_indicator_and_date(
    cast_users, units
):
    province_wide = create(cast_users["province_manager"], units["thai_nguyen"], value=Decimal(100))
    later = create(
        cast_users["province_manager"], units["thai_nguyen"], value=Decimal(100), due_on=dt.date(2027, 6, 30)
    )
    own = create(cast_users["commune_manager"], units["dai_tu"], value=Decimal(90))
    assert targets_for(units["dai_tu"]) == [own, later]
    assert targets_for(units["phong_quang"]) == [province_wide, later]
    assert targets_for(units["thai_nguyen"]) == [province_wide, later]


# --- Progress from real figures ------------------------------------------------------------------


def person(phone: str, name: str, unit) -> User:
    return User.objects.create_user(phone, full_name=name, role=Role.OFFICIAL, unit=unit)


@pytest.fixture
def figures(site_tree, units, cast_users):
    """Đại Từ: three officials (the cast's, one who finished, one who did not): 33,3% finished, one
    completion this month. Phong Quang: two officials who finished, one this month and one 70 days
    ago: 100%. The province: 3 of 5, 60,0%."""
    course = site_tree["course"]
    today = timezone.localdate()
    done = person("+84391000001", "Lê Thị Mai", units["dai_tu"])
    late = person("+84391000002", "Vũ Đức Anh", units["dai_tu"])
    other = person("+84391000003", "Trịnh Văn Cường", units["phong_quang"])
    earlier = person("+84391000004", "Đinh Thị Hoa", units["phong_quang"])
    Requirement.objects.create(course=course, unit=units["thai_nguyen"], role=Role.OFFICIAL, due_on=today)
    for user in (done, other):
        Enrolment.objects.create(user=user, course=course, progress_percent=100, completed_at=timezone.now())
    Enrolment.objects.create(user=late, course=course)
    Enrolment.objects.create(
        user=earlier,
        course=course,
        progress_percent=100,
        completed_at=timezone.now() - dt.timedelta(days=70),
    )
    recount(repair=True)
    return {"today": today}


def province_target(cast_users, units, today, code="officials_done_rate", value=Decimal(100), days=100):
    """A target half way through its time today: started `days` ago, due in `days` days."""
    return target_create(
        actor=cast_users["province_manager"],
        unit=units["thai_nguyen"],
        indicator=code,
        value=value,
        starts_on=today - dt.timedelta(days=days),
        due_on=today + dt.timedelta(days=days),
        today=today,
    )


def test_communes_below_the_provinces_line_are_flagged_and_the_others_not(cast_users, units, figures):
    today = figures["today"]
    target = province_target(cast_users, units, today)
    communes = [units["dai_tu"], units["phong_quang"]]
    flags = flags_for_children(
        units["thai_nguyen"], [{"unit": c} for c in communes], Period.month(today), today
    )
    assert list(flags) == [units["dai_tu"].pk]
    (flag,) = flags[units["dai_tu"].pk]
    assert flag.target == target and flag.actual == Decimal("33.3") and flag.expected == Decimal("50.0")
    # A period before the target started judges nothing.
    assert (
        flags_for_children(
            units["thai_nguyen"], communes, Period.month(today - dt.timedelta(days=130)), today
        )
        == {}
    )
    assert flags_for_children(units["dai_tu"], communes, Period.month(today), today) == {}


def test_a_flow_target_counts_every_month_since_it_started(cast_users, units, figures):
    today = figures["today"]
    # Three completions in the province: two this month, one 70 days ago.
    target = province_target(cast_users, units, today, code="completions", value=Decimal(12))
    (item,) = unit_targets(units["thai_nguyen"], today)
    assert item.target == target and item.actual == 3 and item.expected == 6 and item.behind
    # Each commune is behind 6 too: Đại Từ has one completion, Phong Quang two (one 70 days ago).
    assert item.children_behind == 2


def test_the_dashboard_context_for_a_province_counts_and_marks_the_communes_behind(
    cast_users, units, figures
):
    today = figures["today"]
    province_target(cast_users, units, today)
    rows = [{"unit": units["dai_tu"]}, {"unit": units["phong_quang"]}]
    context = dashboard_targets(units["thai_nguyen"], today, rows=rows)
    (item,) = context["target_progress"]
    # The province: 3 of 5 officials finished, 60,0% against 50,0% expected: ahead of the line.
    assert item.actual == Decimal("60.0") and not item.behind and item.children_behind == 1
    assert [len(row["behind_targets"]) for row in rows] == [1, 0]
    html = re.sub(r"\s+", " ", render_to_string("metrics/includes/targets_panel.html", context))
    assert "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc" in html
    assert "Hiện đạt 60,0%; mức cần đạt đến nay 50,0%." in html and "Đúng tiến độ" in html
    assert "1 xã, phường chậm so với tiến độ" in html
    assert reverse("metrics:targets", args=["19"]) in html
    flags = re.sub(r"\s+", " ", render_to_string("metrics/targets/flags.html", rows[0]))
    assert "Chậm so với tiến độ: Tỷ lệ cán bộ hoàn thành khóa học bắt buộc" in flags


def test_the_commune_dashboard_shows_the_provinces_target_behind_and_its_own_met(cast_users, units, figures):
    today = figures["today"]
    province_target(cast_users, units, today)
    target_create(
        actor=cast_users["commune_manager"],
        unit=units["dai_tu"],
        indicator="officials_roster",
        value=Decimal(3),
        due_on=today + dt.timedelta(days=30),
        today=today,
    )
    context = dashboard_targets(units["dai_tu"], today)
    by_code = {item.target.indicator: item for item in context["target_progress"]}
    assert by_code["officials_done_rate"].inherited and by_code["officials_done_rate"].behind
    assert by_code["officials_roster"].met and not by_code["officials_roster"].inherited
    html = re.sub(r"\s+", " ", render_to_string("metrics/includes/targets_panel.html", context))
    assert "Chậm so với tiến độ" in html and "Đạt" in html and "(mục tiêu của tỉnh)" in html
    assert "Hiện đạt 33,3%; mức cần đạt đến nay 50,0%." in html


# --- The pages -----------------------------------------------------------------------------------


def signed_in(client, user):
    login_verified(client, user)
    return client


def url(code: str) -> str:
    return reverse("metrics:targets", args=[code])


def form(**fields) -> dict:
    due = timezone.localdate() + dt.timedelta(days=200)
    return {"indicator": "officials_done_rate", "value": "95,5", "due_on": f"{due:%d/%m/%Y}", **fields}


def test_the_targets_page_lists_the_units_and_its_provinces_targets_in_vietnamese(
    client, cast_users, units, figures
):
    today = figures["today"]
    inherited = province_target(cast_users, units, today)
    response = signed_in(client, cast_users["commune_manager"]).get(url("05830"))
    assert response.status_code == 200
    page = text(response)
    assert "Mục tiêu — Xã Đại Từ" in page and "Đặt mục tiêu mới" in page
    assert "Mục tiêu của tỉnh" in page and "Chậm so với tiến độ" in page and "33,3%" in page
    assert reverse("metrics:target_delete", args=["05830", inherited.pk]) not in page


def test_a_manager_sets_a_target_with_the_form(client, cast_users, units):
    response = signed_in(client, cast_users["commune_manager"]).post(
        url("05830"), form(starts_on="01/01/2026", note="Kế hoạch năm")
    )
    assert response.status_code == 302 and response.url == url("05830")
    target = Target.objects.get()
    assert target.unit == units["dai_tu"] and target.value == Decimal("95.5")
    assert target.starts_on == dt.date(2026, 1, 1) and target.note == "Kế hoạch năm"
    assert "Đã đặt mục tiêu." in text(client.get(url("05830")))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"value": "120"}, "Tỷ lệ mục tiêu phải lớn hơn 0% và không quá 100%."),
        ({"value": "nhiều"}, "Mức mục tiêu không hợp lệ."),
        ({"value": ""}, "Hãy nhập mức mục tiêu."),
        ({"indicator": "citizens_registered", "value": "1,5"}, "Mức mục tiêu không hợp lệ."),
        (
            {"indicator": "officials_overdue"},
            "Chỉ tiêu này không có trong danh mục hoặc không đặt mục tiêu được.",
        ),
        ({"indicator": ""}, "Hãy chọn chỉ tiêu."),
        ({"due_on": "2026-12-31"}, "Hãy nhập ngày theo dạng ngày/tháng/năm"),
        ({"due_on": "01/01/2020", "starts_on": "01/01/2019"}, "Hạn đạt không được là ngày đã qua."),
        ({"note": "x" * 301}, "Ghi chú dài tối đa 300 ký tự."),
    ],
)
def test_bad_input_on_the_form_is_shown_again_in_vietnamese_and_saves_nothing(
    client, cast_users, units, fields, message
):
    response = signed_in(client, cast_users["commune_manager"]).post(url("05830"), form(**fields))
    assert response.status_code == 200
    assert message in text(response)
    assert not Target.objects.exists()


def test_a_duplicate_from_the_form_is_refused_in_vietnamese(client, cast_users, units):
    signed_in(client, cast_users["commune_manager"]).post(url("05830"), form())
    response = client.post(url("05830"), form(value="90"))
    assert response.status_code == 200 and "đã có mục tiêu cho chỉ tiêu này" in text(response)
    assert Target.objects.get().value == Decimal("95.5")


@pytest.mark.parametrize(
    ("manager", "code"),
    [
        ("commune_manager", "01849"),
        ("commune_manager", "19"),
        ("province_manager", "00004"),
        ("province_manager", "01"),
    ],
)
def test_another_units_targets_page_is_not_found_and_nothing_is_created(
    client, cast_users, units, manager, code
):
    signed_in(client, cast_users[manager])
    assert client.get(url(code)).status_code == 404
    assert client.post(url(code), form()).status_code == 404
    assert not Target.objects.exists()


def test_learners_and_visitors_are_refused(client, cast_users, units):
    for key in ("citizen", "official"):
        client.force_login(cast_users[key])
        assert client.get(url("05830")).status_code in (302, 403)
        client.post(url("05830"), form())
    client.logout()
    anonymous = client.get(url("05830"))
    assert anonymous.status_code == 302 and "dang-nhap" in anonymous.url
    assert not Target.objects.exists()


def test_a_target_is_removed_after_confirmation(client, cast_users, units):
    target = create(
        cast_users["commune_manager"], units["dai_tu"], due_on=timezone.localdate() + dt.timedelta(days=9)
    )
    delete_url = reverse("metrics:target_delete", args=["05830", target.pk])
    confirm = signed_in(client, cast_users["commune_manager"]).get(delete_url)
    assert confirm.status_code == 200
    assert "Xóa mục tiêu?" in text(confirm) and "100,0%" in text(confirm)
    assert Target.objects.filter(pk=target.pk).exists()
    response = client.post(delete_url)
    assert response.status_code == 302 and not Target.objects.exists()


def test_a_commune_manager_cannot_remove_the_provinces_target_by_any_url(client, cast_users, units):
    target = create(cast_users["province_manager"], units["thai_nguyen"])
    signed_in(client, cast_users["commune_manager"])
    for code in ("05830", "19"):
        assert client.post(reverse("metrics:target_delete", args=[code, target.pk])).status_code == 404
    assert Target.objects.filter(pk=target.pk).exists()


def test_the_province_page_counts_the_communes_behind_each_target(client, cast_users, units, figures):
    today = figures["today"]
    target = province_target(cast_users, units, today)
    response = signed_in(client, cast_users["province_manager"]).get(url("19"))
    page = text(response)
    assert response.status_code == 200 and "Xã, phường chậm tiến độ" in page
    assert '<td class="num">1</td>' in page
    assert reverse("metrics:target_delete", args=["19", target.pk]) in page
