from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from learning.models import User
from learning.phone import normalise_phone

_FIELDS = ["phone", "full_name", "email", "role", "is_superuser", "groups"]


class _PhoneMixin:
    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])


class HocSoUserCreationForm(_PhoneMixin, UserCreationForm):
    email = forms.EmailField(required=False, label=_("Thư điện tử"))
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        model = User
        fields = _FIELDS


class HocSoUserEditForm(_PhoneMixin, UserEditForm):
    email = forms.EmailField(required=False, label=_("Thư điện tử"))
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        model = User
        fields = [*_FIELDS, "is_active"]


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return HocSoUserEditForm if for_update else HocSoUserCreationForm


class HocSoLoginForm(LoginForm):
    """Wagtail's login form leaves the password label to Django's untranslated field name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mật khẩu")
