"""The dashboards' tables as plain rows, for the XLSX and CSV downloads and the PDF report.

A table is a title, columns and rows of plain values (text, int, Decimal or None); the writers at
the end turn one into a file. Every text cell passes through safe_cell: names are typed by anyone,
and a spreadsheet must never run one as a formula."""

import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from cms.spreadsheets import safe_cell
from learning.models import AdministrativeUnit, UnitLevel
from metrics.indicators import BY_CODE, GROUPS, INDICATORS, Indicator
from metrics.officials import SORTS, officials_table
from metrics.periods import period_label
from metrics.report_pdf import CommuneLine, IndicatorLine, ReportData
from metrics.selectors import (
    INDICATOR_FIGURES,
    Figures,
    Period,
    Value,
    current_children,
    laggards_first,
    unit_figures,
    values_of,
)

INDICATORS_TABLE, COMMUNES_TABLE, OFFICIALS_TABLE = "chi-tieu", "xa", "can-bo"
PROVINCES_TABLE = "tinh"
# What a province's communes and the nation's provinces are ranked on, lowest first: the share of
# officials who finished.
RANKED_ON = "officials_done_rate"
# The communes table of the PDF report: what fits an A4 page across, under short headers.
REPORT_COMMUNE_COLUMNS = (
    ("officials_roster", gettext_lazy("Cán bộ trong danh sách")),
    ("officials_done", gettext_lazy("Cán bộ hoàn thành")),
    ("officials_done_rate", gettext_lazy("Tỷ lệ hoàn thành")),
    ("officials_overdue", gettext_lazy("Cán bộ quá hạn")),
    ("citizens_completed_any", gettext_lazy("Người dân hoàn thành ≥ 1 khóa")),
    ("certificates_issued", gettext_lazy("Giấy chứng nhận cấp trong kỳ")),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI")


@dataclass(frozen=True)
class Column:
    title: str
    width: int = 14  # in characters, as a spreadsheet counts them


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    subtitle: str  # the unit and the period, shown above the header row in XLSX
    columns: tuple[Column, ...]
    rows: list[list]

    @property
    def headers(self) -> list[str]:
        return [column.title for column in self.columns]


def measure_unit(indicator: Indicator) -> str:
    """The "Đơn vị tính" of a report: a share is in per cent, a count is of people, of completions or
    of certificates."""
    if indicator.kind in ("percent", "score"):
        return "%"
    if indicator.numerator.startswith("certificates."):
        return _("giấy")
    if indicator.code == "completions":
        return _("lượt")
    return _("người")


def _numerator(value: Value) -> int | Decimal:
    # A score is stored in hundredths of a per cent; in per cents, numerator ÷ denominator is the average.
    if value.indicator.kind == "score":
        return Decimal(value.numerator) / 100
    return value.numerator


def _written(number: int | Decimal | None) -> str:
    """A number as Vietnamese writes it: 1.234 for thousands, 85,33 for decimals."""
    if number is None:
        return ""
    if isinstance(number, Decimal):
        return f"{number:,}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{number:,}".replace(",", ".")


def _subtitle(unit: AdministrativeUnit | None, words: str) -> str:
    if unit is None:
        return _("Toàn quốc — %(period)s") % {"period": words}
    return _("%(unit)s (mã %(code)s) — %(period)s") % {
        "unit": unit.name_with_type,
        "code": unit.code,
        "period": words,
    }


def indicator_table(
    unit: AdministrativeUnit | None, period: Period, figures: Figures, *, kind: str = ""
) -> Table:
    columns = (
        Column(_("STT"), 6),
        Column(_("Nhóm"), 22),
        Column(_("Chỉ tiêu"), 52),
        Column(_("Đơn vị tính"), 11),
        Column(_("Kết quả"), 12),
        Column(_("Tử số"), 12),
        Column(_("Mẫu số"), 12),
    )
    rows = []
    for number, value in enumerate(values_of(figures), start=1):
        indicator = value.indicator
        ratio = indicator.is_ratio
        rows.append(
            [
                number,
                str(GROUPS[indicator.group]),
                str(indicator.name),
                measure_unit(indicator),
                value.value,
                _numerator(value) if ratio else None,
                value.denominator if ratio else None,
            ]
        )
    title = _("Chỉ tiêu đào tạo kỹ năng số")
    return Table(INDICATORS_TABLE, title, _subtitle(unit, period_label(period, kind)), columns, rows)


def ranked_children(parent: AdministrativeUnit | None, by_unit: dict[int, Figures]):
    """The province's communes (or, for no parent, the nation's provinces) today with their indicator
    values, laggards first: the lowest share of officials who finished, then units with no officials
    listed (nothing to rank them on)."""
    index = INDICATORS.index(BY_CODE[RANKED_ON])
    ranked = [(child, values_of(by_unit.get(child.pk, {}))) for child in current_children(parent)]
    ranked.sort(key=lambda item: laggards_first(item[1][index], item[0]))
    return ranked


def _children_columns(name_header: str) -> tuple[Column, ...]:
    columns = [Column(_("STT"), 6), Column(_("Mã đơn vị"), 10), Column(name_header, 26)]
    for indicator in INDICATORS:
        suffix = " (%)" if indicator.kind in ("percent", "score") else ""
        columns.append(Column(f"{indicator.name}{suffix}", 16))
    return tuple(columns)


def _children_rows(parent: AdministrativeUnit | None, by_unit) -> list[list]:
    return [
        [rank, child.code, child.name_with_type, *(value.value for value in values)]
        for rank, (child, values) in enumerate(ranked_children(parent, by_unit), start=1)
    ]


def communes_table(province: AdministrativeUnit, period: Period, by_unit, *, kind: str = "") -> Table:
    title = _("Kết quả đào tạo kỹ năng số của các xã, phường, đặc khu")
    columns = _children_columns(_("Xã, phường, đặc khu"))
    subtitle = _subtitle(province, period_label(period, kind))
    return Table(COMMUNES_TABLE, title, subtitle, columns, _children_rows(province, by_unit))


def provinces_table(period: Period, by_province, *, kind: str = "") -> Table:
    title = _("Kết quả đào tạo kỹ năng số của các tỉnh, thành phố")
    columns = _children_columns(_("Tỉnh, thành phố"))
    subtitle = _subtitle(None, period_label(period, kind))
    return Table(PROVINCES_TABLE, title, subtitle, columns, _children_rows(None, by_province))


STATUS = {
    "none": gettext_lazy("Chưa được giao"),
    "overdue": gettext_lazy("Có khóa quá hạn"),
    "pending": gettext_lazy("Đang học"),
    "done": gettext_lazy("Đã hoàn thành"),
}


def officials_rows(commune: AdministrativeUnit, *, today: dt.date) -> Table:
    """Each official of the commune today, who is missing what: the most overdue first."""
    columns = (
        Column(_("STT"), 6),
        Column(_("Họ và tên"), 26),
        Column(_("Chức vụ"), 28),
        Column(_("Khóa bắt buộc được giao"), 12),
        Column(_("Đã hoàn thành"), 12),
        Column(_("Quá hạn"), 10),
        Column(_("Tình trạng"), 16),
        Column(_("Khóa học còn thiếu"), 60),
    )
    rows = []
    ordered = sorted(officials_table(commune, today=today), key=SORTS["thieu"])
    for number, row in enumerate(ordered, start=1):
        person = row.user
        rows.append(
            [
                number,
                person.full_name,
                person.position.name if person.position else "",
                row.assigned,
                row.done_required,
                row.overdue,
                str(STATUS[row.status]),
                "; ".join(row.missing),
            ]
        )
    moment = _("Số liệu đến ngày %(date)s") % {"date": date_format(today, "d/m/Y")}
    title = _("Cán bộ, công chức và các khóa học bắt buộc")
    return Table(OFFICIALS_TABLE, title, _subtitle(commune, moment), columns, rows)


# --- The PDF report's content ----------------------------------------------------------------------


def report_data(
    unit: AdministrativeUnit | None, period: Period, *, kind: str = "", today: dt.date
) -> ReportData:
    """What the PDF report says, in Vietnamese whatever language the manager reads the site in: it is
    a paper submitted to the level above. No unit is the nation, with its provinces ranked."""
    with translation.override(settings.LANGUAGE_CODE):
        figures, by_unit = unit_figures(unit, period, only=INDICATOR_FIGURES)
        lines: list[IndicatorLine] = []
        for section, (group, label) in enumerate(GROUPS.items()):
            lines.append(IndicatorLine(ROMAN[section], str(label), section=True))
            values = [value for value in values_of(figures) if value.indicator.group == group]
            for number, value in enumerate(values, start=1):
                ratio = value.indicator.is_ratio
                lines.append(
                    IndicatorLine(
                        str(number),
                        str(value.indicator.name),
                        measure_unit(value.indicator),
                        value.display,
                        _written(_numerator(value)) if ratio else "",
                        _written(value.denominator) if ratio else "",
                    )
                )
        headers: tuple[str, ...] = ()
        communes: tuple[CommuneLine, ...] = ()
        if unit is None or unit.level == UnitLevel.PROVINCE:
            chosen = [INDICATORS.index(BY_CODE[code]) for code, _header in REPORT_COMMUNE_COLUMNS]
            headers = tuple(str(header) for _code, header in REPORT_COMMUNE_COLUMNS)
            communes = tuple(
                CommuneLine(rank, child.name_with_type, tuple(values[index].display for index in chosen))
                for rank, (child, values) in enumerate(ranked_children(unit, by_unit), start=1)
            )
        if unit is None:
            # No level above the nation: the platform that compiled the figures heads the paper.
            return ReportData(
                unit_name=_("Tổng hợp toàn quốc"),
                parent_name=ReportData.site_name,
                unit_code="",
                place="",
                period_label=period_label(period, kind),
                made_on=today,
                indicators=tuple(lines),
                commune_headers=headers,
                communes=communes,
                national=True,
            )
        parent = unit.parent.name_with_type if unit.parent_id else ""
        return ReportData(
            unit_name=unit.name_with_type,
            parent_name=parent,
            unit_code=unit.code,
            place=unit.name,
            period_label=period_label(period, kind),
            made_on=today,
            indicators=tuple(lines),
            commune_headers=headers,
            communes=communes,
        )


# --- Files -------------------------------------------------------------------------------------------


# Counts with a thousands separator; shares to a tenth (a score's numerator can carry hundredths).
NUMBER_FORMATS = {int: "#,##0", Decimal: "#,##0.0#"}


def _cell_value(value):
    return None if value is None else safe_cell(value)


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with a byte-order mark (Excel needs it to read Vietnamese), commas, text quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([safe_cell(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


HEADER_ROW = 4


def xlsx_bytes(table: Table) -> bytes:
    """One sheet: the title and the unit with the period, then the header row (bold, frozen, filterable)
    and the rows, numbers as numbers."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = table.title[:31]
    sheet.cell(row=1, column=1, value=safe_cell(table.title)).font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value=safe_cell(table.subtitle)).font = Font(italic=True)
    header_fill = PatternFill("solid", fgColor="E8EEF4")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=safe_cell(column.title))
        cell.font, cell.fill, cell.alignment = Font(bold=True), header_fill, wrap
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for offset, row in enumerate(table.rows, start=1):
        for index, value in enumerate(row, start=1):
            cell = sheet.cell(row=HEADER_ROW + offset, column=index, value=_cell_value(value))
            if type(cell.value) in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[type(cell.value)]
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    last = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(table.rows), 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
