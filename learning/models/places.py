from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.text import fold


class UnitLevel(models.TextChoices):
    PROVINCE = "province", _("Tỉnh, thành phố")
    # Districts were abolished on 1 July 2025; kept so older records can still be read.
    DISTRICT = "district", _("Quận, huyện (trước 01/07/2025)")
    COMMUNE = "commune", _("Xã, phường, đặc khu")


class UnitQuerySet(models.QuerySet):
    def current(self):
        return self.filter(replaced_by__isnull=True, effective_to__isnull=True)

    def provinces(self):
        return self.filter(level=UnitLevel.PROVINCE)

    def communes(self):
        return self.filter(level=UnitLevel.COMMUNE)


class AdministrativeUnit(models.Model):
    """A province or commune (or a historical district), keyed on its official statistics-office code."""

    code = models.CharField(_("mã đơn vị"), max_length=10, unique=True)
    level = models.CharField(_("cấp"), max_length=16, choices=UnitLevel.choices)
    kind = models.CharField(
        _("loại"), max_length=32, blank=True, help_text=_("tinh, thanh-pho, xa, phuong, dac-khu")
    )
    name = models.CharField(_("tên"), max_length=150)
    name_with_type = models.CharField(_("tên đầy đủ"), max_length=200)
    name_ascii = models.CharField(_("tên không dấu"), max_length=200, db_index=True, editable=False)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    effective_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    effective_to = models.DateField(_("hết hiệu lực từ"), null=True, blank=True)
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("được thay bằng"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaces",
    )
    note = models.TextField(_("ghi chú"), blank=True, help_text=_("Nghị quyết, lịch sử sáp nhập, đổi tên."))
    source = models.CharField(_("nguồn dữ liệu"), max_length=100, blank=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["code"]
        indexes = [models.Index(fields=["level", "parent"])]

    def __str__(self) -> str:
        return self.name_with_type

    def save(self, *args, **kwargs):
        self.name_ascii = fold(self.name_with_type)
        super().save(*args, **kwargs)

    @property
    def is_current(self) -> bool:
        return self.replaced_by_id is None and self.effective_to is None

    def successor(self) -> "AdministrativeUnit":
        """The unit that carries this one's people today, following a chain of mergers."""
        unit, seen = self, set()
        while unit.replaced_by_id and unit.pk not in seen:
            seen.add(unit.pk)
            unit = unit.replaced_by
        return unit

    def province(self) -> "AdministrativeUnit | None":
        unit = self
        while unit is not None and unit.level != UnitLevel.PROVINCE:
            unit = unit.parent
        return unit


class UnitDataLoad(models.Model):
    """Where and when the administrative map was loaded from, so figures can cite their source."""

    source = models.CharField(_("nguồn"), max_length=100)
    version = models.CharField(_("phiên bản"), max_length=40)
    loaded_at = models.DateTimeField(_("thời điểm nạp"), auto_now_add=True)
    provinces = models.PositiveIntegerField(_("số tỉnh, thành phố"))
    communes = models.PositiveIntegerField(_("số xã, phường, đặc khu"))
    created = models.PositiveIntegerField(_("số đơn vị thêm mới"))
    updated = models.PositiveIntegerField(_("số đơn vị cập nhật"))

    class Meta:
        verbose_name = _("lần nạp danh mục đơn vị hành chính")
        verbose_name_plural = _("các lần nạp danh mục đơn vị hành chính")
        ordering = ["-loaded_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.version}"
