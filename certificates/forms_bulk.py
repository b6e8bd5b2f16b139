"""The form that starts a bulk run. It only parses input; who may run for which unit is decided by
certificates.bulk.may_run_bulk, which bulk_start checks again."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from certificates.bulk import unit_and_below
from certificates.models import BulkAction
from courses.models import CoursePage
from learning.forms_requirements import OUT_OF_SCOPE, UnitChoiceField
from learning.models import AdministrativeUnit, Role
from learning.scope import visible_units


def runnable_units(user) -> QuerySet[AdministrativeUnit]:
    """Units this user may start a run for: a manager's scope, or a trainer's own unit and below."""
    if user.is_manager:
        return visible_units(user)
    if user.role == Role.TRAINER and user.unit_id is not None:
        return AdministrativeUnit.objects.filter(pk__in=unit_and_below(user.unit))
    return AdministrativeUnit.objects.none()


class BulkRunForm(forms.Form):
    """Course, place, what to do.

    The place is picked as in the required-course form: a province select and a commune select for
    that province. Without JavaScript the commune list follows the province through the "Chọn tỉnh"
    button, which posts what was chosen so far and gets the form back with it as `initial`.
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
    action = forms.ChoiceField(
        label=_("Việc cần làm"),
        choices=BulkAction.choices,
        initial=BulkAction.ISSUE,
        help_text=_(
            "«Cấp cho người chưa có»: cấp chứng nhận cho người đã hoàn thành khóa học mà chưa có, "
            "rồi gộp chứng nhận của mọi người để in. «Tạo lại tệp cho tất cả»: tạo lại tệp PDF của "
            "mọi chứng nhận, ví dụ sau khi đổi chữ ký hoặc con dấu."
        ),
        error_messages={
            "required": _("Hãy chọn việc cần làm."),
            "invalid_choice": _("Việc cần làm không hợp lệ."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        scope = runnable_units(user).current()
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
            # One province to choose from (commune and province managers, trainers): nothing to ask.
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
        return {"course": data["course"], "unit": data["unit"], "action": data["action"]}
