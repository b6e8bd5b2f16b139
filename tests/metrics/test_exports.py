"""Downloads of the indicators: real XLSX, CSV and PDF files opened and read back, scoped to the
manager's units, safe against formula injection, logged."""

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from cms.spreadsheets import safe_cell
from learning.models import (
    AdministrativeUnit,
    AuditAction,
    AuditEntry,
    Enrolment,
    Position,
    Requirement,
    Role,
    UnitLevel,
    User,
)
from metrics.periods import parse_period, period_label, period_slug
from metrics.recount import recount
from metrics.report_pdf import CommuneLine, IndicatorLine, ReportData, render_report
from metrics.selectors import Period
from tests.factories import login_verified

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.metrics.urls_for_exports")]

INJECTED = '=HYPERLINK("http://x.example","Bấm")'
SHOTS = Path("/tmp/shots")


# --- Periods --------------------------------------------------------------------------------------


def test_the_period_text_names_a_month_a_year_or_everything_so_far():
    today = dt.date(2026, 11, 20)
    assert parse_period("", today) == Period(dt.date(2026, 11, 1), dt.date(2026, 11, 1))
    assert parse_period("2026-03", today) == Period(dt.date(2026, 3, 1), dt.date(2026, 3, 1))
    assert parse_period("2026", today) == Period(dt.date(2026, 1, 1), dt.date(2026, 11, 1))
    assert parse_period("2025", today) == Period(dt.date(2025, 1, 1), dt.date(2025, 12, 1))
    assert parse_period("luy-ke", today) == Period(dt.date(2000, 1, 1), dt.date(2026, 11, 1))
    for bad in ("2026-13", "2026-00", "2026-12", "2027", "26-11", "1999", "tháng 11", "2026-1", "luyke"):
        assert parse_period(bad, today) is None, bad


def test_the_period_reads_as_a_vietnamese_report_writes_it():
    today = dt.date(2026, 11, 20)
    assert period_label(parse_period("2026-11", today), "2026-11") == "Tháng 11 năm 2026"
    assert period_label(parse_period("2026-01", today), "2026-01") == "Tháng 01 năm 2026"
    assert period_label(parse_period("2026", today), "2026") == "Từ tháng 01 đến tháng 11 năm 2026"
    assert period_label(parse_period("2025", today), "2025") == "Năm 2025"
    assert period_label(parse_period("luy-ke", today), "luy-ke") == "Lũy kế đến tháng 11 năm 2026"
    # Without the text, the kind is read from the months.
    assert period_label(parse_period("2026", today)) == "Từ tháng 01 đến tháng 11 năm 2026"
    assert period_label(parse_period("luy-ke", today)) == "Lũy kế đến tháng 11 năm 2026"
    assert [period_slug(parse_period(text, today), text) for text in ("", "2026-03", "2026", "luy-ke")] == [
        "2026-11",
        "2026-03",
        "2026",
        "luy-ke",
    ]


def test_a_cell_that_would_start_a_formula_is_written_as_text():
    for risky in ("=1+1", "+84 912", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert safe_cell(risky) == "'" + risky
    assert safe_cell("Nguyễn Thị Hồng") == "Nguyễn Thị Hồng"
    assert safe_cell(-3) == -3 and safe_cell(Decimal("45.5")) == Decimal("45.5")
    assert safe_cell(None) == "" and safe_cell(True) == "True"


# --- Data -----------------------------------------------------------------------------------------


def _official(phone, name, unit, position=None):
    return User.objects.create_user(
        phone, "mat-khau-dai-2026", full_name=name, unit=unit, role=Role.OFFICIAL, position=position
    )


def _complete(user, course):
    # Joining may already have enrolled them in a required course.
    Enrolment.objects.update_or_create(user=user, course=course, defaults={"completed_at": timezone.now()})


@pytest.fixture
def commune(site_tree, units, cast_users):
    """Đại Từ: four officials, one has done everything, two are late; Phong Quang: nobody has finished
    (so it ranks first, before Đại Từ); Ba Đình, in another province, one official who finished."""
    today = timezone.localdate()
    signature, payment = site_tree["course"], site_tree["other"]
    clerk = Position.objects.get_or_create(name="Công chức Tư pháp - Hộ tịch")[0]
    Requirement.objects.create(
        course=signature, unit=units["thai_nguyen"], role=Role.OFFICIAL, due_on=today - dt.timedelta(days=3)
    )
    Requirement.objects.create(
        course=payment, unit=units["dai_tu"], role=Role.OFFICIAL, due_on=today + dt.timedelta(days=30)
    )
    Requirement.objects.create(
        course=signature, unit=units["ba_dinh"], role=Role.OFFICIAL, due_on=today + dt.timedelta(days=30)
    )
    people = {
        "done": _official("0912000101", "Nguyễn Thị Ánh Tuyết", units["dai_tu"], clerk),
        "injected": _official("0912000102", INJECTED, units["dai_tu"], clerk),
        "pending": _official("0912000103", "Lê Văn Đức", units["dai_tu"]),
        "pq1": _official("0912000104", "Lý Văn Sơn", units["phong_quang"]),
        "pq2": _official("0912000105", "Hà Thị Yến", units["phong_quang"]),
        "bd": _official("0912000106", "Ngô Thị Hạnh", units["ba_dinh"]),
    }
    _complete(people["done"], signature)
    _complete(people["done"], payment)
    _complete(people["pending"], signature)
    _complete(people["bd"], signature)
    _complete(cast_users["citizen"], payment)
    recount(repair=True)
    return people


@pytest.fixture
def commune_client(cast_users):
    client = Client()
    login_verified(client, cast_users["commune_manager"])
    return client


@pytest.fixture
def province_client(cast_users):
    client = Client()
    login_verified(client, cast_users["province_manager"])
    return client


def _month() -> str:
    return f"{timezone.localdate():%Y-%m}"


def _sheet(response):
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


def _rows(sheet, header_row=4):
    return [list(row) for row in sheet.iter_rows(min_row=header_row, values_only=True)]


# --- XLSX -----------------------------------------------------------------------------------------


def test_the_commune_indicators_workbook_has_a_title_a_frozen_bold_header_and_real_numbers(
    commune, commune_client
):
    response = commune_client.get(f"/quan-ly/chi-so/05830/xuat.xlsx?ky={_month()}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="chi-so-05830-{_month()}.xlsx"'
    sheet = _sheet(response)
    assert sheet["A1"].value == "Chỉ tiêu đào tạo kỹ năng số"
    assert "Xã Đại Từ (mã 05830)" in sheet["A2"].value
    assert period_label(parse_period(_month(), timezone.localdate())) in sheet["A2"].value
    assert [cell.value for cell in sheet[4]] == [
        "STT",
        "Nhóm",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kết quả",
        "Tử số",
        "Mẫu số",
    ]
    assert all(cell.font.b for cell in sheet[4])
    assert sheet.freeze_panes == "A5"
    assert sheet.column_dimensions["C"].width >= 40
    by_name = {row[2]: row for row in _rows(sheet)[1:]}
    # Four officials (the demo cast's official and three more): one finished everything, two are late.
    roster = by_name["Cán bộ, công chức trong danh sách"]
    assert roster[3:] == ["người", 4, None, None]
    assert by_name["Cán bộ quá hạn"][4] == 2
    rate = by_name["Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"]
    assert rate[3:] == ["%", 25, 1, 4]
    cell = next(row[4] for row in sheet.iter_rows(min_row=5) if row[2].value == rate[2])
    assert cell.data_type == "n" and cell.number_format == "#,##0.0#"
    assert by_name["Tỷ lệ cán bộ được bồi dưỡng kỹ năng số"][4] == 50
    assert by_name["Lượt hoàn thành khóa học"][4] == 4  # three officials' and a citizen's


def test_the_officials_workbook_lists_who_is_missing_what_and_never_runs_a_name(commune, commune_client):
    response = commune_client.get("/quan-ly/chi-so/05830/xuat.xlsx?bang=can-bo")
    assert response.status_code == 200
    today = timezone.localdate()
    assert response["Content-Disposition"] == f'attachment; filename="can-bo-05830-{today:%Y-%m-%d}.xlsx"'
    sheet = _sheet(response)
    header, *rows = _rows(sheet)
    assert header[:3] == ["STT", "Họ và tên", "Chức vụ"] and header[-1] == "Khóa học còn thiếu"
    by_name = {row[1]: row for row in rows}
    assert set(by_name) == {"Nguyễn Thị Ánh Tuyết", "'" + INJECTED, "Lê Văn Đức", "Phạm Văn Bình"}
    assert by_name["Nguyễn Thị Ánh Tuyết"][2:] == [
        "Công chức Tư pháp - Hộ tịch",
        2,
        2,
        0,
        "Đã hoàn thành",
        None,
    ]
    assert by_name["Lê Văn Đức"][3:7] == [2, 1, 0, "Đang học"]
    assert by_name["Lê Văn Đức"][7] == "Thanh toán an toàn"
    late = by_name["'" + INJECTED]
    assert late[3:7] == [2, 0, 1, "Có khóa quá hạn"]
    assert late[7] == "Chữ ký số cho người dân; Thanh toán an toàn"
    # The late come first.
    assert {rows[0][1], rows[1][1]} == {"'" + INJECTED, "Phạm Văn Bình"}
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert all(not str(cell.value).startswith(("=", "+", "@")) for cell in cells)
    # Nobody from another commune.
    assert "Lý Văn Sơn" not in str(rows) and "Ngô Thị Hạnh" not in str(rows)


def test_the_province_communes_workbook_ranks_the_laggards_first_and_stays_in_the_province(
    commune, province_client
):
    response = province_client.get("/quan-ly/chi-so/19/xuat.xlsx?bang=xa&ky=luy-ke")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="xa-19-luy-ke.xlsx"'
    sheet = _sheet(response)
    header, *rows = _rows(sheet)
    assert header[:3] == ["STT", "Mã đơn vị", "Xã, phường, đặc khu"]
    rate_column = header.index("Tỷ lệ cán bộ hoàn thành khóa học bắt buộc (%)")
    assert [(row[0], row[1], row[rate_column]) for row in rows] == [(1, "01849", 0), (2, "05830", 25)]
    assert "Lũy kế đến tháng" in sheet["A2"].value


def test_a_province_indicators_table_adds_up_its_communes(commune, province_client):
    sheet = _sheet(province_client.get("/quan-ly/chi-so/19/xuat.xlsx"))
    by_name = {row[2]: row for row in _rows(sheet)[1:]}
    # Đại Từ's four and Phong Quang's two; Ba Đình is in Hà Nội. The rate is 1 of 6, not an average.
    assert by_name["Cán bộ, công chức trong danh sách"][4] == 6
    assert by_name["Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"][4:] == [16.7, 1, 6]


# --- CSV ------------------------------------------------------------------------------------------


def test_the_csv_has_a_bom_vietnamese_headers_and_formula_safe_names(commune, commune_client):
    response = commune_client.get("/quan-ly/chi-so/05830/xuat.csv?bang=can-bo")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[:4] == ["STT", "Họ và tên", "Chức vụ", "Khóa bắt buộc được giao"]
    names = [row[1] for row in rows]
    assert "'" + INJECTED in names and INJECTED not in names and "Nguyễn Thị Ánh Tuyết" in names
    assert all(not name.startswith(("=", "+", "-", "@")) for name in names)

    indicators = commune_client.get("/quan-ly/chi-so/05830/xuat.csv")
    assert indicators["Content-Disposition"] == f'attachment; filename="chi-so-05830-{_month()}.csv"'
    header, *rows = list(csv.reader(io.StringIO(indicators.content.decode("utf-8-sig"))))
    assert header == ["STT", "Nhóm", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Tử số", "Mẫu số"]
    by_name = {row[2]: row for row in rows}
    assert by_name["Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"][3:] == ["%", "25.0", "1", "4"]
    assert by_name["Cán bộ, công chức trong danh sách"][4] == "4"


# --- PDF ------------------------------------------------------------------------------------------


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_commune_report_is_an_a4_paper_with_the_national_heading_and_its_numbers(commune, commune_client):
    response = commune_client.get(f"/quan-ly/chi-so/05830/bao-cao.pdf?ky={_month()}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="bao-cao-05830-{_month()}.pdf"'
    reader = PdfReader(io.BytesIO(response.content))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = _text(response.content)
    for expected in (
        "TỈNH THÁI NGUYÊN",
        "XÃ ĐẠI TỪ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO KẾT QUẢ ĐÀO TẠO KỸ NĂNG SỐ",
        period_label(parse_period(_month(), timezone.localdate())),
        "Cán bộ hoàn thành mọi khóa học bắt buộc",
        "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc % 25,0% 1 4",
        "NGƯỜI LẬP BIỂU",
        "THỦ TRƯỞNG ĐƠN VỊ",
        "Đại Từ, ngày",
    ):
        assert expected in " ".join(text.split()), expected
    # No communes table for a commune, and no names in a report of figures.
    assert "KẾT QUẢ CỦA CÁC XÃ" not in text and "Phạm Văn Bình" not in text
    # Only Be Vietnam Pro, embedded: the paper prints the same on any office computer.
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts and all(str(font["/BaseFont"]).split("+")[-1].startswith("BeVietnamPro") for font in fonts)
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_the_province_report_ranks_its_communes_lowest_first(commune, province_client):
    response = province_client.get("/quan-ly/chi-so/19/bao-cao.pdf")
    assert response.status_code == 200
    text = _text(response.content)
    assert "KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU" in text
    assert text.index("Xã Phong Quang") < text.index("Xã Đại Từ")
    assert "Phường Ba Đình" not in text
    assert "16,7%" in text  # 1 of 6 officials in the province
    SHOTS.mkdir(parents=True, exist_ok=True)
    pypdfium2.PdfDocument(response.content)[0].render(scale=2).to_pil().save(SHOTS / "report-province.png")


def test_the_report_is_drawn_from_its_data_alone_and_reads_back(tmp_path):
    data = ReportData(
        unit_name="Xã Nghĩa Đô",
        parent_name="Thành phố Hà Nội",
        unit_code="00166",
        place="Nghĩa Đô",
        period_label="Từ tháng 01 đến tháng 11 năm 2026",
        made_on=dt.date(2026, 12, 5),
        indicators=(
            IndicatorLine("I", "Cán bộ, công chức xã", section=True),
            IndicatorLine("1", "Cán bộ, công chức trong danh sách", "người", "1.234"),
            IndicatorLine("2", "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc", "%", "45,5%", "91", "200"),
        ),
        commune_headers=("Cán bộ", "Tỷ lệ"),
        communes=tuple(CommuneLine(rank, f"Phường Ỷ Lan {rank}", ("12", "8,3%")) for rank in range(1, 80)),
    )
    pdf = render_report(data)
    text = _text(pdf)
    for expected in (
        "THÀNH PHỐ HÀ NỘI",
        "XÃ NGHĨA ĐÔ",
        "Từ tháng 01 đến tháng 11 năm 2026",
        "1.234",
        "45,5%",
        "Nghĩa Đô, ngày 05 tháng 12 năm 2026",
        "Phường Ỷ Lan 79",
    ):
        assert expected in text, expected
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    # The communes table's header repeats on the next page, which carries its number.
    assert pages[1].extract_text().splitlines()[0].strip() == "2"
    assert "Xã, phường, đặc khu" in pages[1].extract_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=2).to_pil().convert("L")
    image.save(SHOTS / "report-pure.png")
    # Ink in the top-left and top-right heading corners, the table in the middle, white margins.
    width, height = image.size
    assert image.crop((0, 0, width // 2, height // 8)).getextrema()[0] < 100
    assert image.crop((width // 2, 0, width, height // 8)).getextrema()[0] < 100
    assert image.crop((0, 0, int(width * 0.09), height)).getextrema()[0] > 200  # the binding margin


def test_the_report_png_for_review(commune, commune_client):
    response = commune_client.get("/quan-ly/chi-so/05830/bao-cao.pdf")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = pypdfium2.PdfDocument(response.content)[0]
    page.render(scale=2).to_pil().save(SHOTS / "report.png")
    assert (SHOTS / "report.png").stat().st_size > 10_000


# --- Access ---------------------------------------------------------------------------------------

DOWNLOADS = ("xuat.xlsx", "xuat.csv", "bao-cao.pdf", "xuat.xlsx?bang=can-bo", "xuat.csv?bang=xa")


def test_a_commune_manager_gets_not_found_for_any_other_unit_and_no_data(commune, commune_client):
    before = AuditEntry.objects.count()
    for code in ("01849", "00004", "19", "01", "99999"):
        for download in DOWNLOADS:
            response = commune_client.get(f"/quan-ly/chi-so/{code}/{download}")
            assert response.status_code == 404, (code, download)
            body = response.content.decode("utf-8", "replace")
            assert "Lý Văn Sơn" not in body and "Ngô Thị Hạnh" not in body
            assert not response.get("Content-Disposition")
    assert AuditEntry.objects.count() == before


def test_a_province_manager_reaches_the_provinces_communes_but_not_another_province(commune, province_client):
    assert province_client.get("/quan-ly/chi-so/01849/xuat.xlsx?bang=can-bo").status_code == 200
    for code in ("00004", "01"):
        assert province_client.get(f"/quan-ly/chi-so/{code}/bao-cao.pdf").status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_and_learners_are_refused(commune, cast_users):
    anonymous = Client()
    for download in DOWNLOADS:
        response = anonymous.get(f"/quan-ly/chi-so/05830/{download}")
        assert response.status_code == 302 and "/tai-khoan/" in response["Location"]
    official = Client()
    official.force_login(cast_users["official"])
    assert official.get("/quan-ly/chi-so/05830/xuat.xlsx").status_code == 403


def test_a_manager_without_the_second_factor_is_asked_for_it(commune, cast_users):
    client = Client()
    client.force_login(cast_users["commune_manager"])
    response = client.get("/quan-ly/chi-so/05830/xuat.xlsx")
    assert response.status_code == 302 and "Content-Disposition" not in response


@pytest.mark.parametrize("period", ["2026-13", "tháng-11", "3000", "1999-01", "9999-12"])
def test_a_period_that_is_not_one_gets_a_vietnamese_message(commune, commune_client, period):
    for download in ("xuat.xlsx", "xuat.csv", "bao-cao.pdf"):
        response = commune_client.get(f"/quan-ly/chi-so/05830/{download}", {"ky": period})
        assert response.status_code == 400
        assert "Kỳ báo cáo" in response.content.decode() and "không hợp lệ" in response.content.decode()
        assert not response.get("Content-Disposition")


def test_a_table_that_the_unit_does_not_have_is_refused_in_vietnamese(
    commune, commune_client, province_client
):
    response = commune_client.get("/quan-ly/chi-so/05830/xuat.xlsx?bang=xa")
    assert response.status_code == 400 and "chỉ có cho một tỉnh" in response.content.decode()
    response = province_client.get("/quan-ly/chi-so/19/xuat.csv?bang=can-bo")
    assert response.status_code == 400 and "chỉ có cho một xã" in response.content.decode()
    response = commune_client.get("/quan-ly/chi-so/05830/xuat.csv?bang=hoc-vien")
    assert response.status_code == 400 and "Không có bảng" in response.content.decode()


def test_every_download_is_written_to_the_audit_log(commune, commune_client, cast_users, units):
    for download in ("xuat.xlsx", "xuat.csv?bang=can-bo", "bao-cao.pdf?ky=luy-ke"):
        assert commune_client.get(f"/quan-ly/chi-so/05830/{download}").status_code == 200
    entries = list(AuditEntry.objects.filter(actor=cast_users["commune_manager"]).order_by("at", "pk"))
    # Only the officials list names people; counts are exports of figures.
    assert [entry.action for entry in entries] == [
        AuditAction.EXPORT_METRICS,
        AuditAction.EXPORT_LEARNERS,
        AuditAction.EXPORT_METRICS,
    ]
    assert all(entry.unit == units["dai_tu"] for entry in entries)
    assert entries[0].detail.startswith("XLSX chi-tieu")
    assert entries[1].detail.startswith("CSV can-bo") and entries[1].detail.endswith("— 4")
    assert entries[2].detail == "PDF bao-cao luy-ke"


# --- The nation -----------------------------------------------------------------------------------


@pytest.fixture
def nation(commune):
    """The fixture's two provinces, and Cao Bằng with no officials listed (so it ranks last)."""
    AdministrativeUnit.objects.create(
        code="04", name="Cao Bằng", name_with_type="Tỉnh Cao Bằng", level=UnitLevel.PROVINCE, kind="tinh"
    )
    recount(repair=True)
    return commune


@pytest.fixture
def admin_client(cast_users):
    client = Client()
    login_verified(client, cast_users["admin"])
    return client


def test_the_nations_indicators_add_up_every_province(nation, admin_client):
    response = admin_client.get(f"/quan-ly/chi-so/xuat.xlsx?bang=chi-tieu&ky={_month()}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="chi-so-toan-quoc-{_month()}.xlsx"'
    sheet = _sheet(response)
    assert sheet["A1"].value == "Chỉ tiêu đào tạo kỹ năng số"
    assert sheet["A2"].value.startswith("Toàn quốc — ")
    by_name = {row[2]: row for row in _rows(sheet)[1:]}
    # Thái Nguyên's six officials and Ba Đình's one; two of the seven finished everything.
    assert by_name["Cán bộ, công chức trong danh sách"][4] == 7
    assert by_name["Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"][4:] == [28.6, 2, 7]


def test_the_provinces_table_ranks_the_laggards_first_and_those_with_no_roster_last(nation, admin_client):
    response = admin_client.get("/quan-ly/chi-so/xuat.xlsx?bang=tinh&ky=luy-ke")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="tinh-toan-quoc-luy-ke.xlsx"'
    sheet = _sheet(response)
    assert sheet["A1"].value == "Kết quả đào tạo kỹ năng số của các tỉnh, thành phố"
    assert "Lũy kế đến tháng" in sheet["A2"].value
    header, *rows = _rows(sheet)
    assert header[:3] == ["STT", "Mã đơn vị", "Tỉnh, thành phố"]
    rate = header.index("Tỷ lệ cán bộ hoàn thành khóa học bắt buộc (%)")
    roster = header.index("Cán bộ, công chức trong danh sách")
    assert [(row[0], row[2], row[roster], row[rate]) for row in rows] == [
        (1, "Tỉnh Thái Nguyên", 6, 16.7),
        (2, "Thành phố Hà Nội", 1, 100),
        (3, "Tỉnh Cao Bằng", 0, None),
    ]


def test_the_nations_csv_tables_read_back_with_a_bom(nation, admin_client):
    response = admin_client.get("/quan-ly/chi-so/xuat.csv?bang=tinh")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="tinh-toan-quoc-{_month()}.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[2] == "Tỉnh, thành phố"
    assert [row[1] for row in rows] == ["19", "01", "04"]
    indicators = admin_client.get("/quan-ly/chi-so/xuat.csv")
    header, *rows = list(csv.reader(io.StringIO(indicators.content.decode("utf-8-sig"))))
    assert header == ["STT", "Nhóm", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Tử số", "Mẫu số"]
    by_name = {row[2]: row for row in rows}
    assert by_name["Tỷ lệ cán bộ hoàn thành khóa học bắt buộc"][3:] == ["%", "28.6", "2", "7"]


def test_the_provinces_table_never_runs_a_unit_name_as_a_formula(nation, admin_client):
    AdministrativeUnit.objects.filter(code="04").update(name_with_type=INJECTED)
    for download in ("xuat.xlsx?bang=tinh", "xuat.csv?bang=tinh"):
        body = admin_client.get(f"/quan-ly/chi-so/{download}").content
        if download.startswith("xuat.xlsx"):
            cells = [cell for row in _sheet_of(body).iter_rows() for cell in row if cell.value is not None]
            assert not [cell for cell in cells if cell.data_type == "f"]
            assert "'" + INJECTED in [cell.value for cell in cells]
        else:
            names = [row[2] for row in csv.reader(io.StringIO(body.decode("utf-8-sig")))]
            assert "'" + INJECTED in names and INJECTED not in names


def _sheet_of(body: bytes):
    return openpyxl.load_workbook(io.BytesIO(body)).active


def test_the_national_report_is_headed_by_the_platform_and_ranks_the_provinces(nation, admin_client):
    response = admin_client.get("/quan-ly/chi-so/bao-cao.pdf?ky=luy-ke")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-toan-quoc-luy-ke.pdf"'
    text = " ".join(_text(response.content).split())
    for expected in (
        "HỌC SỐ",
        "TỔNG HỢP TOÀN QUỐC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO KẾT QUẢ ĐÀO TẠO KỸ NĂNG SỐ",
        "Phạm vi báo cáo: toàn quốc",
        "II. KẾT QUẢ CỦA CÁC TỈNH, THÀNH PHỐ",
        "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc % 28,6% 2 7",
    ):
        assert expected in text, expected
    assert text.index("Tỉnh Thái Nguyên") < text.index("Thành phố Hà Nội") < text.index("Tỉnh Cao Bằng")
    # A report of figures names no one, and no commune.
    assert "Phạm Văn Bình" not in text and "Xã Đại Từ" not in text and "(mã" not in text


def test_the_national_view_links_each_download_and_each_link_works(nation, admin_client):
    page = admin_client.get("/quan-ly/chi-so/?ky=luy-ke")
    assert page.status_code == 200
    links = re.findall(r'href="(/quan-ly/chi-so/(?:xuat|bao-cao)[^"]*)"', page.content.decode())
    links = [link.replace("&amp;", "&") for link in links]
    assert links == [
        "/quan-ly/chi-so/bao-cao.pdf?ky=luy-ke",
        "/quan-ly/chi-so/xuat.xlsx?bang=chi-tieu&ky=luy-ke",
        "/quan-ly/chi-so/xuat.csv?bang=chi-tieu&ky=luy-ke",
        "/quan-ly/chi-so/xuat.xlsx?bang=tinh&ky=luy-ke",
        "/quan-ly/chi-so/xuat.csv?bang=tinh&ky=luy-ke",
    ]
    for link in links:
        response = admin_client.get(link)
        assert response.status_code == 200 and "luy-ke" in response["Content-Disposition"], link


def test_only_national_administrators_download_the_nations_tables(nation, province_client, commune_client):
    before = AuditEntry.objects.count()
    for client in (province_client, commune_client):
        for download in ("xuat.xlsx", "xuat.csv?bang=tinh", "bao-cao.pdf"):
            response = client.get(f"/quan-ly/chi-so/{download}")
            assert response.status_code == 404, download
            assert not response.get("Content-Disposition")
            assert "Thành phố Hà Nội" not in response.content.decode("utf-8", "replace")
    assert AuditEntry.objects.count() == before


def test_an_administrator_without_the_second_factor_gets_no_national_file(nation, cast_users):
    client = Client()
    client.force_login(cast_users["admin"])
    response = client.get("/quan-ly/chi-so/xuat.xlsx")
    assert response.status_code in (302, 403) and "Content-Disposition" not in response


@pytest.mark.parametrize("period", ["2026-13", "tháng-11", "3000", "9999-12"])
def test_a_bad_national_period_gets_the_vietnamese_message(nation, admin_client, period):
    for download in ("xuat.xlsx", "xuat.csv", "bao-cao.pdf"):
        response = admin_client.get(f"/quan-ly/chi-so/{download}", {"ky": period})
        assert response.status_code == 400
        body = response.content.decode()
        assert "Kỳ báo cáo" in body and "không hợp lệ" in body
        assert not response.get("Content-Disposition")


def test_a_national_table_that_does_not_exist_is_refused_in_vietnamese(nation, admin_client):
    for table in ("xa", "can-bo", "hoc-vien"):
        response = admin_client.get("/quan-ly/chi-so/xuat.csv", {"bang": table})
        assert response.status_code == 400 and "Không có bảng" in response.content.decode(), table


def test_every_national_download_is_written_to_the_audit_log(nation, admin_client, cast_users):
    for download in ("xuat.xlsx", "xuat.csv?bang=tinh&ky=luy-ke", "bao-cao.pdf?ky=luy-ke"):
        assert admin_client.get(f"/quan-ly/chi-so/{download}").status_code == 200
    entries = list(AuditEntry.objects.filter(actor=cast_users["admin"]).order_by("at", "pk"))
    assert [entry.action for entry in entries] == [AuditAction.EXPORT_METRICS] * 3
    assert all(entry.unit is None for entry in entries)
    assert entries[0].detail.startswith("XLSX chi-tieu toan-quoc")
    assert entries[1].detail == "CSV tinh toan-quoc luy-ke — 3"
    assert entries[2].detail == "PDF bao-cao toan-quoc luy-ke"
