"""Open an uploaded workbook and hand back its non-empty rows; problems with the file as a whole stop here."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cms.spreadsheets import damaged_message, open_workbook
from quizzes.sheet.columns import (
    MAX_BYTES,
    MAX_ROWS,
    REQUIRED,
    SHEET,
    cell_text,
    folded,
    header,
    header_names,
)

_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
_HEADER_WIDTH = 60


def read_sheet(file) -> list[tuple[int, dict[str, object]]]:
    """The non-empty rows of an uploaded workbook as (row number, {column key: cell value}).

    A problem with the file as a whole (not .xlsx, damaged, too big, no header, no rows, too many rows)
    raises ValidationError with one Vietnamese message.
    """
    book = open_workbook(file, MAX_BYTES)
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        sheet.reset_dimensions()
        first = next(sheet.iter_rows(min_row=1, max_row=1, max_col=_HEADER_WIDTH, values_only=True), ())
        columns = _header_columns(first)
        width = max(columns.values()) + 1
        rows = []
        for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), 2):
            cells = {key: values[index] if index < len(values) else None for key, index in columns.items()}
            if all(cell_text(value) == "" for key, value in cells.items() if key != "note"):
                continue
            if len(rows) == MAX_ROWS:
                raise ValidationError(
                    _(
                        "Tệp có hơn %(max)s câu hỏi. Mỗi lần chỉ nhập được tối đa %(max)s câu; hãy chia "
                        "thành nhiều tệp."
                    )
                    % {"max": f"{MAX_ROWS:,}".replace(",", ".")}
                )
            rows.append((number, cells))
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet can fail anywhere inside openpyxl
        raise ValidationError(damaged_message()) from error
    finally:
        book.close()
    if not rows:
        raise ValidationError(_("Tệp không có câu hỏi nào dưới dòng tiêu đề."))
    return rows


def _header_columns(values) -> dict[str, int]:
    names = header_names()
    columns: dict[str, int] = {}
    for index, value in enumerate(values):
        key = names.get(folded(_BRACKETS.sub("", cell_text(value))))
        if key is not None and key not in columns:
            columns[key] = index
    missing = [f"“{header(key)}”" for key in REQUIRED if key not in columns]
    if missing:
        raise ValidationError(
            _(
                "Dòng đầu tiên phải là dòng tiêu đề của tệp mẫu; đang thiếu cột %(columns)s. Hãy tải tệp mẫu "
                "và chép dữ liệu vào đó."
            )
            % {"columns": ", ".join(missing)}
        )
    return columns
