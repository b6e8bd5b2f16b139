"""The stored figures behind the indicators.

`Fact` holds one number per unit, month, measure and breakdown. Two kinds of measure live there:
- counts of what happened in a month (completions, certificates, active learners …), each backed
  by one `Tally` row per raw record, which also remembers the commune the person belonged to at the
  time, so a later move never rewrites a month already reported;
- the state of a commune (officials on the roster, officials who finished their required courses
  …), kept as the sum of each person's `Contribution`; a month's figure is the state at its end,
  and a closed month is never changed again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Fact(models.Model):
    unit = models.ForeignKey("learning.AdministrativeUnit", on_delete=models.PROTECT, related_name="+")
    month = models.DateField()  # the first day of the month, in Vietnam's time
    measure = models.CharField(max_length=40)
    # "" for the total, else "course:12", "position:3", "audience:official", "age:25-34", "gender:female".
    dim = models.CharField(max_length=40, default="", blank=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit", "month", "measure", "dim"], name="one_fact_per_key"),
        ]
        indexes = [models.Index(fields=["month", "measure", "dim"], name="fact_month_measure")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.month:%m/%Y} {self.measure} {self.dim} = {self.value}"


class TallyKind(models.TextChoices):
    REGISTRATION = "registration", _("Đăng ký tài khoản")
    ACTIVE = "active", _("Học trong tháng")
    COMPLETION = "completion", _("Hoàn thành khóa học")
    CERTIFICATE = "certificate", _("Cấp chứng nhận")
    REVOCATION = "revocation", _("Thu hồi chứng nhận")
    FINAL_ATTEMPT = "final_attempt", _("Bài kiểm tra cuối khóa")


class Tally(models.Model):
    """One raw record counted once, with what it was counted as: the month, the commune of the
    person at that moment, and the breakdowns. A second delivery of the same event finds it here."""

    kind = models.CharField(max_length=16, choices=TallyKind.choices)
    ref = models.CharField(max_length=64)  # the raw record: an enrolment, certificate, attempt id …
    unit = models.ForeignKey(
        "learning.AdministrativeUnit", null=True, on_delete=models.PROTECT, related_name="+"
    )
    month = models.DateField()
    user_id = models.BigIntegerField(null=True)
    audience = models.CharField(max_length=16, blank=True)
    course_id = models.BigIntegerField(null=True)
    age_band = models.CharField(max_length=8, blank=True)
    gender = models.CharField(max_length=8, blank=True)
    score = models.PositiveIntegerField(null=True)  # a final test's score, in hundredths of a percent
    passed = models.BooleanField(null=True)
    first = models.BooleanField(default=False)  # the learner's first attempt at that final test
    counted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "ref"], name="one_tally_per_record")]


class Contribution(models.Model):
    """What one person currently adds to their commune's state figures."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False
    )
    unit = models.ForeignKey(
        "learning.AdministrativeUnit", null=True, on_delete=models.PROTECT, related_name="+"
    )
    figures = models.JSONField(default=dict)  # {"officials.roster": 1, "officials.roster|position:3": 1}
    updated_at = models.DateTimeField(auto_now=True)


class OpenMonth(models.Model):
    """A month whose state figures have been carried over from the month before."""

    month = models.DateField(primary_key=True)
    opened_at = models.DateTimeField(auto_now_add=True)


class Rollup(models.Model):
    """Where a unit's figures are added up today: a merged commune's history counts for its
    successor and that successor's province, without touching the figures themselves."""

    unit = models.OneToOneField(
        "learning.AdministrativeUnit", primary_key=True, on_delete=models.CASCADE, related_name="rollup"
    )
    current = models.ForeignKey(
        "learning.AdministrativeUnit", on_delete=models.CASCADE, related_name="rolled_up_from"
    )
    province = models.ForeignKey(
        "learning.AdministrativeUnit", null=True, on_delete=models.CASCADE, related_name="rolled_up_in"
    )
