import re

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from learning.second_factor import token_check

CODE_PATTERN = re.compile(r"[0-9]{6}")  # not \d, which also matches other scripts' digits


class CodeForm(forms.Form):
    """A 6-digit code from the user's authenticator app, checked against one device."""

    code = forms.CharField(
        label=_("Mã 6 chữ số"),
        help_text=_("Mở ứng dụng xác thực và nhập mã 6 chữ số đang hiện cho Học Số."),
        max_length=20,
        error_messages={"required": _("Xin nhập mã 6 chữ số.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9 ]*",
                "autofocus": True,
            }
        ),
    )

    def __init__(self, *args, device, autofocus: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device
        if not autofocus:
            self.fields["code"].widget.attrs.pop("autofocus")

    def clean_code(self) -> str:
        # People copy codes as "123 456"; spaces are not a mistake.
        code = "".join(self.cleaned_data["code"].split())
        if not CODE_PATTERN.fullmatch(code):
            raise forms.ValidationError(_("Mã phải gồm đúng 6 chữ số, ví dụ 123456."), code="format")
        return code

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("code")
        if code is None:
            return cleaned
        result = token_check(device=self.device, token=code)
        if result.locked_until is not None:
            raise forms.ValidationError(
                _("Bạn đã nhập sai nhiều lần. Xin đợi đến %(time)s rồi thử lại."),
                code="throttled",
                params={"time": date_format(timezone.localtime(result.locked_until), "H:i:s")},
            )
        if not result.ok:
            raise forms.ValidationError(
                _(
                    "Mã không đúng hoặc đã hết hạn. Xin xem mã mới trong ứng dụng xác thực "
                    "(mã đổi sau mỗi 30 giây) rồi nhập lại."
                ),
                code="wrong",
            )
        return cleaned


class SetupCodeForm(forms.Form):
    """The code sent by SMS that proves the account's own phone is at hand before setup."""

    sms_code = forms.CharField(
        label=_("Mã xác nhận trong tin nhắn"),
        max_length=20,
        error_messages={"required": _("Xin nhập mã 6 chữ số trong tin nhắn.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_sms_code(self) -> str:
        code = "".join(self.cleaned_data["sms_code"].split())
        if not CODE_PATTERN.fullmatch(code):
            raise forms.ValidationError(_("Mã phải gồm đúng 6 chữ số, ví dụ 123456."), code="format")
        return code
