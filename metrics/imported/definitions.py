"""What each imported indicator means, written once: its Vietnamese name and definition, whether it
is a ratio (entered as numerator and denominator), a count or a score, and where it usually comes from.
Rows 8 and 10–17 of ../shared/domain/indicators.md, and the population figures behind row 4."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

RATIO, COUNT, SCORE = "percent", "count", "score"


@dataclass(frozen=True)
class ImportedIndicator:
    code: str
    name: str
    definition: str
    kind: str  # RATIO, COUNT or SCORE
    group: str
    numerator: str = ""  # what a ratio's numerator counts, as the source report names it
    denominator: str = ""
    maximum: int = 100  # a score's ceiling
    target: Decimal | None = None  # a ratio's national target, in percent: at least this much
    national_ref: str = ""  # the row of ../shared/domain/indicators.md it answers
    default_source: str = ""  # offered in the entry form; the manager may write another
    source: str = "I"

    @property
    def is_ratio(self) -> bool:
        return self.kind == RATIO

    @property
    def is_score(self) -> bool:
        return self.kind == SCORE


IMPORTED_GROUPS = {
    "services": _("Dịch vụ công trực tuyến"),
    "qd766": _("Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)"),
    "society": _("Xã hội số"),
    "government": _("Chính quyền số"),
    "population": _("Dân số (mẫu số của các tỷ lệ)"),
}

_DVCQG = _("Cổng Dịch vụ công quốc gia / Hệ thống giải quyết TTHC của tỉnh")
_QD766 = _("Bảng theo dõi QĐ 766 trên Cổng Dịch vụ công quốc gia")
_POLICE = _("Công an xã (Cơ sở dữ liệu quốc gia về dân cư)")
_DTI = _("Hệ thống đánh giá DTI của tỉnh")
_OFFICE = _("Văn phòng HĐND và UBND xã")


def _filled(template, **values) -> str:
    """A translated template filled in when shown, so it follows the reader's language."""
    return lazy(lambda: str(template) % {key: str(value) for key, value in values.items()}, str)()


def _qd766_group(code: str, name, maximum: int) -> ImportedIndicator:
    return ImportedIndicator(
        code,
        _filled(_("QĐ 766 – %(group)s"), group=name),
        _filled(
            _("Điểm nhóm “%(group)s” của UBND xã theo QĐ 766/QĐ-TTg (tối đa %(maximum)s điểm)."),
            group=name,
            maximum=maximum,
        ),
        SCORE,
        "qd766",
        maximum=maximum,
        national_ref="13",
        default_source=_QD766,
    )


IMPORTED: tuple[ImportedIndicator, ...] = (
    ImportedIndicator(
        "dossiers_online_rate",
        _("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"),
        _(
            "Hồ sơ TTHC nộp trực tuyến chia cho tổng số hồ sơ TTHC xã tiếp nhận trong tháng. "
            "Chỉ tiêu trung ương: từ 80% trở lên."
        ),
        RATIO,
        "services",
        numerator=_("Hồ sơ TTHC nộp trực tuyến"),
        denominator=_("Tổng số hồ sơ TTHC"),
        target=Decimal(80),
        national_ref="10",
        default_source=_DVCQG,
    ),
    ImportedIndicator(
        "dossiers_paid_online_rate",
        _("Tỷ lệ hồ sơ có thanh toán trực tuyến phí, lệ phí"),
        _(
            "Hồ sơ TTHC có phí, lệ phí được thanh toán trực tuyến chia cho số hồ sơ TTHC có phí, lệ phí "
            "trong tháng."
        ),
        RATIO,
        "services",
        numerator=_("Hồ sơ thanh toán phí, lệ phí trực tuyến"),
        denominator=_("Hồ sơ TTHC có phí, lệ phí"),
        national_ref="11",
        default_source=_("Nền tảng thanh toán của Cổng Dịch vụ công quốc gia"),
    ),
    ImportedIndicator(
        "dossiers_digitised_rate",
        _("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
        _(
            "Hồ sơ, kết quả giải quyết TTHC được số hóa chia cho tổng số hồ sơ, kết quả giải quyết TTHC "
            "(nhóm “Số hóa hồ sơ” của QĐ 766)."
        ),
        RATIO,
        "services",
        numerator=_("Hồ sơ, kết quả giải quyết TTHC được số hóa"),
        denominator=_("Tổng số hồ sơ, kết quả giải quyết TTHC"),
        national_ref="12",
        default_source=_DVCQG,
    ),
    ImportedIndicator(
        "qd766_score",
        _("Điểm Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)"),
        _(
            "Tổng điểm (thang 100) của UBND xã theo Bộ chỉ số phục vụ người dân, doanh nghiệp của "
            "QĐ 766/QĐ-TTg, đọc trên Cổng Dịch vụ công quốc gia. Điểm không có tử số, mẫu số: khi tổng hợp "
            "chỉ so sánh các xã (thấp nhất, trung vị, cao nhất)."
        ),
        SCORE,
        "qd766",
        national_ref="13",
        default_source=_QD766,
    ),
    _qd766_group("qd766_transparency", _("Công khai, minh bạch"), 18),
    _qd766_group("qd766_progress", _("Tiến độ, kết quả giải quyết"), 20),
    _qd766_group("qd766_digitisation", _("Số hóa hồ sơ"), 22),
    _qd766_group("qd766_online", _("Cung cấp dịch vụ trực tuyến"), 22),
    _qd766_group("qd766_satisfaction", _("Mức độ hài lòng"), 18),
    ImportedIndicator(
        "eid_level2_rate",
        _("Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức 2 (đã kích hoạt)"),
        _(
            "Người trưởng thành đã kích hoạt tài khoản định danh điện tử mức 2 chia cho dân số trưởng thành, "
            "theo báo cáo Đề án 06 của Công an xã."
        ),
        RATIO,
        "society",
        numerator=_("Người trưởng thành đã kích hoạt định danh điện tử mức 2"),
        denominator=_("Dân số trưởng thành"),
        target=Decimal(30),
        national_ref="14",
        default_source=_("Công an xã (báo cáo Đề án 06)"),
    ),
    ImportedIndicator(
        "payment_account_rate",
        _("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán"),
        _(
            "Người từ 15 tuổi trở lên có tài khoản thanh toán (ngân hàng hoặc ví điện tử) chia cho dân số "
            "từ 15 tuổi trở lên."
        ),
        RATIO,
        "society",
        numerator=_("Người từ 15 tuổi trở lên có tài khoản thanh toán"),
        denominator=_("Dân số từ 15 tuổi trở lên"),
        target=Decimal(75),
        national_ref="15",
        default_source=_("Ngân hàng Nhà nước, chi nhánh tỉnh"),
    ),
    ImportedIndicator(
        "smartphone_rate",
        _("Tỷ lệ dân số trưởng thành dùng điện thoại thông minh"),
        _(
            "Người trưởng thành dùng điện thoại thông minh chia cho dân số trưởng thành "
            "(DTI, trụ cột xã hội số)."
        ),
        RATIO,
        "society",
        numerator=_("Người trưởng thành dùng điện thoại thông minh"),
        denominator=_("Dân số trưởng thành"),
        target=Decimal(80),
        national_ref="16",
        default_source=_DTI,
    ),
    ImportedIndicator(
        "fibre_households_rate",
        _("Tỷ lệ hộ gia đình có Internet cáp quang"),
        _("Hộ gia đình có đường Internet cáp quang chia cho tổng số hộ gia đình của xã."),
        RATIO,
        "society",
        numerator=_("Hộ gia đình có Internet cáp quang"),
        denominator=_("Tổng số hộ gia đình"),
        target=Decimal(85),
        national_ref="16",
        default_source=_DTI,
    ),
    ImportedIndicator(
        "community_teams",
        _("Số Tổ công nghệ số cộng đồng"),
        _("Số Tổ công nghệ số cộng đồng đang hoạt động trên địa bàn xã."),
        COUNT,
        "society",
        national_ref="8",
        default_source=_OFFICE,
    ),
    ImportedIndicator(
        "community_team_members",
        _("Số thành viên Tổ công nghệ số cộng đồng"),
        _("Tổng số thành viên của các Tổ công nghệ số cộng đồng của xã."),
        COUNT,
        "society",
        national_ref="8",
        default_source=_OFFICE,
    ),
    ImportedIndicator(
        "signature_officials_rate",
        _("Tỷ lệ cán bộ được cấp và sử dụng chữ ký số chuyên dùng"),
        _(
            "Cán bộ, công chức xã được cấp và đang sử dụng chữ ký số chuyên dùng chia cho tổng số cán bộ, "
            "công chức xã."
        ),
        RATIO,
        "government",
        numerator=_("Cán bộ, công chức có chữ ký số chuyên dùng"),
        denominator=_("Tổng số cán bộ, công chức"),
        national_ref="17",
        default_source=_OFFICE,
    ),
    ImportedIndicator(
        "signed_documents_rate",
        _("Tỷ lệ văn bản đi được ký số"),
        _("Văn bản đi được ký số chia cho tổng số văn bản đi của UBND xã trong tháng."),
        RATIO,
        "government",
        numerator=_("Văn bản đi được ký số"),
        denominator=_("Tổng số văn bản đi"),
        national_ref="17",
        default_source=_OFFICE,
    ),
    ImportedIndicator(
        "population_adult",
        _("Dân số trưởng thành (từ 18 tuổi)"),
        _(
            "Số người từ đủ 18 tuổi trở lên thường trú tại xã: mẫu số của tỷ lệ người trưởng thành được "
            "xác nhận hoàn thành phổ cập kỹ năng số cơ bản."
        ),
        COUNT,
        "population",
        national_ref="4",
        default_source=_POLICE,
    ),
    ImportedIndicator(
        "population_15_plus",
        _("Dân số từ 15 tuổi trở lên"),
        _("Số người từ đủ 15 tuổi trở lên thường trú tại xã."),
        COUNT,
        "population",
        national_ref="15",
        default_source=_POLICE,
    ),
)

IMPORTED_BY_CODE = {indicator.code: indicator for indicator in IMPORTED}
