"""The form for setting a target. It only reads what was typed; metrics.targets judges it.

The unit is the page's (from the URL, checked against the manager's scope), never a form field."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from learning.forms_requirements import DATE_HELP, DATE_INVALID
from metrics.indicators import BY_CODE
from metrics.targets import TARGETABLE

# Vietnamese writes 1.200 for a thousand two hundred and 95,5 for ninety-five and a half.
_WHOLE = re.compile(r"^(\d+|\d{1,3}(\.\d{3})+)$")
_DECIMAL = re.compile(r"^\d+([.,]\d+)?$")
NOT_A_NUMBER = _("Mức mục tiêu không hợp lệ. Ví dụ: 100 hoặc 95,5 với tỷ lệ (%), 1.200 với số người.")


def parse_number(text: str, kind: str) -> Decimal | None:
    """The number typed, read the Vietnamese way; None when it is not one. A count allows dots
    between thousands; a percentage or score allows a comma (or a dot) before its decimals."""
    text = re.sub(r"\s", "", text or "").removesuffix("%")
    if kind == "count":
        return Decimal(text.replace(".", "")) if _WHOLE.match(text) else None
    return Decimal(text.replace(",", ".")) if _DECIMAL.match(text) else None


def _date_field(label, *, required: bool, help_text) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        input_formats=["%d/%m/%Y"],
        help_text=help_text,
        error_messages={"required": _("Hãy nhập hạn đạt mục tiêu."), "invalid": DATE_INVALID},
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "autocomplete": "off"}),
    )


class TargetForm(forms.Form):
    indicator = forms.ChoiceField(
        label=_("Chỉ tiêu"),
        choices=[("", _("— Chọn chỉ tiêu —"))] + [(item.code, item.name) for item in TARGETABLE],
        error_messages={
            "required": _("Hãy chọn chỉ tiêu."),
            "invalid_choice": _("Chỉ tiêu này không có trong danh mục hoặc không đặt mục tiêu được."),
        },
    )
    value = forms.CharField(
        label=_("Mức mục tiêu"),
        max_length=20,
        help_text=_(
            "Chỉ tiêu tỷ lệ: số phần trăm, ví dụ 100 hoặc 95,5. "
            "Chỉ tiêu đếm: số người hoặc số lượt, ví dụ 1.200."
        ),
        error_messages={"required": _("Hãy nhập mức mục tiêu."), "max_length": NOT_A_NUMBER},
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    starts_on = _date_field(
        _("Tính từ ngày"), required=False, help_text=_("Ngày/tháng/năm. Để trống: tính từ hôm nay.")
    )
    due_on = _date_field(_("Hạn đạt"), required=True, help_text=DATE_HELP)
    note = forms.CharField(
        label=_("Ghi chú"),
        required=False,
        max_length=300,
        help_text=_("Ví dụ: theo kế hoạch số … của UBND tỉnh."),
        error_messages={"max_length": _("Ghi chú dài tối đa 300 ký tự.")},
    )

    def clean(self):
        data = super().clean()
        indicator = BY_CODE.get(data.get("indicator") or "")
        if indicator is not None and "value" in data:
            number = parse_number(data["value"], indicator.kind)
            if number is None:
                self.add_error("value", NOT_A_NUMBER)
            else:
                data["value"] = number
        return data

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "indicator": data["indicator"],
            "value": data["value"],
            "starts_on": data["starts_on"],
            "due_on": data["due_on"],
            "note": data["note"],
        }
