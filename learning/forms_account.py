from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class PhoneLoginForm(AuthenticationForm):
    """Log in with a phone number typed any way people write it."""

    error_messages = {
        "invalid_login": _("Số điện thoại hoặc mật khẩu không đúng. Xin kiểm tra lại."),
        "inactive": _("Tài khoản này đã bị khóa. Xin liên hệ cán bộ xã để được hỗ trợ."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Số điện thoại")
        self.fields["username"].widget = forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "autofocus": True}
        )
        self.fields["password"].label = _("Mật khẩu")
