from django import forms
from django.utils.translation import gettext_lazy as _

from learning.lesson_facts import catalogue
from learning.tracking import CLIENT_VERBS, MAX_SECONDS_PER_EVENT, ProgressEvent


class ProgressEventForm(forms.Form):
    """One event as the page sends it; the messages reach people only when something is badly wrong."""

    id = forms.UUIDField(
        error_messages={"invalid": _("Mã sự kiện không hợp lệ."), "required": _("Thiếu mã sự kiện.")}
    )
    verb = forms.ChoiceField(
        choices=[(verb, verb) for verb in CLIENT_VERBS],
        error_messages={
            "invalid_choice": _("Loại sự kiện không hợp lệ."),
            "required": _("Thiếu loại sự kiện."),
        },
    )
    lesson = forms.IntegerField(
        error_messages={"invalid": _("Không tìm thấy bài học."), "required": _("Thiếu bài học.")},
    )
    timestamp = forms.DateTimeField(
        input_formats=["iso-8601"],
        error_messages={"invalid": _("Thời điểm không hợp lệ."), "required": _("Thiếu thời điểm.")},
    )
    seconds = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=MAX_SECONDS_PER_EVENT * 10,
        error_messages={
            "invalid": _("Thời gian học không hợp lệ."),
            "min_value": _("Thời gian học không hợp lệ."),
            "max_value": _("Thời gian học không hợp lệ."),
        },
    )
    block = forms.CharField(required=False, max_length=64)

    def clean_lesson(self):
        lesson = self.cleaned_data["lesson"]
        if catalogue().lesson(lesson) is None:
            raise forms.ValidationError(_("Không tìm thấy bài học."))
        return lesson

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verb") == "practice_done" and not cleaned.get("block"):
            raise forms.ValidationError(_("Thiếu mã bài thực hành."))
        return cleaned

    def event(self) -> ProgressEvent:
        data = self.cleaned_data
        return ProgressEvent(
            id=data["id"],
            verb=data["verb"],
            lesson_id=data["lesson"],
            timestamp=data["timestamp"],
            seconds=data.get("seconds") or 0,
            block=data.get("block") or "",
        )
