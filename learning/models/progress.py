import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """What one learner has done in one lesson, merged from events whatever order they arrive in."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField(_("mở lúc"), null=True, blank=True)
    reached_end_at = models.DateTimeField(_("đọc hết lúc"), null=True, blank=True)
    # {block id: earliest time it was done}, so a late event cannot move the time forward.
    practice_done = models.JSONField(_("bài thực hành đã làm"), default=dict, blank=True)
    practice_done_at = models.DateTimeField(_("làm xong thực hành lúc"), null=True, blank=True)
    completed_at = models.DateTimeField(_("hoàn thành lúc"), null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("thời gian học (giây)"), default=0)
    last_event_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tiến độ bài học")
        verbose_name_plural = _("tiến độ bài học")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.lesson_id}"


class Statement(models.Model):
    """One learning event as an xAPI statement; its id is the client's UUID, so posting is idempotent."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="statements")
    verb = models.CharField(max_length=200)
    lesson = models.ForeignKey("courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+")
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+")
    timestamp = models.DateTimeField(db_index=True)
    stored = models.DateTimeField(auto_now_add=True)
    body = models.JSONField()

    class Meta:
        verbose_name = _("sự kiện học tập (xAPI)")
        verbose_name_plural = _("sự kiện học tập (xAPI)")
        indexes = [models.Index(fields=["user", "timestamp"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.verb} {self.timestamp:%d/%m/%Y %H:%M}"
