from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentPurpose(models.TextChoices):
    LEARNING = "learning", _("Xử lý dữ liệu để học, theo dõi tiến độ và cấp giấy chứng nhận")
    REPORTING = "reporting", _("Dùng kết quả học trong báo cáo của xã, tỉnh")
    REMINDERS = "reminders", _("Nhận tin nhắc học qua SMS hoặc thư điện tử")


class ConsentMethod(models.TextChoices):
    SELF = "self", _("Tự đăng ký")
    ASSISTED = "assisted", _("Giảng viên đăng ký hộ, người học đồng ý trực tiếp")


class Consent(models.Model):
    """One specific consent (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): purpose, notice, how, when."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("mục đích"), max_length=32, choices=ConsentPurpose.choices)
    notice_version = models.CharField(_("phiên bản thông báo"), max_length=20)
    method = models.CharField(_("cách ghi nhận"), max_length=16, choices=ConsentMethod.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ghi nhận"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    guardian_name = models.CharField(_("họ tên người giám hộ"), max_length=150, blank=True)
    guardian_phone = models.CharField(_("số điện thoại người giám hộ"), max_length=16, blank=True)
    given_at = models.DateTimeField(_("đồng ý lúc"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("rút lại lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("sự đồng ý")
        verbose_name_plural = _("sự đồng ý")
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.purpose} {self.notice_version}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class DataRequestKind(models.TextChoices):
    DELETION = "deletion", _("Xóa dữ liệu")
    CORRECTION = "correction", _("Chỉnh sửa dữ liệu")
    WITHDRAWAL = "withdrawal", _("Rút lại sự đồng ý")


class DataRequestStatus(models.TextChoices):
    OPEN = "open", _("Chờ xử lý")
    DONE = "done", _("Đã xử lý")
    REFUSED = "refused", _("Từ chối (có lý do)")


class DataRequest(models.Model):
    """A data subject's request; it waits in the administrators' inbox until handled, by its due date."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="data_requests"
    )
    requester_label = models.CharField(_("người yêu cầu"), max_length=200)
    kind = models.CharField(_("loại yêu cầu"), max_length=16, choices=DataRequestKind.choices)
    detail = models.TextField(_("nội dung"), blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=DataRequestStatus.choices, default=DataRequestStatus.OPEN
    )
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    due_on = models.DateField(_("hạn xử lý"))
    handled_at = models.DateTimeField(_("xử lý lúc"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    response = models.TextField(_("trả lời"), blank=True)

    class Meta:
        verbose_name = _("yêu cầu về dữ liệu cá nhân")
        verbose_name_plural = _("yêu cầu về dữ liệu cá nhân")
        ordering = ["status", "due_on", "created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.requester_label}"
