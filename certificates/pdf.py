"""The certificate of completion: one A4-landscape page laid out like a Vietnamese administrative
paper (issuing unit and number top left, national heading top right, signature and seal bottom
right), with a QR code that opens the public verification page. Pure: data in, PDF bytes out; no
database, so workers, tests and the benchmark call it the same way (its fixed wording follows the
active language)."""

import datetime
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image, ImageOps
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from cms.pdf import BOLD, FONT_DIR, REGULAR, draw_qr, fit_lines, register_fonts

# ASCII85 stream encoding (reportlab's default, for 7-bit mail transports) is done in pure Python
# without the optional rl_accel package: it cost more than half of a render and adds a quarter to
# every image. Binary streams are what every PDF reader expects; this applies process-wide.
rl_config.useA85 = 0

ITALIC = "BeVietnamPro-Italic"
PAGE = landscape(A4)
RED = HexColor("#8e1b1b")
GOLD = HexColor("#b3893a")
INK = HexColor("#221c18")
MUTED = HexColor("#5b524b")
# Nothing is drawn smaller than this: a name or title that still does not fit gets more lines
# instead, since a certificate with a cut name is worse than one with small type.
FLOOR_SIZE = 6
# Signature and seal images are embedded at 300 dpi of their drawn size: enough for print.
SIGNATURE_BOX = (56 * mm, 24 * mm)
SEAL_SIZE = 32 * mm
PRINT_DPI = 300
PAPER_LEVEL = 225  # lighter than any stamp or pen ink
# Vertical layout, baselines and bands measured from the bottom of the page.
HEADER_Y = PAGE[1] - 23 * mm
TITLE_Y = PAGE[1] - 57 * mm
BODY_TOP, BODY_BOTTOM = PAGE[1] - 67 * mm, 74 * mm
DATE_Y, SIGNER_TITLE_Y, SIGNATURE_Y, SIGNER_NAME_Y = 66 * mm, 59.5 * mm, 30 * mm, 19.5 * mm


@dataclass(frozen=True)
class CertificateData:
    holder_name: str
    course_title: str
    issued_on: datetime.date
    serial: str
    verify_url: str
    issuing_unit: str
    issuing_place: str = ""
    holder_unit: str = ""
    signer_title: str = ""
    signer_name: str = ""
    signature_png: bytes | None = None
    seal_png: bytes | None = None
    site_name: str = "Học Số"


def vietnamese_date(day: datetime.date) -> str:
    """The date as Decree 30/2020 writes it: a leading zero for days below 10 and for January and
    February only ("ngày 05 tháng 01 năm 2026", "ngày 21 tháng 3 năm 2026")."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return gettext("ngày %(day)s tháng %(month)s năm %(year)s") % {
        "day": f"{day.day:02d}",
        "month": month,
        "year": day.year,
    }


def render_certificate(data: CertificateData) -> bytes:
    """One certificate as a one-page PDF."""
    with translation.override(settings.LANGUAGE_CODE):
        return _render_one(data)


def render_certificates(items: Iterable[CertificateData]) -> bytes:
    """Many certificates as one PDF for printing in bulk, one page each (no items: no pages).
    The fonts, signature and seal are embedded once for the whole file, not once per page."""
    # A certificate is a Vietnamese paper whatever language the person who asked for it reads.
    with translation.override(settings.LANGUAGE_CODE):
        return _render_many(list(items))


def _render_one(data: CertificateData) -> bytes:
    title = gettext("Giấy chứng nhận – %(name)s") % {"name": data.holder_name}
    return _render([data], title=title, author=data.issuing_unit, subject=data.course_title)


def _render_many(items: list[CertificateData]) -> bytes:
    units = {item.issuing_unit for item in items}
    author = units.pop() if len(units) == 1 else ""
    title = gettext("Giấy chứng nhận (%(count)d bản)") % {"count": len(items)}
    return _render(items, title=title, author=author, subject="")


@cache
def _register_italic() -> None:
    register_fonts()
    pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "BeVietnamPro-Italic.ttf")))


_PREPARED: dict[tuple[str, tuple[float, float]], bytes] = {}


def _prepared(data: bytes, box: tuple[float, float]) -> bytes:
    """The image as a JPEG on white at 300 dpi of its drawn size, made once per process per image.

    Signatures and seals arrive as anything from a clean transparent PNG to a phone photo of a
    stamp on paper. Flattened onto white and drawn with the Multiply blend mode, both look the
    same on the page (white disappears, ink shows through ink, as on paper), so no alpha channel
    is needed; as a JPEG, reportlab embeds the bytes as they are, instead of compressing
    megabytes of pixels into every certificate, and a noisy scan cannot push the file past its
    size budget."""
    key = (hashlib.sha256(data).hexdigest(), box)
    if key not in _PREPARED:
        image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGBA")
        limit = (round(box[0] / 72 * PRINT_DPI), round(box[1] / 72 * PRINT_DPI))
        image.thumbnail(limit, Image.Resampling.LANCZOS)
        flat = Image.new("RGBA", image.size, "white")
        flat.alpha_composite(image)
        flat = flat.convert("RGB")
        # A scan's paper is never quite white; its grain would cost more bytes than the ink.
        flat.paste("white", mask=flat.convert("L").point(lambda level: 255 if level > PAPER_LEVEL else 0))
        buffer = io.BytesIO()
        # Full-resolution colour (no 4:2:0 subsampling), or red seal edges turn soft and pink.
        flat.save(buffer, "JPEG", quality=88, subsampling=0, optimize=True)
        if len(_PREPARED) >= 32:
            _PREPARED.clear()
        _PREPARED[key] = buffer.getvalue()
    return _PREPARED[key]


def _draw_ink(
    canvas: Canvas, data: bytes, *, box: tuple[float, float], x: float, y: float, w: float, h: float
) -> None:
    canvas.saveState()
    canvas.setBlendMode("Multiply")
    # A fresh reader per draw: the cached bytes are shared, a reader's file position is not.
    reader = ImageReader(io.BytesIO(_prepared(data, box)))
    canvas.drawImage(reader, x, y, w, h, preserveAspectRatio=True)
    canvas.restoreState()


def _render(items: list[CertificateData], *, title: str, author: str, subject: str) -> bytes:
    _register_italic()
    buffer = io.BytesIO()
    # Starting in our own font keeps an unused, unembedded Helvetica out of the file.
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(items[0].site_name if items else "Học Số")
    for data in items:
        _draw_page(canvas, data)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(
    text: str, *, font: str, max_size: float, min_size: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """Like fit_lines, but never drops text: below min_size the text gets more lines, and a single
    word wider than the box (a URL) shrinks until it fits."""
    size, lines = fit_lines(
        text, font=font, max_size=max_size, min_size=min_size, width=width, max_lines=max_lines
    )
    if " ".join(lines).split() != text.split():
        size, lines = fit_lines(
            text, font=font, max_size=min_size, min_size=min_size, width=width, max_lines=10_000
        )
    widest = max((pdfmetrics.stringWidth(line, font, size) for line in lines), default=0)
    if widest > width:
        size = max(FLOOR_SIZE, size * width / widest)
    return size, lines


def _centred_lines(
    canvas: Canvas, lines: list[str], *, font: str, size: float, x: float, y: float, leading: float
) -> float:
    """Draw lines centred on x, the first baseline at y; returns the baseline after the last line."""
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawCentredString(x, y, line)
        y -= leading
    return y


def _draw_page(canvas: Canvas, data: CertificateData) -> None:
    width, height = PAGE
    _draw_frame(canvas)
    _draw_header(canvas, data)

    canvas.setFillColor(RED)
    canvas.setFont(BOLD, 38)
    canvas.drawCentredString(width / 2, TITLE_Y, gettext("GIẤY CHỨNG NHẬN"))
    _ornament(canvas, x=width / 2, y=TITLE_Y - 7 * mm)

    # The body is centred in its band, between the ornament and the signature block. A long name
    # or course title first shrinks or wraps on its own; if the whole still does not fit the band,
    # everything is squeezed a step at a time, so nothing runs into the signature.
    band = BODY_TOP - BODY_BOTTOM
    for squeeze in (1.0, 0.94, 0.88, 0.82, 0.76, 0.7):
        blocks = _body_blocks(data, squeeze=squeeze)
        used = sum(leading * len(lines) for leading, lines, *_ in blocks)
        if used <= band:
            break
    y = BODY_TOP - max(0.0, (band - used) / 2)
    for leading, lines, font, size, colour in blocks:
        canvas.setFillColor(colour)
        # Put the baseline so that capitals and diacritics sit in the middle of the line's box.
        baseline = y - leading + (leading - size) / 2 + size * 0.2
        _centred_lines(canvas, lines, font=font, size=size, x=width / 2, y=baseline, leading=leading)
        y -= leading * len(lines)

    _draw_signature(canvas, data)
    _draw_verification(canvas, data)


Block = tuple[float, list[str], str, float, Color]  # leading, lines, font, size, colour


def _body_blocks(data: CertificateData, *, squeeze: float) -> list[Block]:
    """The body's blocks, top to bottom, at the given fraction of their full sizes."""
    text_width = PAGE[0] - 70 * mm
    # A name reads best on one line: shrink it a little before wrapping it.
    name_size, name_lines = _fit(
        data.holder_name,
        font=BOLD,
        max_size=30 * squeeze,
        min_size=22 * squeeze,
        width=text_width,
        max_lines=1,
    )
    if len(name_lines) > 1:
        name_size, name_lines = _fit(
            data.holder_name,
            font=BOLD,
            max_size=24 * squeeze,
            min_size=16 * squeeze,
            width=text_width,
            max_lines=2,
        )
    course_size, course_lines = _fit(
        data.course_title,
        font=BOLD,
        max_size=19 * squeeze,
        min_size=13 * squeeze,
        width=text_width,
        max_lines=3,
    )
    lead = 14 * squeeze
    blocks = [
        (lead * 1.9, [gettext("Chứng nhận ông/bà:")], REGULAR, lead, MUTED),
        (name_size * 1.22, name_lines, BOLD, name_size, INK),
    ]
    if data.holder_unit:
        unit_size, unit_lines = _fit(
            data.holder_unit, font=REGULAR, max_size=13 * squeeze, min_size=10, width=text_width, max_lines=1
        )
        blocks.append((unit_size * 1.6, unit_lines, REGULAR, unit_size, MUTED))
    blocks += [
        (lead * 1.9, [gettext("Đã hoàn thành khóa học:")], REGULAR, lead, MUTED),
        (course_size * 1.3, course_lines, BOLD, course_size, RED),
    ]
    return blocks


def _draw_frame(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.saveState()
    outer, inner = 8 * mm, 11 * mm
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3)
    canvas.rect(outer, outer, width - 2 * outer, height - 2 * outer, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=1, fill=0)
    # Corner brackets in gold, inside the inner line, as on engraved certificates.
    canvas.setLineWidth(1.4)
    arm, gap = 16 * mm, 13.5 * mm
    for cx, cy, dx, dy in (
        (gap, gap, 1, 1),
        (width - gap, gap, -1, 1),
        (gap, height - gap, 1, -1),
        (width - gap, height - gap, -1, -1),
    ):
        path = canvas.beginPath()
        path.moveTo(cx + dx * arm, cy)
        path.lineTo(cx, cy)
        path.lineTo(cx, cy + dy * arm)
        canvas.drawPath(path, stroke=1, fill=0)
        _diamond(canvas, x=cx + dx * 3.2 * mm, y=cy + dy * 3.2 * mm, r=1.6 * mm, colour=GOLD)
    canvas.restoreState()


def _diamond(canvas: Canvas, *, x: float, y: float, r: float, colour: Color) -> None:
    canvas.setFillColor(colour)
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament(canvas: Canvas, *, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.line(x - 45 * mm, y, x - 4 * mm, y)
    canvas.line(x + 4 * mm, y, x + 45 * mm, y)
    _diamond(canvas, x=x, y=y, r=2 * mm, colour=GOLD)
    _diamond(canvas, x=x - 46.5 * mm, y=y, r=0.9 * mm, colour=GOLD)
    _diamond(canvas, x=x + 46.5 * mm, y=y, r=0.9 * mm, colour=GOLD)
    canvas.restoreState()


def _draw_header(canvas: Canvas, data: CertificateData) -> None:
    """Decree 30/2020's header: issuing unit and number on the left, national heading on the right,
    each centred in its column with a short rule under the unit and the motto."""
    width, height = PAGE
    top = HEADER_Y
    canvas.setFillColor(INK)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)

    left_x, left_width = 22 * mm + 42 * mm, 84 * mm
    size, lines = _fit(
        data.issuing_unit.upper(), font=BOLD, max_size=12, min_size=9, width=left_width, max_lines=2
    )
    y = _centred_lines(canvas, lines, font=BOLD, size=size, x=left_x, y=top, leading=size * 1.3)
    last_baseline = y + size * 1.3
    rule_y = last_baseline - 6
    # The rule under the issuing unit is a third of the line's length, as Decree 30 draws it.
    rule = max(pdfmetrics.stringWidth(line, BOLD, size) for line in lines) / 3
    canvas.line(left_x - rule / 2, rule_y, left_x + rule / 2, rule_y)
    canvas.setFont(REGULAR, 12)
    canvas.drawCentredString(left_x, rule_y - 18, gettext("Số: %(serial)s") % {"serial": data.serial})

    right_x = width - 22 * mm - 62 * mm
    country = gettext("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = gettext("Độc lập - Tự do - Hạnh phúc")
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(right_x, top, country)
    canvas.setFont(BOLD, 13)
    motto_y = top - 12 * 1.3
    canvas.drawCentredString(right_x, motto_y, motto)
    half = pdfmetrics.stringWidth(motto, BOLD, 13) / 2
    canvas.line(right_x - half, motto_y - 3.5, right_x + half, motto_y - 3.5)


def _draw_signature(canvas: Canvas, data: CertificateData) -> None:
    """Place and date, the signer's title, signature with the seal over its left third, and name."""
    width, _height = PAGE
    x, column = width - 24 * mm - 52 * mm, 104 * mm
    date = vietnamese_date(data.issued_on)
    if data.issuing_place:
        line = gettext("%(place)s, %(date)s") % {"place": data.issuing_place, "date": date}
    else:
        line = date[:1].upper() + date[1:]
    canvas.setFillColor(INK)
    size, lines = _fit(line, font=ITALIC, max_size=13, min_size=10, width=column, max_lines=1)
    _centred_lines(canvas, lines, font=ITALIC, size=size, x=x, y=DATE_Y, leading=size * 1.2)
    title_baseline = SIGNER_TITLE_Y
    if data.signer_title:
        size, lines = _fit(
            data.signer_title.upper(), font=BOLD, max_size=13, min_size=10, width=column, max_lines=2
        )
        if len(lines) > 1:  # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": the second line takes the signature's top
            size = min(size, 11.5)
        title_baseline = (
            _centred_lines(canvas, lines, font=BOLD, size=size, x=x, y=SIGNER_TITLE_Y, leading=size * 1.2)
            + size * 1.2
        )

    # The signature fills the space between the title (clear of a dot below, as in "TỊCH") and the
    # name; the seal reaches 3 mm beyond it at top and bottom, still clear of both.
    box_w = SIGNATURE_BOX[0]
    box_h = min(SIGNATURE_BOX[1], title_baseline - 6 * mm - SIGNATURE_Y)
    seal = min(SEAL_SIZE, box_h + 6 * mm)
    if data.signature_png:
        _draw_ink(
            canvas, data.signature_png, box=SIGNATURE_BOX, x=x - box_w / 2, y=SIGNATURE_Y, w=box_w, h=box_h
        )
    if data.seal_png:
        # Stamped over the left third of the signature, as on a paper document.
        _draw_ink(
            canvas,
            data.seal_png,
            box=(SEAL_SIZE, SEAL_SIZE),
            x=x - box_w / 2 + box_w / 6 - seal / 2,
            y=SIGNATURE_Y + box_h / 2 - seal / 2,
            w=seal,
            h=seal,
        )
    if data.signer_name:
        canvas.setFillColor(INK)
        size, lines = _fit(data.signer_name, font=BOLD, max_size=13, min_size=10, width=column, max_lines=1)
        _centred_lines(canvas, lines, font=BOLD, size=size, x=x, y=SIGNER_NAME_Y, leading=size * 1.2)


def _draw_verification(canvas: Canvas, data: CertificateData) -> None:
    qr_size, x, y = 30 * mm, 22 * mm, 20 * mm
    draw_qr(canvas, data.verify_url, x=x, y=y, size=qr_size)
    text_x = x + qr_size + 3 * mm
    text_width = 80 * mm
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(text_x, y + qr_size - 8 * mm, gettext("Quét mã để xác minh"))
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(
        text_x,
        y + qr_size - 12.5 * mm,
        gettext("hoặc mở đường dẫn trên %(site)s:") % {"site": data.site_name},
    )
    size, lines = _fit(data.verify_url, font=REGULAR, max_size=8, min_size=6.5, width=text_width, max_lines=2)
    line_y = y + qr_size - 17 * mm
    canvas.setFont(REGULAR, size)
    for line in lines:
        canvas.drawString(text_x, line_y, line)
        line_y -= size * 1.3
