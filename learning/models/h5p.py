from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# H5P content keeps its whole state in one JSON string; anything larger than this is not a learner's work.
MAX_STATE_CHARS = 64 * 1024


class H5PState(models.Model):
    """Where a learner left an H5P item, so it resumes on any device."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("courses.H5PItem", on_delete=models.CASCADE, related_name="+")
    state = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("trạng thái nội dung H5P")
        verbose_name_plural = _("trạng thái nội dung H5P")
        constraints = [models.UniqueConstraint(fields=["user", "item"], name="one_h5p_state_per_item")]


class H5PResult(models.Model):
    """A learner's results on one H5P block of a lesson. The browser reports these scores, so they
    count as practice, never as a graded test."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_results")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    block = models.CharField(max_length=64)
    item = models.ForeignKey("courses.H5PItem", null=True, on_delete=models.SET_NULL, related_name="+")
    finished_at = models.DateTimeField(_("làm xong lần đầu lúc"))
    last_at = models.DateTimeField(_("lần gần nhất"))
    last_scaled = models.FloatField(_("điểm lần gần nhất (0–1)"), null=True, blank=True)
    best_scaled = models.FloatField(_("điểm cao nhất (0–1)"), null=True, blank=True)
    passed = models.BooleanField(_("đã đạt"), default=False)
    results = models.PositiveIntegerField(_("số kết quả đã nhận"), default=0)

    class Meta:
        verbose_name = _("kết quả nội dung H5P")
        verbose_name_plural = _("kết quả nội dung H5P")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block"], name="one_h5p_result_per_block")
        ]
