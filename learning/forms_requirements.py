"""Forms for required courses. They only parse input; the rules live in learning.requirements."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from learning.forms_place import PlaceForm
from learning.models import Position
from learning.requirements import LEARNER_ROLES
from learning.scope import visible_units

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


class RequirementForm(PlaceForm):
    """Course, place, who, by when.

    The place is picked with learning.forms_place.
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
        self.place_setup(visible_units(user))

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
