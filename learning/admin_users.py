from django import forms
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from learning.models import AdministrativeUnit, Role, UnitLevel, User
from learning.phone import normalise_phone

_FIELDS = ["phone", "full_name", "email", "role", "unit", "position", "is_superuser", "groups"]


class UnitField(forms.ModelChoiceField):
    """Every current province and commune, communes listed under their province's name."""

    def __init__(self, **kwargs):
        units = (
            AdministrativeUnit.objects.current()
            .select_related("parent")
            .order_by(Coalesce("parent__name_ascii", "name_ascii"), "level", "name_ascii")
        )
        super().__init__(queryset=units, required=False, label=_("Đơn vị (xã hoặc tỉnh)"), **kwargs)
        self.help_text = _("Quản lý xã, cán bộ, người học: chọn xã. Quản lý tỉnh: chọn tỉnh.")

    def label_from_instance(self, unit):
        return (
            f"{unit.name_with_type} — {unit.parent.name_with_type}" if unit.parent_id else unit.name_with_type
        )


class _PhoneMixin:
    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        unit, role = cleaned.get("unit"), cleaned.get("role")
        if role == Role.PROVINCE_MANAGER and unit is not None and unit.level != UnitLevel.PROVINCE:
            self.add_error("unit", _("Quản lý cấp tỉnh phải thuộc một tỉnh, thành phố."))
        if (
            role in (Role.COMMUNE_MANAGER, Role.OFFICIAL)
            and unit is not None
            and unit.level != UnitLevel.COMMUNE
        ):
            self.add_error("unit", _("Quản lý xã và cán bộ xã phải thuộc một xã, phường, đặc khu."))
        if role in (Role.COMMUNE_MANAGER, Role.PROVINCE_MANAGER) and unit is None:
            self.add_error("unit", _("Quản lý phải thuộc một đơn vị; nếu không sẽ không xem được ai."))
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        # An administrator who enters the number vouches for it; the person need not confirm it by SMS.
        if user.phone_confirmed_at is None:
            user.phone_confirmed_at = timezone.now()
        if commit:
            user.save()
            self.save_m2m()
        return user


class HocSoUserCreationForm(_PhoneMixin, UserCreationForm):
    email = forms.EmailField(required=False, label=_("Thư điện tử"))
    unit = UnitField()
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        model = User
        fields = _FIELDS


class HocSoUserEditForm(_PhoneMixin, UserEditForm):
    email = forms.EmailField(required=False, label=_("Thư điện tử"))
    unit = UnitField()
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
