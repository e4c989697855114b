"""
Screenshots of the site as a person meets it: the home page, a network page,
the library and a toolkit chapter, each at 375 px (a phone) and 1280 px (a
laptop), whole pages, in Debian's Chromium through Playwright.

A throwaway server (tests/browser/throwaway_site.py: Django's, with the
development settings and DEBUG off) runs on a temporary SQLite database
loaded with the LLA content, as `make run` loads it, so the pictures never
depend on a developer's own database. The images go to
screenshots/<label>/ (ignored by git):

    make screenshots                                 # screenshots/latest/
    .venv/bin/python -m benchmarks.screenshots --label before
    .venv/bin/python -m benchmarks.screenshots --docs docs/screenshots

--docs also writes small copies for the README: the first screens of each
page (up to --docs-height CSS pixels), scaled and reduced to a palette.
"""

import argparse
import os
import sys
from pathlib import Path

from tests.browser.throwaway_site import ThrowawaySite

BASE = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
WIDTHS = (375, 1280)
# Chromium on a machine with no network (see tests/browser/conftest.py).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The pages shot, by their names in ThrowawaySite.paths.
PAGES = ("home", "network", "library", "toolkit_chapter")


def shoot(base_url, urls, out):
    """Whole-page PNGs, one per page and width: out/<page>-<width>.png."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            tab = context.new_page()
            for name, path in urls.items():
                tab.goto(base_url + path, wait_until="networkidle")
                target = out / f"{name}-{width}.png"
                tab.screenshot(path=str(target), full_page=True)
                written.append(target)
                print(f"  {target.relative_to(BASE)}")
            context.close()
        browser.close()
    return written


def small_copies(images, docs, height):
    """
    The first `height` CSS pixels of each page, as a palette PNG: wide pages
    are halved, so every copy is at most 640 pixels across.
    """
    from PIL import Image

    docs.mkdir(parents=True, exist_ok=True)
    total = 0
    for source in images:
        with Image.open(source) as image:
            picture = image.convert("RGB")
        picture = picture.crop((0, 0, picture.width, min(picture.height, height)))
        if picture.width > 640:
            scale = 640 / picture.width
            picture = picture.resize(
                (640, round(picture.height * scale)), Image.Resampling.LANCZOS
            )
        picture = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        target = docs / source.name
        picture.save(target, optimize=True)
        total += target.stat().st_size
        print(f"  {target.relative_to(BASE)} ({target.stat().st_size // 1024} kB)")
    print(f"  {len(images)} images, {total / 1024:.0f} kB in all")


def main():
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.screenshots", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--label", default="latest", help="folder under screenshots/ (latest)"
    )
    parser.add_argument(
        "--docs", type=Path, help="also write small copies here, e.g. docs/screenshots"
    )
    parser.add_argument(
        "--docs-height",
        type=int,
        default=2400,
        help="CSS pixels of each page kept in the small copies (2400)",
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        parser.error(f"needs Chromium at {CHROMIUM} (or set CHROMIUM_PATH)")

    with ThrowawaySite() as site:
        urls = {name.replace("_", "-"): site.paths[name] for name in PAGES}
        out = BASE / "screenshots" / args.label
        images = shoot(site.url, urls, out)
    if args.docs:
        small_copies(images, args.docs.resolve(), args.docs_height)
    return 0


if __name__ == "__main__":
    sys.exit(main())
