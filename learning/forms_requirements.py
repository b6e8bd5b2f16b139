"""Forms for required courses. They only parse input; the rules live in learning.requirements."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from learning.models import AdministrativeUnit, Position
from learning.requirements import LEARNER_ROLES
from learning.scope import visible_units

OUT_OF_SCOPE = _("Đơn vị đã chọn không nằm trong phạm vi bạn quản lý.")
DATE_HELP = _("Ngày/tháng/năm, ví dụ 31/12/2026.")
DATE_INVALID = _("Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2026.")


def _due_on_field() -> forms.DateField:
    return forms.DateField(
        label=_("Hạn hoàn thành"),
        input_formats=["%d/%m/%Y"],
        help_text=DATE_HELP,
        error_messages={"required": _("Hãy nhập hạn hoàn thành."), "invalid": DATE_INVALID},
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "autocomplete": "off"}),
    )


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.name_with_type


class RequirementForm(forms.Form):
    """Course, place, who, by when.

    The place is a province select and a commune select for that province. Without JavaScript the
    commune list follows the province through the "Chọn tỉnh" button, which posts what was typed so
    far and gets the form back with it as `initial`.
    """

    course = forms.ModelChoiceField(
        label=_("Khóa học"),
        queryset=CoursePage.objects.none(),
        empty_label=_("— Chọn khóa học —"),
        error_messages={
            "required": _("Hãy chọn khóa học."),
            "invalid_choice": _("Khóa học này không có hoặc chưa được xuất bản."),
        },
    )
    province = UnitChoiceField(
        label=_("Tỉnh, thành phố"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("— Chọn tỉnh, thành phố —"),
        error_messages={"required": _("Hãy chọn tỉnh, thành phố."), "invalid_choice": OUT_OF_SCOPE},
    )
    commune = UnitChoiceField(
        label=_("Xã, phường, đặc khu"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        error_messages={
            "invalid_choice": _(
                "Xã, phường đã chọn không thuộc tỉnh đã chọn hoặc nằm ngoài phạm vi bạn quản lý. "
                "Sau khi đổi tỉnh, hãy bấm «Chọn tỉnh»."
            )
        },
    )
    role = forms.ChoiceField(
        label=_("Áp dụng cho"),
        choices=[(role.value, role.label) for role in LEARNER_ROLES],
        error_messages={"required": _("Hãy chọn vai trò."), "invalid_choice": _("Vai trò không hợp lệ.")},
    )
    position = forms.ModelChoiceField(
        label=_("Chức vụ"),
        queryset=Position.objects.all(),
        required=False,
        empty_label=_("— Mọi chức vụ —"),
        help_text=_("Chỉ dùng cho cán bộ, công chức xã. Để trống nếu áp dụng cho mọi chức vụ."),
        error_messages={"invalid_choice": _("Chức vụ không hợp lệ.")},
    )
    due_on = _due_on_field()

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        scope = visible_units(user).current()
        communes = scope.communes().order_by("name_ascii")
        whole = scope.provinces()
        provinces = (
            AdministrativeUnit.objects.current()
            .provinces()
            .filter(Q(pk__in=whole.values("pk")) | Q(pk__in=communes.values("parent_id")))
            .order_by("name_ascii")
        )
        province_field = self.fields["province"]
        province_field.queryset = provinces
        only = list(provinces[:2])
        if len(only) == 1:
            # One province to choose from (commune and province managers): nothing to ask.
            province_field.initial = only[0].pk
            province_field.widget = forms.HiddenInput()
            self.fields["commune"].error_messages["invalid_choice"] = OUT_OF_SCOPE
        self.chosen_province = self._chosen(province_field)

        commune_field = self.fields["commune"]
        province = self.chosen_province
        self.whole_province_allowed = province is not None and whole.filter(pk=province.pk).exists()
        if province is not None:
            commune_field.queryset = communes.filter(parent=province)
        if self.whole_province_allowed:
            commune_field.empty_label = _("— Cả %(province)s —") % {"province": province.name_with_type}
        else:
            commune_field.empty_label = _("— Chọn xã, phường, đặc khu —")
            one_commune = list(commune_field.queryset[:2])
            if len(one_commune) == 1:
                commune_field.initial = one_commune[0].pk

    def _chosen(self, field):
        """The province picked so far: posted, passed back by "Chọn tỉnh", or the only one there is."""
        raw = self.data.get(self.add_prefix("province")) if self.is_bound else None
        raw = raw or self.initial.get("province") or field.initial
        try:
            return field.queryset.filter(pk=int(raw)).first() if raw else None
        except (TypeError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        province, commune = cleaned.get("province"), cleaned.get("commune")
        if province is None or "commune" in self.errors:
            return cleaned
        if commune is None and not self.whole_province_allowed:
            self.add_error("commune", _("Hãy chọn xã, phường, đặc khu."))
        elif commune is None and self.data.get("communes_for") != str(province.pk):
            # The province changed after the commune list was drawn: "Cả tỉnh" was never on screen.
            self.add_error("commune", _("Hãy bấm «Chọn tỉnh» rồi chọn xã, phường hoặc cả tỉnh."))
        cleaned["unit"] = commune or province
        return cleaned

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "course": data["course"],
            "unit": data["unit"],
            "role": data["role"],
            "position": data["position"],
            "due_on": data["due_on"],
        }


class RequirementDueForm(forms.Form):
    due_on = _due_on_field()
