import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CodePurpose(models.TextChoices):
    SIGNUP = "signup", _("Xác nhận số điện thoại khi đăng ký")
    RESET = "reset", _("Đặt lại mật khẩu hoặc nhận tài khoản")
    TOTP_SETUP = "totp_setup", _("Xác nhận số điện thoại trước khi cài xác thực hai bước")


class OneTimeCode(models.Model):
    """A code sent by SMS. Only its hash is kept; the request token binds it to the screen that asked."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    phone = models.CharField(max_length=16, db_index=True)
    purpose = models.CharField(max_length=16, choices=CodePurpose.choices)
    code_hash = models.CharField(max_length=128)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mã xác nhận")
        verbose_name_plural = _("mã xác nhận")
        indexes = [models.Index(fields=["ip", "created_at"])]

    def __str__(self) -> str:
        return f"{self.purpose} {self.phone}"
