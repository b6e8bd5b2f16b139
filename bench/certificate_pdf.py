"""Certificate PDF rendering: time per certificate, file size, and a bulk run on two cores.

Budget (DESIGN.md): ≤ 50 ms per certificate and 1,000 in bulk ≤ 60 s on 2 cores; each PDF ≤ 150 KB
with its fonts subset. The certificates carry a signature and a round seal (PNG with transparency,
as uploaded by a commune), so every figure includes the images.
The renderer is pure, so no database or server is involved: Django is set up only for gettext.
The bulk run is what the task workers do: a pool of two processes, each rendering single PDFs.
Run: .venv/bin/python bench/certificate_pdf.py [certificates-in-bulk]
"""

import dataclasses
import datetime
import io
import itertools
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from PIL import Image, ImageDraw  # noqa: E402

from certificates.pdf import CertificateData, render_certificate, render_certificates  # noqa: E402

TARGET_MS = 50
TARGET_KB = 150
TARGET_BULK_S = 60
SINGLE_RUNS = 50
BULK = 1000
WORKERS = 2

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Thị Ngọc", "Công Tôn Nữ Thị"]
GIVEN = [
    "Hoà",
    "Lưỡng",
    "Phúc",
    "Bích",
    "Thảo",
    "Dũng",
    "Hương",
    "Tuấn",
    "Yến",
    "Khải",
    "Ước",
    "Nguyên Phương",
]
COURSES = [
    "An toàn thông tin và phòng chống lừa đảo trực tuyến",
    "Sử dụng Cổng Dịch vụ công quốc gia và ứng dụng VNeID",
    "Kỹ năng số cho cán bộ, công chức cấp xã: khai thác Cổng Dịch vụ công quốc gia, chữ ký số, bảo đảm an "
    "toàn thông tin và phòng chống lừa đảo trực tuyến trong công việc hằng ngày",
]


def _image_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _signature() -> bytes:
    image = Image.new("RGBA", (1200, 500), (0, 0, 0, 0))
    points = [(80, 380), (200, 120), (260, 400), (380, 150), (450, 360), (600, 200), (900, 180), (1100, 260)]
    ImageDraw.Draw(image).line(points, fill=(20, 40, 140, 255), width=14, joint="curve")
    return _image_bytes(image)


def _seal() -> bytes:
    image = Image.new("RGBA", (800, 800), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 780, 780), outline=(210, 20, 30, 230), width=34)
    draw.ellipse((90, 90, 710, 710), outline=(210, 20, 30, 230), width=10)
    draw.regular_polygon((400, 400, 150), 5, fill=(210, 20, 30, 230))
    return _image_bytes(image)


def certificates(count: int) -> list[CertificateData]:
    signature, seal = _signature(), _seal()
    names = itertools.cycle(itertools.product(FAMILY, MIDDLE, GIVEN))
    return [
        CertificateData(
            holder_name=" ".join(next(names)),
            course_title=COURSES[index % len(COURSES)],
            issued_on=datetime.date(2026, 1, 1) + datetime.timedelta(days=index % 365),
            serial=f"01-2026-{index:06d}",
            verify_url=f"https://hocso.vn/xac-minh/{index:016x}/",
            issuing_unit="UBND xã Tân Phong",
            issuing_place="Tân Phong",
            holder_unit="Xã Tân Phong, Tỉnh Lai Châu",
            signer_title="Chủ tịch",
            signer_name="Lò Văn Thắng",
            signature_png=signature,
            seal_png=seal,
        )
        for index in range(count)
    ]


def _render_size(data: CertificateData) -> int:
    return len(render_certificate(data))


def main() -> None:
    bulk = int(sys.argv[1]) if len(sys.argv) > 1 else BULK
    items = certificates(max(bulk, SINGLE_RUNS))

    # The bulk run goes first, while nothing has rendered yet: forked workers then start as task
    # workers do, each parsing the fonts and preparing the images on its first certificate.
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with context.Pool(WORKERS) as pool:
        produced = list(pool.imap_unordered(_render_size, items[:bulk], chunksize=10))
    bulk_s = time.perf_counter() - started

    started = time.perf_counter()
    render_certificate(items[0])
    cold_ms = (time.perf_counter() - started) * 1000
    timings, sizes = [], []
    for data in items[:SINGLE_RUNS]:
        started = time.perf_counter()
        pdf = render_certificate(data)
        timings.append((time.perf_counter() - started) * 1000)
        sizes.append(len(pdf))
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    bare = [dataclasses.replace(data, signature_png=None, seal_png=None) for data in items[:SINGLE_RUNS]]
    started = time.perf_counter()
    for data in bare:
        render_certificate(data)
    bare_ms = (time.perf_counter() - started) * 1000 / len(bare)

    started = time.perf_counter()
    combined = render_certificates(items[:bulk])
    combined_s = time.perf_counter() - started

    print(f"Certificate PDF, A4 landscape, with signature and seal ({SINGLE_RUNS} renders after one warm-up)")
    print(f"single render: median {median:.1f} ms, p95 {p95:.1f} ms   (target ≤ {TARGET_MS} ms)")
    print(f"   first render in a fresh process (fonts parsed, images prepared): {cold_ms:.0f} ms")
    print(f"   without signature and seal: {bare_ms:.1f} ms mean")
    print(
        f"PDF size: {max(sizes) / 1024:.1f} KB largest, {statistics.mean(sizes) / 1024:.1f} KB mean"
        f"   (target ≤ {TARGET_KB} KB)"
    )
    print(
        f"bulk: {bulk} certificates as single PDFs on {WORKERS} processes in {bulk_s:.1f} s"
        f" ({bulk_s / bulk * 1000:.1f} ms each, {sum(produced) / 1024 / 1024:.1f} MB)"
        f"   (target ≤ {TARGET_BULK_S} s for 1,000)"
    )
    print(
        f"   the same {bulk} bound into one print file in one process: {combined_s:.1f} s,"
        f" {len(combined) / 1024 / 1024:.1f} MB"
    )


if __name__ == "__main__":
    main()
