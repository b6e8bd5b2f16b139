from django import forms
from django.utils.translation import gettext_lazy as _

from learning.lesson_facts import catalogue
from learning.tracking import CLIENT_VERBS, MAX_SECONDS_PER_EVENT, H5PScore, ProgressEvent
from learning.xapi import H5P_VERBS, Verb

MAX_H5P_POINTS = 10_000
SCORE_ERRORS = {
    "invalid": _("Điểm không hợp lệ."),
    "min_value": _("Điểm không hợp lệ."),
    "max_value": _("Điểm không hợp lệ."),
}


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
    h5p_verb = forms.ChoiceField(
        required=False,
        choices=[(verb, verb) for verb in H5P_VERBS],
        error_messages={"invalid_choice": _("Kết quả nội dung tương tác không hợp lệ.")},
    )
    raw = forms.FloatField(required=False, min_value=0, max_value=MAX_H5P_POINTS, error_messages=SCORE_ERRORS)
    max = forms.FloatField(required=False, min_value=0, max_value=MAX_H5P_POINTS, error_messages=SCORE_ERRORS)
    success = forms.NullBooleanField(required=False)

    def clean_lesson(self):
        lesson = self.cleaned_data["lesson"]
        if catalogue().lesson(lesson) is None:
            raise forms.ValidationError(_("Không tìm thấy bài học."))
        return lesson

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verb") == "practice_done" and not cleaned.get("block"):
            raise forms.ValidationError(_("Thiếu mã bài thực hành."))
        if cleaned.get("verb") == Verb.H5P:
            self._clean_h5p(cleaned)
        return cleaned

    def _clean_h5p(self, cleaned) -> None:
        lesson = catalogue().lesson(cleaned.get("lesson"))
        if lesson is None or lesson.h5p_item(cleaned.get("block") or "") is None:
            raise forms.ValidationError(_("Không tìm thấy nội dung tương tác này trong bài học."))
        if not cleaned.get("h5p_verb"):
            raise forms.ValidationError(_("Kết quả nội dung tương tác không hợp lệ."))
        raw, top = cleaned.get("raw"), cleaned.get("max")
        if (raw is None) != (top is None) or (top is not None and raw > top):
            raise forms.ValidationError(_("Điểm không hợp lệ."))

    def event(self) -> ProgressEvent:
        data = self.cleaned_data
        return ProgressEvent(
            id=data["id"],
            verb=data["verb"],
            lesson_id=data["lesson"],
            timestamp=data["timestamp"],
            seconds=data.get("seconds") or 0,
            block=data.get("block") or "",
            h5p=H5PScore(data["h5p_verb"], data["raw"] or 0, data["max"] or 0, data["success"])
            if data["verb"] == Verb.H5P
            else None,
        )
