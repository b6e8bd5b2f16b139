from django import forms
from django.utils.translation import gettext_lazy as _

from learning.models import Role
from learning.selectors import unit_choices

LEARNER_ROLES = [
    ("", _("Mọi đối tượng")),
    (Role.CITIZEN, Role.CITIZEN.label),
    (Role.OFFICIAL, Role.OFFICIAL.label),
    (Role.TRAINER, Role.TRAINER.label),
]


class LearnerFilterForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Đơn vị"),
        queryset=None,
        required=False,
        to_field_name="code",
        empty_label=_("Mọi đơn vị tôi quản lý"),
        error_messages={"invalid_choice": _("Đơn vị không hợp lệ hoặc ngoài phạm vi bạn quản lý.")},
    )
    role = forms.ChoiceField(
        label=_("Đối tượng"),
        choices=LEARNER_ROLES,
        required=False,
        error_messages={"invalid_choice": _("Đối tượng không hợp lệ.")},
    )
    q = forms.CharField(label=_("Tìm theo tên hoặc số điện thoại"), required=False, max_length=100)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = unit_choices(viewer)
