"""The empty .xlsx a commune manager downloads, with a guide in plain Vietnamese."""

import io

import openpyxl
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl.styles import Alignment, Font, PatternFill

from learning.roster.columns import (
    BY_KEY,
    COLUMNS,
    EARLIEST_BIRTH_YEAR,
    GUIDE_SHEET,
    SHEET,
    YOUNGEST_AGE,
    Column,
)


def roster_template() -> bytes:
    """The empty .xlsx people fill in: headers only (example rows would be imported), plus a guide."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    bold = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=str(column.header))
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE7E2" if column.required else "F2F2F2")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column.width
    # Text, so Excel keeps the leading 0 of 0912…; the column style covers rows typed later,
    # the pre-formatted cells cover a paste into the first thousand rows.
    phone_letter = sheet.cell(row=1, column=2).column_letter
    sheet.column_dimensions[phone_letter].number_format = "@"
    for row in range(2, 1002):
        sheet.cell(row=row, column=2).number_format = "@"
    sheet.freeze_panes = "A2"

    guide = book.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 12
    guide.column_dimensions["C"].width = 70
    guide.column_dimensions["D"].width = 30
    guide.append([str(_("Hướng dẫn điền danh sách cán bộ, công chức xã"))])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append([])
    guide.append([str(_("Cột")), str(_("Bắt buộc")), str(_("Cách ghi")), str(_("Ví dụ"))])
    for cell in guide[3]:
        cell.font = bold
    for column, how, example in _guide_columns():
        guide.append([str(column.header), str(_("Có") if column.required else _("Không")), how, example])
    guide.append([])
    guide.append([str(_("Lưu ý"))])
    guide.cell(row=guide.max_row, column=1).font = bold
    for note in _guide_notes():
        guide.append(["•", "", note])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in guide.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = wrap

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _guide_columns() -> list[tuple[Column, str, str]]:
    latest = timezone.localdate().year - YOUNGEST_AGE
    return [
        (BY_KEY["full_name"], str(_("Họ, tên đệm và tên, viết có dấu.")), "Nguyễn Văn An"),
        (
            BY_KEY["phone"],
            str(
                _(
                    "Số di động của chính người đó, 10 chữ số. Ghi 09…, +84… hay có dấu cách đều được. "
                    "Số này dùng để đăng nhập và để nhận ra người đó khi nhập lại."
                )
            ),
            "0912 345 678",
        ),
        (
            BY_KEY["position"],
            str(_("Chức vụ hiện tại. Những người cùng chức vụ thì ghi giống hệt nhau.")),
            "Công chức Văn phòng HĐND và UBND xã",
        ),
        (
            BY_KEY["birth_year"],
            str(
                _("Năm có 4 chữ số, từ %(earliest)s đến %(latest)s. Để trống nếu không rõ.")
                % {"earliest": EARLIEST_BIRTH_YEAR, "latest": latest}
            ),
            "1985",
        ),
        (BY_KEY["email"], str(_("Địa chỉ thư điện tử, nếu có.")), "an.nv@gmail.com"),
    ]


def _guide_notes() -> list[str]:
    return [
        str(
            _(
                "Ghi mỗi người một dòng trong trang “%(sheet)s”, bắt đầu từ dòng 2. "
                "Không sửa, không xóa dòng tiêu đề."
            )
            % {"sheet": SHEET}
        ),
        str(
            _(
                "Trước khi nhập, hệ thống kiểm tra mọi dòng. Chỉ cần một dòng sai là không dòng nào được "
                "nhập; trang kết quả chỉ rõ dòng nào, cột nào cần sửa."
            )
        ),
        str(
            _(
                "Nhập lại tệp thì người đã có (cùng số điện thoại) được cập nhật họ tên, chức vụ, "
                "không tạo thêm tài khoản trùng. Ô Năm sinh, Thư điện tử để trống thì giữ thông tin cũ."
            )
        ),
        str(
            _(
                "Người đã có trong hệ thống mà không có trong tệp mới thì không bị xóa: họ được liệt kê là "
                "“không còn trong danh sách”, và quản lý xã có thể đánh dấu họ đã nghỉ hoặc chuyển công tác."
            )
        ),
        str(
            _(
                "Cán bộ mới nhận tài khoản bằng cách lấy lại mật khẩu với số điện thoại của mình "
                "(mã gửi qua tin nhắn SMS)."
            )
        ),
        str(_("Tệp dạng .xlsx, không quá 5 MB, tối đa 10.000 người.")),
    ]
