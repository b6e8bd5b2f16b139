"""The roster file's shape and limits, shared by the template and the reader."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
EARLIEST_BIRTH_YEAR = 1920
YOUNGEST_AGE = 15
SHEET = "Danh sách cán bộ"
GUIDE_SHEET = "Hướng dẫn"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool
    width: int


COLUMNS = (
    Column("full_name", _("Họ và tên"), True, 32),
    Column("phone", _("Số điện thoại"), True, 18),
    Column("position", _("Chức vụ"), True, 40),
    Column("birth_year", _("Năm sinh"), False, 12),
    Column("email", _("Thư điện tử"), False, 32),
)
BY_KEY = {column.key: column for column in COLUMNS}
