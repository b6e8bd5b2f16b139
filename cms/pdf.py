"""PDF building blocks shared by posters and certificates: embedded Vietnamese fonts and vector QR codes."""

from functools import cache
from pathlib import Path

import fontpkg_be_vietnam_pro
import segno
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(fontpkg_be_vietnam_pro.__file__).parent / "files"
REGULAR = "BeVietnamPro"
BOLD = "BeVietnamPro-Bold"
SEMIBOLD = "BeVietnamPro-SemiBold"


@cache
def register_fonts() -> None:
    """Register Be Vietnam Pro (SIL OFL), which carries every Vietnamese diacritic; reportlab subsets it."""
    for name, filename in (
        (REGULAR, "BeVietnamPro-Regular.ttf"),
        (BOLD, "BeVietnamPro-Bold.ttf"),
        (SEMIBOLD, "BeVietnamPro-SemiBold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))


def draw_qr(canvas: Canvas, data: str, *, x: float, y: float, size: float) -> None:
    """Draw a QR code as vector squares (sharp at any print size) with its bottom-left at (x, y)."""
    qr = segno.make(data, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix_iter(border=2)]
    modules = len(matrix)
    cell = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                path.rect(x + col_index * cell, y + size - (row_index + 1) * cell, cell, cell)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def fit_lines(text: str, *, font: str, max_size: float, min_size: float, width: float, max_lines: int):
    """The largest font size (down to min_size) at which text wraps into at most max_lines lines."""
    size = max_size
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines or size <= min_size:
            return size, lines[:max_lines]
        size -= 1
