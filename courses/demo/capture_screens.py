"""Render the mock practice screens to PNG and record their tap targets.

The PNGs and JSON files are committed, so the demo seeder needs no browser;
run this again after editing a screen:  python courses/demo/capture_screens.py [NAME ...]
"""

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from cms.chromium import CHROMIUM_ARGS, CHROMIUM_PATH

SCREENS = Path(__file__).resolve().parent / "screens"
WIDTH, HEIGHT = 360, 740

# Reads the tap targets as fractions of the screenshot, so hotspots scale with the image.
HOTSPOTS_JS = """() => Array.from(document.querySelectorAll('[data-step]')).map(el => {
  const r = el.getBoundingClientRect();
  return {step: Number(el.dataset.step),
          x: r.left / __W__, y: r.top / __H__, w: r.width / __W__, h: r.height / __H__};
}).sort((a, b) => a.step - b.step)""".replace("__W__", str(WIDTH)).replace("__H__", str(HEIGHT))


def capture(names: list[str]) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
        for name in names:
            html = SCREENS / f"{name}.html"
            page.goto(html.as_uri())
            page.screenshot(
                path=str(SCREENS / f"{name}.png"), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
            )
            hotspots = [
                {k: round(v, 4) if k != "step" else v for k, v in h.items()}
                for h in page.evaluate(HOTSPOTS_JS)
            ]
            (SCREENS / f"{name}.json").write_text(json.dumps({"hotspots": hotspots}, indent=1) + "\n")
            print(name, len(hotspots), "hotspots")
        browser.close()


if __name__ == "__main__":
    capture(sys.argv[1:] or sorted(p.stem for p in SCREENS.glob("*.html")))
