from django import forms
from django.utils.translation import gettext_lazy as _

from learning.phone import display_phone
from learning.roster import XLSX_TYPE, officials_in


class RosterUploadForm(forms.Form):
    """Only carries the file; every check on its content lives in learning.roster."""

    file = forms.FileField(
        label=_("Tệp danh sách cán bộ (.xlsx)"),
        help_text=_("Dùng tệp mẫu ở trên. Tối đa 10.000 người, tệp không quá 5 MB."),
        error_messages={
            "required": _("Hãy chọn tệp Excel danh sách cán bộ."),
            "empty": _("Tệp bạn chọn không có nội dung."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": f".xlsx,{XLSX_TYPE}"}),
    )


class UnitChoiceForm(forms.Form):
    """Pick a commune (xa) or, for national administrators, first a province (tinh), by official code."""

    def __init__(self, *args, units, name: str, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[name] = forms.ModelChoiceField(
            label=label, queryset=units, to_field_name="code", empty_label=_("— Chọn —")
        )


class _PersonChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, person) -> str:
        parts = [person.full_name, display_phone(person.phone)]
        if person.position_id:
            parts.append(person.position.name)
        return " — ".join(parts)


class MarkLeftForm(forms.Form):
    people = _PersonChoices(
        label=_("Đánh dấu đã nghỉ hoặc chuyển công tác"),
        help_text=_("Họ vẫn giữ tài khoản và kết quả học, nhưng không còn được tính là cán bộ của xã."),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Hãy chọn ít nhất một người.")},
    )

    def __init__(self, *args, unit, only=None, **kwargs):
        super().__init__(*args, **kwargs)
        people = officials_in(unit).select_related("position").order_by("full_name", "pk")
        if only is not None:
            people = people.filter(pk__in=only)
        self.fields["people"].queryset = people
