import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from learning.models import AuditAction, AuditEntry, Consent, ConsentMethod, ConsentPurpose, Role, User
from tests.factories import login_verified

NOTICE = settings.HOCSO_PRIVACY_NOTICE_VERSION
PHONE = "+84358111222"
ASSISTED = "/tai-khoan/dang-ky-ho/"


@pytest.fixture
def texts(settings, tmp_path):
    settings.HOCSO_SMS_BACKEND = "learning.sms.FileSMSBackend"

    def read(phone: str = PHONE) -> list[str]:
        path = Path(tmp_path) / "sms" / f"{phone.lstrip('+')}.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    return read


@pytest.fixture
def trainer_client(client, cast_users):
    client.force_login(cast_users["trainer"])
    return client


def answers(units, **changes) -> dict:
    data = {
        "phone": "0358 111 222",
        "full_name": "Hoàng Văn Sáu",
        "birth_year": "1958",
        "province": units["thai_nguyen"].code,
        "commune": units["dai_tu"].code,
        "consent_learning": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def html(response) -> str:
    return response.content.decode()


def test_the_form_starts_at_the_trainers_commune_with_nothing_ticked(trainer_client, units):
    page = html(trainer_client.get(ASSISTED))
    assert re.search(r'<option value="19" selected>', page)
    assert re.search(r'<option value="05830" selected>Xã Đại Từ</option>', page)
    assert "checked" not in page
    assert (
        "Người học đã nghe giải thích và đồng ý cho Học Số xử lý dữ liệu để học và cấp giấy chứng nhận"
        in page
    )
    assert "Học Số không bao giờ hỏi mật khẩu VNeID hay mã OTP" in page


def test_a_trainer_registers_a_citizen_with_recorded_consent_and_an_audit_entry(
    trainer_client, cast_users, units, texts
):
    trainer = cast_users["trainer"]
    response = trainer_client.post(ASSISTED, answers(units, consent_reporting="on"), REMOTE_ADDR="10.9.9.9")
    citizen = User.objects.get(phone=PHONE)
    assert response.status_code == 302
    assert response["Location"] == f"/tai-khoan/dang-ky-ho/xong/{citizen.pk}/"
    assert (citizen.full_name, citizen.role, citizen.unit, citizen.birth_year) == (
        "Hoàng Văn Sáu",
        Role.CITIZEN,
        units["dai_tu"],
        1958,
    )
    assert citizen.registered_by == trainer
    assert not citizen.has_usable_password()
    assert citizen.phone_confirmed_at is None and not citizen.is_claimed
    assert set(citizen.consents.values_list("purpose", "method", "recorded_by", "notice_version")) == {
        (ConsentPurpose.LEARNING, ConsentMethod.ASSISTED, trainer.pk, NOTICE),
        (ConsentPurpose.REPORTING, ConsentMethod.ASSISTED, trainer.pk, NOTICE),
    }
    entry = AuditEntry.objects.get(action=AuditAction.ASSISTED_SIGNUP)
    assert (entry.actor, entry.subject, entry.unit, entry.ip) == (
        trainer,
        citizen,
        units["dai_tu"],
        "10.9.9.9",
    )
    assert texts() == []  # nothing is texted until the citizen asks to claim

    done = html(trainer_client.get(response["Location"]))
    assert "Hoàng Văn Sáu" in done and "0358 111 222" in done
    assert (
        "Để tự đăng nhập sau này, người học vào Học Số → Quên mật khẩu / nhận tài khoản, "
        "nhập số điện thoại để nhận mã"
    ) in done


def test_the_citizen_later_claims_the_account_with_a_code(trainer_client, units, texts):
    trainer_client.post(ASSISTED, answers(units))
    citizen_device = Client()
    response = citizen_device.post("/tai-khoan/quen-mat-khau/", {"phone": "0358111222"})
    assert response["Location"] == "/tai-khoan/quen-mat-khau/nhap-ma/"
    code = re.search(r"mã xác nhận của bạn là (\d{6})", texts()[-1]).group(1)
    response = citizen_device.post(
        "/tai-khoan/quen-mat-khau/nhap-ma/",
        {"code": code, "password1": "sau-hoc-so-2026", "password2": "sau-hoc-so-2026"},
    )
    assert response.status_code == 302
    citizen = User.objects.get(phone=PHONE)
    assert citizen.is_claimed
    assert citizen_device.session["_auth_user_id"] == str(citizen.pk)

    later = Client()
    login = later.post("/tai-khoan/dang-nhap/", {"username": "0358 111 222", "password": "sau-hoc-so-2026"})
    assert login.status_code == 302
    assert later.session["_auth_user_id"] == str(citizen.pk)


def test_an_assisted_account_cannot_log_in_before_it_is_claimed(trainer_client, units):
    trainer_client.post(ASSISTED, answers(units))
    someone = Client()
    for guess in ("", "!", "0358111222"):
        response = someone.post("/tai-khoan/dang-nhap/", {"username": "0358111222", "password": guess})
        assert response.status_code == 200
    assert "_auth_user_id" not in someone.session


def test_without_the_consent_box_nothing_is_created(trainer_client, units):
    response = trainer_client.post(ASSISTED, answers(units, consent_learning=None))
    assert "Cần đọc giải thích cho người học và đánh dấu ô này" in html(response)
    assert not User.objects.filter(phone=PHONE).exists()
    assert not AuditEntry.objects.exists()


def test_a_number_that_already_has_an_account_is_refused(trainer_client, units):
    User.objects.create_user(PHONE, None, full_name="Người đã có", phone_confirmed_at=None)
    response = trainer_client.post(ASSISTED, answers(units, phone="+84 358 111 222"))
    assert "Số điện thoại này đã có tài khoản Học Số nên không đăng ký lại được" in html(response)
    assert User.objects.get(phone=PHONE).full_name == "Người đã có"
    assert not Consent.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_child_needs_a_guardian_and_the_guardian_is_recorded(trainer_client, units):
    year = str(timezone.localdate().year - 10)
    missing = trainer_client.post(ASSISTED, answers(units, birth_year=year))
    assert "Người học dưới 16 tuổi: cần điền mục này." in html(missing)
    assert not User.objects.filter(phone=PHONE).exists()

    trainer_client.post(
        ASSISTED,
        answers(
            units,
            birth_year=year,
            guardian_name="Hoàng Thị Mẹ",
            guardian_phone="0977 123 456",
            guardian_consent="on",
        ),
    )
    consent = Consent.objects.get(user__phone=PHONE)
    assert (consent.guardian_name, consent.guardian_phone) == ("Hoàng Thị Mẹ", "+84977123456")


def test_without_javascript_the_trainer_can_switch_province(trainer_client, units):
    page = html(
        trainer_client.post(ASSISTED, {**answers(units, province="01", commune=None), "chon_tinh": "1"})
    )
    assert "Phường Ba Đình" in page and "Xã Đại Từ" not in page
    assert 'value="Hoàng Văn Sáu"' in page
    assert not User.objects.filter(phone=PHONE).exists()


def test_a_tampered_commune_is_refused(trainer_client, units):
    response = trainer_client.post(ASSISTED, answers(units, province="01", commune="05830"))
    assert "không thuộc tỉnh, thành phố đã chọn" in html(response)
    assert not User.objects.filter(phone=PHONE).exists()


@pytest.mark.parametrize("key", ["citizen", "official"])
def test_people_who_are_not_trainers_or_managers_get_403(client, cast_users, units, key):
    client.force_login(cast_users[key])
    assert client.get(ASSISTED).status_code == 403
    assert client.post(ASSISTED, answers(units)).status_code == 403
    assert not User.objects.filter(phone=PHONE).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, units):
    response = client.get(ASSISTED)
    assert response.status_code == 302 and response["Location"].startswith("/tai-khoan/dang-nhap/")


def test_a_manager_may_register_after_the_second_factor(client, cast_users, units):
    manager = cast_users["commune_manager"]
    client.force_login(manager)
    assert client.get(ASSISTED)["Location"].startswith("/tai-khoan/xac-thuc-hai-buoc/")
    login_verified(client, manager)
    assert client.get(ASSISTED).status_code == 200
    client.post(ASSISTED, answers(units))
    assert User.objects.get(phone=PHONE).registered_by == manager


def test_a_trainer_sees_only_their_own_registrations_done_page(client, cast_users, units):
    client.force_login(cast_users["trainer"])
    client.post(ASSISTED, answers(units))
    citizen = User.objects.get(phone=PHONE)
    client.force_login(cast_users["reviewer"])  # another trainer
    assert client.get(f"/tai-khoan/dang-ky-ho/xong/{citizen.pk}/").status_code == 404
