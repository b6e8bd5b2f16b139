import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from courses.poster import PosterData, render_poster

DATA = PosterData(
    title="An toàn thông tin và phòng chống lừa đảo trực tuyến: nhận diện cuộc gọi giả danh công an, ngân hàng",
    summary="Tự bảo vệ mình trên mạng: đặt mật khẩu mạnh, giữ kín mã OTP, nhận ra chiêu lừa qua điện thoại.",
    url="https://hocso.example.vn/khoa-hoc/an-toan-thong-tin-lua-dao/",
    topic="An toàn thông tin & phòng chống lừa đảo",
    minutes=70,
    lesson_count=6,
    outcomes=["Tạo cụm mật khẩu dài, không dùng lại", "Không bao giờ đọc mã OTP cho người khác"],
    organisation="UBND xã Tân Hòa",
)


def test_poster_text_round_trips_with_every_diacritic():
    reader = PdfReader(io.BytesIO(render_poster(DATA)))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "An toàn thông tin và phòng chống lừa đảo trực tuyến",
        "Quét mã để học ngay",
        "Không bao giờ đọc mã OTP cho người khác",
        "6 bài học · khoảng 70 phút",
        "UBND xã Tân Hòa",
    ):
        assert expected in text


def test_poster_embeds_a_subset_of_the_vietnamese_font():
    reader = PdfReader(io.BytesIO(render_poster(DATA)))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("BeVietnamPro" in name for name in fonts)
    assert len(render_poster(DATA)) < 150_000


def _render_png(pdf: bytes):
    page = pypdfium2.PdfDocument(pdf)[0]
    return page.render(scale=2).to_pil()


def test_poster_renders_to_a_non_blank_page_whose_qr_opens_the_course(tmp_path):
    image = _render_png(render_poster(DATA))
    image.save(tmp_path / "poster.png")
    grey = image.convert("L")
    histogram = grey.histogram()
    assert sum(histogram[:64]) > 0.02 * sum(histogram), "page is nearly blank"
    decoded = zxingcpp.read_barcodes(image)
    assert [code.text for code in decoded] == [DATA.url]


@pytest.mark.django_db
def test_course_poster_is_served_as_a_pdf_with_the_course_url(site_tree, client):
    response = client.get("/khoa-hoc/chu-ky-so/ap-phich/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Chữ ký số cho người dân" in " ".join(text.split())
    decoded = zxingcpp.read_barcodes(_render_png(response.content))
    assert decoded[0].text == "http://localhost/khoa-hoc/chu-ky-so/"
