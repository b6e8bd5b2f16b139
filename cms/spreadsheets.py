"""Opening an uploaded .xlsx safely, with one clear Vietnamese message for each way it can be wrong."""

import io
from decimal import Decimal

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
# A spreadsheet runs a cell that starts with one of these as a formula; names are typed by anyone.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A cell value a spreadsheet shows as typed: text that would start a formula gets a leading
    apostrophe; numbers stay numbers (a negative count is a number, not a formula); None is empty."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def damaged_message() -> str:
    return _("Không đọc được tệp này: tệp có thể bị hỏng. Hãy tải tệp mẫu, chép dữ liệu vào đó rồi thử lại.")


def open_workbook(file, max_bytes: int = MAX_BYTES):
    """A read-only workbook, or ValidationError: too big, not .xlsx, or damaged."""
    name = getattr(file, "name", "") or ""
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, io.SEEK_END)
        size = file.tell()
    if size > max_bytes:
        raise ValidationError(_("Tệp lớn hơn 5 MB. Hãy bỏ hình ảnh và các trang tính không cần rồi thử lại."))
    file.seek(0)
    magic = file.read(4)
    file.seek(0)
    if (name and not name.lower().endswith(".xlsx")) or magic != b"PK\x03\x04":
        raise ValidationError(
            _(
                "Tệp phải là bảng tính Excel dạng .xlsx. Nếu tệp của bạn là .xls hoặc .csv, hãy mở bằng "
                "Excel rồi chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx)."
            )
        )
    try:
        return openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - a damaged archive can fail anywhere inside openpyxl
        raise ValidationError(damaged_message()) from error
