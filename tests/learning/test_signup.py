import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from learning.models import CodePurpose, Consent, ConsentMethod, ConsentPurpose, OneTimeCode, Role, User

NOTICE = settings.HOCSO_PRIVACY_NOTICE_VERSION
PHONE = "+84912345678"
PASSWORD = "hoc-so-tu-hoc-2026"
SIGNUP = "/tai-khoan/dang-ky/"
CONFIRM = "/tai-khoan/xac-nhan/"
RESET = "/tai-khoan/quen-mat-khau/"
RESET_CODE = "/tai-khoan/quen-mat-khau/nhap-ma/"


@pytest.fixture
def texts(settings, tmp_path):
    settings.HOCSO_SMS_BACKEND = "learning.sms.FileSMSBackend"

    def read(phone: str = PHONE) -> list[str]:
        path = Path(tmp_path) / "sms" / f"{phone.lstrip('+')}.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    return read


def last_code(texts, phone: str = PHONE) -> str:
    return re.search(r"mã xác nhận của bạn là (\d{6})", texts(phone)[-1]).group(1)


def answers(units, **changes) -> dict:
    data = {
        "phone": "0912 345 678",
        "full_name": "  Nguyễn   Văn An ",
        "birth_year": "1975",
        "province": units["thai_nguyen"].code,
        "commune": units["dai_tu"].code,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "email": "",
        "consent_learning": "on",
        "consent_reminders": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def html(response) -> str:
    return response.content.decode()


def assert_nothing_created(texts):
    assert not User.objects.filter(phone=PHONE).exists()
    assert not Consent.objects.exists()
    assert texts() == []


def test_the_form_asks_nothing_pre_ticked_and_never_lists_every_commune(client, units):
    page = html(client.get(SIGNUP))
    assert "checked" not in page
    for name in ("consent_learning", "consent_reporting", "consent_reminders", "guardian_consent"):
        assert f'name="{name}"' in page
    assert "Học Số không bao giờ hỏi mật khẩu VNeID hay mã OTP" in page
    assert "Luật số 91/2025/QH15" in page
    try:
        notice = reverse("learning:privacy_notice")
    except NoReverseMatch:
        notice = "/du-lieu-cua-toi/thong-bao/"
    assert f'href="{notice}"' in page
    assert "Tỉnh Thái Nguyên" in page
    # No province chosen yet: the commune list is empty, and there is a no-JavaScript way to fill it.
    assert "Xã Đại Từ" not in page
    assert 'name="chon_tinh"' in page


def test_a_citizen_signs_up_confirms_the_code_from_the_sms_and_is_logged_in(client, units, texts):
    response = client.post(SIGNUP, answers(units), REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 302 and response["Location"] == CONFIRM
    user = User.objects.get(phone=PHONE)
    assert (user.full_name, user.role, user.unit, user.birth_year) == (
        "Nguyễn Văn An",
        Role.CITIZEN,
        units["dai_tu"],
        1975,
    )
    assert user.phone_confirmed_at is None
    assert set(user.consents.values_list("purpose", "method", "notice_version")) == {
        (ConsentPurpose.LEARNING, ConsentMethod.SELF, NOTICE),
        (ConsentPurpose.REMINDERS, ConsentMethod.SELF, NOTICE),
    }
    assert OneTimeCode.objects.get(phone=PHONE).ip == "10.1.1.1"
    confirm_page = html(client.get(CONFIRM))
    assert "0912 345 678" in confirm_page

    wrong = client.post(CONFIRM, {"code": "000000" if last_code(texts) != "000000" else "111111"})
    assert "Mã không đúng" in html(wrong)
    response = client.post(CONFIRM, {"code": last_code(texts)})
    assert response.status_code == 302
    assert response["Location"] == reverse("learning:my_courses")
    user.refresh_from_db()
    assert user.phone_confirmed_at is not None
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("changes", "field_error"),
    [
        ({"phone": "12345"}, "Số điện thoại không hợp lệ"),
        ({"consent_learning": None}, "Cần đồng ý cho Học Số xử lý dữ liệu để học"),
        ({"birth_year": "75"}, "Năm sinh gồm 4 chữ số"),
        ({"birth_year": "1890"}, "Năm sinh phải trong khoảng"),
        # Unicode digits pass str.isdigit() but are not a year int() reads (superscript) or we store.
        ({"birth_year": "¹⁹⁷⁵"}, "Năm sinh gồm 4 chữ số"),
        ({"birth_year": "١٩٧٥"}, "Năm sinh gồm 4 chữ số"),
        ({"birth_year": "１９７５"}, "Năm sinh gồm 4 chữ số"),
        ({"phone": "091２３４５６７８"}, "Số điện thoại không hợp lệ"),
        ({"full_name": "   "}, "Xin nhập họ và tên"),
        ({"password1": "abc", "password2": "abc"}, "Mật khẩu quá ngắn: cần ít nhất 8 ký tự"),
        ({"password1": "12345678901", "password2": "12345678901"}, "không được chỉ gồm chữ số"),
        ({"password2": "khac-mat-khau-2026"}, "Hai mật khẩu không giống nhau"),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử không hợp lệ"),
        ({"province": None, "commune": None}, "Xin chọn tỉnh, thành phố"),
    ],
)
def test_bad_answers_get_a_vietnamese_error_and_create_nothing(client, units, texts, changes, field_error):
    response = client.post(SIGNUP, answers(units, **changes))
    assert response.status_code == 200
    assert field_error in html(response)
    assert_nothing_created(texts)


def test_only_the_consents_ticked_are_recorded(client, units, texts):
    client.post(SIGNUP, answers(units, consent_reminders=None, consent_reporting="on"))
    assert set(Consent.objects.values_list("purpose", flat=True)) == {
        ConsentPurpose.LEARNING,
        ConsentPurpose.REPORTING,
    }


def test_under_sixteen_needs_a_guardian_and_the_guardian_is_recorded(client, units, texts):
    year = str(timezone.localdate().year - 12)
    missing = client.post(SIGNUP, answers(units, birth_year=year))
    page = html(missing)
    assert page.count("Người học dưới 16 tuổi: cần điền mục này.") == 2
    assert "cần cha, mẹ hoặc người giám hộ đánh dấu ô đồng ý này" in page
    assert_nothing_created(texts)

    bad_phone = client.post(
        SIGNUP,
        answers(
            units, birth_year=year, guardian_name="Nguyễn Văn Bố", guardian_phone="123", guardian_consent="on"
        ),
    )
    assert "Số điện thoại không hợp lệ" in html(bad_phone)
    assert_nothing_created(texts)

    client.post(
        SIGNUP,
        answers(
            units,
            birth_year=year,
            guardian_name="Nguyễn Văn Bố",
            guardian_phone="0987 654 321",
            guardian_consent="on",
        ),
    )
    consents = Consent.objects.filter(user__phone=PHONE)
    assert consents.count() == 2
    assert set(consents.values_list("guardian_name", "guardian_phone")) == {("Nguyễn Văn Bố", "+84987654321")}


def test_an_adult_leaves_the_guardian_part_empty(client, units, texts):
    client.post(SIGNUP, answers(units, guardian_name="Ai đó", guardian_phone="rác"))
    assert set(Consent.objects.values_list("guardian_name", "guardian_phone")) == {("", "")}


def test_a_confirmed_number_cannot_sign_up_again(client, units, texts):
    User.objects.create_user(PHONE, "x-mat-khau-2026", full_name="Chủ cũ", phone_confirmed_at=timezone.now())
    response = client.post(SIGNUP, answers(units, phone="+84 912 345 678"))
    page = html(response)
    assert "Số điện thoại này đã có tài khoản Học Số" in page
    assert 'href="/tai-khoan/quen-mat-khau/"' in page
    assert User.objects.get(phone=PHONE).full_name == "Chủ cũ"
    assert not Consent.objects.exists()
    assert texts() == []


def test_an_unconfirmed_sign_up_is_replaced_and_its_old_code_cannot_confirm_the_new_one(client, units, texts):
    from django.test import Client

    first_device, second_device = client, Client()
    first_device.post(SIGNUP, answers(units, full_name="Người thử lần một"))
    first_code = last_code(texts)
    second_device.post(SIGNUP, answers(units, full_name="Người thử lần hai"))
    assert User.objects.filter(phone=PHONE).count() == 1
    assert User.objects.get(phone=PHONE).full_name == "Người thử lần hai"

    stale = first_device.post(CONFIRM, {"code": first_code}, follow=True)
    assert "Phiên đăng ký đã hết hạn" in html(stale)
    assert User.objects.get(phone=PHONE).phone_confirmed_at is None

    second_device.post(CONFIRM, {"code": last_code(texts)})
    assert User.objects.get(phone=PHONE).phone_confirmed_at is not None


def test_an_unconfirmed_account_cannot_log_in_until_its_number_is_confirmed(client, units, texts):
    client.post(SIGNUP, answers(units))
    response = client.post("/tai-khoan/dang-nhap/", {"username": "0912345678", "password": PASSWORD})
    assert response.status_code == 200
    assert "Số điện thoại của tài khoản này chưa được xác nhận" in html(response)
    assert "_auth_user_id" not in client.session


def test_an_unconfirmed_account_with_a_wrong_password_gets_the_usual_answer(client, units, texts):
    client.post(SIGNUP, answers(units))
    response = client.post("/tai-khoan/dang-nhap/", {"username": "0912345678", "password": "sai-mat-khau-9"})
    page = html(response)
    assert "Số điện thoại hoặc mật khẩu không đúng" in page
    assert "chưa được xác nhận" not in page
    assert "_auth_user_id" not in client.session


def test_an_unconfirmed_account_cannot_sign_in_through_the_admin_login_either(client, units, texts):
    from django.test import Client

    client.post(SIGNUP, answers(units))
    browser = Client()
    browser.post("/quan-tri/login/", {"username": "0912345678", "password": PASSWORD})
    assert "_auth_user_id" not in browser.session
    response = browser.get("/khoa-hoc-cua-toi/")
    assert response.status_code == 302 and response["Location"].startswith("/tai-khoan/dang-nhap/")
    # Never signed in, so the number still belongs to whoever confirms a code for it first.
    assert User.objects.get(phone=PHONE).last_login is None
    Client().post(SIGNUP, answers(units, full_name="Chủ thật của số"))
    assert User.objects.get(phone=PHONE).full_name == "Chủ thật của số"


def test_staff_made_by_an_administrator_sign_in_without_confirming_a_code(client, units):
    staff = User.objects.create_user(PHONE, PASSWORD, full_name="Cán bộ Sở", is_staff=True)
    assert staff.phone_confirmed_at is None
    response = client.post("/tai-khoan/dang-nhap/", {"username": "0912345678", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_the_assisted_form_refuses_a_birth_year_in_other_digits(units):
    from learning.forms_account import AssistedSignupForm

    form = AssistedSignupForm(
        {
            "phone": "0912 345 678",
            "full_name": "Hà Văn Lộc",
            "birth_year": "¹⁹⁵⁸",
            "province": units["thai_nguyen"].code,
            "commune": units["dai_tu"].code,
            "consent_learning": "on",
        }
    )
    assert not form.is_valid()
    assert form.errors["birth_year"] == ["Năm sinh gồm 4 chữ số, ví dụ 1975."]


def test_resending_respects_the_per_number_cap(client, units, texts):
    client.post(SIGNUP, answers(units))
    for _ in range(4):
        page = html(client.post(CONFIRM, {"resend": "1"}, follow=True))
        assert "Đã gửi mã mới tới số 0912 345 678" in page
    capped = html(client.post(CONFIRM, {"resend": "1"}, follow=True))
    assert "Số điện thoại này đã nhận quá nhiều mã" in capped
    assert len(texts()) == 5
    # Only the newest code is bound to the session.
    response = client.post(CONFIRM, {"code": last_code(texts)})
    assert response.status_code == 302


def test_a_capped_number_cannot_sign_up_and_nothing_is_created(client, units, texts, settings):
    settings.HOCSO_CODES_PER_PHONE_PER_HOUR = 1
    client.post(RESET, {"phone": PHONE})  # a decoy still counts for the number
    response = client.post(SIGNUP, answers(units))
    assert "Số điện thoại này đã nhận quá nhiều mã" in html(response)
    assert_nothing_created(texts)


def test_without_javascript_choosing_a_province_redraws_the_form_with_its_communes(client, units, texts):
    typed = answers(units, commune=None, consent_reporting="on", full_name="Trần Thị Bé")
    typed["chon_tinh"] = "1"
    response = client.post(SIGNUP, typed)
    page = html(response)
    assert response.status_code == 200
    assert "Xã Đại Từ" in page and "Xã Phong Quang" in page
    assert "Phường Ba Đình" not in page
    assert 'value="Trần Thị Bé"' in page
    assert re.search(r'<option value="19" selected>', page)
    assert re.search(r'name="consent_reporting"[^>]*checked', page)
    # A redraw is not a submission: no errors, no passwords echoed, nothing stored.
    assert "errorlist" not in page
    assert PASSWORD not in page
    assert_nothing_created(texts)


def test_a_commune_from_another_province_is_refused(client, units, texts):
    tampered = answers(units, province=units["ha_noi"].code, commune=units["dai_tu"].code)
    response = client.post(SIGNUP, tampered)
    page = html(response)
    assert "Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn" in page
    assert "Phường Ba Đình" in page  # the list now shows Hà Nội's communes
    assert_nothing_created(texts)


def test_the_commune_options_follow_the_province(client, units):
    page = html(client.get("/tai-khoan/xa-phuong/", {"tinh": "19"}))
    assert page.startswith('<option value="">')
    assert '<option value="05830">Xã Đại Từ</option>' in page
    assert "Ba Đình" not in page
    assert html(client.get("/tai-khoan/xa-phuong/", {"tinh": "khong-co"})).count("<option") == 1


def confirmed_user(**fields) -> User:
    return User.objects.create_user(
        PHONE, "mat-khau-cu-2026", full_name="Nguyễn Văn An", phone_confirmed_at=timezone.now(), **fields
    )


def test_password_reset_by_sms_code_sets_the_password_and_logs_in(client, units, texts):
    user = confirmed_user()
    response = client.post(RESET, {"phone": "0912 345 678"})
    assert response["Location"] == RESET_CODE
    assert len(texts()) == 1
    assert OneTimeCode.objects.get(phone=PHONE).purpose == CodePurpose.RESET

    weak = client.post(RESET_CODE, {"code": last_code(texts), "password1": "abc", "password2": "abc"})
    assert "Mật khẩu quá ngắn" in html(weak)
    assert OneTimeCode.objects.get(phone=PHONE).used_at is None  # a weak password does not spend the code

    response = client.post(
        RESET_CODE,
        {"code": last_code(texts), "password1": "mat-khau-moi-2026", "password2": "mat-khau-moi-2026"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    user.refresh_from_db()
    assert user.check_password("mat-khau-moi-2026")
    assert not user.check_password("mat-khau-cu-2026")


def test_reset_does_not_reveal_whether_a_number_has_an_account(client, units, texts):
    from django.test import Client

    confirmed_user()
    known = client.post(RESET, {"phone": PHONE}, follow=True)
    stranger = Client().post(RESET, {"phone": "0987 000 111"}, follow=True)
    assert texts("+84987000111") == []

    def body(response):
        return re.sub(r"\d{4} \d{3} \d{3}|<input[^>]*csrf[^>]*>", "", html(response))

    assert body(known) == body(stranger)
    assert "Nếu số <strong>0987 000 111</strong> đã có tài khoản Học Số" in html(stranger)


def test_reset_with_a_wrong_or_expired_code_changes_nothing(client, units, texts):
    user = confirmed_user()
    client.post(RESET, {"phone": PHONE})
    code = last_code(texts)
    new = {"password1": "mat-khau-moi-2026", "password2": "mat-khau-moi-2026"}
    wrong = client.post(RESET_CODE, {"code": "000000" if code != "000000" else "111111", **new})
    assert "Mã không đúng. Bạn còn 4 lần thử." in html(wrong)
    OneTimeCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = client.post(RESET_CODE, {"code": code, **new})
    assert "Mã đã hết hạn" in html(expired)
    user.refresh_from_db()
    assert user.check_password("mat-khau-cu-2026")
    assert "_auth_user_id" not in client.session


def test_reset_confirms_a_number_that_was_never_confirmed(client, units, texts):
    user = User.objects.create_user(PHONE, "mat-khau-cu-2026", full_name="Nguyễn Văn An")
    client.post(RESET, {"phone": PHONE})
    client.post(
        RESET_CODE,
        {"code": last_code(texts), "password1": "mat-khau-moi-2026", "password2": "mat-khau-moi-2026"},
    )
    user.refresh_from_db()
    assert user.phone_confirmed_at is not None


def test_a_password_like_the_accounts_own_email_is_answered_as_for_a_number_with_no_account(
    client, units, texts
):
    """The similarity rule would otherwise say "too like your name or email" only where an account exists."""
    from django.test import Client

    user = confirmed_user(email="hocsotuhoc2026@gmail.com")
    stranger = Client()
    client.post(RESET, {"phone": PHONE})
    stranger.post(RESET, {"phone": "0987 000 111"})
    code = last_code(texts)
    wrong = "000000" if code != "000000" else "111111"
    like_email = {"code": wrong, "password1": "hocsotuhoc2026", "password2": "hocsotuhoc2026"}
    known, unknown = html(client.post(RESET_CODE, like_email)), html(stranger.post(RESET_CODE, like_email))
    for page in (known, unknown):
        assert "Mã không đúng. Bạn còn 4 lần thử." in page
        assert "quá giống" not in page

    def body(page):
        return re.sub(r"\d{4} \d{3} \d{3}|<input[^>]*csrf[^>]*>", "", page)

    assert body(known) == body(unknown)
    client.post(RESET_CODE, {**like_email, "code": code})
    user.refresh_from_db()
    assert user.check_password("hocsotuhoc2026")
