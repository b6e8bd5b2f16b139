"""Weight of a lesson with H5P content on a phone, first view, player and content included.

Budget (DESIGN.md): an H5P lesson page's first view ≤ 100 KB transferred including the player
(HTML, CSS, JS, JSON and fonts from both the site and the H5P host; images and video excluded).
Run: .venv/bin/python bench/h5p_weight.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.server import hocso_server  # noqa: E402
from cms.chromium import CHROMIUM_ARGS, CHROMIUM_PATH  # noqa: E402

LESSON = "/khoa-hoc/an-toan-thong-tin-lua-dao/nhan-dien-cac-hinh-thuc-lua-dao/"
MEDIA = {"image", "media"}


def main() -> None:
    rows = []
    with hocso_server() as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()

        def finished(request):
            sizes = request.sizes()
            rows.append(
                (request.resource_type, sizes["responseBodySize"] + sizes["responseHeadersSize"], request.url)
            )

        page.on("requestfinished", finished)
        page.goto(base + LESSON, wait_until="networkidle")
        page.locator("iframe.h5p-frame").scroll_into_view_if_needed()
        page.frame_locator("iframe.h5p-frame").get_by_role("button", name="Lừa đảo").wait_for()
        page.wait_for_load_state("networkidle")
        browser.close()
    counted = [row for row in rows if row[0] not in MEDIA]
    total = sum(size for _kind, size, _url in counted)
    print(f"Lesson {LESSON}")
    print(
        f"first view with H5P: {total / 1024:.1f} KB transferred in {len(counted)} requests"
        f"   (target ≤ 100 KB including the player)"
    )
    for kind, size, url in counted:
        print(f"   {kind:<10} {size:>7} B  {url.split('//', 1)[1][:90]}")


if __name__ == "__main__":
    main()
