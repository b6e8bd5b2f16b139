"""Read an uploaded roster and check every row, collecting all errors rather than stopping at one."""

import datetime as dt
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.spreadsheets import open_workbook
from cms.text import fold
from learning.models import AdministrativeUnit, Role, User
from learning.phone import normalise_phone
from learning.roster.columns import (
    BY_KEY,
    COLUMNS,
    EARLIEST_BIRTH_YEAR,
    MAX_BYTES,
    MAX_ROWS,
    SHEET,
    YOUNGEST_AGE,
)

# Django's SQLite backend may be built with a 999-parameter limit; look people up in slices below it.
LOOKUP_SLICE = 900
# Headers as people retype them; matched after folding, with anything in brackets dropped.
_HEADER_ALIASES = {
    "ho va ten": "full_name",
    "ho ten": "full_name",
    "so dien thoai": "phone",
    "dien thoai": "phone",
    "sdt": "phone",
    "chuc vu": "position",
    "nam sinh": "birth_year",
    "thu dien tu": "email",
    "email": "email",
    "e-mail": "email",
}
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel numbers it: the header is row 1
    column: str
    message: str


@dataclass
class RosterRow:
    row: int
    full_name: str
    phone: str  # normalised, +84…
    position: str
    birth_year: int | None = None  # None: keep what is stored
    email: str = ""  # blank: keep what is stored


@dataclass
class RosterResult:
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def rows_with_errors(self) -> int:
        return len({error.row for error in self.errors})


def parse_roster(file, *, unit: AdministrativeUnit | None = None) -> RosterResult:
    """Read and check every row of an uploaded roster, collecting all errors rather than stopping.

    A problem with the file as a whole (not .xlsx, unreadable, too big, wrong headers, no rows, too
    many rows) raises ValidationError with one Vietnamese message. With `unit`, numbers that belong
    to accounts this commune may not take over are reported as row errors too.
    """
    book = open_workbook(file, MAX_BYTES)
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        sheet.reset_dimensions()
        header = next(sheet.iter_rows(min_row=1, max_row=1, max_col=30, values_only=True), ())
        columns = _header_columns(header)
        width = max(columns.values()) + 1
        result = RosterResult()
        seen: dict[str, list[int]] = {}
        count = 0
        for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), 2):
            cells = {key: values[index] if index < len(values) else None for key, index in columns.items()}
            if all(_text(value) == "" for value in cells.values()):
                continue
            count += 1
            if count > MAX_ROWS:
                raise ValidationError(
                    _("Tệp có hơn %(max)s dòng. Mỗi lần chỉ nhập được tối đa %(max)s người.")
                    % {"max": "10.000"}
                )
            row = _check_row(number, cells, result.errors, seen)
            if row is not None:
                result.rows.append(row)
    finally:
        book.close()
    if count == 0:
        raise ValidationError(_("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."))
    _duplicate_errors(seen, result.errors)
    if unit is not None:
        numbered = [(number, phone) for phone, numbers in seen.items() for number in numbers]
        result.errors.extend(conflict_errors(numbered, existing_people(list(seen)), unit))
    result.errors.sort(key=lambda error: error.row)
    return result


def _header_columns(header) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        key = _HEADER_ALIASES.get(fold(_BRACKETS.sub("", _text(value))))
        if key is not None and key not in columns:
            columns[key] = index
    missing = [f"“{column.header}”" for column in COLUMNS if column.required and column.key not in columns]
    if missing:
        raise ValidationError(
            _(
                "Dòng đầu tiên phải là dòng tiêu đề của tệp mẫu; đang thiếu cột %(columns)s. "
                "Hãy tải tệp mẫu và chép dữ liệu vào đó."
            )
            % {"columns": ", ".join(missing)}
        )
    return columns


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _check_row(
    number: int, cells: dict, errors: list[RowError], seen: dict[str, list[int]]
) -> RosterRow | None:
    """The row's values, or None with its errors added; every valid number goes into `seen` (even on a
    row with other errors) so duplicates and taken numbers are all reported in one pass."""
    found: list[RowError] = []

    def error(key: str, message) -> None:
        found.append(RowError(number, str(BY_KEY[key].header), str(message)))

    full_name = _text(cells.get("full_name"))
    if not full_name:
        error("full_name", _("Thiếu họ và tên."))
    elif len(full_name) > 150:
        error("full_name", _("Họ và tên dài quá 150 ký tự."))

    raw_phone = cells.get("phone")
    phone = _text(raw_phone).lstrip("'")
    # A number typed into a General cell loses its leading 0: 0912345678 arrives as 912345678.
    if isinstance(raw_phone, int | float) and len(phone) == 9:
        phone = "0" + phone
    if not phone:
        error("phone", _("Thiếu số điện thoại."))
    else:
        try:
            phone = normalise_phone(phone)
            seen.setdefault(phone, []).append(number)
        except ValidationError as invalid:
            error("phone", invalid.messages[0])

    position = _text(cells.get("position"))
    if not position:
        error("position", _("Thiếu chức vụ."))
    elif len(position) > 150:
        error("position", _("Chức vụ dài quá 150 ký tự."))

    birth_year = _birth_year(cells.get("birth_year"))
    if birth_year == -1:
        latest = timezone.localdate().year - YOUNGEST_AGE
        error(
            "birth_year",
            _("Năm sinh phải là năm có 4 chữ số, từ %(earliest)s đến %(latest)s.")
            % {"earliest": EARLIEST_BIRTH_YEAR, "latest": latest},
        )

    email = _text(cells.get("email"))
    if email:
        try:
            validate_email(email)
            email = User.objects.normalize_email(email)
        except ValidationError:
            error("email", _("Thư điện tử không hợp lệ. Ví dụ đúng: an.nv@gmail.com."))
        else:
            # validate_email accepts up to 320 characters; the column holds 254.
            if len(email) > User._meta.get_field("email").max_length:
                error("email", _("Thư điện tử dài quá 254 ký tự."))

    errors.extend(found)
    if found:
        return None
    return RosterRow(number, full_name, phone, position, birth_year, email)


def _birth_year(value) -> int | None:
    """The year, None when blank, -1 when it is not a believable year of birth for an official."""
    if isinstance(value, dt.date):
        value = value.year
    text = _text(value)
    if not text:
        return None
    # Only ASCII digits: "¹⁹⁷⁵" passes isdigit() but int() refuses it.
    if not re.fullmatch(r"[0-9]{4}", text):
        return -1
    year = int(text)
    if not EARLIEST_BIRTH_YEAR <= year <= timezone.localdate().year - YOUNGEST_AGE:
        return -1
    return year


def _duplicate_errors(seen: dict[str, list[int]], errors: list[RowError]) -> None:
    for numbers in seen.values():
        if len(numbers) < 2:
            continue
        listed = ", ".join(str(number) for number in numbers)
        for number in numbers:
            errors.append(
                RowError(
                    number,
                    str(BY_KEY["phone"].header),
                    str(
                        _(
                            "Số điện thoại này xuất hiện ở nhiều dòng (dòng %(rows)s). "
                            "Mỗi người chỉ ghi một dòng."
                        )
                        % {"rows": listed}
                    ),
                )
            )


def existing_people(phones: list[str]) -> dict[str, User]:
    found: dict[str, User] = {}
    for start in range(0, len(phones), LOOKUP_SLICE):
        for user in User.objects.filter(phone__in=phones[start : start + LOOKUP_SLICE]):
            found[user.phone] = user
    return found


def conflict_errors(
    numbered: list[tuple[int, str]], existing: dict[str, User], unit: AdministrativeUnit
) -> list[RowError]:
    """A roster may only take over this commune's own officials: never a citizen's account, a manager's,
    or someone in another commune. The message does not say whose account it is."""
    errors = []
    for number, phone in numbered:
        user = existing.get(phone)
        if user is None:
            continue
        if user.role != Role.OFFICIAL or user.unit_id != unit.pk or user.erased_at is not None:
            errors.append(
                RowError(
                    number,
                    str(BY_KEY["phone"].header),
                    str(
                        _(
                            "Số điện thoại này đã thuộc một tài khoản khác, không phải cán bộ của xã này. "
                            "Hãy kiểm tra lại số; nếu người này chuyển công tác về xã, hãy liên hệ quản lý "
                            "cấp tỉnh."
                        )
                    ),
                )
            )
    return errors
