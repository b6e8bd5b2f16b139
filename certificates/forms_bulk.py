"""The form that starts a bulk run. It only parses input; who may run for which unit is decided by
certificates.bulk.may_run_bulk, which bulk_start checks again."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from certificates.bulk import unit_and_below
from certificates.models import BulkAction
from courses.models import CoursePage
from learning.forms_place import PlaceForm
from learning.models import AdministrativeUnit, Role
from learning.scope import visible_units


def runnable_units(user) -> QuerySet[AdministrativeUnit]:
    """Units this user may start a run for: a manager's scope, or a trainer's own unit and below."""
    if user.is_manager:
        return visible_units(user)
    if user.role == Role.TRAINER and user.unit_id is not None:
        return AdministrativeUnit.objects.filter(pk__in=unit_and_below(user.unit))
    return AdministrativeUnit.objects.none()


class BulkRunForm(PlaceForm):
    """Course, place, what to do.

    The place is picked as in the required-course form (learning.forms_place).
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
        self.place_setup(runnable_units(user))

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {"course": data["course"], "unit": data["unit"], "action": data["action"]}
