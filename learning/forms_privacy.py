import re

from django import forms
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.text import fold
from learning.models import AdministrativeUnit, DataRequestStatus
from learning.privacy import can_change_commune, has_guardian_consent, needs_guardian

_DIGITS = re.compile(r"\d")
# Primary keys are BigAutoField: positive and below 2**63. A number past that reaches the database
# as an overflow error rather than "no such row".
_LARGEST_ID = 2**63 - 1


def unit_id(raw) -> int | None:
    """A posted unit id as a number, or None for anything that cannot be one ("", "²", 10**30, -5)."""
    raw = getattr(raw, "pk", raw)
    if isinstance(raw, str) and not (raw.strip().isascii() and raw.strip().isdigit()):
        return None
    try:
        value = int(raw)
    except (ValueError, TypeError, OverflowError):
        return None
    return value if 0 < value <= _LARGEST_ID else None


def _alphabetical(units: QuerySet) -> QuerySet:
    # People look for "Đại Từ" under Đ, between D and E, whatever the database's collation does
    # with diacritics, and by the name itself rather than its "Xã"/"Phường" prefix.
    pairs = sorted(units.values_list("pk", "name"), key=lambda pair: (fold(pair[1]), pair[1]))
    if not pairs:
        return units
    position = Case(
        *[When(pk=pk, then=Value(index)) for index, (pk, _name) in enumerate(pairs)],
        output_field=IntegerField(),
    )
    return units.order_by(position)


def _provinces() -> QuerySet:
    return _alphabetical(AdministrativeUnit.objects.current().provinces())


def _communes(province_id) -> QuerySet:
    province_id = unit_id(province_id)
    if province_id is None:
        return AdministrativeUnit.objects.none()
    return _alphabetical(AdministrativeUnit.objects.current().communes().filter(parent_id=province_id))


class UnitChoiceField(forms.ModelChoiceField):
    """A unit picked from a list; a value that cannot be a unit's id is "not in the list", not a crash."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if unit_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(unit_id(value))


class ProfileForm(forms.Form):
    """What a person corrects themselves. The commune list follows the chosen province, so a phone
    without JavaScript picks the province, taps "Chọn tỉnh", then picks the commune."""

    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=150,
        error_messages={
            "required": _("Hãy nhập họ và tên."),
            "max_length": _("Họ và tên dài quá 150 ký tự."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        required=False,
        # The e-mail rules allow 320 characters; the account keeps 254.
        max_length=254,
        help_text=_("Không bắt buộc."),
        error_messages={
            "invalid": _("Thư điện tử không hợp lệ, ví dụ: ten@gmail.com."),
            "max_length": _("Thư điện tử dài quá 254 ký tự."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    birth_year = forms.IntegerField(
        label=_("Năm sinh"),
        required=False,
        min_value=1900,
        error_messages={
            "invalid": _("Năm sinh phải là một năm gồm 4 chữ số, ví dụ 1965."),
            "min_value": _("Năm sinh phải là một năm gồm 4 chữ số, ví dụ 1965."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    province = UnitChoiceField(
        label=_("Tỉnh, thành phố"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("— Chọn tỉnh, thành phố —"),
        error_messages={
            "required": _("Hãy chọn tỉnh, thành phố."),
            "invalid_choice": _("Hãy chọn tỉnh, thành phố trong danh sách."),
        },
    )
    commune = UnitChoiceField(
        label=_("Xã, phường, đặc khu"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("— Chọn xã, phường, đặc khu —"),
        error_messages={
            "required": _("Hãy chọn xã, phường, đặc khu."),
            "invalid_choice": _("Xã, phường bạn chọn không thuộc tỉnh, thành phố đã chọn. Hãy chọn lại."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not can_change_commune(user):
            del self.fields["province"]
            del self.fields["commune"]
            return
        self.fields["province"].queryset = _provinces()
        province_id = self.data.get("province") if self.is_bound else self.initial.get("province")
        self.fields["commune"].queryset = _communes(province_id)

    @classmethod
    def initial_for(cls, user) -> dict:
        unit = user.unit.successor() if user.unit else None
        province = unit.province() if unit else None
        return {
            "full_name": user.full_name,
            "email": user.email,
            "birth_year": user.birth_year,
            "province": province.pk if province else None,
            "commune": unit.pk if unit and unit.is_current else None,
        }

    @classmethod
    def initial_from_post(cls, data) -> dict:
        """Keep what was typed when the page reloads to list another province's communes."""
        initial = {key: data.get(key, "") for key in ("full_name", "email", "birth_year")}
        # A province that cannot be one is no province: the page lists no communes yet.
        initial["province"] = unit_id(data.get("province"))
        commune = unit_id(data.get("commune"))
        if commune is not None and _communes(initial["province"]).filter(pk=commune).exists():
            initial["commune"] = commune
        return initial

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2 or _DIGITS.search(name):
            raise forms.ValidationError(_("Họ và tên chỉ gồm chữ cái, ví dụ: Nguyễn Thị Hồng."))
        return name

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        if year is not None and year > timezone.localdate().year:
            raise forms.ValidationError(_("Năm sinh không được sau năm nay."))
        if year != self.user.birth_year and needs_guardian(year) and not has_guardian_consent(self.user):
            raise forms.ValidationError(
                _(
                    "Người dưới 16 tuổi cần người giám hộ đồng ý. Xin liên hệ cán bộ xã hoặc giảng viên "
                    "để ghi nhận sự đồng ý của người giám hộ."
                )
            )
        return year


class CorrectionRequestForm(forms.Form):
    detail = forms.CharField(
        label=_("Thông tin cần sửa"),
        max_length=2000,
        help_text=_("Ví dụ: số điện thoại mới, hoặc chức vụ của tôi đã thay đổi."),
        error_messages={
            "required": _("Hãy ghi rõ thông tin cần sửa."),
            "max_length": _("Nội dung dài quá 2.000 ký tự."),
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_detail(self):
        detail = self.cleaned_data["detail"].strip()
        if not detail:
            raise forms.ValidationError(_("Hãy ghi rõ thông tin cần sửa."))
        return detail


class RequestCloseForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[(DataRequestStatus.DONE, _("Đã xử lý")), (DataRequestStatus.REFUSED, _("Từ chối"))],
        error_messages={
            "required": _("Hãy chọn cách xử lý."),
            "invalid_choice": _("Cách xử lý không hợp lệ."),
        },
    )
    response = forms.CharField(
        label=_("Trả lời người yêu cầu"),
        required=False,
        max_length=2000,
        help_text=_("Bắt buộc khi từ chối: ghi rõ lý do."),
        error_messages={"max_length": _("Nội dung dài quá 2.000 ký tự.")},
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == DataRequestStatus.REFUSED and not cleaned.get("response", "").strip():
            self.add_error("response", _("Hãy ghi lý do từ chối để trả lời người yêu cầu."))
        return cleaned


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Tôi đã kiểm tra: yêu cầu này do chính chủ tài khoản gửi. Việc xóa không thể hoàn tác."),
        error_messages={"required": _("Hãy đánh dấu xác nhận trước khi xóa dữ liệu.")},
    )
