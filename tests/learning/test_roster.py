import datetime as dt
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning import roster
from learning.models import (
    AuditAction,
    AuditEntry,
    Enrolment,
    EnrolmentSource,
    Position,
    Requirement,
    Role,
    User,
)
from learning.roster import import_roster, parse_roster, reading
from tests.factories import login_verified

HEADERS = ["Họ và tên", "Số điện thoại", "Chức vụ", "Năm sinh", "Thư điện tử"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Literal paths: the addresses are part of the feature (and reversing at import would load every URL module).
ROSTER = "/quan-ly/danh-sach-can-bo/"
TEMPLATE = "/quan-ly/danh-sach-can-bo/mau.xlsx"
LEFT = "/quan-ly/danh-sach-can-bo/da-nghi/"


def workbook(rows, headers=HEADERS) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách cán bộ"
    sheet.append(headers)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(rows, name="danh-sach.xlsx", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, workbook(rows, **kwargs), content_type=XLSX)


GOOD = [
    ("Nguyễn Văn An", "0912 345 678", "Chủ tịch UBND xã", 1975, "an.nv@gmail.com"),
    ("Trần Thị Bích", "+84 98 765 4321", "Công chức Văn phòng - Thống kê", None, None),
    # Excel turned 0339123456 typed into a General cell into a number.
    ("Lê Văn Cường", 339123456, "Công chức Văn phòng - Thống kê", "1990", ""),
]


def run_import(rows, unit, by):
    result = parse_roster(upload(rows), unit=unit)
    assert result.errors == []
    return import_roster(result, unit=unit, by=by)


@pytest.fixture
def manager_client(client, cast_users):
    login_verified(client, cast_users["commune_manager"])
    return client


def test_template_has_the_vietnamese_headers_a_text_phone_column_and_a_guide(manager_client):
    assert (reverse("learning:roster"), reverse("learning:roster_template")) == (ROSTER, TEMPLATE)
    response = manager_client.get(TEMPLATE)
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Danh sách cán bộ", "Hướng dẫn"]
    sheet = book["Danh sách cán bộ"]
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert sheet["A1"].font.bold
    assert sheet["B2"].number_format == "@"
    assert sheet.max_row == 1 or all(cell.value is None for row in sheet.iter_rows(min_row=2) for cell in row)
    guide = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row if c.value)
    assert "+84" in guide and "không còn trong danh sách" in guide
    # The empty template itself is a file with no people, refused as such.
    with pytest.raises(ValidationError, match="không có dòng dữ liệu"):
        parse_roster(io.BytesIO(response.content))


def test_a_valid_file_creates_officials_of_the_commune(units, cast_users):
    manager = cast_users["commune_manager"]
    summary = run_import(GOOD, units["dai_tu"], manager)
    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    an = User.objects.get(phone="+84912345678")
    assert (an.full_name, an.role, an.unit, an.birth_year, an.email) == (
        "Nguyễn Văn An",
        Role.OFFICIAL,
        units["dai_tu"],
        1975,
        "an.nv@gmail.com",
    )
    assert an.position.name == "Chủ tịch UBND xã"
    assert an.position.name_ascii == "chu tich ubnd xa"
    assert an.registered_by == manager
    assert not an.has_usable_password()
    assert User.objects.get(phone="+84987654321").position.name == "Công chức Văn phòng - Thống kê"
    cuong = User.objects.get(phone="+84339123456")
    assert cuong.birth_year == 1990
    # The cast official already holds this position; the import reuses it rather than making a twin.
    assert Position.objects.filter(name="Công chức Văn phòng - Thống kê").count() == 1
    entry = AuditEntry.objects.get(action=AuditAction.IMPORT_ROSTER)
    assert entry.unit == units["dai_tu"] and "3 thêm mới" in entry.detail and entry.actor == manager


def test_one_bad_row_imports_nothing_and_reports_its_row_number(manager_client, units):
    before = User.objects.count()
    rows = [GOOD[0], ("Trần Thị Bích", "0123 456", "Chủ tịch UBND xã", None, None), GOOD[2]]
    response = manager_client.post(ROSTER, {"file": upload(rows)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Không có dòng nào được nhập" in page
    assert "<td>3</td><td>Số điện thoại</td><td>Số điện thoại không hợp lệ." in page
    assert User.objects.count() == before
    assert not Position.objects.filter(name="Chủ tịch UBND xã").exists()
    assert not AuditEntry.objects.filter(action=AuditAction.IMPORT_ROSTER).exists()


def test_every_bad_cell_is_reported_with_its_row_and_column(units):
    rows = [
        ("", "0912345678", "", 1800, "khong-phai-email"),
        ("Phạm Thị Dung", "", "Chủ tịch UBND xã", "năm 80", None),
        GOOD[1],
    ]
    result = parse_roster(upload(rows), unit=units["dai_tu"])
    found = {(error.row, error.column) for error in result.errors}
    assert found == {
        (2, "Họ và tên"),
        (2, "Chức vụ"),
        (2, "Năm sinh"),
        (2, "Thư điện tử"),
        (3, "Số điện thoại"),
        (3, "Năm sinh"),
    }
    assert result.rows_with_errors == 2
    with pytest.raises(roster.RosterInvalid):
        import_roster(result, unit=units["dai_tu"], by=None)


def test_a_phone_twice_in_the_file_names_both_rows(units):
    rows = [GOOD[0], GOOD[1], ("Nguyễn Văn Ân", "+84912345678", "Phó Chủ tịch UBND xã", None, None)]
    result = parse_roster(upload(rows), unit=units["dai_tu"])
    assert [(error.row, error.column) for error in result.errors] == [
        (2, "Số điện thoại"),
        (4, "Số điện thoại"),
    ]
    assert all("dòng 2, 4" in error.message for error in result.errors)


def test_reimporting_updates_rather_than_duplicates(units, cast_users):
    manager = cast_users["commune_manager"]
    run_import(GOOD, units["dai_tu"], manager)
    count = User.objects.count()

    again = run_import(GOOD, units["dai_tu"], manager)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

    changed = [
        ("Nguyễn Văn An", "0912345678", "Bí thư Đảng ủy xã", None, None),  # new position, year left blank
        ("Trần Thị Bích Ngọc", "0987654321", "Công chức Văn phòng - Thống kê", None, None),
        GOOD[2],
    ]
    summary = run_import(changed, units["dai_tu"], manager)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 2, 1)
    assert User.objects.count() == count
    an = User.objects.get(phone="+84912345678")
    assert an.position.name == "Bí thư Đảng ủy xã"
    assert (
        an.birth_year == 1975 and an.email == "an.nv@gmail.com"
    )  # blank optional cells keep what was stored
    assert User.objects.get(phone="+84987654321").full_name == "Trần Thị Bích Ngọc"


def test_a_number_belonging_to_a_citizen_elsewhere_or_a_manager_is_refused(units, cast_users):
    citizen = User.objects.create_user(
        "0971 222 333", "mat-khau-dai-1", full_name="Võ Thị Em", role=Role.CITIZEN, unit=units["ba_dinh"]
    )
    elsewhere = User.objects.create_user(
        "0971 222 444", None, full_name="Đinh Văn Phúc", role=Role.OFFICIAL, unit=units["phong_quang"]
    )
    rows = [
        GOOD[0],
        ("Võ Thị Em", "0971222333", "Công chức Tư pháp - Hộ tịch", None, None),
        ("Hoàng Thị Lan", "0777 000 006", "Chủ tịch UBND xã", None, None),  # the commune manager
        ("Đinh Văn Phúc", "0971222444", "Công chức Tư pháp - Hộ tịch", None, None),
    ]
    result = parse_roster(upload(rows), unit=units["dai_tu"])
    assert [error.row for error in result.errors] == [3, 4, 5]
    for error in result.errors:
        assert error.message.startswith("Số điện thoại này đã thuộc một tài khoản khác")
        assert "Ba Đình" not in error.message and "Phong Quang" not in error.message
    citizen.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (citizen.role, citizen.unit, citizen.full_name) == (Role.CITIZEN, units["ba_dinh"], "Võ Thị Em")
    assert elsewhere.unit == units["phong_quang"]
    assert not User.objects.filter(phone="+84912345678").exists()


def test_the_import_itself_rechecks_taken_numbers(units, cast_users):
    result = parse_roster(upload(GOOD), unit=units["dai_tu"])
    assert result.is_valid
    # Someone signs up with one of the numbers between the check and the import.
    User.objects.create_user("0912345678", "mat-khau-dai-1", full_name="Người dân", unit=units["ba_dinh"])
    with pytest.raises(roster.RosterInvalid) as raised:
        import_roster(result, unit=units["dai_tu"], by=cast_users["commune_manager"])
    assert [error.row for error in raised.value.errors] == [2]
    assert not User.objects.filter(phone="+84987654321").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "danh-sach.csv",
            "Họ và tên,Số điện thoại\nAn,0912345678\n".encode(),
            "phải là bảng tính Excel dạng .xlsx",
        ),
        ("danh-sach.xlsx", b"not a spreadsheet at all", "phải là bảng tính Excel dạng .xlsx"),
        ("danh-sach.xlsx", b"PK\x03\x04" + b"\x00" * 200, "Không đọc được tệp này"),
    ],
)
def test_a_file_that_is_not_an_xlsx_is_refused_in_vietnamese(manager_client, name, content, message):
    before = User.objects.count()
    response = manager_client.post(ROSTER, {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == before


def test_wrong_headers_are_refused_naming_the_missing_columns(manager_client):
    response = manager_client.post(
        ROSTER, {"file": upload([("An", "0912345678", "Chủ tịch")], headers=["Tên", "Điện thoại", "Ghi chú"])}
    )
    page = response.content.decode()
    assert "đang thiếu cột “Họ và tên”, “Chức vụ”" in page
    assert not User.objects.filter(phone="+84912345678").exists()


def test_headers_may_be_reordered_and_optional_columns_left_out(units, cast_users):
    rows = [("0912345678", "Chủ tịch UBND xã", "Nguyễn Văn An")]
    result = parse_roster(upload(rows, headers=["SỐ ĐIỆN THOẠI", "Chức vụ", "Họ và tên (có dấu)"]))
    assert result.errors == []
    assert (result.rows[0].full_name, result.rows[0].phone) == ("Nguyễn Văn An", "+84912345678")


def test_too_many_rows_or_too_big_a_file_is_refused(units, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 2)
    with pytest.raises(ValidationError, match="Tệp có hơn"):
        parse_roster(upload(GOOD))
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    with pytest.raises(ValidationError, match="lớn hơn 5 MB"):
        parse_roster(upload(GOOD))


def test_a_commune_manager_cannot_import_into_another_commune(manager_client, units):
    response = manager_client.post(ROSTER + "?xa=00004", {"file": upload(GOOD)})
    assert response.status_code == 403
    assert manager_client.get(ROSTER + "?xa=00004").status_code == 403
    assert not User.objects.filter(phone="+84912345678").exists()
    # Their own commune, implied or named, works.
    response = manager_client.post(ROSTER + "?xa=05830", {"file": upload(GOOD)})
    assert response.status_code == 200
    assert User.objects.get(phone="+84912345678").unit == units["dai_tu"]


def test_citizens_and_officials_get_403(client, cast_users):
    for key in ("citizen", "official"):
        client.force_login(cast_users[key])
        assert client.get(ROSTER).status_code == 403
        assert client.get(TEMPLATE).status_code == 403
        assert client.post(ROSTER + "?xa=05830", {"file": upload(GOOD)}).status_code == 403
    assert not User.objects.filter(phone="+84912345678").exists()


def test_a_province_manager_picks_a_commune_of_their_province_only(client, cast_users, units):
    login_verified(client, cast_users["province_manager"])
    page = client.get(ROSTER).content.decode()
    assert 'value="05830"' in page and 'value="01849"' in page and 'value="00004"' not in page
    assert client.get(ROSTER + "?xa=00004").status_code == 403
    # The chosen commune travels with the upload form, so the file lands where the manager was looking.
    assert 'action="/quan-ly/danh-sach-can-bo/?xa=01849"' in client.get(ROSTER + "?xa=01849").content.decode()
    response = client.post(ROSTER + "?xa=01849", {"file": upload(GOOD[:1])})
    assert response.status_code == 200
    assert User.objects.get(phone="+84912345678").unit == units["phong_quang"]


def test_the_roster_page_lists_the_officials_and_their_count(manager_client, units, cast_users):
    run_import(GOOD, units["dai_tu"], cast_users["commune_manager"])
    response = manager_client.get(ROSTER)
    page = response.content.decode()
    assert response.status_code == 200
    # The three imported plus the cast's own official; the citizen and the managers are not counted.
    assert '<span class="count">4</span>' in page
    assert "Nguyễn Văn An" in page and "0912 345 678" in page and "Chủ tịch UBND xã" in page
    assert "Nguyễn Thị Hồng" not in page
    assert AuditEntry.objects.filter(action=AuditAction.LIST_LEARNERS, unit=units["dai_tu"]).exists()


def test_people_missing_from_a_new_file_are_listed_and_can_be_marked_left(manager_client, units, cast_users):
    run_import(GOOD, units["dai_tu"], cast_users["commune_manager"])
    response = manager_client.post(ROSTER, {"file": upload(GOOD[:2])})
    page = response.content.decode()
    assert "Không còn trong danh sách" in page and "Lê Văn Cường" in page
    cuong = User.objects.get(phone="+84339123456")
    assert cuong.role == Role.OFFICIAL  # listed, not deleted or changed

    # Someone in another commune cannot be slipped into the form.
    other = User.objects.create_user(
        "0971222444", None, full_name="Đinh Văn Phúc", role=Role.OFFICIAL, unit=units["ba_dinh"]
    )
    manager_client.post(LEFT, {"people": [cuong.pk, other.pk]})
    other.refresh_from_db()
    assert other.role == Role.OFFICIAL

    response = manager_client.post(LEFT, {"people": [cuong.pk]})
    assert response.status_code == 302
    cuong.refresh_from_db()
    assert (cuong.role, cuong.position, cuong.unit) == (Role.CITIZEN, None, units["dai_tu"])
    assert roster.officials_in(units["dai_tu"]).filter(pk=cuong.pk).count() == 0


def test_required_courses_reach_imported_officials(units, cast_users, site_tree):
    Requirement.objects.create(
        course=site_tree["course"],
        unit=units["thai_nguyen"],
        role=Role.OFFICIAL,
        due_on=dt.date(2026, 12, 31),
    )
    run_import(GOOD, units["dai_tu"], cast_users["commune_manager"])
    an = User.objects.get(phone="+84912345678")
    enrolment = Enrolment.objects.get(user=an, course=site_tree["course"])
    assert enrolment.source == EnrolmentSource.REQUIRED
    assert Enrolment.objects.filter(course=site_tree["course"], user__unit=units["dai_tu"]).count() >= 3


def test_a_national_administrator_with_many_communes_picks_the_province_first(
    client, cast_users, monkeypatch
):
    from learning.views import manage_roster

    monkeypatch.setattr(manage_roster, "PICK_PROVINCE_ABOVE", 2)
    login_verified(client, cast_users["admin"])
    page = client.get(ROSTER).content.decode()
    assert 'name="tinh"' in page and 'value="19"' in page and 'value="05830"' not in page
    page = client.get(ROSTER + "?tinh=01").content.decode()
    assert 'value="00004"' in page and 'value="05830"' not in page
    assert client.get(ROSTER + "?tinh=99").status_code == 403


def test_an_email_too_long_for_the_account_is_a_row_error_and_nothing_is_imported(units):
    # Valid by the e-mail rules (up to 320 characters) but longer than the 254 the account keeps.
    long_email = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".vn"
    assert len(long_email) == 259
    rows = [GOOD[0], ("Phạm Thị Dung", "0912 555 010", "Chủ tịch UBND xã", None, long_email)]
    result = parse_roster(upload(rows), unit=units["dai_tu"])
    assert [(error.row, error.column, error.message) for error in result.errors] == [
        (3, "Thư điện tử", "Thư điện tử dài quá 254 ký tự.")
    ]
    with pytest.raises(roster.RosterInvalid):
        import_roster(result, unit=units["dai_tu"], by=None)
    assert not User.objects.filter(phone="+84912555010").exists()


def test_a_birth_year_in_other_digits_is_a_row_error_not_a_crash(units):
    # "¹⁹⁷⁵" passes str.isdigit() but int() refuses it; "١٩٧٥" is read by int() but is not what we store.
    rows = [("Phạm Thị Dung", "0912 555 011", "Chủ tịch UBND xã", "¹⁹⁷⁵", None), GOOD[0]]
    rows.append(("Đỗ Văn Hải", "0912 555 012", "Chủ tịch UBND xã", "١٩٧٥", None))
    result = parse_roster(upload(rows), unit=units["dai_tu"])
    assert [(error.row, error.column) for error in result.errors] == [(2, "Năm sinh"), (4, "Năm sinh")]
    assert all(error.message.startswith("Năm sinh phải là năm có 4 chữ số") for error in result.errors)
    with pytest.raises(roster.RosterInvalid):
        import_roster(result, unit=units["dai_tu"], by=None)
