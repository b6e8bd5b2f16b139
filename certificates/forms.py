"""Forms of the certificates' admin pages. They only parse input: whether a certificate may be
revoked or re-issued is decided by certificates.services, which the views call."""

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.models import CertificateState, RenderStatus

REASON_MAX_LENGTH = 1000


class CertificateFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Tìm"),
        required=False,
        max_length=150,
        help_text=_("Số hiệu hoặc mã xác minh (đúng cả chuỗi), hoặc một phần họ và tên."),
    )
    state = forms.ChoiceField(
        label=_("Hiệu lực"),
        required=False,
        choices=[("", _("Mọi hiệu lực")), *CertificateState.choices],
        error_messages={
            "invalid_choice": _("Không có trạng thái hiệu lực này. Hãy chọn lại trong danh sách.")
        },
    )
    status = forms.ChoiceField(
        label=_("Tệp PDF"),
        required=False,
        choices=[("", _("Mọi trạng thái tệp")), *RenderStatus.choices],
        error_messages={"invalid_choice": _("Không có trạng thái tệp này. Hãy chọn lại trong danh sách.")},
    )

    def filters(self) -> dict[str, str]:
        """The filters that are valid; an invalid one is reported by the form and ignored, never guessed."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do thu hồi"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Lý do được lưu cùng chứng nhận và hiện trên trang xác minh công khai."),
        error_messages={
            "required": _("Hãy ghi lý do thu hồi."),
            "max_length": _("Lý do thu hồi dài quá %(limit_value)d ký tự; hãy viết ngắn lại."),
        },
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(
        label=_("Họ và tên đúng"),
        max_length=150,
        help_text=_(
            "Chứng nhận cũ được đánh dấu “đã được thay thế” và trỏ tới chứng nhận mới mang tên này. "
            "Họ và tên trong tài khoản của người học cũng được sửa theo."
        ),
        error_messages={
            "required": _("Hãy nhập họ và tên đúng của người được cấp."),
            "max_length": _("Họ và tên dài quá %(limit_value)d ký tự."),
        },
    )

    def __init__(self, *args, current_name: str, **kwargs):
        kwargs["initial"] = {"holder_name": current_name, **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        self.current_name = current_name

    def clean_holder_name(self) -> str:
        name = " ".join(self.cleaned_data["holder_name"].split())
        # A re-issue with the same name would only churn serials; a change of a single mark is a correction.
        if name == " ".join(self.current_name.split()):
            raise forms.ValidationError(
                _("Họ và tên này giống hệt tên trên chứng nhận. Hãy sửa tên trước khi cấp lại.")
            )
        return name
