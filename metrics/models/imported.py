"""Figures the platform cannot count itself (online dossiers, level-2 e-ID, the QĐ 766 score,
population …), entered or imported by managers for one commune and one month.

What each code means, and how it is checked, lives in metrics.imported. The constraints below
are the last line of defence behind those checks, for rows written by bulk imports."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class ImportedValue(models.Model):
    unit = models.ForeignKey(
        "learning.AdministrativeUnit",
        verbose_name=_("xã, phường, đặc khu"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    month = models.DateField(_("tháng"))  # the first day of the month the figure describes
    code = models.CharField(_("chỉ tiêu"), max_length=40)
    # A ratio keeps both parts so roll-ups can add them up; a count keeps only the numerator.
    numerator = models.BigIntegerField(_("tử số"), null=True, blank=True)
    denominator = models.BigIntegerField(_("mẫu số"), null=True, blank=True)
    # A score (QĐ 766 and its groups): it has no parts to add up.
    value = models.DecimalField(_("điểm"), max_digits=7, decimal_places=2, null=True, blank=True)
    source = models.CharField(_("nguồn số liệu"), max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhập"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    entered_at = models.DateTimeField(_("thời điểm nhập"))

    class Meta:
        verbose_name = _("số liệu nhập từ hệ thống khác")
        verbose_name_plural = _("số liệu nhập từ hệ thống khác")
        constraints = [
            models.UniqueConstraint(fields=["unit", "month", "code"], name="one_imported_value_per_key"),
            models.CheckConstraint(
                condition=(Q(numerator__isnull=True) | Q(numerator__gte=0))
                & (Q(denominator__isnull=True) | Q(denominator__gte=0)),
                name="imported_parts_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(numerator__isnull=True)
                | Q(denominator__isnull=True)
                | Q(numerator__lte=F("denominator")),
                name="imported_numerator_within_denominator",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | (Q(numerator__isnull=True) & Q(denominator__isnull=True)),
                name="imported_parts_or_score",
            ),
        ]
        indexes = [models.Index(fields=["month", "code"], name="imported_month_code")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.month:%m/%Y} {self.code}"
