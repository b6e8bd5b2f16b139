"""Failed logins lock the pair (phone number, IP address), through the real login view."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone

from learning.models import User

LOGIN = "/tai-khoan/dang-nhap/"
PASSWORD = "dung-mat-khau-2026"
OFFICE = "203.0.113.10"  # a commune office: many people behind one address
LOCKED = "Số điện thoại này đã nhập sai mật khẩu quá nhiều lần từ thiết bị này. Xin thử lại sau 15 phút."

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    def person(phone, name):
        return User.objects.create_user(phone, PASSWORD, full_name=name, phone_confirmed_at=timezone.now())

    return {"an": person("0912345678", "Nguyễn Văn An"), "binh": person("0987654321", "Trần Thị Bình")}


def attempt(ip: str, username: str, password: str):
    """A fresh browser each time, so only the phone number and the address link the attempts."""
    client = Client(REMOTE_ADDR=ip)
    response = client.post(LOGIN, {"username": username, "password": password})
    return response, client


def logged_in(client, user) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def fail_five_times(ip: str = OFFICE, username: str = "0912345678") -> None:
    for _ in range(5):
        response, _client = attempt(ip, username, "sai-mat-khau")
        assert response.status_code in (200, 429)


def test_five_wrong_passwords_lock_that_number_on_that_address_even_for_the_right_password(people):
    for number in range(4):
        response, _client = attempt(OFFICE, "0912345678", "sai-mat-khau")
        assert response.status_code == 200, number
        assert "Số điện thoại hoặc mật khẩu không đúng" in response.content.decode()
    response, _client = attempt(OFFICE, "0912345678", "sai-mat-khau")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()

    response, client = attempt(OFFICE, "0912345678", PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "Quên mật khẩu / nhận tài khoản" in response.content.decode()
    assert not logged_in(client, people["an"])


def test_the_same_number_from_another_address_can_still_log_in(people):
    fail_five_times()
    response, client = attempt("198.51.100.20", "0912345678", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client, people["an"])


def test_another_number_in_the_same_office_can_still_log_in(people):
    fail_five_times()
    response, client = attempt(OFFICE, "0987654321", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client, people["binh"])


def test_the_number_counts_as_one_account_however_it_is_typed(people):
    for typed in ("0912 345 678", "+84912345678", "0912.345.678", "84912345678", "+84 912 345 678"):
        attempt(OFFICE, typed, "sai-mat-khau")
    assert AccessAttempt.objects.get().username == "+84912345678"
    response, client = attempt(OFFICE, "0912345678", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client, people["an"])


def test_after_the_cool_off_the_right_password_works_again(people):
    fail_five_times()
    assert attempt(OFFICE, "0912345678", PASSWORD)[0].status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response, client = attempt(OFFICE, "0912345678", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client, people["an"])


def test_still_locked_just_before_the_cool_off_ends(people):
    fail_five_times()
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    assert attempt(OFFICE, "0912345678", PASSWORD)[0].status_code == 429


def test_a_successful_login_clears_earlier_failures(people):
    for _ in range(4):
        attempt(OFFICE, "0912345678", "sai-mat-khau")
    assert attempt(OFFICE, "0912345678", PASSWORD)[0].status_code == 302
    for _ in range(4):
        attempt(OFFICE, "0912345678", "sai-mat-khau")
    response, client = attempt(OFFICE, "0912345678", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client, people["an"])


def test_the_unconfirmed_number_answer_counts_as_a_failed_try_so_passwords_cannot_be_probed(db):
    # The right password for an unconfirmed account earns a helpful message, but only as often as a wrong
    # password may be tried; after that the pair is locked and the page says nothing about the account.
    User.objects.create_user("0912000777", PASSWORD, full_name="Lò Văn Mới")
    for number in range(4):
        response, client = attempt(OFFICE, "0912000777", PASSWORD)
        assert response.status_code == 200, number
        assert "Số điện thoại của tài khoản này chưa được xác nhận" in response.content.decode()
        assert "_auth_user_id" not in client.session
    response, client = attempt(OFFICE, "0912000777", PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "chưa được xác nhận" not in response.content.decode()
    assert "_auth_user_id" not in client.session
