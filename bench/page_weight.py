"""Page weight of a text lesson on a phone, first and repeat view, in headless Chromium.

Budget (DESIGN.md): first view ≤ 30 KB transferred for HTML+CSS+JS (gzip), ≤ 5 requests,
media excluded; a repeat view fetches only the HTML.
Run: .venv/bin/python bench/page_weight.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.server import hocso_server  # noqa: E402
from cms.chromium import CHROMIUM_ARGS, CHROMIUM_PATH  # noqa: E402

LESSON = "/khoa-hoc/an-toan-thong-tin-lua-dao/bao-ve-du-lieu-ca-nhan/"
MEDIA = {"Image", "Media", "Font"}


def measure(page, cdp, url: str) -> list[dict]:
    seen: dict[str, dict] = {}
    cdp.on(
        "Network.responseReceived",
        lambda e: seen.setdefault(e["requestId"], {}).update(
            url=e["response"]["url"],
            type=e["type"],
            cached=e["response"].get("fromDiskCache") or e["response"].get("fromMemoryCache"),
        ),
    )
    cdp.on(
        "Network.requestServedFromCache", lambda e: seen.setdefault(e["requestId"], {}).update(cached=True)
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: seen.setdefault(e["requestId"], {}).update(bytes=e["encodedDataLength"]),
    )
    page.goto(url, wait_until="networkidle")
    return [r for r in seen.values() if "url" in r]


def main() -> None:
    with hocso_server() as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        first = measure(page, cdp, base + LESSON)
        # A repeat view: a new tab in the same browser profile, so only the HTTP cache carries over.
        page2 = context.new_page()
        cdp2 = context.new_cdp_session(page2)
        cdp2.send("Network.enable")
        repeat = measure(page2, cdp2, base + LESSON)
        browser.close()

    def summary(rows):
        code = [r for r in rows if r["type"] not in MEDIA]
        fetched = [r for r in code if not r.get("cached")]
        return code, fetched, sum(r.get("bytes", 0) for r in fetched)

    code, fetched, total = summary(first)
    print(f"Lesson {LESSON}")
    print(
        f"first view : {total / 1024:.1f} KB transferred for HTML+CSS+JS in {len(fetched)} requests"
        f"   (target ≤ 30 KB, ≤ 5 requests)"
    )
    for r in code:
        print(f"   {r['type']:<10} {r.get('bytes', 0):>7} B  {r['url'].split('127.0.0.1')[1][:70]}")
    code, fetched, total = summary(repeat)
    print(
        f"repeat view: {len(fetched)} request(s) to the network for HTML+CSS+JS, {total / 1024:.1f} KB"
        f"   (target: only the HTML)"
    )
    for r in fetched:
        print(f"   {r['type']:<10} {r.get('bytes', 0):>7} B  {r['url'].split('127.0.0.1')[1][:70]}")


if __name__ == "__main__":
    main()
