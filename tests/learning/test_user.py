import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError
from django.utils import timezone

from learning.models import User
from tests.factories import login_verified


@pytest.mark.django_db
def test_a_user_logs_in_with_the_phone_number_however_it_is_typed(rf):
    User.objects.create_user(
        "0912 345 678", "mat-khau-dai-2026", full_name="Nguyễn Văn An", phone_confirmed_at=timezone.now()
    )

    def login(username, password):
        return authenticate(rf.post("/tai-khoan/dang-nhap/"), username=username, password=password)

    assert login("+84 912 345 678", "mat-khau-dai-2026").full_name == "Nguyễn Văn An"
    assert login("0912345678", "mat-khau-dai-2026") is not None
    assert login("0912345678", "sai") is None


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


@pytest.mark.django_db
def test_administrators_create_a_user_with_phone_full_name_and_role_in_the_admin(client):
    admin = User.objects.create_superuser("0901000001", "x", full_name="Quản trị")
    login_verified(client, admin)
    form = client.get("/quan-tri/users/new/").content.decode()
    for field in ("id_phone", "id_full_name", "id_role", "id_email"):
        assert field in form
    response = client.post(
        "/quan-tri/users/new/",
        {
            "phone": "0987 654 321",
            "full_name": "Vũ Thị Mai",
            "email": "",
            "role": "trainer",
            "password1": "mot-mat-khau-dai-2026",
            "password2": "mot-mat-khau-dai-2026",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = User.objects.get(phone="+84987654321")
    assert (created.full_name, created.role) == ("Vũ Thị Mai", "trainer")
    bad = client.post("/quan-tri/users/new/", {"phone": "12345", "full_name": "X", "role": "citizen"})
    assert bad.status_code == 200
    assert "Số điện thoại không hợp lệ" in bad.content.decode()
    assert User.objects.count() == 2


@pytest.mark.django_db
def test_the_admin_sidebar_greets_staff_by_name_not_by_phone(client):
    admin = User.objects.create_superuser("0901000001", "x", full_name="Lê Minh Đức")
    login_verified(client, admin)
    html = client.get("/quan-tri/").content.decode()
    assert '"name": "Đức"' in html or '"name": "\\u0110\\u1ee9c"' in html
    assert '"name": "+84901000001"' not in html


@pytest.mark.django_db
def test_administrators_place_a_manager_in_a_unit_and_the_manager_then_sees_it(client, units):
    admin = User.objects.create_superuser("0901000001", "x", full_name="Quản trị")
    login_verified(client, admin)
    form = client.get("/quan-tri/users/new/").content.decode()
    assert "Xã Đại Từ — Tỉnh Thái Nguyên" in form and "id_position" in form
    data = {
        "phone": "0777 111 222",
        "full_name": "Bùi Thị Nga",
        "email": "",
        "role": "commune_manager",
        "password1": "mot-mat-khau-dai-2026",
        "password2": "mot-mat-khau-dai-2026",
    }
    missing = client.post("/quan-tri/users/new/", data)
    assert "Quản lý phải thuộc một đơn vị" in missing.content.decode()
    wrong_level = client.post("/quan-tri/users/new/", {**data, "unit": units["thai_nguyen"].pk})
    assert "phải thuộc một xã, phường, đặc khu" in wrong_level.content.decode()
    assert not User.objects.filter(phone="+84777111222").exists()
    assert client.post("/quan-tri/users/new/", {**data, "unit": units["dai_tu"].pk}).status_code == 302
    manager = User.objects.get(phone="+84777111222")
    assert manager.unit == units["dai_tu"] and manager.phone_confirmed_at is not None
    from learning.scope import visible_units

    assert list(visible_units(manager)) == [units["dai_tu"]]
