from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.audit import audit
from learning.models import AuditAction, AuditEntry, AuditLogIsAppendOnly, Role, User
from tests.factories import login_verified

PAGE = "/quan-ly/nhat-ky/"


def as_request(user):
    request = RequestFactory().get("/quan-ly/hoc-vien/", REMOTE_ADDR="203.0.113.7")
    request.user = user
    return request


@pytest.fixture
def log(cast_users, units):
    """Entries about a learner in Đại Từ, one in Phong Quang (same province) and one in Ba Đình (Hà Nội)."""
    phong_quang_learner = User.objects.create_user(
        "0912555001", full_name="Vũ Thị Mai", role=Role.CITIZEN, unit=units["phong_quang"]
    )
    ba_dinh_learner = User.objects.create_user(
        "0912555002", full_name="Ngô Văn Tùng", role=Role.CITIZEN, unit=units["ba_dinh"]
    )
    admin = cast_users["admin"]
    return {
        "dai_tu": audit(
            as_request(cast_users["commune_manager"]),
            AuditAction.VIEW_LEARNER,
            subject=cast_users["citizen"],
            detail="Xem hồ sơ Đại Từ",
        ),
        "phong_quang": audit(
            as_request(admin),
            AuditAction.EXPORT_LEARNERS,
            subject=phong_quang_learner,
            detail="Xuất Phong Quang",
        ),
        "ba_dinh": audit(
            as_request(admin), AuditAction.VIEW_LEARNER, subject=ba_dinh_learner, detail="Xem Ba Đình"
        ),
        "no_unit": audit(as_request(admin), AuditAction.MERGE_UNIT, detail="Sáp nhập toàn quốc"),
    }


def shown(response) -> set[str]:
    return {entry.detail for entry in response.context["page"].object_list}


@pytest.mark.django_db
def test_the_administrator_sees_every_entry(client, cast_users, log):
    login_verified(client, cast_users["admin"])
    response = client.get(PAGE)
    assert response.status_code == 200
    assert shown(response) == {"Xem hồ sơ Đại Từ", "Xuất Phong Quang", "Xem Ba Đình", "Sáp nhập toàn quốc"}
    content = response.content.decode()
    assert "Nguyễn Thị Hồng" in content  # the learner concerned
    assert timezone.localtime(log["dai_tu"].at).strftime("%d/%m/%Y %H:%M") in content


@pytest.mark.django_db
def test_a_commune_manager_sees_only_their_commune(client, cast_users, log):
    login_verified(client, cast_users["commune_manager"])
    response = client.get(PAGE)
    assert shown(response) == {"Xem hồ sơ Đại Từ"}
    content = response.content.decode()
    assert "Ngô Văn Tùng" not in content
    assert "Vũ Thị Mai" not in content


@pytest.mark.django_db
def test_a_province_manager_sees_their_province_only(client, cast_users, log):
    login_verified(client, cast_users["province_manager"])
    assert shown(client.get(PAGE)) == {"Xem hồ sơ Đại Từ", "Xuất Phong Quang"}


@pytest.mark.django_db
def test_no_parameter_widens_a_managers_view(client, cast_users, log, units):
    # The page reads action, date_from, date_to and trang; unit, xa and tinh are made up. Each query
    # below shows the Ba Đình entry to the administrator, so only the scope can hide it.
    assert AuditEntry.objects.filter(unit=units["ba_dinh"], detail="Xem Ba Đình").exists()
    today = timezone.localdate().strftime("%d/%m/%Y")
    ba_dinh = units["ba_dinh"]
    queries = [
        {},
        {"action": "view_learner"},
        {"action": "view_learner", "date_from": today, "date_to": today},
        {"date_from": today},
        {"trang": "2"},
        {"trang": "-1"},
        {"trang": "mot"},
        {"unit": ba_dinh.pk},
        {"xa": ba_dinh.code, "tinh": "01"},
        {"unit": ba_dinh.pk, "xa": ba_dinh.code, "action": "view_learner", "date_to": today, "trang": "1"},
    ]
    admin, manager = client.__class__(), client
    login_verified(admin, cast_users["admin"])
    login_verified(manager, cast_users["commune_manager"])
    for query in queries:
        assert "Xem Ba Đình" in shown(admin.get(PAGE, query)), query
        response = manager.get(PAGE, query)
        assert response.status_code == 200
        assert shown(response) == {"Xem hồ sơ Đại Từ"}, query
        assert "Ngô Văn Tùng" not in response.content.decode()


@pytest.mark.django_db
def test_the_log_names_who_acted_but_keeps_no_phone_number(client, cast_users, log):
    manager = cast_users["commune_manager"]
    assert log["dai_tu"].actor_label == f"Quản lý cấp xã #{manager.pk}"
    assert log["ba_dinh"].actor_label == f"Quản trị quốc gia #{cast_users['admin'].pk}"
    login_verified(client, cast_users["admin"])
    content = client.get(PAGE).content.decode()
    assert "<td>Hoàng Thị Lan</td>" in content and "<td>Quản trị Học Số</td>" in content
    for phone in (manager.phone, manager.phone_display, "0777000006", cast_users["admin"].phone_display):
        assert phone not in content


@pytest.mark.django_db
def test_only_national_administrators_see_ip_addresses(client, cast_users, log):
    for key in ("commune_manager", "province_manager"):
        login_verified(client, cast_users[key])
        response = client.get(PAGE)
        content = response.content.decode()
        assert response.context["page"].object_list  # entries are listed, without their addresses
        assert "203.0.113.7" not in content and "Địa chỉ IP" not in content
    national = User.objects.create_user(
        "0912555003", full_name="Đinh Văn Quốc", role=Role.NATIONAL_ADMIN, is_staff=True
    )
    assert not national.is_superuser
    for user in (cast_users["admin"], national):
        login_verified(client, user)
        content = client.get(PAGE).content.decode()
        assert "203.0.113.7" in content and "Địa chỉ IP" in content


@pytest.mark.django_db
def test_filter_by_action(client, cast_users, log):
    login_verified(client, cast_users["admin"])
    assert shown(client.get(PAGE, {"action": "export_learners"})) == {"Xuất Phong Quang"}


@pytest.mark.django_db
def test_filter_by_day_in_vietnam_time(client, cast_users, log):
    login_verified(client, cast_users["admin"])
    today = timezone.localdate()
    fmt = "%d/%m/%Y"
    assert (
        len(shown(client.get(PAGE, {"date_from": today.strftime(fmt), "date_to": today.strftime(fmt)}))) == 4
    )
    assert shown(client.get(PAGE, {"date_from": (today + timedelta(days=1)).strftime(fmt)})) == set()
    assert shown(client.get(PAGE, {"date_to": (today - timedelta(days=1)).strftime(fmt)})) == set()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"date_from": "2026-03-05"}, "Ngày phải viết theo dạng ngày/tháng/năm"),
        ({"date_to": "31/02/2026"}, "Ngày phải viết theo dạng ngày/tháng/năm"),
        ({"date_from": "05/03/2026", "date_to": "04/03/2026"}, "“Từ ngày” phải trước hoặc bằng “Đến ngày”"),
        ({"action": "xoa_het"}, "Xin chọn một hành động trong danh sách"),
    ],
)
@pytest.mark.django_db
def test_bad_filters_are_explained_and_show_nothing(client, cast_users, log, query, message):
    login_verified(client, cast_users["admin"])
    response = client.get(PAGE, query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["page"] is None
    assert AuditEntry.objects.count() == 4


@pytest.mark.django_db
def test_fifty_entries_a_page(client, cast_users):
    request = as_request(cast_users["admin"])
    for number in range(51):
        audit(request, AuditAction.VIEW_LEARNER, subject=cast_users["citizen"], detail=f"lần {number}")
    login_verified(client, cast_users["commune_manager"])
    first = client.get(PAGE)
    assert len(first.context["page"].object_list) == 50
    assert "trang=2" in first.content.decode()
    second = client.get(PAGE, {"trang": 2})
    assert [entry.detail for entry in second.context["page"].object_list] == ["lần 0"]


@pytest.mark.django_db
def test_more_entries_cost_no_more_queries(client, cast_users):
    request = as_request(cast_users["admin"])
    login_verified(client, cast_users["commune_manager"])

    def queries_for_page() -> int:
        client.get(PAGE)  # warm per-site caches the layout fills on first use
        with CaptureQueriesContext(connection) as captured:
            assert client.get(PAGE).status_code == 200
        return len(captured)

    audit(request, AuditAction.VIEW_LEARNER, subject=cast_users["citizen"], detail="lần đầu")
    few = queries_for_page()
    for number in range(30):
        audit(request, AuditAction.VIEW_LEARNER, subject=cast_users["citizen"], detail=f"lần {number}")
    assert queries_for_page() == few


@pytest.mark.django_db
def test_posting_to_the_log_changes_nothing(client, cast_users, log):
    login_verified(client, cast_users["admin"])
    response = client.post(PAGE, {"action": "view_learner"})
    assert response.status_code == 405
    assert AuditEntry.objects.count() == 4


@pytest.mark.django_db
def test_reading_the_log_is_not_itself_logged(client, cast_users, log):
    login_verified(client, cast_users["province_manager"])
    client.get(PAGE)
    client.get(PAGE, {"action": "view_learner"})
    assert AuditEntry.objects.count() == 4


@pytest.mark.django_db
def test_only_managers_who_passed_the_second_factor_may_read(client, cast_users, log):
    client.force_login(cast_users["commune_manager"])
    assert client.get(PAGE)["Location"].startswith("/tai-khoan/xac-thuc-hai-buoc/")
    client.force_login(cast_users["official"])
    assert client.get(PAGE).status_code == 403
    client.logout()
    assert client.get(PAGE)["Location"].startswith("/tai-khoan/dang-nhap/")


@pytest.mark.django_db
def test_the_log_cannot_be_changed_or_deleted(log):
    entry = log["dai_tu"]
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="đã sửa")
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEntry.objects.all().delete()
    entry.detail = "đã sửa"
    with pytest.raises(AuditLogIsAppendOnly):
        entry.save()
    with pytest.raises(AuditLogIsAppendOnly):
        entry.delete()
    assert AuditEntry.objects.get(pk=entry.pk).detail == "Xem hồ sơ Đại Từ"
    assert AuditEntry.objects.count() == 4


@pytest.mark.django_db
def test_no_admin_screen_offers_to_edit_the_log(client, cast_users, log):
    from django.contrib import admin
    from wagtail.snippets.models import get_snippet_models

    assert AuditEntry not in admin.site._registry
    assert AuditEntry not in get_snippet_models()
    login_verified(client, cast_users["admin"])
    assert client.get("/quan-tri/snippets/learning/auditentry/").status_code == 404
    assert client.get(f"/quan-tri/snippets/learning/auditentry/edit/{log['dai_tu'].pk}/").status_code == 404
