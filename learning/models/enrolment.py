from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from learning.models.people import Role


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Tự đăng ký học")
    REQUIRED = "required", _("Bắt buộc")


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    source = models.CharField(
        _("nguồn"), max_length=16, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF
    )
    enrolled_at = models.DateTimeField(_("ghi danh lúc"), auto_now_add=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_seen_at = models.DateTimeField(_("học gần nhất lúc"), null=True, blank=True)
    progress_percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    completed_at = models.DateTimeField(_("hoàn thành lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("ghi danh")
        verbose_name_plural = _("ghi danh")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.course_id}"


class Requirement(models.Model):
    """A manager's rule: people with this role (and position) in this unit finish this course by a date."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("khóa học"),
        on_delete=models.CASCADE,
        related_name="requirements",
    )
    unit = models.ForeignKey(
        "learning.AdministrativeUnit",
        verbose_name=_("áp dụng tại"),
        on_delete=models.PROTECT,
        related_name="requirements",
        help_text=_("Một xã, hoặc cả một tỉnh."),
    )
    role = models.CharField(_("vai trò"), max_length=32, choices=Role.choices)
    position = models.ForeignKey(
        "learning.Position",
        verbose_name=_("chức vụ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Để trống nếu áp dụng cho mọi chức vụ."),
    )
    due_on = models.DateField(_("hạn hoàn thành"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("khóa học bắt buộc")
        verbose_name_plural = _("khóa học bắt buộc")
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "unit", "role", "position"],
                condition=models.Q(position__isnull=False),
                name="one_requirement_per_position",
            ),
            models.UniqueConstraint(
                fields=["course", "unit", "role"],
                condition=models.Q(position__isnull=True),
                name="one_requirement_per_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course} — {self.unit} — {self.get_role_display()}"


class ReminderKind(models.TextChoices):
    SOON = "soon", _("Sắp đến hạn")
    LAST_DAY = "last_day", _("Còn một ngày")
    OVERDUE = "overdue", _("Quá hạn")


class Reminder(models.Model):
    """A reminder that went out; the unique key is what makes each one go out once."""

    requirement = models.ForeignKey(Requirement, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=16, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lời nhắc đã gửi")
        verbose_name_plural = _("lời nhắc đã gửi")
        constraints = [
            models.UniqueConstraint(fields=["requirement", "user", "kind"], name="one_reminder_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.user_id}"
