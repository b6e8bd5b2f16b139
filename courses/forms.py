from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Audience, Topic


class CatalogueFilterForm(forms.Form):
    """Catalogue filters from the query string. A bad value is reported, never a crash."""

    q = forms.CharField(label=_("Tìm khóa học"), max_length=100, required=False, strip=True)
    topic = forms.SlugField(label=_("Chủ đề"), required=False)
    audience = forms.ChoiceField(
        label=_("Đối tượng"), required=False, choices=[("", _("Tất cả"))] + list(Audience.choices)
    )

    error_messages = {"unknown_topic": _("Không có chủ đề này. Đang hiện tất cả chủ đề.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].error_messages["max_length"] = _("Từ khóa quá dài (tối đa %(limit_value)d ký tự).")
        self.fields["audience"].error_messages["invalid_choice"] = _(
            "Đối tượng không hợp lệ. Đang hiện khóa học cho mọi đối tượng."
        )
        self.fields["topic"].error_messages["invalid"] = self.error_messages["unknown_topic"]

    def clean_topic(self) -> Topic | None:
        slug = self.cleaned_data.get("topic")
        if not slug:
            return None
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise forms.ValidationError(self.error_messages["unknown_topic"])
        return topic

    def cleaned_filters(self) -> dict:
        """Valid filters only: an invalid field is dropped and its message shown beside the results."""
        if not self.is_bound:
            return {"query": "", "topic": None, "audience": ""}
        self.is_valid()
        data = self.cleaned_data
        return {
            "query": data.get("q") or "",
            "topic": data.get("topic"),
            "audience": data.get("audience") or "",
        }
