"""docs/indicators.md, written from metrics.indicators in Vietnamese and English, so the page and
the code can never say different things (a test checks the page is current)."""

from django.utils import translation
from django.utils.translation import gettext as _

from metrics.imported.definitions import IMPORTED, RATIO, SCORE
from metrics.indicators import GROUPS, INDICATORS

LANGUAGES = ("vi", "en")


def _reads(indicator) -> str:
    return {
        "state": _("giá trị cuối kỳ"),
        "flow": _("cộng các tháng trong kỳ"),
        "last_month": _("tháng cuối kỳ"),
    }[indicator.reads]


def _formula(indicator) -> str:
    if not indicator.is_ratio:
        return f"`{indicator.numerator}`"
    if indicator.kind == "score":
        return f"`{indicator.numerator}` ÷ `{indicator.denominator}` ÷ 100"
    return f"`{indicator.numerator}` ÷ `{indicator.denominator}` × 100%"


def _section() -> list[str]:
    heading = _("Chỉ số đào tạo: định nghĩa")
    columns = [_("Mã"), _("Chỉ tiêu"), _("Định nghĩa"), _("Cách tính"), _("Đọc trong kỳ")]
    imported_heading = _("Chỉ tiêu nhập từ hệ thống khác")
    imported_intro = _(
        "Các chỉ tiêu này do quản lý nhập hoặc tải lên theo từng xã và từng tháng. Tỷ lệ được nhập bằng tử "
        "số và mẫu số để cộng dồn đúng; điểm số chỉ được so sánh giữa các xã (thấp nhất, trung vị, cao nhất)."
    )
    lines = [
        f"## {heading}",
        "",
        _(
            "Mỗi chỉ số được tính cho một xã, một tỉnh hoặc cả nước và cho một kỳ (một tháng, từ đầu "
            "năm, hoặc lũy kế). Số liệu tỉnh và cả nước là tổng tử số chia tổng mẫu số của các xã, "
            "không bao giờ là trung bình các tỷ lệ; bảng xếp hạng cho thêm giá trị thấp nhất, trung vị "
            "và cao nhất giữa các xã."
        ),
        "",
        _(
            "Số liệu của một tháng đã qua giữ nguyên như khi báo cáo. Xã đã sáp nhập được cộng vào "
            "xã kế thừa khi tổng hợp, còn số liệu gốc không đổi."
        ),
        "",
    ]
    for group, label in GROUPS.items():
        lines += [
            f"### {label}",
            "",
            "| " + " | ".join(columns) + " |",
            "|---|---|---|---|---|",
        ]
        for indicator in INDICATORS:
            if indicator.group == group:
                lines.append(
                    f"| `{indicator.code}` | {indicator.name} | {indicator.definition} | "
                    f"{_formula(indicator)} | {_reads(indicator)} |"
                )
        lines.append("")
    lines += [
        f"### {imported_heading}",
        "",
        imported_intro,
        "",
        "| " + " | ".join([columns[0], columns[1], columns[2], columns[3]]) + " |",
        "|---|---|---|---|",
    ]
    for indicator in IMPORTED:
        if indicator.kind == RATIO:
            formula = f"{indicator.numerator} ÷ {indicator.denominator} × 100%"
        elif indicator.kind == SCORE:
            formula = _("điểm, tối đa %(maximum)s") % {"maximum": indicator.maximum}
        else:
            formula = _("số đếm")
        lines.append(f"| `{indicator.code}` | {indicator.name} | {indicator.definition} | {formula} |")
    lines.append("")
    return lines


def indicators_page() -> str:
    lines = [
        "# Chỉ số đào tạo · Training indicators",
        "",
        "<!-- Written by `manage.py indicators_doc` from metrics/indicators.py; do not edit by hand. -->",
        "",
    ]
    for language in LANGUAGES:
        with translation.override(language):
            lines += _section()
    return "\n".join(lines).rstrip() + "\n"
