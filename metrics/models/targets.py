"""Targets a province or commune sets for an indicator: reach this value by this date.

A province's target also applies to each of its communes (see metrics.targets.targets_for); a
commune's own target for the same indicator and due date replaces it there. The rules for what a
target may be live in metrics.targets, which every form and script goes through."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from metrics.indicators import INDICATORS


class Target(models.Model):
    unit = models.ForeignKey(
        "learning.AdministrativeUnit",
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    indicator = models.CharField(
        _("chỉ tiêu"), max_length=40, choices=[(item.code, item.name) for item in INDICATORS]
    )
    # A percentage for percent indicators, a number of people or certificates for counts, 0–100 for scores.
    value = models.DecimalField(_("mức mục tiêu"), max_digits=12, decimal_places=1)
    starts_on = models.DateField(_("tính từ ngày"), default=timezone.localdate)
    due_on = models.DateField(_("hạn đạt"))
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đặt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("đặt lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("mục tiêu")
        verbose_name_plural = _("mục tiêu")
        ordering = ["due_on", "indicator"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "indicator", "due_on"], name="metrics_target_once_per_due"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.value} {self.due_on:%d/%m/%Y}"
