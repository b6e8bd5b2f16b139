"""A4 poster for a course, to pin on the commune notice board. Pure: data in, PDF bytes out
(its fixed wording follows the active language)."""

import io
from dataclasses import dataclass, field

from django.utils.translation import gettext
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cms.pdf import BOLD, REGULAR, SEMIBOLD, draw_qr, fit_lines, register_fonts

GREEN = HexColor("#0b6e4f")
INK = HexColor("#1d2b24")


@dataclass(frozen=True)
class PosterData:
    title: str
    summary: str
    url: str
    topic: str
    minutes: int
    lesson_count: int
    outcomes: list[str] = field(default_factory=list)
    site_name: str = "Học Số"
    organisation: str = ""


def render_poster(data: PosterData) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(data.title)
    canvas.setAuthor(data.organisation or data.site_name)
    canvas.setSubject(data.summary)
    margin = 18 * mm
    text_width = width - 2 * margin

    canvas.setFillColor(GREEN)
    canvas.rect(0, height - 42 * mm, width, 42 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(BOLD, 30)
    canvas.drawString(margin, height - 22 * mm, data.site_name.upper())
    canvas.setFont(REGULAR, 13)
    canvas.drawString(margin, height - 32 * mm, gettext("Khóa học kỹ năng số miễn phí cho mọi người"))

    y = height - 60 * mm
    canvas.setFillColor(GREEN)
    canvas.setFont(SEMIBOLD, 13)
    canvas.drawString(margin, y, data.topic.upper())
    y -= 14 * mm
    size, lines = fit_lines(data.title, font=BOLD, max_size=32, min_size=20, width=text_width, max_lines=3)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size)
    for line in lines:
        canvas.drawString(margin, y, line)
        y -= size * 1.25
    y -= 4 * mm
    size, lines = fit_lines(
        data.summary, font=REGULAR, max_size=15, min_size=11, width=text_width, max_lines=4
    )
    canvas.setFont(REGULAR, size)
    for line in lines:
        canvas.drawString(margin, y, line)
        y -= size * 1.4

    y -= 6 * mm
    canvas.setFont(SEMIBOLD, 14)
    canvas.drawString(
        margin,
        y,
        gettext("%(lessons)d bài học · khoảng %(minutes)d phút")
        % {"lessons": data.lesson_count, "minutes": data.minutes},
    )
    y -= 10 * mm
    if data.outcomes:
        canvas.setFont(BOLD, 14)
        canvas.drawString(margin, y, gettext("Học xong, bạn sẽ biết:"))
        y -= 8 * mm
        canvas.setFont(REGULAR, 12.5)
        for outcome in data.outcomes[:5]:
            _, lines = fit_lines(
                outcome, font=REGULAR, max_size=12.5, min_size=12.5, width=text_width - 8 * mm, max_lines=2
            )
            canvas.drawString(margin + 1 * mm, y, "•")
            for line in lines:
                canvas.drawString(margin + 7 * mm, y, line)
                y -= 6.5 * mm
            y -= 1.5 * mm

    qr_size = 62 * mm
    qr_y = 30 * mm
    draw_qr(canvas, data.url, x=margin, y=qr_y, size=qr_size)
    text_x = margin + qr_size + 10 * mm
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 18)
    canvas.drawString(text_x, qr_y + qr_size - 12 * mm, gettext("Quét mã để học ngay"))
    canvas.setFont(REGULAR, 12)
    instructions = [
        gettext("1. Mở Zalo hoặc ứng dụng máy ảnh"),
        gettext("2. Hướng vào mã QR bên cạnh"),
        gettext("3. Chạm vào đường dẫn hiện ra"),
    ]
    line_y = qr_y + qr_size - 22 * mm
    for line in instructions:
        canvas.drawString(text_x, line_y, line)
        line_y -= 7 * mm
    canvas.setFont(REGULAR, 9.5)
    for line in fit_lines(
        data.url, font=REGULAR, max_size=9.5, min_size=7, width=width - text_x - margin, max_lines=2
    )[1]:
        canvas.drawString(text_x, line_y - 2 * mm, line)
        line_y -= 5 * mm

    canvas.setFillColor(GREEN)
    canvas.rect(0, 0, width, 14 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(REGULAR, 10)
    footer = data.organisation or data.site_name
    canvas.drawString(margin, 5.5 * mm, gettext("%(unit)s · Không ai bị bỏ lại phía sau") % {"unit": footer})
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
