"""The .xlsx a province manager fills to import many communes' figures at once: a template listing the
communes with what is already stored, and a reader that checks every row before anything is saved."""

import datetime as dt
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl.styles import Alignment, Font, PatternFill

from cms.spreadsheets import MAX_BYTES, open_workbook, safe_cell
from cms.text import fold_words
from learning.models import AdministrativeUnit
from metrics.imported.definitions import IMPORTED, ImportedIndicator
from metrics.imported.entries import Entry, blank, check_month, clean_entry
from metrics.imported.services import ImportRow
from metrics.models.imported import ImportedValue

MAX_ROWS = 5_000
SHEET = "Số liệu"
GUIDE_SHEET = "Hướng dẫn"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CODE, NAME, MONTH = "code", "name", "month"
_FIXED = {CODE: (_("Mã xã"), 10), NAME: (_("Tên xã"), 28), MONTH: (_("Tháng (mm/yyyy)"), 14)}
# Headers as people retype them, compared word by word without diacritics.
_FIXED_ALIASES = {
    "ma xa": CODE,
    "ma don vi": CODE,
    "ten xa": NAME,
    "ten don vi": NAME,
    "thang": MONTH,
    "thang mm yyyy": MONTH,
}
_MONTH_TEXT = (re.compile(r"(\d{1,2})[/.-](\d{4})"), re.compile(r"(\d{4})-(\d{1,2})"))


@dataclass(frozen=True)
class Column:
    key: str | tuple[str, str]  # CODE, NAME, MONTH, or (indicator code, "numerator"/"denominator"/"value")
    header: str
    width: int = 20


def indicator_columns(indicator: ImportedIndicator) -> list[Column]:
    if indicator.is_ratio:
        return [
            Column((indicator.code, "numerator"), gettext("%(name)s - Tử số") % {"name": indicator.name}),
            Column((indicator.code, "denominator"), gettext("%(name)s - Mẫu số") % {"name": indicator.name}),
        ]
    if indicator.is_score:
        header = gettext("%(name)s (điểm 0–%(maximum)s)") % {
            "name": indicator.name,
            "maximum": indicator.maximum,
        }
        return [Column((indicator.code, "value"), header)]
    return [Column((indicator.code, "value"), str(indicator.name))]


def sheet_columns(indicators=IMPORTED) -> list[Column]:
    fixed = [Column(key, str(header), width) for key, (header, width) in _FIXED.items()]
    return fixed + [column for indicator in indicators for column in indicator_columns(indicator)]


def _words(value) -> str:
    return " ".join(fold_words(_text(value)))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# --- The template -------------------------------------------------------------------------------


def imported_template(*, communes: list[AdministrativeUnit], month: dt.date) -> bytes:
    """The .xlsx to fill: one row per commune for `month`, with the figures already stored, and a guide."""
    columns = sheet_columns()
    stored = {
        (row.unit_id, row.code): row
        for row in ImportedValue.objects.filter(unit__in=[unit.pk for unit in communes], month=month)
    }
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font, cell.alignment = bold, wrap
        cell.fill = PatternFill("solid", fgColor="DDE7E2" if column.key in (CODE, MONTH) else "F2F2F2")
        sheet.column_dimensions[cell.column_letter].width = column.width
    sheet.row_dimensions[1].height = 96
    for number, unit in enumerate(communes, start=2):
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(
                row=number, column=index, value=safe_cell(_prefilled(column, unit, month, stored))
            )
            if column.key in (CODE, MONTH):
                cell.number_format = "@"  # text, so Excel keeps 05830 and does not turn 11/2026 into a date
    sheet.freeze_panes = "D2"
    _guide(book.create_sheet(GUIDE_SHEET), columns)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _prefilled(column: Column, unit: AdministrativeUnit, month: dt.date, stored: dict):
    if column.key == CODE:
        return unit.code
    if column.key == NAME:
        return unit.name_with_type
    if column.key == MONTH:
        return f"{month:%m/%Y}"
    code, part = column.key
    row = stored.get((unit.pk, code))
    if row is None:
        return None
    if part == "value" and row.value is not None:
        return row.value
    return row.denominator if part == "denominator" else row.numerator


def _guide(guide, columns: list[Column]) -> None:
    guide.column_dimensions["A"].width = 48
    guide.column_dimensions["B"].width = 90
    guide.append([gettext("Hướng dẫn nhập số liệu từ hệ thống khác")])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append([])
    for note in _notes():
        guide.append(["•", note])
    guide.append([])
    guide.append([gettext("Cột"), gettext("Cách ghi")])
    for cell in guide[guide.max_row]:
        cell.font = Font(bold=True)
    for column in columns:
        guide.append([column.header, _explain(column)])
    for row in guide.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _explain(column: Column) -> str:
    if column.key == CODE:
        return gettext("Mã đơn vị hành chính của xã, phường, đặc khu (5 chữ số, ví dụ 05830). Bắt buộc.")
    if column.key == NAME:
        return gettext("Tên xã, để dễ đối chiếu; hệ thống không đọc cột này.")
    if column.key == MONTH:
        return gettext("Tháng của số liệu, dạng mm/yyyy, ví dụ 11/2026. Bắt buộc.")
    code, part = column.key
    indicator = next(item for item in IMPORTED if item.code == code)
    if part == "numerator":
        what = gettext("Tử số: %(label)s. Số nguyên, không âm, không lớn hơn mẫu số.") % {
            "label": indicator.numerator
        }
    elif part == "denominator":
        what = gettext("Mẫu số: %(label)s. Số nguyên, không âm.") % {"label": indicator.denominator}
    elif indicator.is_score:
        what = gettext("Điểm từ 0 đến %(maximum)s, tối đa 2 chữ số sau dấu phẩy.") % {
            "maximum": indicator.maximum
        }
    else:
        what = gettext("Số nguyên, không âm.")
    return f"{what} {indicator.definition}"


def _notes() -> list[str]:
    return [
        gettext("Mỗi dòng là số liệu của một xã trong một tháng, ghi trong trang “%(sheet)s”.")
        % {"sheet": SHEET},
        gettext(
            "Tỷ lệ được nhập bằng tử số và mẫu số; hệ thống tự tính tỷ lệ. Khi tổng hợp nhiều xã, tỷ lệ được "
            "tính lại từ tổng tử số và tổng mẫu số, không lấy trung bình các tỷ lệ."
        ),
        gettext(
            "Ô để trống thì số liệu đã nhập trước đó được giữ nguyên; dòng không có số liệu nào được bỏ qua."
        ),
        gettext(
            "Có thể xóa các cột chỉ tiêu không nhập (giữ cột Mã xã và Tháng); với một tỷ lệ, giữ hoặc xóa cả "
            "cặp Tử số và Mẫu số. Không sửa tên các cột còn lại."
        ),
        gettext(
            "Trước khi nhập, hệ thống kiểm tra mọi dòng. Chỉ cần một dòng sai là không dòng nào được nhập; "
            "trang kết quả chỉ rõ dòng nào, cột nào cần sửa."
        ),
        gettext("Tệp dạng .xlsx, không quá 5 MB, tối đa %(rows)s dòng.") % {"rows": "5.000"},
    ]


# --- Reading an upload --------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel numbers it: the header is row 1
    column: str
    message: str


@dataclass
class UploadResult:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: int = 0  # rows with no figure in them

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def rows_with_errors(self) -> int:
        return len({error.row for error in self.errors})


def read_upload(file, *, communes: dict[str, AdministrativeUnit], place: str) -> UploadResult:
    """Read and check every row, collecting all errors. `communes` are the ones this upload may fill, by
    code; `place` names them in messages ("Tỉnh Thái Nguyên"). A problem with the file as a whole raises
    ValidationError with one Vietnamese message."""
    book = open_workbook(file, MAX_BYTES)
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        sheet.reset_dimensions()
        header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        columns = _header_columns(header)
        result, count = UploadResult(), 0
        for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
            cells = {
                column.key: values[index] if index < len(values) else None
                for index, column in columns.items()
            }
            if all(blank(_text(value)) for value in cells.values()):
                continue
            count += 1
            if count > MAX_ROWS:
                raise ValidationError(
                    gettext("Tệp có hơn %(max)s dòng. Hãy chia thành nhiều tệp.") % {"max": "5.000"}
                )
            if not any(isinstance(key, tuple) and not blank(_text(value)) for key, value in cells.items()):
                result.skipped += 1  # a commune of the template left empty
                continue
            row = _check_row(number, cells, list(columns.values()), communes, place, result.errors)
            if row is not None:
                result.rows.append(row)
    finally:
        book.close()
    if count == 0:
        raise ValidationError(gettext("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."))
    result.errors.extend(_duplicates(result.rows))
    result.errors.sort(key=lambda error: error.row)
    return result


def _header_columns(header) -> dict[int, Column]:
    known = {_words(column.header): column for column in sheet_columns()}
    fixed = {key: Column(key, str(label), width) for key, (label, width) in _FIXED.items()}
    columns: dict[int, Column] = {}
    for index, value in enumerate(header):
        words = _words(value)
        if not words:
            continue
        column = known.get(words) or fixed.get(_FIXED_ALIASES.get(words, ""))
        if column is None:
            raise ValidationError(
                gettext("Không nhận ra cột “%(header)s”. Hãy dùng đúng tiêu đề của tệp mẫu.")
                % {"header": _text(value)[:80]}
            )
        if column.key in [seen.key for seen in columns.values()]:
            raise ValidationError(gettext("Cột “%(header)s” xuất hiện hai lần.") % {"header": column.header})
        columns[index] = column
    keys = {column.key for column in columns.values()}
    missing = [f"“{fixed[key].header}”" for key in (CODE, MONTH) if key not in keys]
    for indicator in IMPORTED:
        pair = indicator_columns(indicator)
        if indicator.is_ratio and len([column for column in pair if column.key in keys]) == 1:
            missing += [f"“{column.header}”" for column in pair if column.key not in keys]
    if missing:
        raise ValidationError(
            gettext(
                "Dòng đầu tiên phải là dòng tiêu đề của tệp mẫu; đang thiếu cột %(columns)s. "
                "Hãy tải tệp mẫu và chép số liệu vào đó."
            )
            % {"columns": ", ".join(missing)}
        )
    if not any(isinstance(key, tuple) for key in keys):
        raise ValidationError(
            gettext("Tệp không có cột chỉ tiêu nào. Hãy tải tệp mẫu và chép số liệu vào đó.")
        )
    return columns


def _check_row(number, cells, columns, communes, place, errors) -> ImportRow | None:
    """The row's commune, month and figures, or None with its errors added to `errors`."""
    headers = {column.key: column.header for column in columns}
    found: list[RowError] = []
    entries: dict[str, Entry] = {}
    for indicator in IMPORTED:
        parts = {part: cells.get((indicator.code, part)) for part in ("numerator", "denominator", "value")}
        try:
            entry = clean_entry(indicator, **parts)
        except ValidationError as error:
            for part, messages in error.message_dict.items():
                key = (indicator.code, part)
                if key not in headers:
                    key = (indicator.code, "numerator" if indicator.is_ratio else "value")
                found.append(RowError(number, headers[key], messages[0]))
        else:
            if entry is not None:
                entries[indicator.code] = entry
    unit = _unit(cells.get(CODE), communes, place, number, headers, found)
    month = _month(cells.get(MONTH), number, headers, found)
    errors.extend(found)
    if found:
        return None
    return ImportRow(unit=unit, month=month, entries=entries, row=number)


def _unit(raw, communes, place, number, headers, found) -> AdministrativeUnit | None:
    code = _text(raw).lstrip("'")
    if isinstance(raw, int | float) or code.isdigit():
        code = code.zfill(5)  # a number cell drops the leading 0 of 05830
    if not code:
        found.append(RowError(number, headers[CODE], gettext("Thiếu mã xã.")))
        return None
    unit = communes.get(code)
    if unit is None:
        found.append(
            RowError(
                number,
                headers[CODE],
                gettext("Mã %(code)s không phải một xã, phường, đặc khu đang hoạt động của %(place)s.")
                % {"code": code, "place": place},
            )
        )
    return unit


def _month(raw, number, headers, found) -> dt.date | None:
    month = None
    if isinstance(raw, dt.date):
        month = raw
    else:
        text = _text(raw)
        for index, pattern in enumerate(_MONTH_TEXT):
            match = pattern.fullmatch(text)
            if match:
                month_number, year = (match[1], match[2]) if index == 0 else (match[2], match[1])
                if 1 <= int(month_number) <= 12:
                    month = dt.date(int(year), int(month_number), 1)
                break
    if month is None:
        message = gettext("Tháng phải ghi dạng mm/yyyy, ví dụ 11/2026.")
        found.append(RowError(number, headers[MONTH], message))
        return None
    try:
        return check_month(month)
    except ValidationError as error:
        found.append(RowError(number, headers[MONTH], error.messages[0]))
        return None


def _duplicates(rows: list[ImportRow]) -> list[RowError]:
    by_key = defaultdict(list)
    for row in rows:
        by_key[(row.unit.pk, row.month)].append(row.row)
    header = str(_FIXED[CODE][0])
    errors = []
    for (_unit, month), numbers in by_key.items():
        if len(numbers) < 2:
            continue
        listed = ", ".join(str(number) for number in numbers)
        message = gettext(
            "Xã này có nhiều dòng cho tháng %(month)s (dòng %(rows)s). Mỗi xã, mỗi tháng chỉ ghi một dòng."
        ) % {"month": f"{month:%m/%Y}", "rows": listed}
        errors.extend(RowError(number, header, message) for number in numbers)
    return errors
