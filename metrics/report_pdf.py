"""The training report a commune or province submits upward (or the nation's summary): A4 portrait
in the administrative style of Decree 30/2020 (reporting unit top left, national heading top right,
title and period centred, the indicator table, place and date, then the preparer's and the head's
signatures, left blank to be signed on paper). Pure: ReportData in, PDF bytes out;
metrics.exports.report_data fills the data.
A province's communes table (the nation's provinces) may run over several pages; its header row
repeats on each."""

import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from certificates.pdf import vietnamese_date
from cms.pdf import BOLD, FONT_DIR, REGULAR, fit_lines, register_fonts

ITALIC = "BeVietnamPro-Italic"
PAGE = A4
# Decree 30 margins: wider on the left for binding.
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 18 * mm, 18 * mm
WIDTH = PAGE[0] - LEFT - RIGHT
HEADING_LEFT_WIDTH, HEADING_RIGHT_WIDTH = 68 * mm, 92 * mm
HEADING_HEIGHT = 22 * mm
HEADER_FILL = colors.HexColor("#e9edf1")
SECTION_FILL = colors.HexColor("#f5f6f8")


@dataclass(frozen=True)
class IndicatorLine:
    number: str  # "1", or "I" for a section heading
    name: str
    measure_unit: str = ""
    result: str = ""
    numerator: str = ""  # filled for a ratio only
    denominator: str = ""
    section: bool = False


@dataclass(frozen=True)
class CommuneLine:
    rank: int
    name: str
    cells: tuple[str, ...]  # as the report's commune_headers


@dataclass(frozen=True)
class ReportData:
    unit_name: str  # "Xã Đại Từ"
    parent_name: str  # "Tỉnh Thái Nguyên", or "" for a province
    unit_code: str
    place: str  # for "Đại Từ, ngày … tháng … năm …"
    period_label: str  # "Tháng 11 năm 2026"
    made_on: dt.date
    indicators: tuple[IndicatorLine, ...]
    commune_headers: tuple[str, ...] = ()
    communes: tuple[CommuneLine, ...] = ()
    site_name: str = "Học Số"
    # The nation's summary: no unit code, and its ranked table lists provinces, not communes.
    national: bool = False


@cache
def _fonts() -> None:
    register_fonts()
    pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "BeVietnamPro-Italic.ttf")))


def _style(name: str, *, font: str = REGULAR, size: float = 10, align=TA_LEFT, **more) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, alignment=align, **more)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": _style("title", font=BOLD, size=14, align=TA_CENTER, spaceAfter=2),
        "period": _style("period", font=BOLD, size=11.5, align=TA_CENTER),
        "unit": _style("unit", size=10.5, align=TA_CENTER, spaceBefore=4),
        "heading": _style("heading", font=BOLD, size=11, spaceBefore=10, spaceAfter=4),
        "aside": _style("aside", font=ITALIC, size=9.5, spaceAfter=4),
        "note": _style("note", font=ITALIC, size=8.5, spaceBefore=4, textColor=colors.HexColor("#333333")),
        "th": _style("th", font=BOLD, size=9, align=TA_CENTER),
        "td": _style("td", size=9.5),
        "td_centre": _style("td_centre", size=9.5, align=TA_CENTER),
        "td_number": _style("td_number", size=9.5, align=TA_RIGHT),
        "td_section": _style("td_section", font=BOLD, size=9.5),
        "td_section_centre": _style("td_section_centre", font=BOLD, size=9.5, align=TA_CENTER),
        "date": _style("date", font=ITALIC, size=10.5, align=TA_CENTER),
        "signer": _style("signer", font=BOLD, size=10.5, align=TA_CENTER),
        "sign_hint": _style("sign_hint", font=ITALIC, size=9, align=TA_CENTER),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def render_report(data: ReportData) -> bytes:
    """The report as a PDF, in Vietnamese whatever language is active: it is a paper for the level above."""
    _fonts()
    with translation.override(settings.LANGUAGE_CODE):
        buffer = io.BytesIO()
        document = SimpleDocTemplate(
            buffer,
            pagesize=PAGE,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=gettext("Báo cáo kết quả đào tạo kỹ năng số – %(unit)s – %(period)s")
            % {"unit": data.unit_name, "period": data.period_label},
            author=data.unit_name,
            creator=data.site_name,
            initialFontName=REGULAR,
            pageCompression=1,
        )
        document.build(
            _story(data, _styles()),
            onFirstPage=lambda canvas, _doc: _draw_heading(canvas, data),
            onLaterPages=_draw_page_number,
        )
        return buffer.getvalue()


def _story(data: ReportData, styles: dict[str, ParagraphStyle]) -> list:
    story: list = [
        Spacer(WIDTH, HEADING_HEIGHT),
        _p(gettext("BÁO CÁO KẾT QUẢ ĐÀO TẠO KỸ NĂNG SỐ"), styles["title"]),
        _p(data.period_label, styles["period"]),
        HRFlowable(width=30 * mm, thickness=0.6, color=colors.black, spaceBefore=3, spaceAfter=3),
    ]
    if data.national:
        reporting = gettext("Phạm vi báo cáo: toàn quốc")
    else:
        reporting = gettext("Đơn vị báo cáo: %(unit)s (mã %(code)s)") % {
            "unit": data.unit_name,
            "code": data.unit_code,
        }
        if data.parent_name:
            reporting += ", " + data.parent_name
    story.append(_p(reporting, styles["unit"]))
    parts = 2 if data.communes else 1
    first = gettext("KẾT QUẢ CÁC CHỈ TIÊU")
    story += [
        _p(f"I. {first}" if parts > 1 else first, styles["heading"]),
        _indicator_table(data.indicators, styles),
        _p(_note(data), styles["note"]),
    ]
    if data.communes:
        children = (
            gettext("KẾT QUẢ CỦA CÁC TỈNH, THÀNH PHỐ")
            if data.national
            else gettext("KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU")
        )
        story += [
            _p("II. " + children, styles["heading"]),
            _p(
                gettext(
                    "Xếp từ thấp đến cao theo tỷ lệ cán bộ hoàn thành khóa học bắt buộc; "
                    "đơn vị chưa có danh sách cán bộ xếp cuối."
                ),
                styles["aside"],
            ),
            _communes_table(data, styles),
        ]
    story.append(_signatures(data, styles))
    return story


def _note(data: ReportData) -> str:
    return gettext(
        "Ghi chú: chỉ tiêu tỷ lệ (%%) = tử số ÷ mẫu số × 100, tính từ tổng tử số và tổng mẫu số. "
        "Số cán bộ và người dân tính tại cuối kỳ; số lượt hoàn thành, giấy chứng nhận và bài kiểm tra "
        "cộng dồn trong kỳ. Nguồn: nền tảng %(site)s, tổng hợp ngày %(date)s."
    ) % {"site": data.site_name, "date": data.made_on.strftime("%d/%m/%Y")}


def _grid(header_rows: int = 1) -> list:
    return [
        # Blank cells too, or reportlab sets them in an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def _indicator_table(lines: tuple[IndicatorLine, ...], styles) -> Table:
    headers = [
        gettext("STT"),
        gettext("Chỉ tiêu"),
        gettext("Đơn vị tính"),
        gettext("Kết quả"),
        gettext("Tử số"),
        gettext("Mẫu số"),
    ]
    rows = [[_p(header, styles["th"]) for header in headers]]
    commands = _grid()
    for line in lines:
        if line.section:
            commands += [
                ("SPAN", (1, len(rows)), (-1, len(rows))),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SECTION_FILL),
            ]
            rows.append(
                [_p(line.number, styles["td_section_centre"]), _p(line.name, styles["td_section"])] + [""] * 4
            )
            continue
        rows.append(
            [
                _p(line.number, styles["td_centre"]),
                _p(line.name, styles["td"]),
                _p(line.measure_unit, styles["td_centre"]),
                _p(line.result, styles["td_number"]),
                _p(line.numerator, styles["td_number"]),
                _p(line.denominator, styles["td_number"]),
            ]
        )
    widths = [11 * mm, None, 17 * mm, 21 * mm, 20 * mm, 20 * mm]
    widths[1] = WIDTH - sum(width for width in widths if width)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _communes_table(data: ReportData, styles) -> Table:
    name = gettext("Tỉnh, thành phố") if data.national else gettext("Xã, phường, đặc khu")
    headers = [gettext("STT"), name, *data.commune_headers]
    rows = [[_p(header, styles["th"]) for header in headers]]
    for line in data.communes:
        rows.append(
            [_p(str(line.rank), styles["td_centre"]), _p(line.name, styles["td"])]
            + [_p(cell, styles["td_number"]) for cell in line.cells]
        )
    name_width = 40 * mm
    rest = (WIDTH - 10 * mm - name_width) / max(len(data.commune_headers), 1)
    table = Table(rows, colWidths=[10 * mm, name_width] + [rest] * len(data.commune_headers), repeatRows=1)
    table.setStyle(TableStyle(_grid()))
    return table


def _signatures(data: ReportData, styles) -> KeepTogether:
    date = vietnamese_date(data.made_on)
    place_date = gettext("%(place)s, %(date)s") % {"place": data.place, "date": date} if data.place else date
    half = WIDTH / 2
    block = Table(
        [
            ["", _p(place_date, styles["date"])],
            [
                _p(gettext("NGƯỜI LẬP BIỂU"), styles["signer"]),
                _p(gettext("THỦ TRƯỞNG ĐƠN VỊ"), styles["signer"]),
            ],
            [
                _p(gettext("(Ký, ghi rõ họ tên)"), styles["sign_hint"]),
                _p(gettext("(Ký tên, đóng dấu)"), styles["sign_hint"]),
            ],
            # Room to sign and stamp by hand.
            ["", ""],
        ],
        colWidths=[half, half],
        rowHeights=[None, None, None, 28 * mm],
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Spacer(WIDTH, 8 * mm), block])


def _draw_heading(canvas: Canvas, data: ReportData) -> None:
    """Reporting unit top left (the level above in capitals, the unit in bold capitals with a short
    rule under it), national name and motto top right with a rule as long as the motto."""
    top = PAGE[1] - TOP - 4 * mm
    canvas.saveState()
    canvas.setLineWidth(0.6)
    left_x = LEFT + HEADING_LEFT_WIDTH / 2
    y = top
    if data.parent_name:
        canvas.setFont(REGULAR, 10.5)
        size, lines = fit_lines(
            data.parent_name.upper(),
            font=REGULAR,
            max_size=10.5,
            min_size=8,
            width=HEADING_LEFT_WIDTH,
            max_lines=1,
        )
        canvas.setFont(REGULAR, size)
        canvas.drawCentredString(left_x, y, lines[0])
        y -= 10.5 * 1.3
    size, lines = fit_lines(
        data.unit_name.upper(), font=BOLD, max_size=10.5, min_size=8, width=HEADING_LEFT_WIDTH, max_lines=2
    )
    canvas.setFont(BOLD, size)
    for line in lines:
        canvas.drawCentredString(left_x, y, line)
        y -= size * 1.3
    rule = max(pdfmetrics.stringWidth(line, BOLD, size) for line in lines) / 3
    rule_y = y + size * 1.3 - 7  # clear of the dot under "Ạ" or "Ộ"
    canvas.line(left_x - rule / 2, rule_y, left_x + rule / 2, rule_y)

    right_x = PAGE[0] - RIGHT - HEADING_RIGHT_WIDTH / 2
    canvas.setFont(BOLD, 10.5)
    canvas.drawCentredString(right_x, top, gettext("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    motto = gettext("Độc lập - Tự do - Hạnh phúc")
    motto_y = top - 10.5 * 1.35
    canvas.setFont(BOLD, 11.5)
    canvas.drawCentredString(right_x, motto_y, motto)
    half = pdfmetrics.stringWidth(motto, BOLD, 11.5) / 2
    canvas.line(right_x - half, motto_y - 4, right_x + half, motto_y - 4)
    canvas.restoreState()


def _draw_page_number(canvas: Canvas, document) -> None:
    # Decree 30 numbers pages from the second, centred in the top margin.
    canvas.saveState()
    canvas.setFont(REGULAR, 10)
    canvas.drawCentredString(LEFT + WIDTH / 2, PAGE[1] - 11 * mm, str(document.page))
    canvas.restoreState()
