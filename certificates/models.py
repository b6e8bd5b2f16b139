"""Certificates: one valid per learner and course, its PDF rendered by a worker under a lease,
and the bulk runs that issue or re-render them for a whole unit."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class CertificateState(models.TextChoices):
    VALID = "valid", _("Còn hiệu lực")
    REVOKED = "revoked", _("Đã thu hồi")
    SUPERSEDED = "superseded", _("Đã được thay thế")


class RenderStatus(models.TextChoices):
    PENDING = "pending", _("Đang chờ tạo tệp")
    RENDERING = "rendering", _("Đang tạo tệp")
    READY = "ready", _("Sẵn sàng")
    FAILED = "failed", _("Tạo tệp bị lỗi")


class SerialCounter(models.Model):
    """The last serial number used for one province and year; serials read "01-2026-000123"."""

    prefix = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["prefix", "year"], name="one_counter_per_prefix_year")]


class Certificate(models.Model):
    """What was certified, frozen at issue time: a later change of name or commune never rewrites
    a certificate; a wrong name is corrected by re-issuing, which supersedes this one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("người học"),
    )
    # A course page may be deleted one day; the certificate and its title remain.
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("khóa học"),
    )
    code = models.CharField(_("mã xác minh"), max_length=16, unique=True, editable=False)
    serial = models.CharField(_("số hiệu"), max_length=24, unique=True, editable=False)
    state = models.CharField(
        _("hiệu lực"), max_length=16, choices=CertificateState.choices, default=CertificateState.VALID
    )
    holder_name = models.CharField(_("họ và tên người được cấp"), max_length=150)
    course_title = models.CharField(_("tên khóa học"), max_length=255)
    unit = models.ForeignKey(
        "learning.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("xã, phường khi cấp"),
    )
    unit_name = models.CharField(_("xã, phường khi cấp"), max_length=200, blank=True)
    province_name = models.CharField(_("tỉnh, thành phố khi cấp"), max_length=200, blank=True)
    issuing_unit = models.CharField(_("đơn vị cấp"), max_length=200)
    issuing_place = models.CharField(_("địa danh ghi trên chứng nhận"), max_length=100, blank=True)
    signer_title = models.CharField(_("chức danh người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("họ tên người ký"), max_length=150, blank=True)
    completed_at = models.DateTimeField(_("hoàn thành khóa học lúc"))
    issued_on = models.DateField(_("ngày cấp"))
    created_at = models.DateTimeField(auto_now_add=True)

    status = models.CharField(
        _("tệp PDF"), max_length=16, choices=RenderStatus.choices, default=RenderStatus.PENDING
    )
    pdf = models.FileField(_("tệp PDF"), upload_to="chung-nhan/", blank=True, max_length=200)
    rendered_at = models.DateTimeField(_("tạo tệp lúc"), null=True, blank=True)
    # A worker holds the lease while it renders; past it, the sweep hands the work to another.
    lease_until = models.DateTimeField(null=True, blank=True)
    lease_token = models.UUIDField(null=True, blank=True)
    render_attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoke_reason = models.TextField(_("lý do thu hồi"), blank=True)
    superseded_by = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        verbose_name=_("được thay thế bằng"),
    )

    class Meta:
        verbose_name = _("chứng nhận")
        verbose_name_plural = _("chứng nhận")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(state="valid"),
                name="one_valid_certificate_per_learner_course",
            )
        ]
        indexes = [models.Index(fields=["status", "lease_until"])]
        permissions = [
            ("revoke_certificate", _("Thu hồi chứng nhận")),
            ("reissue_certificate", _("Cấp lại chứng nhận khi sai thông tin")),
        ]

    def __str__(self) -> str:
        return f"{self.serial} – {self.holder_name}"

    @property
    def is_valid(self) -> bool:
        return self.state == CertificateState.VALID

    @property
    def is_ready(self) -> bool:
        return self.status == RenderStatus.READY and bool(self.pdf)


class BulkAction(models.TextChoices):
    ISSUE = "issue", _("Cấp cho người chưa có")
    RERENDER = "rerender", _("Tạo lại tệp cho tất cả")


class BulkStatus(models.TextChoices):
    QUEUED = "queued", _("Đang chờ")
    RUNNING = "running", _("Đang chạy")
    ASSEMBLING = "assembling", _("Đang đóng gói")
    DONE = "done", _("Đã xong")


class BulkRun(models.Model):
    """Issue or re-render the certificates of everyone in a unit who completed a course."""

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("khóa học")
    )
    unit = models.ForeignKey(
        "learning.AdministrativeUnit", on_delete=models.CASCADE, related_name="+", verbose_name=_("đơn vị")
    )
    action = models.CharField(_("việc cần làm"), max_length=16, choices=BulkAction.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=16, choices=BulkStatus.choices, default=BulkStatus.QUEUED)
    lease_until = models.DateTimeField(null=True, blank=True)
    certificates = models.ManyToManyField(Certificate, related_name="+", blank=True)
    total = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    combined_pdf = models.FileField(upload_to="chung-nhan/dot/", blank=True, max_length=200)
    archive = models.FileField(upload_to="chung-nhan/dot/", blank=True, max_length=200)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("đợt cấp chứng nhận")
        verbose_name_plural = _("đợt cấp chứng nhận")
        ordering = ["-created_at"]


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """What every certificate of this site says about who issues it; copied onto each at issue time."""

    issuing_unit = models.CharField(
        _("đơn vị cấp"),
        max_length=200,
        default="Tổ công nghệ số cộng đồng",
        help_text=_("In ở góc trên bên trái."),
    )
    issuing_place = models.CharField(
        _("địa danh"),
        max_length=100,
        blank=True,
        help_text=_("In trước ngày cấp, ví dụ “Lai Châu, ngày 21 tháng 11 năm 2026”."),
    )
    signer_title = models.CharField(_("chức danh người ký"), max_length=100, default="TỔ TRƯỞNG")
    signer_name = models.CharField(_("họ tên người ký"), max_length=150, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh chữ ký"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seal = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh con dấu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel([FieldPanel("issuing_unit"), FieldPanel("issuing_place")], heading=_("Đơn vị cấp")),
        MultiFieldPanel(
            [
                FieldPanel("signer_title"),
                FieldPanel("signer_name"),
                FieldPanel("signature"),
                FieldPanel("seal"),
            ],
            heading=_("Người ký"),
        ),
    ]

    class Meta:
        verbose_name = _("mẫu chứng nhận")
