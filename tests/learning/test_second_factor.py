import re
from base64 import b32encode
from binascii import unhexlify
from urllib.parse import quote

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from learning.cast import CAST, DEMO_PASSWORD, DEMO_TOTP_SECRET
from learning.services import user_ensure
from tests.factories import login_verified

PAGE = "/tai-khoan/xac-thuc-hai-buoc/"
TURN_OFF = "/tai-khoan/xac-thuc-hai-buoc/tat/"


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def sign_in_with_phone_proven(client, user):
    """Signed in, and past the SMS check that comes before setting up an authenticator."""
    client.force_login(user)
    session = client.session
    session["hocso-second-factor-phone-proven"] = user.pk
    session.save()


def verified(client, path: str) -> bool:
    return client.get(path).status_code == 200


@pytest.fixture
def editors(site_tree, cast_users):
    """The cast, with trainers allowed into Wagtail's admin as the demo sets them up."""
    from courses.editorial import editorial_setup
    from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP

    editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    return cast_users


# The guard on /quan-tri/ and /quan-ly/


@pytest.mark.django_db
def test_admin_without_second_factor_is_sent_to_it_and_back_to_wagtail(client, cast_users):
    admin = cast_users["admin"]
    client.force_login(admin)

    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response["Location"] == PAGE + "?next=" + quote("/quan-tri/", safe="")

    page = client.get(response["Location"])
    assert page.status_code == 200  # the second-factor page is not itself guarded: no loop
    assert "Xác thực hai bước" in page.content.decode()

    device = TOTPDevice.objects.get(user=admin, confirmed=True)
    key_before = client.session.session_key
    done = client.post(PAGE, {"code": code_for(device), "next": "/quan-tri/"})
    assert done.status_code == 302
    assert client.session.session_key != key_before
    assert done["Location"] == "/quan-tri/"
    assert client.get("/quan-tri/").status_code == 200


@pytest.mark.django_db
def test_signing_in_through_wagtails_login_still_asks_for_the_second_factor(client, cast_users):
    response = client.post(
        "/quan-tri/login/", {"username": "0901 000 001", "password": DEMO_PASSWORD, "next": "/quan-tri/"}
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(cast_users["admin"].pk)
    guarded = client.get("/quan-tri/")
    assert guarded.status_code == 302
    assert guarded["Location"].startswith(PAGE)


@pytest.mark.django_db
def test_commune_manager_must_verify_before_the_manager_pages(client, cast_users):
    manager = cast_users["commune_manager"]
    sign_in_with_phone_proven(client, manager)
    assert client.get("/quan-ly/")["Location"].startswith(PAGE + "?next=")

    device = TOTPDevice.objects.get(user=manager, confirmed=True)
    done = client.post(PAGE + "?next=/quan-ly/", {"code": code_for(device)})
    assert done["Location"] == "/quan-ly/"
    assert verified(client, "/quan-ly/")


@pytest.mark.django_db
def test_trainer_without_a_device_reaches_wagtail_directly(client, editors):
    cast_users = editors
    client.force_login(cast_users["trainer"])
    assert client.get("/quan-tri/").status_code == 200


@pytest.mark.django_db
def test_manager_without_any_device_is_led_through_setup(client, cast_users):
    manager = cast_users["province_manager"]
    TOTPDevice.objects.filter(user=manager).delete()
    sign_in_with_phone_proven(client, manager)
    assert client.get("/quan-ly/").status_code == 302

    page = client.get(PAGE + "?next=/quan-ly/")
    assert "Google Authenticator" in page.content.decode()
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=manager)
    assert device.confirmed is False

    done = client.post(PAGE, {"code": code_for(device), "next": "/quan-ly/"})
    assert done["Location"] == "/quan-ly/"
    device.refresh_from_db()
    assert device.confirmed is True
    assert verified(client, "/quan-ly/")


# Setting up


@pytest.mark.django_db
def test_setup_shows_the_same_secret_on_reload_in_groups_of_four(client, cast_users):
    trainer = cast_users["trainer"]
    sign_in_with_phone_proven(client, trainer)

    first = client.get(PAGE)
    second = client.get(PAGE)
    device = TOTPDevice.objects.get(user=trainer)
    assert device.confirmed is False
    secret = b32encode(device.bin_key).decode()
    groups = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    assert groups in first.content.decode()
    assert first.context["secret_groups"] == second.context["secret_groups"]
    assert all(len(group) == 4 for group in first.context["secret_groups"])
    assert "<svg" in first.content.decode()


@pytest.mark.django_db
def test_trainer_who_turns_the_second_factor_on_must_then_use_it(client, editors):
    cast_users = editors
    trainer = cast_users["trainer"]
    sign_in_with_phone_proven(client, trainer)
    client.get(PAGE)
    device = TOTPDevice.objects.get(user=trainer)

    done = client.post(PAGE, {"code": code_for(device)})
    assert done["Location"] == "/quan-tri/"  # the default for staff who are not managers
    device.refresh_from_db()
    assert device.confirmed is True
    assert verified(client, "/quan-tri/")

    client.logout()
    sign_in_with_phone_proven(client, trainer)
    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response["Location"].startswith(PAGE)


@pytest.mark.parametrize("typed", ["12ab56", "12345", "1234567", "", "١٢٣٤٥٦"])
@pytest.mark.django_db
def test_malformed_codes_are_refused_and_change_nothing(client, cast_users, typed):
    trainer = cast_users["trainer"]
    sign_in_with_phone_proven(client, trainer)
    client.get(PAGE)

    response = client.post(PAGE, {"code": typed})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Mã phải gồm đúng 6 chữ số" in content or "Xin nhập mã 6 chữ số" in content
    device = TOTPDevice.objects.get(user=trainer)
    assert device.confirmed is False
    assert device.throttling_failure_count == 0


@pytest.mark.django_db
def test_a_code_typed_with_a_space_is_accepted(client, cast_users):
    trainer = cast_users["trainer"]
    sign_in_with_phone_proven(client, trainer)
    client.get(PAGE)
    device = TOTPDevice.objects.get(user=trainer)
    code = code_for(device)
    assert client.post(PAGE, {"code": f"{code[:3]} {code[3:]}"}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed is True


# Verifying


@pytest.mark.django_db
def test_a_wrong_code_is_refused_in_vietnamese_and_counts_towards_the_throttle(client, cast_users):
    manager = cast_users["commune_manager"]
    sign_in_with_phone_proven(client, manager)
    device = TOTPDevice.objects.get(user=manager, confirmed=True)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    response = client.post(PAGE, {"code": wrong, "next": "/quan-ly/"})
    assert response.status_code == 200
    assert "Mã không đúng hoặc đã hết hạn" in response.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert client.get("/quan-ly/").status_code == 302


@pytest.mark.django_db
def test_after_repeated_failures_even_the_right_code_waits_out_the_lockout(client, cast_users):
    manager = cast_users["commune_manager"]
    sign_in_with_phone_proven(client, manager)
    device = TOTPDevice.objects.get(user=manager, confirmed=True)
    device.throttling_failure_count = 5
    device.throttling_failure_timestamp = timezone.now()
    device.save()

    response = client.post(PAGE, {"code": code_for(device), "next": "/quan-ly/"})
    assert response.status_code == 200
    assert "Bạn đã nhập sai nhiều lần" in response.content.decode()
    assert client.get("/quan-ly/").status_code == 302


@pytest.mark.parametrize("unsafe", ["https://lua-dao.example/quan-ly/", "//lua-dao.example/", PAGE])
@pytest.mark.django_db
def test_unsafe_next_falls_back_to_the_manager_home(client, cast_users, unsafe):
    manager = cast_users["commune_manager"]
    sign_in_with_phone_proven(client, manager)
    device = TOTPDevice.objects.get(user=manager, confirmed=True)
    response = client.post(PAGE, {"code": code_for(device), "next": unsafe})
    assert response["Location"] == "/quan-ly/"


@pytest.mark.django_db
def test_a_second_tap_after_verifying_goes_on_instead_of_failing(client, cast_users):
    manager = cast_users["commune_manager"]
    sign_in_with_phone_proven(client, manager)
    device = TOTPDevice.objects.get(user=manager, confirmed=True)
    code = code_for(device)
    assert client.post(PAGE, {"code": code, "next": "/quan-ly/"})["Location"] == "/quan-ly/"
    assert client.post(PAGE, {"code": code, "next": "/quan-ly/"})["Location"] == "/quan-ly/"


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in_and_learners_are_refused(client, cast_users):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/tai-khoan/dang-nhap/")

    client.force_login(cast_users["citizen"])
    assert client.get(PAGE).status_code == 403
    assert not TOTPDevice.objects.filter(user=cast_users["citizen"]).exists()


# Turning it off


@pytest.mark.django_db
def test_trainer_turns_the_second_factor_off_only_with_a_current_code(client, editors):
    cast_users = editors
    trainer = cast_users["trainer"]
    device = login_verified(client, trainer)
    assert "Tắt xác thực hai bước" in client.get(PAGE).content.decode()

    refused = client.post(TURN_OFF, {"code": "12ab56"})
    assert refused.status_code == 200
    assert "Mã phải gồm đúng 6 chữ số" in refused.content.decode()
    wrong = client.post(TURN_OFF, {"code": f"{(int(code_for(device)) + 1) % 1_000_000:06d}"})
    assert "Mã không đúng hoặc đã hết hạn" in wrong.content.decode()
    assert TOTPDevice.objects.filter(user=trainer, confirmed=True).exists()

    device.refresh_from_db()
    device.throttle_reset()  # django-otp's own back-off would otherwise make the next try wait a second
    done = client.post(TURN_OFF, {"code": code_for(device)})
    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=trainer).exists()

    client.logout()
    sign_in_with_phone_proven(client, trainer)
    assert client.get("/quan-tri/").status_code == 200


@pytest.mark.parametrize("key", ["commune_manager", "province_manager", "admin"])
@pytest.mark.django_db
def test_managers_and_administrators_cannot_turn_it_off(client, cast_users, key):
    user = cast_users[key]
    device = login_verified(client, user)
    page = client.get(PAGE).content.decode()
    assert "bắt buộc và không thể tắt" in page
    assert TURN_OFF not in page

    response = client.post(TURN_OFF, {"code": code_for(device)})
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()


@pytest.mark.django_db
def test_turning_off_needs_a_post(client, cast_users):
    login_verified(client, cast_users["trainer"])
    assert client.get(TURN_OFF).status_code == 405
    assert TOTPDevice.objects.filter(user=cast_users["trainer"]).exists()


# The demo cast


@pytest.mark.django_db
def test_demo_managers_get_the_documented_demo_device_once(cast_users):
    for member in CAST:
        devices = TOTPDevice.objects.filter(user=cast_users[member.key], confirmed=True)
        if member.role in ("commune_manager", "province_manager", "national_admin"):
            assert [device.key for device in devices] == [DEMO_TOTP_SECRET]
        else:
            assert not devices.exists()
    for member in CAST:
        user_ensure(member=member, password=DEMO_PASSWORD)
    assert TOTPDevice.objects.count() == 3
    assert len(unhexlify(DEMO_TOTP_SECRET)) == 20
    assert b32encode(unhexlify(DEMO_TOTP_SECRET)).decode() == "JBXWGU3PFVSGK3LPFVKE6VCQFUZDAMRW"


@pytest.mark.django_db
def test_setting_up_first_needs_a_code_sent_to_the_accounts_own_phone(client, cast_users, capsys, settings):
    settings.HOCSO_SMS_BACKEND = "learning.sms.ConsoleSMSBackend"
    manager = cast_users["province_manager"]
    TOTPDevice.objects.filter(user=manager).delete()
    client.force_login(manager)  # a password alone, perhaps a stolen one

    page = client.get(PAGE + "?next=/quan-ly/").content.decode()
    assert "Gửi mã qua tin nhắn" in page and "<svg" not in page
    assert not TOTPDevice.objects.filter(user=manager).exists()

    client.post(PAGE, {"action": "send", "next": "/quan-ly/"})
    sent = capsys.readouterr().out
    assert "+84522000007" in sent
    code = re.search(r"(\d{6})", sent.split("+84522000007", 1)[1]).group(1)
    wrong = "000000" if code != "000000" else "111111"
    refused = client.post(PAGE, {"action": "check", "sms_code": wrong, "next": "/quan-ly/"}).content.decode()
    assert "Mã không đúng" in refused and "<svg" not in refused
    accepted = client.post(PAGE, {"action": "check", "sms_code": code, "next": "/quan-ly/"})
    assert accepted.status_code == 302
    assert "<svg" in client.get(accepted["Location"]).content.decode()
