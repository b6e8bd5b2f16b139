import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError

from learning.models import User


@pytest.mark.django_db
def test_a_user_logs_in_with_the_phone_number_however_it_is_typed():
    User.objects.create_user("0912 345 678", "mat-khau-dai-2026", full_name="Nguyễn Văn An")
    assert authenticate(username="+84 912 345 678", password="mat-khau-dai-2026").full_name == "Nguyễn Văn An"
    assert authenticate(username="0912345678", password="mat-khau-dai-2026") is not None
    assert authenticate(username="0912345678", password="sai") is None


@pytest.mark.django_db
def test_the_same_number_cannot_register_twice():
    User.objects.create_user("0912345678", "x", full_name="A")
    with pytest.raises(IntegrityError):
        User.objects.create_user("+84912345678", "y", full_name="B")


@pytest.mark.django_db
def test_email_is_optional_and_short_name_is_the_given_name():
    user = User.objects.create_user("0358000004", "x", full_name="Nguyễn Thị Hồng")
    user.full_clean()
    assert user.email == ""
    assert user.get_short_name() == "Hồng"
    assert str(user) == "Nguyễn Thị Hồng"
