import dataclasses
import datetime
import io
import re
import unicodedata

import pypdfium2
import pytest
import zxingcpp
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from certificates.pdf import (
    CertificateData,
    render_certificate,
    render_certificates,
    vietnamese_date,
)
from cms.pdf import FONT_DIR, REGULAR

WIDTH, HEIGHT = 841.89, 595.28  # A4 landscape, in points
FRAME = 11 * mm  # the inner line of the border
LONG_NAME = "Công Tôn Nữ Thị Hoàng Nguyên Phương Thảo"
LONG_TITLE = (
    "Kỹ năng số cho cán bộ, công chức cấp xã: khai thác Cổng Dịch vụ công quốc gia, chữ ký số, "
    "bảo đảm an toàn thông tin và phòng chống lừa đảo trực tuyến trong công việc hằng ngày"
)


def _png(image: Image.Image, kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def _signature() -> bytes:
    image = Image.new("RGBA", (1200, 500), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(80, 380), (200, 120), (260, 400), (380, 150), (450, 360), (600, 200), (900, 180), (1100, 260)]
    draw.line(points, fill=(20, 40, 140, 255), width=14, joint="curve")
    return _png(image)


def _seal() -> bytes:
    image = Image.new("RGBA", (800, 800), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 780, 780), outline=(210, 20, 30, 255), width=40)
    draw.regular_polygon((400, 400, 150), 5, fill=(210, 20, 30, 255))
    return _png(image)


def _scanned_signature() -> bytes:
    """A phone photo of a signature on off-white paper: grainy, no transparency, JPEG."""
    ink = Image.open(io.BytesIO(_signature()))
    paper = Image.new("RGBA", (3000, 1250), (238, 235, 226, 255))
    paper.alpha_composite(ink.resize(paper.size))
    grain = Image.effect_noise(paper.size, 14).convert("RGB")
    return _png(ImageChops.add(paper.convert("RGB"), grain, 1, -128), "JPEG")


DATA = CertificateData(
    holder_name="Nguyễn Thị Hoà",
    course_title="An toàn thông tin và phòng chống lừa đảo trực tuyến",
    issued_on=datetime.date(2026, 1, 5),
    serial="01-2026-000123",
    verify_url="https://hocso.vn/xac-minh/k3m9x2p7q4r8t6v5/",
    issuing_unit="UBND xã Tân Phong",
    issuing_place="Tân Phong",
    holder_unit="Xã Tân Phong, Tỉnh Lai Châu",
    signer_title="Chủ tịch",
    signer_name="Lò Văn Thắng",
)
SIGNED = dataclasses.replace(DATA, signature_png=_signature(), seal_png=_seal())


def _text(pdf: bytes, page: int = 0) -> str:
    raw = PdfReader(io.BytesIO(pdf)).pages[page].extract_text()
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _runs(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """Each drawn string as (text, left, baseline, right, size), from the PDF itself."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    runs = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        face = re.sub(r"^/[A-Z]{6}\+", "", str(font["/BaseFont"]))
        face = {"BeVietnamPro-Regular": REGULAR}.get(face, face)
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        text = unicodedata.normalize("NFC", text.strip())
        runs.append((text, x, y, x + pdfmetrics.stringWidth(text, face, size), size))

    page.extract_text(visitor_text=visit)
    return runs


def _render_png(pdf: bytes) -> Image.Image:
    return pypdfium2.PdfDocument(pdf)[0].render(scale=2).to_pil().convert("RGB")


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Hoà", "Đặng Văn Lưỡng", "Ưng Hoàng Phúc", "Huỳnh Thị Ngọc Bích", LONG_NAME],
)
def test_every_diacritic_of_the_name_survives_text_extraction(name):
    pdf = render_certificate(dataclasses.replace(DATA, holder_name=name))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _text(pdf)
    for expected in (
        name,
        "An toàn thông tin và phòng chống lừa đảo trực tuyến",
        "Số: 01-2026-000123",
        "Tân Phong, ngày 05 tháng 01 năm 2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND XÃ TÂN PHONG",
        "GIẤY CHỨNG NHẬN",
        "Chứng nhận ông/bà:",
        "Xã Tân Phong, Tỉnh Lai Châu",
        "Đã hoàn thành khóa học:",
        "CHỦ TỊCH",
        "Lò Văn Thắng",
        "Quét mã để xác minh",
        "https://hocso.vn/xac-minh/k3m9x2p7q4r8t6v5/",
    ):
        assert expected in text


def test_the_page_is_a4_landscape_with_the_holder_and_unit_in_its_metadata():
    reader = PdfReader(io.BytesIO(render_certificate(DATA)))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((WIDTH, HEIGHT), abs=0.1)
    assert reader.metadata.title == "Giấy chứng nhận – Nguyễn Thị Hoà"
    assert reader.metadata.author == "UBND xã Tân Phong"


def test_every_font_is_an_embedded_subset_of_be_vietnam_pro():
    pdf = render_certificate(DATA)
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    full_size = (FONT_DIR / "BeVietnamPro-Regular.ttf").stat().st_size
    for font in fonts:
        font = font.get_object()
        assert re.fullmatch(r"/[A-Z]{6}\+BeVietnamPro-\w+", str(font["/BaseFont"]))
        stream = font["/FontDescriptor"]["/FontFile2"].get_object()
        assert len(stream.get_data()) < full_size / 3


def test_the_page_is_drawn_with_the_name_where_the_pdf_puts_it_and_a_qr_that_opens_verification():
    pdf = render_certificate(DATA)
    image = _render_png(pdf)
    grey = image.convert("L")
    histogram = grey.histogram()
    assert sum(histogram[:96]) > 0.01 * sum(histogram), "page is nearly blank"

    (_, left, baseline, right, size) = next(run for run in _runs(pdf) if run[0] == DATA.holder_name)
    scale = image.width / WIDTH
    band = grey.crop(
        (
            int(left * scale),
            int((HEIGHT - baseline - size * 0.7) * scale),
            int(right * scale),
            int((HEIGHT - baseline) * scale),
        )
    )
    dark = sum(1 for level in band.get_flattened_data() if level < 96)
    assert dark > 0.15 * band.width * band.height, "the name is not on the page where the PDF says"

    assert [code.text for code in zxingcpp.read_barcodes(image)] == [DATA.verify_url]


def test_a_long_name_and_course_title_stay_whole_inside_the_frame_and_clear_of_the_signature():
    data = dataclasses.replace(
        SIGNED,
        holder_name=LONG_NAME + " Tôn Nữ Hoàng",
        course_title=LONG_TITLE,
        issuing_unit="Tổ công nghệ số cộng đồng xã Tân Phong, tỉnh Lai Châu",
        signer_title="TM. Ủy ban nhân dân\nChủ tịch",
    )
    pdf = render_certificate(data)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _text(pdf)
    assert data.holder_name in text
    assert LONG_TITLE in text
    runs = _runs(pdf)
    for text, left, baseline, right, _size in runs:
        assert FRAME < left and right < WIDTH - FRAME, text
        assert FRAME < baseline < HEIGHT - FRAME, text
    date = next(run for run in runs if "ngày 05 tháng 01 năm 2026" in run[0])
    last_title_line = next(run for run in runs if run[0].endswith("trong công việc hằng ngày"))
    # The course title's descenders stay above the date line's accents.
    assert last_title_line[2] - 0.3 * last_title_line[4] > date[2] + date[4]


def test_without_a_place_the_date_line_starts_with_a_capital():
    text = _text(render_certificate(dataclasses.replace(DATA, issuing_place="")))
    assert "Ngày 05 tháng 01 năm 2026" in text


def test_the_paper_is_vietnamese_whatever_language_the_reader_chose():
    with translation.override("en"):
        assert gettext("GIẤY CHỨNG NHẬN") != "GIẤY CHỨNG NHẬN"
        one = _text(render_certificate(DATA))
        many = _text(render_certificates([DATA]))
    for text in (one, many):
        assert "GIẤY CHỨNG NHẬN" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "ngày 05 tháng 01 năm 2026" in text


def test_optional_lines_are_left_out_when_blank():
    bare = dataclasses.replace(DATA, holder_unit="", signer_title="", signer_name="")
    text = _text(render_certificate(bare))
    assert "Xã Tân Phong, Tỉnh Lai Châu" not in text
    assert "CHỦ TỊCH" not in text
    assert "Lò Văn Thắng" not in text
    assert "Nguyễn Thị Hoà" in text


def _images(pdf: bytes) -> list:
    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/XObject", {}).values():
            if ref.get_object()["/Subtype"] == "/Image":
                found[ref.idnum] = ref.get_object()
    return list(found.values())


def _seal_pixels(image: Image.Image) -> int:
    """Bright red pixels around the signature: the seal's ink, not the darker red of text and frame."""
    w, h = image.size
    corner = image.crop((int(w * 0.55), int(h * 0.6), int(w * 0.9), int(h * 0.9)))
    return sum(1 for r, g, b in corner.get_flattened_data() if r > 170 and g < 90 and b < 90)


def test_signature_and_seal_are_drawn_only_when_given():
    plain = render_certificate(DATA)
    assert _images(plain) == []
    assert _seal_pixels(_render_png(plain)) == 0

    signed = render_certificate(SIGNED)
    assert len(_images(signed)) == 2
    assert _seal_pixels(_render_png(signed)) > 500
    # The seal overlaps the signature yet the QR code still reads, and the name is unchanged.
    assert [code.text for code in zxingcpp.read_barcodes(_render_png(signed))] == [DATA.verify_url]


def test_a_grainy_scanned_signature_keeps_the_file_within_its_budget():
    pdf = render_certificate(dataclasses.replace(SIGNED, signature_png=_scanned_signature()))
    assert len(pdf) <= 150_000
    assert len(render_certificate(SIGNED)) <= 150_000


def test_bulk_gives_one_page_per_certificate_with_fonts_and_images_embedded_once():
    names = ["Đặng Văn Lưỡng", "Ưng Hoàng Phúc", "Huỳnh Thị Ngọc Bích"]
    items = [
        dataclasses.replace(SIGNED, holder_name=name, serial=f"01-2026-00012{index}")
        for index, name in enumerate(names)
    ]
    pdf = render_certificates(items)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for index, name in enumerate(names):
        text = _text(pdf, page=index)
        assert name in text
        assert f"Số: 01-2026-00012{index}" in text
    single = render_certificate(items[0])
    assert pdf.count(b"/FontFile2") == single.count(b"/FontFile2") == 3
    assert len(_images(pdf)) == 2
    assert len(pdf) < 2 * len(single)


def test_bulk_wording_is_used_for_the_file_title():
    reader = PdfReader(io.BytesIO(render_certificates([DATA, DATA])))
    assert reader.metadata.title == "Giấy chứng nhận (2 bản)"
    assert reader.metadata.author == "UBND xã Tân Phong"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
        (datetime.date(2026, 2, 9), "ngày 09 tháng 02 năm 2026"),
        (datetime.date(2026, 3, 1), "ngày 01 tháng 3 năm 2026"),
        (datetime.date(2026, 9, 30), "ngày 30 tháng 9 năm 2026"),
        (datetime.date(2026, 11, 21), "ngày 21 tháng 11 năm 2026"),
        (datetime.date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
    ],
)
def test_dates_are_written_as_decree_30_writes_them(day, expected):
    assert vietnamese_date(day) == expected
