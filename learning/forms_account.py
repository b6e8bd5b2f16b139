import re

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from learning import signup
from learning.backends import phone_proven
from learning.models import AdministrativeUnit, ConsentPurpose, User
from learning.phone import normalise_phone

# [0-9], not isdigit() or \d: "¹⁹⁷⁵" passes isdigit() yet int() refuses it, and "１２３４５６" is no code.
ASCII_YEAR = re.compile(r"[0-9]{4}")
ASCII_CODE = re.compile(r"[0-9]{6}")

NOT_CONFIRMED = _(
    "Số điện thoại của tài khoản này chưa được xác nhận. Xin chọn “Quên mật khẩu / nhận tài khoản” "
    "để nhận mã qua tin nhắn."
)


class PhoneLoginForm(AuthenticationForm):
    """Log in with a phone number typed any way people write it."""

    error_messages = {
        "invalid_login": _("Số điện thoại hoặc mật khẩu không đúng. Xin kiểm tra lại."),
        "inactive": _("Tài khoản này đã bị khóa. Xin liên hệ cán bộ xã để được hỗ trợ."),
        "not_confirmed": NOT_CONFIRMED,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Số điện thoại")
        self.fields["username"].widget = forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "autofocus": True}
        )
        self.fields["password"].label = _("Mật khẩu")

    def clean(self):
        try:
            return super().clean()
        except ValidationError as error:
            # The backend refuses an unconfirmed number like a wrong password; here, and only to someone
            # who knows the password, say what to do instead.
            if error.code == "invalid_login" and self._unconfirmed_owner():
                raise ValidationError(self.error_messages["not_confirmed"], code="not_confirmed") from None
            raise

    def _unconfirmed_owner(self) -> bool:
        """The right password for an account whose number is not confirmed, on an attempt axes allowed.

        Asked after authenticate(), so the attempt has already counted towards the lockout; a locked
        pair learns nothing here."""
        if getattr(self.request, "axes_locked_out", False):
            return False
        try:
            user = User._default_manager.get_by_natural_key(self.cleaned_data.get("username") or "")
        except User.DoesNotExist:
            return False
        password = self.cleaned_data.get("password") or ""
        return user.is_active and not phone_proven(user) and user.check_password(password)


class PhoneField(forms.CharField):
    """A Vietnamese mobile number, cleaned to its stored form +84…."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "maxlength": 20})
        )
        kwargs.setdefault("error_messages", {"required": _("Xin nhập số điện thoại di động.")})
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return normalise_phone(value) if value else value


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã xác nhận (6 chữ số)"),
        max_length=12,
        error_messages={"required": _("Xin nhập mã 6 chữ số trong tin nhắn.")},
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "maxlength": 12,
                "autofocus": True,
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not ASCII_CODE.fullmatch(code):
            raise ValidationError(_("Mã gồm đúng 6 chữ số, ví dụ 123456."), code="code_format")
        return code


def provinces():
    return AdministrativeUnit.objects.current().provinces().order_by("name_ascii")


def communes_of(province_code: str | None):
    if not province_code:
        return AdministrativeUnit.objects.none()
    return (
        AdministrativeUnit.objects.current()
        .communes()
        .filter(parent__code=province_code)
        .order_by("name_ascii")
    )


class CitizenForm(forms.Form):
    """Who the learner is and where they live; shared by self sign-up and trainer-assisted sign-up.

    The commune list holds only the chosen province's communes (about 100, never all 3,321), so a
    changed or tampered province makes a commune from elsewhere an invalid choice.
    """

    allow_replace = True

    phone = PhoneField(
        label=_("Số điện thoại di động"),
        help_text=_("Ví dụ: 0912 345 678. Học Số gửi mã xác nhận tới số này."),
    )
    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=150,
        error_messages={"required": _("Xin nhập họ và tên.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    birth_year = forms.CharField(
        label=_("Năm sinh"),
        max_length=4,
        help_text=_("4 chữ số, ví dụ 1975."),
        error_messages={"required": _("Xin nhập năm sinh, ví dụ 1975.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 4, "autocomplete": "bday-year"}),
    )
    province = forms.ModelChoiceField(
        label=_("Tỉnh, thành phố"),
        queryset=AdministrativeUnit.objects.none(),
        to_field_name="code",
        empty_label=_("— Chọn tỉnh, thành phố —"),
        error_messages={
            "required": _("Xin chọn tỉnh, thành phố."),
            "invalid_choice": _("Tỉnh, thành phố đã chọn không có trong danh sách. Xin chọn lại."),
        },
    )
    commune = forms.ModelChoiceField(
        label=_("Xã, phường, đặc khu"),
        queryset=AdministrativeUnit.objects.none(),
        to_field_name="code",
        empty_label=_("— Chọn xã, phường —"),
        error_messages={
            "required": _("Xin chọn xã, phường, đặc khu."),
            "invalid_choice": _("Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn. Xin chọn lại."),
        },
    )
    guardian_name = forms.CharField(
        label=_("Họ tên cha, mẹ hoặc người giám hộ"), max_length=150, required=False
    )
    guardian_phone = forms.CharField(
        label=_("Số điện thoại của người giám hộ"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "maxlength": 20}),
    )
    guardian_consent = forms.BooleanField(
        label=_(
            "Tôi là cha, mẹ hoặc người giám hộ và đồng ý cho người học dưới 16 tuổi học trên Học Số "
            "với các mục đích đã chọn."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces()
        self.fields["commune"].queryset = communes_of(self.province_code())
        self.guardian_from_year = signup.this_year() - signup.GUARDIAN_BELOW_AGE + 1

    def province_code(self) -> str | None:
        if self.is_bound:
            return self.data.get(self.add_prefix("province")) or None
        value = self.initial.get("province")
        return getattr(value, "code", value) or None

    @property
    def phone_taken(self) -> bool:
        return self.has_error("phone", "phone_taken")

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        signup.ensure_phone_free(phone, allow_replace=self.allow_replace)
        return phone

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise ValidationError(_("Xin nhập họ và tên."), code="required")
        return name

    def clean_birth_year(self):
        raw = self.cleaned_data["birth_year"].strip()
        if not ASCII_YEAR.fullmatch(raw):
            raise ValidationError(_("Năm sinh gồm 4 chữ số, ví dụ 1975."), code="birth_year_format")
        year = int(raw)
        earliest, latest = signup.birth_year_range()
        if not earliest <= year <= latest:
            raise ValidationError(
                _("Năm sinh phải trong khoảng %(earliest)s đến %(latest)s."),
                code="birth_year_range",
                params={"earliest": earliest, "latest": latest},
            )
        return year

    def clean(self):
        cleaned = super().clean()
        year = cleaned.get("birth_year")
        if isinstance(year, int) and signup.needs_guardian(year):
            self._clean_guardian(cleaned)
        else:
            cleaned.update(guardian_name="", guardian_phone="", guardian_consent=False)
        return cleaned

    def _clean_guardian(self, cleaned):
        message = _("Người học dưới 16 tuổi: cần điền mục này.")
        if not cleaned.get("guardian_name", "").strip():
            self.add_error("guardian_name", ValidationError(message, code="guardian_required"))
        raw_phone = cleaned.get("guardian_phone", "")
        if not raw_phone:
            self.add_error("guardian_phone", ValidationError(message, code="guardian_required"))
        else:
            try:
                cleaned["guardian_phone"] = normalise_phone(raw_phone)
            except ValidationError as error:
                self.add_error("guardian_phone", error)
        if not cleaned.get("guardian_consent"):
            self.add_error(
                "guardian_consent",
                ValidationError(
                    _("Người học dưới 16 tuổi cần cha, mẹ hoặc người giám hộ đánh dấu ô đồng ý này."),
                    code="guardian_required",
                ),
            )

    def person(self) -> signup.Person:
        data = self.cleaned_data
        return signup.Person(
            phone=data["phone"],
            full_name=data["full_name"],
            birth_year=data["birth_year"],
            unit=data["commune"],
            email=data.get("email", ""),
        )

    def guardian(self) -> signup.Guardian | None:
        data = self.cleaned_data
        if not data.get("guardian_consent"):
            return None
        return signup.Guardian(name=data["guardian_name"], phone=data["guardian_phone"])


def _password_fields() -> tuple[forms.CharField, forms.CharField]:
    return (
        forms.CharField(
            label=_("Mật khẩu"),
            strip=False,
            help_text=_("Ít nhất 8 ký tự, có cả chữ cái, không dễ đoán."),
            error_messages={"required": _("Xin đặt mật khẩu.")},
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        ),
        forms.CharField(
            label=_("Nhập lại mật khẩu"),
            strip=False,
            error_messages={"required": _("Xin nhập lại mật khẩu.")},
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        ),
    )


def _check_new_password(form, cleaned, user) -> None:
    first, second = cleaned.get("password1"), cleaned.get("password2")
    if first and second and first != second:
        form.add_error("password2", ValidationError(_("Hai mật khẩu không giống nhau."), code="mismatch"))
    elif first:
        try:
            signup.check_password_rules(first, user)
        except ValidationError as error:
            form.add_error("password1", error)


class SignupForm(CitizenForm):
    email = forms.EmailField(
        label=_("Thư điện tử (không bắt buộc)"),
        required=False,
        error_messages={"invalid": _("Địa chỉ thư điện tử không hợp lệ, ví dụ ten@gmail.com.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1, password2 = _password_fields()
    consent_learning = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Học Số xử lý họ tên, số điện thoại, năm sinh, xã, phường và kết quả học của tôi "
            "để tôi học, theo dõi tiến độ và nhận giấy chứng nhận. (Bắt buộc)"
        ),
        help_text=_("Không có sự đồng ý này, Học Số không thể ghi lại việc học của bạn."),
        required=False,
    )
    consent_reporting = forms.BooleanField(
        label=_("Tôi đồng ý để kết quả học của tôi được dùng trong báo cáo của xã, tỉnh. (Không bắt buộc)"),
        help_text=_("Cán bộ quản lý của xã, tỉnh sẽ thấy tên và kết quả học của bạn trong báo cáo."),
        required=False,
    )
    consent_reminders = forms.BooleanField(
        label=_("Tôi đồng ý nhận tin nhắn nhắc học qua SMS hoặc thư điện tử. (Không bắt buộc)"),
        help_text=_("Ví dụ: nhắc khi một khóa học bắt buộc sắp đến hạn."),
        required=False,
    )

    field_order = [
        "phone",
        "full_name",
        "birth_year",
        "province",
        "commune",
        "password1",
        "password2",
        "email",
    ]

    def clean_consent_learning(self):
        if not self.cleaned_data["consent_learning"]:
            raise ValidationError(signup.CONSENT_REQUIRED, code="consent_required")
        return True

    def clean(self):
        cleaned = super().clean()
        # An unsaved user, so the similarity check compares the password with the name and email typed.
        draft = User(
            phone=cleaned.get("phone") or "",
            full_name=cleaned.get("full_name") or "",
            email=cleaned.get("email") or "",
        )
        _check_new_password(self, cleaned, draft)
        return cleaned

    def purposes(self) -> set[str]:
        chosen = {
            ConsentPurpose.LEARNING: "consent_learning",
            ConsentPurpose.REPORTING: "consent_reporting",
            ConsentPurpose.REMINDERS: "consent_reminders",
        }
        return {purpose for purpose, field in chosen.items() if self.cleaned_data.get(field)}


class AssistedSignupForm(CitizenForm):
    allow_replace = False

    consent_learning = forms.BooleanField(
        label=_(
            "Người học đã nghe giải thích và đồng ý cho Học Số xử lý dữ liệu để học và cấp giấy chứng nhận"
        ),
        required=False,
    )
    consent_reporting = forms.BooleanField(
        label=_("Người học đồng ý để kết quả học được dùng trong báo cáo của xã, tỉnh (không bắt buộc)"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].help_text = _(
            "Bắt buộc: người học dùng số này để tự nhận tài khoản sau, "
            "kể cả khi không có điện thoại thông minh."
        )

    def clean_consent_learning(self):
        if not self.cleaned_data["consent_learning"]:
            raise ValidationError(
                _("Cần đọc giải thích cho người học và đánh dấu ô này khi người học đã đồng ý."),
                code="consent_required",
            )
        return True


class ResetRequestForm(forms.Form):
    phone = PhoneField(label=_("Số điện thoại di động"), help_text=_("Số bạn đã dùng để đăng ký Học Số."))


class ResetConfirmForm(CodeForm):
    """A reset code and a new password; the password is judged without the account, whose name must not
    shape the answer a stranger gets for a number (see signup.reset_complete)."""

    password1, password2 = _password_fields()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = _("Mật khẩu mới")
        self.fields["password2"].label = _("Nhập lại mật khẩu mới")

    def clean(self):
        cleaned = super().clean()
        _check_new_password(self, cleaned, None)
        return cleaned
