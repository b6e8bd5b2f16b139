"""The indicators, defined once: what each one counts, over what, and how it reads for a period.
The dashboards, exports, PDF report, API and docs/indicators.md all read this list
(`manage.py indicators_doc` writes the docs page from it, in Vietnamese and English)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from metrics import measures as m


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    definition: str
    numerator: str  # a measure, optionally "measure|breakdown"
    denominator: str = ""  # empty: a count; else numerator ÷ denominator
    group: str = "officials"  # officials, citizens, quality
    # "state": the value at the end of the period; "flow": the sum over the period's months.
    reads: str = "state"
    # A ratio is shown as a percentage; an average of scores is divided by 100 (stored in hundredths).
    kind: str = "count"  # count, percent, score
    source: str = "P"  # P: computed by the platform; I: entered or imported per commune and period
    national_ref: str = ""  # the indicator in ../shared/domain/indicators.md it answers

    @property
    def is_ratio(self) -> bool:
        return bool(self.denominator)


GROUPS = {
    "officials": _("Cán bộ, công chức xã"),
    "citizens": _("Người dân"),
    "quality": _("Chất lượng học tập"),
}

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "officials_roster",
        _("Cán bộ, công chức trong danh sách"),
        _("Số cán bộ, công chức cấp xã có trong danh sách của xã (mẫu số của các tỷ lệ về cán bộ)."),
        m.ROSTER,
    ),
    Indicator(
        "officials_assigned",
        _("Cán bộ được giao khóa học bắt buộc"),
        _("Số cán bộ trong danh sách được giao ít nhất một khóa học bắt buộc."),
        m.ASSIGNED,
    ),
    Indicator(
        "officials_done",
        _("Cán bộ hoàn thành mọi khóa học bắt buộc"),
        _("Số cán bộ đã hoàn thành tất cả khóa học được giao."),
        m.DONE,
    ),
    Indicator(
        "officials_done_rate",
        _("Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"),
        _("Cán bộ hoàn thành mọi khóa học bắt buộc chia cho số cán bộ trong danh sách."),
        m.DONE,
        m.ROSTER,
        kind="percent",
    ),
    Indicator(
        "officials_overdue",
        _("Cán bộ quá hạn"),
        _("Số cán bộ có ít nhất một khóa học bắt buộc đã quá hạn mà chưa hoàn thành."),
        m.OVERDUE,
    ),
    Indicator(
        "officials_trained_rate",
        _("Tỷ lệ cán bộ được bồi dưỡng kỹ năng số"),
        _("Cán bộ đã hoàn thành ít nhất một khóa học chia cho số cán bộ trong danh sách."),
        m.TRAINED,
        m.ROSTER,
        kind="percent",
        national_ref="1",
    ),
    Indicator(
        "citizens_registered",
        _("Người dân có tài khoản"),
        _("Số người dân của xã đã đăng ký tài khoản học."),
        m.REGISTERED,
        group="citizens",
    ),
    Indicator(
        "citizens_active",
        _("Người dân học trong kỳ"),
        _("Số người dân có học (mở bài, đọc, thực hành) trong tháng; kỳ nhiều tháng: tháng cuối kỳ."),
        m.key(m.ACTIVE, m.dim("audience", "citizen")),
        group="citizens",
        reads="last_month",
    ),
    Indicator(
        "citizens_completed_any",
        _("Người dân hoàn thành ít nhất một khóa học"),
        _("Số người dân của xã đã hoàn thành ít nhất một khóa học."),
        m.COMPLETED_ANY,
        group="citizens",
        national_ref="3",
    ),
    Indicator(
        "completions",
        _("Lượt hoàn thành khóa học"),
        _("Số lượt hoàn thành khóa học trong kỳ (cán bộ và người dân)."),
        m.COMPLETIONS,
        group="citizens",
        reads="flow",
    ),
    Indicator(
        "certificates_issued",
        _("Giấy chứng nhận đã cấp"),
        _("Số giấy chứng nhận cấp trong kỳ; cấp lại do sửa tên không tính thêm."),
        m.CERTIFICATES,
        group="citizens",
        reads="flow",
        national_ref="7",
    ),
    Indicator(
        "certificates_revoked",
        _("Giấy chứng nhận bị thu hồi"),
        _("Số giấy chứng nhận bị thu hồi trong kỳ."),
        m.REVOCATIONS,
        group="citizens",
        reads="flow",
    ),
    Indicator(
        "final_pass_rate",
        _("Tỷ lệ đạt bài kiểm tra cuối khóa"),
        _("Số lượt làm bài kiểm tra cuối khóa đạt chia cho số lượt làm bài trong kỳ."),
        m.FINAL_PASSED,
        m.FINAL_ATTEMPTS,
        group="quality",
        reads="flow",
        kind="percent",
        national_ref="6",
    ),
    Indicator(
        "first_pass_rate",
        _("Tỷ lệ đạt ngay lần đầu"),
        _("Số người đạt bài kiểm tra cuối khóa ngay lần làm đầu tiên chia cho số lần làm đầu tiên trong kỳ."),
        m.FIRST_PASSED,
        m.FIRST_ATTEMPTS,
        group="quality",
        reads="flow",
        kind="percent",
        national_ref="6",
    ),
    Indicator(
        "final_average_score",
        _("Điểm bình quân bài kiểm tra cuối khóa"),
        _("Trung bình tỷ lệ điểm (%) của các lượt làm bài kiểm tra cuối khóa trong kỳ."),
        m.FINAL_SCORE,
        m.FINAL_ATTEMPTS,
        group="quality",
        reads="flow",
        kind="score",
        national_ref="6",
    ),
)

BY_CODE = {indicator.code: indicator for indicator in INDICATORS}
