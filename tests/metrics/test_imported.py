"""Figures the platform cannot compute, entered by managers per commune and month: checked before
anything is saved, scoped by the one scope function, imported from a spreadsheet all or nothing,
and rolled up as sums of numerators over sums of denominators (never averages of percentages)."""

import datetime as dt
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils import timezone

from cms import urls as site_urls
from metrics import urls as metrics_urls
from metrics import urls_imported
from metrics.imported import (
    IMPORTED,
    clean_entry,
    dashboard_imported,
    imported_figures,
    imported_save,
    imported_values,
    parse_score,
    parse_whole,
)
from metrics.imported.definitions import IMPORTED_BY_CODE
from metrics.models.imported import ImportedValue
from metrics.rollup import rollup_rebuild
from metrics.selectors import Period
from tests.factories import login_verified

# The site's URLs with the entry pages inside the metrics namespace, as the lead will include them.
urlpatterns = [
    path("quan-ly/chi-so/", include((urls_imported.urlpatterns + metrics_urls.urlpatterns, "metrics"))),
    *[pattern for pattern in site_urls.urlpatterns if getattr(pattern, "namespace", None) != "metrics"],
]
handler404 = site_urls.handler404
handler500 = site_urls.handler500

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

ONLINE = "dossiers_online_rate"
SCORE = "qd766_score"


def this_month() -> dt.date:
    return timezone.localdate().replace(day=1)


def last_month() -> dt.date:
    return (this_month() - dt.timedelta(days=1)).replace(day=1)


def next_month() -> dt.date:
    return (this_month() + dt.timedelta(days=32)).replace(day=1)


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def signed_in(client, user):
    login_verified(client, user)
    return client


def entry_url(code: str, month: dt.date | None = None) -> str:
    return reverse("metrics:imported_entry", args=[code]) + f"?ky={(month or this_month()):%Y-%m}"


def upload_url(code: str, month: dt.date | None = None) -> str:
    return reverse("metrics:imported_upload", args=[code]) + f"?ky={(month or this_month()):%Y-%m}"


# --- Definitions and typing ----------------------------------------------------------------------


def test_every_imported_indicator_is_defined_in_vietnamese_with_its_kind():
    codes = [indicator.code for indicator in IMPORTED]
    assert len(codes) == len(set(codes))
    for indicator in IMPORTED:
        assert str(indicator.name) and str(indicator.definition) and indicator.source == "I"
        if indicator.is_ratio:
            assert str(indicator.numerator) and str(indicator.denominator)
    online = IMPORTED_BY_CODE[ONLINE]
    assert str(online.numerator) == "Hồ sơ TTHC nộp trực tuyến"
    assert str(online.denominator) == "Tổng số hồ sơ TTHC"
    assert IMPORTED_BY_CODE[SCORE].is_score and IMPORTED_BY_CODE[SCORE].maximum == 100
    assert str(IMPORTED_BY_CODE["qd766_transparency"].name) == "QĐ 766 – Công khai, minh bạch"
    assert {"population_adult", "population_15_plus", "eid_level2_rate"} <= set(codes)
    # Rows 10 to 17 of the national list are all here.
    assert {str(n) for n in range(10, 18)} <= {indicator.national_ref for indicator in IMPORTED}


def test_numbers_are_read_as_vietnamese_people_type_them():
    assert parse_whole("1.234") == 1234 and parse_whole("1 234") == 1234 and parse_whole(1234.0) == 1234
    assert parse_whole("  ") is None
    assert parse_score("85,42") == Decimal("85.42") and parse_score(85.42) == Decimal("85.42")
    for bad, message in (("1,5", "số nguyên"), ("-3", "số âm"), ("12a", "số nguyên"), (2.5, "thập phân")):
        with pytest.raises(ValidationError) as error:
            parse_whole(bad)
        assert message in error.value.messages[0]


# --- Saving and its checks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "given", "field", "message"),
    [
        (
            ONLINE,
            {"numerator": 1200, "denominator": 1000},
            "numerator",
            "Tử số (1.200) không được lớn hơn mẫu số (1.000).",
        ),
        (ONLINE, {"numerator": 5}, "denominator", "Hãy nhập cả mẫu số (Tổng số hồ sơ TTHC)."),
        (ONLINE, {"numerator": -1, "denominator": 10}, "numerator", "Không được là số âm."),
        (
            ONLINE,
            {"numerator": "12,5", "denominator": 100},
            "numerator",
            "Hãy ghi một số nguyên, ví dụ 1234 hoặc 1.234.",
        ),
        (SCORE, {"value": "100,5"}, "value", "Điểm phải từ 0 đến 100."),
        ("qd766_transparency", {"value": 19}, "value", "Điểm phải từ 0 đến 18."),
        (SCORE, {"value": "85,123"}, "value", "Điểm ghi tối đa 2 chữ số sau dấu phẩy."),
        ("population_adult", {"value": "-5"}, "value", "Không được là số âm."),
        ("population_adult", {}, "value", "Hãy nhập số liệu."),
    ],
)
def test_a_wrong_figure_is_refused_with_a_vietnamese_message_and_nothing_is_saved(
    cast_users, units, code, given, field, message
):
    with pytest.raises(ValidationError) as error:
        imported_save(
            unit=units["dai_tu"], month=this_month(), code=code, by=cast_users["commune_manager"], **given
        )
    assert error.value.message_dict[field] == [message]
    assert not ImportedValue.objects.exists()


def test_a_month_that_has_not_begun_is_refused(cast_users, units):
    with pytest.raises(ValidationError) as error:
        imported_save(
            unit=units["dai_tu"],
            month=next_month(),
            code=ONLINE,
            numerator=1,
            denominator=2,
            by=cast_users["commune_manager"],
        )
    assert "chưa đến" in error.value.messages[0]
    assert not ImportedValue.objects.exists()


@pytest.mark.parametrize(
    ("manager", "unit"),
    [
        ("commune_manager", "phong_quang"),
        ("province_manager", "ba_dinh"),
        ("province_manager", "thai_nguyen"),
    ],
)
def test_a_manager_cannot_save_for_a_unit_outside_their_communes(cast_users, units, manager, unit):
    with pytest.raises(ValidationError) as error:
        imported_save(
            unit=units[unit],
            month=this_month(),
            code=ONLINE,
            numerator=1,
            denominator=2,
            by=cast_users[manager],
        )
    assert "không thuộc phạm vi quản lý của bạn" in error.value.messages[0]
    assert not ImportedValue.objects.exists()


def test_a_merged_commune_takes_no_new_figures(cast_users, units):
    units["phong_quang"].replaced_by = units["dai_tu"]
    units["phong_quang"].save()
    with pytest.raises(ValidationError):
        imported_save(
            unit=units["phong_quang"],
            month=this_month(),
            code=ONLINE,
            numerator=1,
            denominator=2,
            by=cast_users["province_manager"],
        )


def test_saving_again_replaces_the_figure_and_keeps_one_row(cast_users, units):
    manager = cast_users["commune_manager"]
    imported_save(
        unit=units["dai_tu"], month=this_month(), code=ONLINE, numerator=10, denominator=20, by=manager
    )
    row = imported_save(
        unit=units["dai_tu"],
        month=this_month(),
        code=ONLINE,
        numerator="1.500",
        denominator="2.000",
        by=manager,
        source="Cổng DVCQG",
    )
    assert ImportedValue.objects.count() == 1
    assert (row.numerator, row.denominator, row.source, row.entered_by) == (1500, 2000, "Cổng DVCQG", manager)
    (reading,) = imported_values(
        Period.month(this_month()), units=[units["dai_tu"].pk], indicators=[IMPORTED_BY_CODE[ONLINE]]
    )
    assert reading.display == "75,0%" and reading.parts == "1.500 / 2.000" and reading.source == "Cổng DVCQG"


# --- Roll-ups ------------------------------------------------------------------------------------


def test_a_province_ratio_is_summed_numerators_over_summed_denominators_not_an_average(cast_users, units):
    manager = cast_users["province_manager"]
    month = this_month()
    # A small commune at 90% and a large one at 10%: the average of percentages would say 50%.
    imported_save(unit=units["dai_tu"], month=month, code=ONLINE, numerator=90, denominator=100, by=manager)
    imported_save(
        unit=units["phong_quang"], month=month, code=ONLINE, numerator=100, denominator=1000, by=manager
    )
    period = Period.month(month)
    figures = imported_figures(period, province=units["thai_nguyen"].pk)[None][ONLINE]
    assert (figures.numerator, figures.denominator, figures.reported) == (190, 1100, 2)
    readings = {r.indicator.code: r for r in imported_values(period, province=units["thai_nguyen"].pk)}
    online = readings[ONLINE]
    assert online.value == Decimal("17.3") and online.display == "17,3%"  # 190 / 1.100
    assert online.parts == "190 / 1.100"
    assert (online.reported, online.expected) == (2, 2)
    assert (online.spread.lowest, online.spread.highest) == (Decimal("10.0"), Decimal("90.0"))
    assert online.below_target == 1  # Phong Quang under the 80% target
    # The same two communes given as ids roll up the same way.
    both = imported_values(
        period, units=[units["dai_tu"].pk, units["phong_quang"].pk], indicators=[online.indicator]
    )
    assert both[0].value == Decimal("17.3")


def test_a_score_rolls_up_as_a_spread_across_communes_not_a_sum(cast_users, units):
    manager = cast_users["province_manager"]
    month = this_month()
    imported_save(unit=units["dai_tu"], month=month, code=SCORE, value="80,5", by=manager)
    imported_save(unit=units["phong_quang"], month=month, code=SCORE, value=62, by=manager)
    (one,) = imported_values(
        Period.month(month), units=[units["dai_tu"].pk], indicators=[IMPORTED_BY_CODE[SCORE]]
    )
    assert one.value == Decimal("80.5") and one.display == "80,5"
    (province,) = imported_values(
        Period.month(month), province=units["thai_nguyen"].pk, indicators=[IMPORTED_BY_CODE[SCORE]]
    )
    assert province.value is None  # a score has no parts to add up
    assert (province.spread.lowest, province.spread.median, province.spread.highest) == (
        Decimal("62"),
        Decimal("71.3"),
        Decimal("80.5"),
    )
    assert province.display == "62 / 71,3 / 80,5"


def test_counts_add_up_and_a_period_reads_its_last_month(cast_users, units):
    manager = cast_users["province_manager"]
    earlier = last_month()
    imported_save(unit=units["dai_tu"], month=earlier, code="population_adult", value=9000, by=manager)
    imported_save(unit=units["dai_tu"], month=this_month(), code="population_adult", value=9100, by=manager)
    imported_save(
        unit=units["phong_quang"], month=this_month(), code="population_adult", value="12.000", by=manager
    )
    indicator = [IMPORTED_BY_CODE["population_adult"]]
    (total,) = imported_values(
        Period(earlier, this_month()), province=units["thai_nguyen"].pk, indicators=indicator
    )
    assert total.value == 21100 and total.display == "21.100"
    (before,) = imported_values(Period.month(earlier), province=units["thai_nguyen"].pk, indicators=indicator)
    assert before.value == 9000 and before.reported == 1 and before.expected == 2


def test_a_merged_communes_figures_count_for_its_successor(cast_users, units):
    manager = cast_users["province_manager"]
    earlier = last_month()
    imported_save(unit=units["dai_tu"], month=earlier, code=ONLINE, numerator=40, denominator=50, by=manager)
    imported_save(
        unit=units["phong_quang"], month=earlier, code=ONLINE, numerator=10, denominator=50, by=manager
    )
    units["phong_quang"].replaced_by = units["dai_tu"]
    units["phong_quang"].effective_to = this_month()
    units["phong_quang"].save()
    rollup_rebuild()
    (reading,) = imported_values(
        Period.month(earlier), units=[units["dai_tu"].pk], indicators=[IMPORTED_BY_CODE[ONLINE]]
    )
    assert reading.parts == "50 / 100" and reading.display == "50,0%"
    assert (
        ImportedValue.objects.get(unit=units["phong_quang"]).numerator == 10
    )  # the record itself is untouched


# --- The panel beside the platform's figures -----------------------------------------------------


def test_the_commune_panel_shows_each_figure_its_parts_month_and_source_or_not_entered(cast_users, units):
    manager = cast_users["commune_manager"]
    month = this_month()
    imported_save(
        unit=units["dai_tu"],
        month=month,
        code=ONLINE,
        numerator=1234,
        denominator=2000,
        by=manager,
        source="Cổng Dịch vụ công quốc gia",
    )
    imported_save(unit=units["dai_tu"], month=last_month(), code=SCORE, value="77,25", by=manager)
    html = re.sub(
        r"\s+",
        " ",
        render_to_string(
            "metrics/includes/imported_panel.html", dashboard_imported(units["dai_tu"], Period.month(month))
        ),
    )
    row = re.search(
        r"<tr[^>]*><th scope=\"row\"><span[^>]*>Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến</span>.*?</tr>",
        html,
    )
    assert row, html
    assert "61,7%" in row[0] and "1.234 / 2.000" in row[0] and f"{month:%m/%Y}" in row[0]
    assert "Cổng Dịch vụ công quốc gia" in row[0]
    assert 'class="late"' in row[0]  # under the 80% target
    score = re.search(r"Điểm Chỉ số phục vụ người dân, doanh nghiệp \(QĐ 766\)</span>.*?</tr>", html)[0]
    assert "chưa nhập" in score and f"gần nhất: tháng {last_month():%m/%Y}" in score
    assert html.count("chưa nhập") == len(IMPORTED) - 1
    assert reverse("metrics:imported_entry", args=["05830"]) + f"?ky={month:%Y-%m}" in html


def test_the_province_panel_shows_recomputed_ratios_and_how_many_communes_entered(cast_users, units):
    manager = cast_users["province_manager"]
    month = this_month()
    imported_save(unit=units["dai_tu"], month=month, code=ONLINE, numerator=90, denominator=100, by=manager)
    imported_save(
        unit=units["phong_quang"], month=month, code=ONLINE, numerator=100, denominator=1000, by=manager
    )
    imported_save(
        unit=units["ba_dinh"], month=month, code=ONLINE, numerator=1, denominator=1, by=cast_users["admin"]
    )
    html = re.sub(
        r"\s+",
        " ",
        render_to_string(
            "metrics/includes/imported_panel.html",
            dashboard_imported(units["thai_nguyen"], Period.month(month)),
        ),
    )
    row = re.search(r"Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến</span>.*?</tr>", html)[0]
    # The result is 190 / 1.100, not the 50% average of 90% and 10%; Ba Đình (Hà Nội) is not counted.
    assert "<strong>17,3%</strong>" in row and "190 / 1.100" in row and "2/2" in row
    assert "10,0% / 50,0% / 90,0%" in row and "1 xã dưới chỉ tiêu" in row
    assert reverse("metrics:imported_upload", args=["19"]) in html


# --- The entry form ------------------------------------------------------------------------------


def test_a_commune_manager_enters_the_month_in_one_form_and_sees_it_again(client, cast_users, units):
    client = signed_in(client, cast_users["commune_manager"])
    page = client.get(entry_url("05830"))
    assert page.status_code == 200
    assert "Tử số: Hồ sơ TTHC nộp trực tuyến" in text(page) and "Mẫu số: Tổng số hồ sơ TTHC" in text(page)
    response = client.post(
        entry_url("05830"),
        {
            f"{ONLINE}__numerator": "1.234",
            f"{ONLINE}__denominator": "2000",
            f"{ONLINE}__source": "Cổng DVCQG",
            f"{SCORE}__value": "81,5",
            "population_adult__value": "9 100",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("metrics:unit", args=["05830"]) + f"?ky={this_month():%Y-%m}"
    stored = {row.code: row for row in ImportedValue.objects.filter(unit=units["dai_tu"], month=this_month())}
    assert (stored[ONLINE].numerator, stored[ONLINE].denominator, stored[ONLINE].source) == (
        1234,
        2000,
        "Cổng DVCQG",
    )
    assert stored[SCORE].value == Decimal("81.5") and stored["population_adult"].numerator == 9100
    assert set(stored) == {ONLINE, SCORE, "population_adult"}
    again = text(client.get(entry_url("05830")))
    assert 'value="1234"' in again and 'value="81,5"' in again and 'value="9100"' in again
    # Clearing a figure removes it for that month.
    client.post(entry_url("05830"), {f"{SCORE}__value": "81,5", "population_adult__value": "9100"})
    assert not ImportedValue.objects.filter(code=ONLINE).exists()


def test_one_wrong_field_saves_nothing_and_says_what_to_fix(client, cast_users, units):
    client = signed_in(client, cast_users["commune_manager"])
    response = client.post(
        entry_url("05830"),
        {
            f"{ONLINE}__numerator": "3000",
            f"{ONLINE}__denominator": "2000",
            "population_adult__value": "9100",
        },
    )
    assert response.status_code == 200
    page = text(response)
    assert "Tử số (3.000) không được lớn hơn mẫu số (2.000)." in page
    assert "Chưa có số liệu nào được lưu" in page
    assert not ImportedValue.objects.exists()


def test_a_future_or_malformed_month_is_refused(client, cast_users, units):
    client = signed_in(client, cast_users["commune_manager"])
    assert client.get(entry_url("05830", next_month())).status_code == 400
    assert client.get(reverse("metrics:imported_entry", args=["05830"]) + "?ky=2026-13").status_code == 400


@pytest.mark.parametrize("code", ["01849", "00004", "khong-co"])
def test_a_commune_manager_entering_for_another_commune_gets_not_found(client, cast_users, units, code):
    client = signed_in(client, cast_users["commune_manager"])
    assert client.get(entry_url(code)).status_code == 404
    response = client.post(entry_url(code), {f"{ONLINE}__numerator": "1", f"{ONLINE}__denominator": "2"})
    assert response.status_code == 404
    assert client.get(upload_url(code)).status_code == 404
    assert not ImportedValue.objects.exists()


def test_a_province_manager_enters_for_their_communes_only(client, cast_users, units):
    client = signed_in(client, cast_users["province_manager"])
    assert client.get(entry_url("01849")).status_code == 200
    for code in ("00004", "01"):
        assert client.get(entry_url(code)).status_code == 404
        assert client.get(upload_url(code)).status_code == 404
        template = reverse("metrics:imported_template", args=[code])
        assert client.get(template).status_code == 404
    response = client.post(entry_url("00004"), {f"{ONLINE}__numerator": "1", f"{ONLINE}__denominator": "2"})
    assert response.status_code == 404
    assert not ImportedValue.objects.exists()
    # Their own province's entry page sends them to the upload for all its communes.
    assert client.get(entry_url("19"))["Location"] == upload_url("19")


def test_a_citizen_cannot_reach_the_entry_pages(client, cast_users, units):
    client = signed_in(client, cast_users["citizen"])
    assert client.get(entry_url("05830")).status_code in (302, 403)


# --- The spreadsheet -----------------------------------------------------------------------------


def template_book(client, code: str):
    response = client.get(reverse("metrics:imported_template", args=[code]) + f"?ky={this_month():%Y-%m}")
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(response.content))


def column(sheet, header: str) -> int:
    headers = [cell.value for cell in sheet[1]]
    return headers.index(header) + 1


def row_of(sheet, code: str) -> int:
    return next(row for row in range(2, sheet.max_row + 1) if sheet.cell(row=row, column=1).value == code)


def as_upload(book) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("so-lieu.xlsx", buffer.getvalue())


def test_the_template_lists_the_provinces_communes_with_vietnamese_headers_and_stored_figures(
    client, cast_users, units
):
    imported_save(
        unit=units["dai_tu"],
        month=this_month(),
        code=ONLINE,
        numerator=7,
        denominator=9,
        by=cast_users["admin"],
    )
    book = template_book(signed_in(client, cast_users["province_manager"]), "19")
    sheet = book["Số liệu"]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:3] == ["Mã xã", "Tên xã", "Tháng (mm/yyyy)"]
    assert "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến - Tử số" in headers
    assert "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến - Mẫu số" in headers
    assert "Điểm Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) (điểm 0–100)" in headers
    assert "Dân số trưởng thành (từ 18 tuổi)" in headers
    codes = [sheet.cell(row=row, column=1).value for row in range(2, sheet.max_row + 1)]
    assert sorted(codes) == ["01849", "05830"]  # Ba Đình is in another province
    dai_tu = row_of(sheet, "05830")
    assert sheet.cell(row=dai_tu, column=3).value == f"{this_month():%m/%Y}"
    assert sheet.cell(row=dai_tu, column=column(sheet, headers[3])).value == 7
    assert "Hướng dẫn" in book.sheetnames


def test_a_province_manager_imports_many_communes_at_once(client, cast_users, units):
    client = signed_in(client, cast_users["province_manager"])
    book = template_book(client, "19")
    sheet = book["Số liệu"]
    name = "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"
    for code, top, bottom, score in (("05830", 90, 100, "80,5"), ("01849", 100, 1000, 62)):
        row = row_of(sheet, code)
        sheet.cell(row=row, column=column(sheet, f"{name} - Tử số"), value=top)
        sheet.cell(row=row, column=column(sheet, f"{name} - Mẫu số"), value=bottom)
        sheet.cell(
            row=row,
            column=column(sheet, "Điểm Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) (điểm 0–100)"),
            value=score,
        )
    # A row for last month, typed as Excel turns 10/2026 into a date, with the code as a number.
    sheet.append([int("01849"), "Xã Phong Quang", dt.datetime.combine(last_month(), dt.time()), 5, 10])
    response = client.post(upload_url("19"), {"file": as_upload(book), "source": "Cổng DVCQG"})
    assert response.status_code == 200
    assert "Đã nhập số liệu" in text(response)
    assert ImportedValue.objects.filter(month=this_month()).count() == 4
    earlier = ImportedValue.objects.get(unit=units["phong_quang"], month=last_month(), code=ONLINE)
    assert (earlier.numerator, earlier.denominator, earlier.source) == (5, 10, "Cổng DVCQG")
    (reading,) = imported_values(
        Period.month(this_month()), province=units["thai_nguyen"].pk, indicators=[IMPORTED_BY_CODE[ONLINE]]
    )
    assert reading.parts == "190 / 1.100"
    # The same file again changes nothing.
    stamps = list(ImportedValue.objects.order_by("pk").values_list("entered_at", flat=True))
    again = client.post(upload_url("19"), {"file": as_upload(book)})
    assert re.search(r"Giữ nguyên</strong> <span class=\"count\">5<", text(again))
    assert list(ImportedValue.objects.order_by("pk").values_list("entered_at", flat=True)) == stamps


def test_one_wrong_row_imports_nothing_and_every_error_is_listed_by_row_and_column(client, cast_users, units):
    client = signed_in(client, cast_users["province_manager"])
    book = template_book(client, "19")
    sheet = book["Số liệu"]
    name = "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"
    top, bottom = column(sheet, f"{name} - Tử số"), column(sheet, f"{name} - Mẫu số")
    good, bad = row_of(sheet, "05830"), row_of(sheet, "01849")
    sheet.cell(row=good, column=top, value=90)
    sheet.cell(row=good, column=bottom, value=100)
    sheet.cell(row=bad, column=top, value=1200)
    sheet.cell(row=bad, column=bottom, value=1000)
    sheet.append(["00004", "Phường Ba Đình", f"{this_month():%m/%Y}", 1, 2])  # another province
    sheet.append(["05830", "Xã Đại Từ", f"{next_month():%m/%Y}", 1, 2])  # a month not yet begun
    response = client.post(upload_url("19"), {"file": as_upload(book)})
    assert response.status_code == 200
    page = text(response)
    assert "Không có dòng nào được nhập." in page
    assert (
        f"<td>{bad}</td><td>{name} - Tử số</td><td>Tử số (1.200) không được lớn hơn mẫu số (1.000).</td>"
        in page
    )
    assert (
        "<td>4</td><td>Mã xã</td><td>Mã 00004 không phải một xã, phường, đặc khu đang hoạt động của Tỉnh Thái Nguyên.</td>"
        in page
    )
    assert "<td>5</td><td>Tháng (mm/yyyy)</td>" in page and "chưa đến" in page
    assert not ImportedValue.objects.exists()


def test_a_file_that_is_not_the_template_is_refused_with_one_message(client, cast_users, units):
    client = signed_in(client, cast_users["province_manager"])
    book = openpyxl.Workbook()
    book.active.append(["Mã xã", "Tháng (mm/yyyy)", "Ghi chú"])
    book.active.append(["05830", "11/2026", "x"])
    response = client.post(upload_url("19"), {"file": as_upload(book)})
    assert "Không nhận ra cột “Ghi chú”" in text(response)
    damaged = SimpleUploadedFile("so-lieu.xlsx", b"PK\x03\x04 not really a workbook")
    assert "tệp có thể bị hỏng" in text(client.post(upload_url("19"), {"file": damaged}))
    assert not ImportedValue.objects.exists()


def test_clean_entry_treats_an_untouched_indicator_as_nothing_entered():
    assert clean_entry(IMPORTED_BY_CODE[ONLINE], numerator="", denominator=" ") is None
    assert clean_entry(IMPORTED_BY_CODE[SCORE], value=None) is None
