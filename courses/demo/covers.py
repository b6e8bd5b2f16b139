"""Share images (1200×630) for the demo courses, so a link posted in Zalo shows a picture."""

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

from cms.pdf import FONT_DIR


def make_cover(title: str, topic: str) -> bytes:
    image = Image.new("RGB", (1200, 630), "#0b6e4f")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 560, 1200, 630], fill="#07513a")
    bold = ImageFont.truetype(str(FONT_DIR / "BeVietnamPro-Bold.ttf"), 64)
    regular = ImageFont.truetype(str(FONT_DIR / "BeVietnamPro-SemiBold.ttf"), 34)
    draw.text((70, 70), topic.upper(), font=regular, fill="#bfe8d6")
    y = 150
    for line in textwrap.wrap(title, width=28)[:4]:
        draw.text((70, y), line, font=bold, fill="white")
        y += 88
    draw.text((70, 575), "Học Số · học kỹ năng số miễn phí", font=regular, fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
