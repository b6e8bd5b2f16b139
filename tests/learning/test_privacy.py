import csv
import datetime as dt
import io
import json
import uuid

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from learning import xapi
from learning.enrolment import enrol
from learning.models import (
    AuditAction,
    AuditEntry,
    Consent,
    ConsentMethod,
    ConsentPurpose,
    DataRequest,
    DataRequestKind,
    LessonProgress,
    Role,
    Statement,
    User,
)
from learning.privacy import export_person, profile_update

pytestmark = pytest.mark.django_db


def give_consents(user, *purposes):
    return [
        Consent.objects.create(
            user=user,
            purpose=purpose,
            notice_version=settings.HOCSO_PRIVACY_NOTICE_VERSION,
            method=ConsentMethod.SELF,
        )
        for purpose in purposes or ConsentPurpose.values
    ]


@pytest.fixture
def learner(cast_users, site_tree):
    citizen = cast_users["citizen"]
    citizen.birth_year = 1962
    citizen.email = "hong@example.vn"
    citizen.save()
    give_consents(citizen)
    enrol(citizen, site_tree["course"])
    LessonProgress.objects.create(
        user=citizen, lesson=site_tree["lessons"][0], course=site_tree["course"], seconds_spent=300
    )
    when = timezone.make_aware(dt.datetime(2026, 3, 1, 8, 0))
    body = xapi.build(
        statement_id=uuid.uuid4(),
        user=citizen,
        verb=xapi.Verb.COMPLETED,
        lesson=site_tree["lessons"][0],
        course=site_tree["course"],
        timestamp=when,
    )
    Statement.objects.create(
        id=body["id"],
        user=citizen,
        verb=body["verb"]["id"],
        lesson=site_tree["lessons"][0],
        course=site_tree["course"],
        timestamp=when,
        body=body,
    )
    # Someone else's data, which must never appear in the citizen's copy.
    official = cast_users["official"]
    give_consents(official, ConsentPurpose.LEARNING)
    enrol(official, site_tree["other"])
    return citizen


def test_the_notice_is_public_and_names_the_version_purposes_and_rights(client, db):
    response = client.get(reverse("learning:privacy_notice"))
    assert response.status_code == 200
    page = response.content.decode()
    assert settings.HOCSO_PRIVACY_NOTICE_VERSION in page
    assert "91/2025/QH15" in page
    assert "mật khẩu VNeID" in page
    for purpose in ConsentPurpose:
        assert str(purpose.label) in page
    assert "dưới 16 tuổi" in page


@pytest.mark.parametrize(
    "name",
    [
        "privacy_home",
        "privacy_edit",
        "privacy_export_json",
        "privacy_export_csv",
        "privacy_export_pdf",
        "privacy_delete_request",
        "privacy_correction_request",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, db, name):
    response = client.get(reverse(f"learning:{name}"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("learning:login"))


def test_the_home_page_shows_the_persons_data_and_consents(client, learner):
    client.force_login(learner)
    page = client.get(reverse("learning:privacy_home")).content.decode()
    assert "Nguyễn Thị Hồng" in page
    assert "0358 000 004" in page
    assert "1962" in page
    assert "Xã Đại Từ" in page and "Tỉnh Thái Nguyên" in page
    assert str(ConsentPurpose.REMINDERS.label) in page
    assert "Chữ ký số cho người dân" in page
    assert "Thanh toán an toàn" not in page  # the official's course


def test_the_json_copy_holds_the_persons_data_and_nobody_elses(client, learner, cast_users):
    client.force_login(learner)
    response = client.get(reverse("learning:privacy_export_json"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content.decode("utf-8"))
    assert data["profile"]["full_name"] == "Nguyễn Thị Hồng"
    assert data["profile"]["phone"] == "+84358000004"
    assert data["profile"]["commune"] == "Xã Đại Từ"
    assert {c["purpose"] for c in data["consents"]} == set(ConsentPurpose.values)
    assert [e["course"] for e in data["enrolments"]] == ["Chữ ký số cho người dân"]
    assert data["lesson_progress"][0]["seconds_spent"] == 300
    assert data["statements"][0]["verb"]["display"]["vi-VN"] == "đã hoàn thành"
    assert xapi.shape_errors(data["statements"][0]) == []
    text = response.content.decode("utf-8")
    assert "Phạm Văn Bình" not in text and "0868000005" not in text and "Thanh toán an toàn" not in text


def test_the_csv_copy_opens_as_utf8_with_a_bom_and_vietnamese_headers(client, learner):
    client.force_login(learner)
    response = client.get(reverse("learning:privacy_export_csv"))
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Mục", "Thông tin", "Giá trị"]
    facts = {(row[1], row[2]) for row in rows[1:]}
    assert ("Họ và tên", "Nguyễn Thị Hồng") in facts
    assert ("Số điện thoại", "0358 000 004") in facts
    assert any(item == "Chữ ký số cho người dân" for item, _value in facts)
    assert ("01/03/2026 08:00", "đã hoàn thành · Bài 1: Ký số từ xa") in facts


def test_the_pdf_copy_carries_the_name_with_its_diacritics(client, learner):
    client.force_login(learner)
    response = client.get(reverse("learning:privacy_export_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Nguyễn Thị Hồng" in text
    assert "Chữ ký số cho người dân" in text


def test_every_download_is_written_to_the_audit_log(client, learner):
    client.force_login(learner)
    for name in ("privacy_export_json", "privacy_export_csv", "privacy_export_pdf"):
        client.get(reverse(f"learning:{name}"))
    entries = AuditEntry.objects.filter(action=AuditAction.EXPORT_OWN_DATA, subject=learner, actor=learner)
    assert sorted(entries.values_list("detail", flat=True)) == ["csv", "json", "pdf"]


def test_export_person_is_plain_data_for_a_person_with_nothing_yet(cast_users):
    data = export_person(cast_users["trainer"])
    assert data["profile"]["full_name"] == "Trần Thị Thu Hà"
    assert data["consents"] == [] and data["enrolments"] == [] and data["statements"] == []


def edit(client, **fields):
    return client.post(reverse("learning:privacy_edit"), {"save": "1", **fields})


def test_a_citizen_corrects_name_email_birth_year_and_moves_commune(client, learner, units):
    client.force_login(learner)
    response = edit(
        client,
        full_name="  Nguyễn   Thị Hồng Nhung ",
        email="nhung@example.vn",
        birth_year="1963",
        province=units["thai_nguyen"].pk,
        commune=units["phong_quang"].pk,
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.full_name == "Nguyễn Thị Hồng Nhung"
    assert (learner.email, learner.birth_year, learner.unit) == (
        "nhung@example.vn",
        1963,
        units["phong_quang"],
    )


def test_a_commune_from_another_province_is_refused_and_nothing_changes(client, learner, units):
    client.force_login(learner)
    response = edit(
        client,
        full_name="Tên Mới",
        email="",
        birth_year="1962",
        province=units["thai_nguyen"].pk,
        commune=units["ba_dinh"].pk,
    )
    assert response.status_code == 200
    assert "không thuộc tỉnh, thành phố đã chọn" in response.content.decode()
    learner.refresh_from_db()
    assert (learner.full_name, learner.unit) == ("Nguyễn Thị Hồng", units["dai_tu"])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"full_name": ""}, "Hãy nhập họ và tên."),
        ({"full_name": "Hồng 123"}, "Họ và tên chỉ gồm chữ cái"),
        ({"email": "khong-phai-thu"}, "Thư điện tử không hợp lệ"),
        ({"birth_year": "năm"}, "Năm sinh phải là một năm gồm 4 chữ số"),
        ({"birth_year": "2999"}, "Năm sinh không được sau năm nay."),
        ({"birth_year": "2020"}, "Người dưới 16 tuổi cần người giám hộ đồng ý"),
        ({"province": "999999"}, "Hãy chọn tỉnh, thành phố trong danh sách."),
    ],
)
def test_invalid_corrections_get_a_vietnamese_message_and_change_nothing(
    client, learner, units, fields, message
):
    client.force_login(learner)
    data = {
        "full_name": "Tên Mới",
        "email": "",
        "birth_year": "1962",
        "province": units["thai_nguyen"].pk,
        "commune": units["dai_tu"].pk,
        **fields,
    }
    response = edit(client, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    learner.refresh_from_db()
    assert (learner.full_name, learner.email, learner.birth_year) == (
        "Nguyễn Thị Hồng",
        "hong@example.vn",
        1962,
    )


def test_choosing_a_province_lists_its_communes_and_keeps_what_was_typed(client, learner, units):
    client.force_login(learner)
    response = client.post(
        reverse("learning:privacy_edit"),
        {
            "choose_province": "1",
            "full_name": "Đang Gõ Dở",
            "birth_year": "1962",
            "province": units["ha_noi"].pk,
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Phường Ba Đình" in page and "Xã Phong Quang" not in page
    assert 'value="Đang Gõ Dở"' in page
    learner.refresh_from_db()
    assert learner.full_name == "Nguyễn Thị Hồng"


# "²" passes str.isdigit() but not int(); the long number overflows the database's integer.
NOT_AN_ID = ["²", "99999999999999999999999", "-5", "1e3"]


@pytest.mark.parametrize("value", NOT_AN_ID)
@pytest.mark.parametrize("field", ["province", "commune"])
def test_a_province_or_commune_that_cannot_be_an_id_is_refused_in_vietnamese(
    client, learner, units, field, value
):
    client.force_login(learner)
    data = {
        "full_name": "Tên Mới",
        "email": "",
        "birth_year": "1962",
        "province": units["thai_nguyen"].pk,
        "commune": units["phong_quang"].pk,
        field: value,
    }
    response = edit(client, **data)
    assert response.status_code == 200
    message = {
        "province": "Hãy chọn tỉnh, thành phố trong danh sách.",
        "commune": "Xã, phường bạn chọn không thuộc tỉnh, thành phố đã chọn. Hãy chọn lại.",
    }[field]
    assert message in response.content.decode()
    learner.refresh_from_db()
    assert (learner.full_name, learner.unit) == ("Nguyễn Thị Hồng", units["dai_tu"])


@pytest.mark.parametrize("value", NOT_AN_ID)
def test_choosing_a_province_that_cannot_be_an_id_lists_no_communes(client, learner, units, value):
    client.force_login(learner)
    response = client.post(
        reverse("learning:privacy_edit"),
        {
            "choose_province": "1",
            "full_name": "Đang Gõ Dở",
            "province": value,
            "commune": value,
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Đang Gõ Dở"' in page
    assert "Xã Phong Quang" not in page and "Phường Ba Đình" not in page
    assert response.context["form"].fields["commune"].queryset.count() == 0
    learner.refresh_from_db()
    assert (learner.full_name, learner.unit) == ("Nguyễn Thị Hồng", units["dai_tu"])


def test_an_email_too_long_for_the_account_is_refused_in_vietnamese(client, learner, units):
    # Valid by the e-mail rules (which allow 320 characters) but longer than the 254 the account keeps.
    long_email = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".vn"
    client.force_login(learner)
    response = edit(
        client,
        full_name="Tên Mới",
        email=long_email,
        birth_year="1962",
        province=units["thai_nguyen"].pk,
        commune=units["dai_tu"].pk,
    )
    assert response.status_code == 200
    assert "Thư điện tử dài quá 254 ký tự." in response.content.decode()
    learner.refresh_from_db()
    assert (learner.full_name, learner.email) == ("Nguyễn Thị Hồng", "hong@example.vn")


def test_officials_cannot_change_their_commune(client, cast_users, units):
    official = cast_users["official"]
    assert official.role == Role.OFFICIAL
    client.force_login(official)
    page = client.get(reverse("learning:privacy_edit")).content.decode()
    assert 'name="commune"' not in page
    assert "quản lý cấp xã" in page
    response = edit(
        client,
        full_name="Phạm Văn Bình",
        email="",
        birth_year="1980",
        province=units["ha_noi"].pk,
        commune=units["ba_dinh"].pk,
    )
    assert response.status_code == 302
    official.refresh_from_db()
    assert official.unit == units["dai_tu"]
    assert official.birth_year == 1980


def test_the_service_refuses_to_move_an_official_whatever_the_form_sends(cast_users, units):
    official = cast_users["official"]
    with pytest.raises(ValidationError, match="quản lý cấp xã"):
        profile_update(
            user=official, full_name="Phạm Văn Bình", email="", birth_year=None, unit=units["ba_dinh"]
        )
    official.refresh_from_db()
    assert official.unit == units["dai_tu"]


def test_withdrawing_the_reminders_consent_stops_it_at_once(client, learner):
    client.force_login(learner)
    reminders = learner.consents.get(purpose=ConsentPurpose.REMINDERS)
    response = client.post(reverse("learning:privacy_withdraw", args=[reminders.pk]))
    assert response.status_code == 302
    reminders.refresh_from_db()
    assert reminders.withdrawn_at is not None
    assert learner.consents.get(purpose=ConsentPurpose.LEARNING).withdrawn_at is None
    assert not DataRequest.objects.exists()


def test_withdrawing_consent_to_learning_asks_first_then_opens_a_request(client, learner):
    client.force_login(learner)
    learning = learner.consents.get(purpose=ConsentPurpose.LEARNING)
    url = reverse("learning:privacy_withdraw", args=[learning.pk])
    warning = client.post(url)
    assert warning.status_code == 200
    assert "không thể tiếp tục học" in warning.content.decode()
    assert not DataRequest.objects.exists()
    assert client.post(url, {"confirm": "1"}).status_code == 302
    request = DataRequest.objects.get()
    assert request.kind == DataRequestKind.WITHDRAWAL and request.user == learner
    learning.refresh_from_db()
    assert learning.withdrawn_at is None  # a person handles it


def test_nobody_can_withdraw_someone_elses_consent(client, learner, cast_users):
    other = cast_users["official"].consents.get()
    client.force_login(learner)
    assert client.post(reverse("learning:privacy_withdraw", args=[other.pk])).status_code == 404
    other.refresh_from_db()
    assert other.withdrawn_at is None


def test_a_correction_request_needs_text(client, learner):
    client.force_login(learner)
    empty = client.post(reverse("learning:privacy_correction_request"), {"detail": "   "})
    assert "Hãy ghi rõ thông tin cần sửa." in empty.content.decode()
    assert not DataRequest.objects.exists()
    client.post(reverse("learning:privacy_correction_request"), {"detail": "Số mới của tôi là 0912 345 678"})
    request = DataRequest.objects.get()
    assert (request.kind, request.detail) == (DataRequestKind.CORRECTION, "Số mới của tôi là 0912 345 678")
    assert User.objects.get(pk=learner.pk).phone == "+84358000004"
