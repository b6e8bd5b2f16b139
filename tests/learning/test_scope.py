"""A manager sees exactly their own units' people, whatever URL or parameter they try."""

import pytest
from django.test import Client
from django.utils import timezone

from learning.models import AuditAction, AuditEntry, Consent, ConsentPurpose, Role, User
from learning.scope import visible_people, visible_units
from tests.factories import login_verified


@pytest.fixture
def people(cast_users, units):
    def person(phone, name, unit, role=Role.CITIZEN):
        user = User.objects.create_user(phone, "mat-khau-dai-2026", full_name=name, unit=unit, role=role)
        consent(user)
        return user

    return {
        "dai_tu": person("0912111111", "Vũ Thị Mai", units["dai_tu"]),
        "phong_quang": person("0912222222", "Lý Văn Sơn", units["phong_quang"]),
        "ba_dinh": person("0912333333", "Ngô Thị Hạnh", units["ba_dinh"], Role.OFFICIAL),
    }


def consent(user, purpose=ConsentPurpose.REPORTING):
    return Consent.objects.create(user=user, purpose=purpose, notice_version="2026-11", method="self")


def names(queryset):
    return set(queryset.values_list("full_name", flat=True))


def test_each_role_sees_its_own_units(cast_users, units, people):
    assert set(visible_units(cast_users["commune_manager"])) == {units["dai_tu"]}
    assert set(visible_units(cast_users["province_manager"])) == {
        units["thai_nguyen"],
        units["dai_tu"],
        units["phong_quang"],
    }
    assert visible_units(cast_users["admin"]).count() == 5
    for key in ("citizen", "official", "trainer"):
        assert not visible_units(cast_users[key]).exists()
    commune = names(visible_people(cast_users["commune_manager"]))
    assert "Vũ Thị Mai" in commune and not commune & {"Lý Văn Sơn", "Ngô Thị Hạnh"}
    province = names(visible_people(cast_users["province_manager"]))
    assert {"Vũ Thị Mai", "Lý Văn Sơn"} <= province and "Ngô Thị Hạnh" not in province


def test_a_manager_without_a_unit_sees_nobody(cast_users):
    manager = cast_users["commune_manager"]
    manager.unit = None
    manager.save()
    assert not visible_people(manager).exists()


@pytest.fixture
def commune_client(cast_users):
    client = Client()
    login_verified(client, cast_users["commune_manager"])
    return client


def test_commune_manager_cannot_open_another_communes_learner_by_id(commune_client, people):
    assert commune_client.get(f"/quan-ly/hoc-vien/{people['dai_tu'].pk}/").status_code == 200
    for key in ("phong_quang", "ba_dinh"):
        assert commune_client.get(f"/quan-ly/hoc-vien/{people[key].pk}/").status_code == 404
    assert commune_client.get("/quan-ly/hoc-vien/987654/").status_code == 404


def test_commune_manager_cannot_widen_the_list_or_export_by_parameter(commune_client, people):
    listing = commune_client.get("/quan-ly/hoc-vien/").content.decode()
    assert "Vũ Thị Mai" in listing and "Lý Văn Sơn" not in listing
    for code in ("01849", "00004", "19", "01"):
        response = commune_client.get(f"/quan-ly/hoc-vien/?unit={code}")
        body = response.content.decode()
        assert "ngoài phạm vi bạn quản lý" in body
        assert "Lý Văn Sơn" not in body and "Ngô Thị Hạnh" not in body and "Vũ Thị Mai" not in body
        export = commune_client.get(f"/quan-ly/hoc-vien/xuat.csv?unit={code}")
        assert export.status_code == 400
    export = commune_client.get("/quan-ly/hoc-vien/xuat.csv").content.decode("utf-8-sig")
    assert "Vũ Thị Mai" in export and "Lý Văn Sơn" not in export and "Ngô Thị Hạnh" not in export


def test_province_manager_sees_the_province_and_nothing_beyond(cast_users, people):
    client = Client()
    login_verified(client, cast_users["province_manager"])
    listing = client.get("/quan-ly/hoc-vien/").content.decode()
    assert "Vũ Thị Mai" in listing and "Lý Văn Sơn" in listing and "Ngô Thị Hạnh" not in listing
    filtered = client.get("/quan-ly/hoc-vien/?unit=01849").content.decode()
    assert "Lý Văn Sơn" in filtered and "Vũ Thị Mai" not in filtered
    assert client.get(f"/quan-ly/hoc-vien/{people['ba_dinh'].pk}/").status_code == 404


def test_learners_and_trainers_cannot_reach_manager_pages(cast_users, people):
    for key in ("citizen", "official", "trainer"):
        client = Client()
        client.force_login(cast_users[key])
        assert client.get("/quan-ly/hoc-vien/").status_code == 403
        assert client.get(f"/quan-ly/hoc-vien/{people['dai_tu'].pk}/").status_code == 403
    anonymous = Client().get("/quan-ly/hoc-vien/")
    assert anonymous.status_code == 302 and "/tai-khoan/dang-nhap/" in anonymous["Location"]


def test_a_manager_must_pass_the_second_factor_first(cast_users, people):
    client = Client()
    client.force_login(cast_users["commune_manager"])
    response = client.get(f"/quan-ly/hoc-vien/{people['dai_tu'].pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/tai-khoan/xac-thuc-hai-buoc/")
    assert not AuditEntry.objects.exists()


def test_viewing_and_exporting_are_written_to_the_audit_log(commune_client, cast_users, people):
    commune_client.get(f"/quan-ly/hoc-vien/{people['dai_tu'].pk}/")
    commune_client.get("/quan-ly/hoc-vien/xuat.csv")
    entries = list(AuditEntry.objects.order_by("at"))
    assert [entry.action for entry in entries] == [AuditAction.VIEW_LEARNER, AuditAction.EXPORT_LEARNERS]
    assert entries[0].subject == people["dai_tu"] and entries[0].actor == cast_users["commune_manager"]
    assert entries[0].unit.code == "05830"


def test_the_manager_overview_counts_only_the_managers_units(commune_client, people, units):
    other = User.objects.create_user(
        "0912777777", "x", full_name="Cán bộ Ba Đình", unit=units["ba_dinh"], role=Role.OFFICIAL
    )
    page = commune_client.get("/quan-ly/")
    assert page.status_code == 200
    figures = page.context["figures"]
    # Đại Từ: the cast's official and two trainers, plus Vũ Thị Mai; the cast's citizen never
    # consented to reporting, so she is not counted.
    assert figures["learners"] == 4 and figures["officials"] == 1
    assert other.unit != units["dai_tu"]


def test_citizens_without_consent_to_reporting_stay_out_of_managers_lists(commune_client, people, units):
    private = User.objects.create_user("0912999999", "x", full_name="Đào Thị Kín", unit=units["dai_tu"])
    consent(private, ConsentPurpose.LEARNING)
    withdrawn = User.objects.create_user("0912999998", "x", full_name="Tạ Văn Rút", unit=units["dai_tu"])
    consent(withdrawn).delete()
    Consent.objects.create(
        user=withdrawn,
        purpose=ConsentPurpose.REPORTING,
        notice_version="2026-11",
        method="self",
        withdrawn_at=timezone.now(),
    )
    listing = commune_client.get("/quan-ly/hoc-vien/").content.decode()
    export = commune_client.get("/quan-ly/hoc-vien/xuat.csv").content.decode("utf-8-sig")
    for name in ("Đào Thị Kín", "Tạ Văn Rút"):
        assert name not in listing and name not in export
    assert "Vũ Thị Mai" in listing
    assert commune_client.get(f"/quan-ly/hoc-vien/{private.pk}/").status_code == 404


def test_the_export_cannot_carry_a_spreadsheet_formula(commune_client, units):
    sneaky = User.objects.create_user(
        "0912999997", "x", full_name='=HYPERLINK("http://x","Bấm")', unit=units["dai_tu"]
    )
    consent(sneaky)
    export = commune_client.get("/quan-ly/hoc-vien/xuat.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in export
    assert "\n=HYPERLINK" not in export and ",=HYPERLINK" not in export


def test_a_searched_name_or_number_is_not_written_to_the_audit_log(commune_client, people):
    commune_client.get("/quan-ly/hoc-vien/?q=0912111111&role=citizen")
    entry = AuditEntry.objects.get(action=AuditAction.LIST_LEARNERS)
    assert "0912111111" not in entry.detail and "role=citizen" in entry.detail
