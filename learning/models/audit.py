from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    VIEW_LEARNER = "view_learner", _("Xem hồ sơ người học")
    LIST_LEARNERS = "list_learners", _("Xem danh sách người học")
    EXPORT_LEARNERS = "export_learners", _("Xuất danh sách người học")
    IMPORT_ROSTER = "import_roster", _("Nhập danh sách cán bộ")
    EXPORT_OWN_DATA = "export_own_data", _("Người học tải dữ liệu của mình")
    ASSISTED_SIGNUP = "assisted_signup", _("Đăng ký hộ người học")
    ERASE_LEARNER = "erase_learner", _("Xóa dữ liệu cá nhân")
    MERGE_UNIT = "merge_unit", _("Sáp nhập đơn vị hành chính")
    ROSTER_MARK_LEFT = "roster_mark_left", _("Đánh dấu cán bộ đã nghỉ hoặc chuyển công tác")
    REQUIREMENT_CHANGE = "requirement_change", _("Giao, đổi hạn hoặc bỏ khóa học bắt buộc")
    EXPORT_METRICS = "export_metrics", _("Xuất bảng chỉ số hoặc báo cáo")


class AuditLogIsAppendOnly(Exception):
    """Raised by any attempt to change or remove an audit entry."""


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogIsAppendOnly

    def delete(self):
        raise AuditLogIsAppendOnly


class AuditEntry(models.Model):
    """Who looked at or exported whose records. Append-only: no screen or query may change it."""

    at = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("người thực hiện"), max_length=200)
    action = models.CharField(_("hành động"), max_length=32, choices=AuditAction.choices)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người học liên quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unit = models.ForeignKey(
        "learning.AdministrativeUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.CharField(_("chi tiết"), max_length=300, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhật ký truy cập dữ liệu")
        verbose_name_plural = _("nhật ký truy cập dữ liệu")
        ordering = ["-at"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor_label} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AuditLogIsAppendOnly
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly
