"""
Every page fits every screen: a crawl of the sitemap, plus the pages the
sitemap leaves out (the library with filters chosen, search results, the
contact form and its errors, sign-up and its errors, a members-only teaser),
at 320, 375, 768 and 1280 px, in Chromium.

On each page it looks for what a person would see as broken:
- the page wider than the window (something sticks out, or is cut off);
- an image that did not load;
- a JavaScript error or a failed request in the console;
- text running out of its box (an element whose content is wider than it,
  with overflow visible), innermost box only;
- a box that scrolls on its own and hides part of what it holds (the
  network filter once cut its seventh network mid-line), except the
  intentional scrollers named in INTENTIONAL_SCROLLERS.

The LLA content is loaded once for the module, into a server of its own
(tests/browser/throwaway_site.py); each width is one test, with one browser
context for all its pages.
"""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest

from .conftest import CHROMIUM_ARGS
from .throwaway_site import ThrowawaySite

WIDTHS = [320, 375, 768, 1280]
# Boxes meant to scroll: the search box's suggestions list.
INTENTIONAL_SCROLLERS = ".suggestions"

# Lazy images (those off screen, or hidden on this width) load too, so that
# each is checked: an image that never loads is as broken as one that fails.
LOAD_LAZY_IMAGES = """
() => Promise.all([...document.images].map(img => {
    img.loading = "eager";
    return img.decode().catch(() => null);
}))
"""

FIND_PROBLEMS = """
scrollers => {
    const problems = [];
    const width = window.innerWidth;
    const root = document.documentElement;
    const describe = el => {
        let name = el.tagName.toLowerCase();
        if (el.id) name += "#" + el.id;
        const classes = (el.getAttribute("class") || "").split(/\\s+/).filter(Boolean);
        if (classes.length) name += "." + classes.join(".");
        const text = (el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 50);
        return text ? `${name} "${text}"` : name;
    };
    // Not shown: display none, hidden, or in a closed <details> (its
    // contents keep a box, but content-visibility skips them).
    const shown = el => el.checkVisibility({visibilityProperty: true})
        && !el.closest(".visually-hidden, .skip-link");
    const innermost = els => els.filter(
        el => !els.some(other => other !== el && el.contains(other)));
    const all = [...document.body.querySelectorAll("*")].filter(shown);

    if (root.scrollWidth > width) {
        const out = innermost(
            all.filter(el => el.getBoundingClientRect().right > width + 1));
        problems.push(`page is ${root.scrollWidth}px wide in a ${width}px window; `
            + `sticking out: ${out.slice(0, 3).map(describe).join("; ")}`);
    }
    for (const img of document.images) {
        if (!img.complete || img.naturalWidth === 0) {
            problems.push(`broken image: ${img.currentSrc || img.src}`);
        }
    }
    const boxes = all.filter(el => !(el instanceof SVGElement)
        && !el.matches("input, select, textarea, option")
        && el.clientWidth > 0
        && !el.closest(scrollers));
    const spilling = boxes.filter(el => getComputedStyle(el).overflowX === "visible"
        && el.scrollWidth > el.clientWidth + 1
        && (el.textContent || "").trim());
    for (const el of innermost(spilling)) {
        problems.push(`text runs out of its box (${el.scrollWidth}px in `
            + `${el.clientWidth}px): ${describe(el)}`);
    }
    for (const el of boxes) {
        const style = getComputedStyle(el);
        if (["auto", "scroll"].includes(style.overflowY)
                && el.scrollHeight > el.clientHeight + 1
                && el !== root && el !== document.body) {
            problems.push(`a scroll box hides part of its content `
                + `(${el.clientHeight}px of ${el.scrollHeight}px): ${describe(el)}`);
        }
    }
    return problems;
}
"""


@pytest.fixture(scope="module")
def site(django_db_setup):
    with ThrowawaySite() as running:
        yield running


@pytest.fixture(scope="module")
def sitemap_paths(site):
    """Every address in the sitemap, as a path on the throwaway site."""
    with urlopen(site.url + "/sitemap.xml", timeout=30) as response:  # noqa: S310
        tree = ET.fromstring(response.read())  # noqa: S314 (our own sitemap)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in tree.findall(".//s:loc", namespace)]
    assert len(paths) > 20, "the sitemap lists the LLA content"
    return paths


def _extra_paths(site):
    """Pages the sitemap leaves out, and what they answer."""
    paths = site.paths
    library = paths["library"]
    return [
        (f"{library}?network={paths['network_slug']}&topic={paths['topic_slug']}", 200),
        (f"{library}?type=toolkit&audience=leaders&sort=title", 200),
        (f"{library}?q=equity", 200),
        (f"{library}?q=zzqxv", 200),  # nothing matched
        ("/search/?q=equity", 200),
        ("/search/?q=careers&kind=resource", 200),
        (paths["contact"] + f"?network={paths['network_slug']}", 200),
        ("/accounts/signup/", 200),
        ("/accounts/login/", 200),
        (paths["members_only"], 403),  # the teaser, for anyone but a member
        ("/no-such-page/", 404),
    ]


def _submitted_with_errors(tab, path, button):
    """Sends a form empty, past the browser's own checks, for the server's errors."""
    tab.goto(path)
    tab.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    with tab.expect_navigation():
        tab.get_by_role("button", name=button).click()
    assert tab.locator(".error-summary").count() == 1, f"{path}: no error summary"


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_fit_the_screen_with_nothing_broken(
    chromium_path, site, sitemap_paths, width
):
    from playwright.sync_api import sync_playwright

    problems, console = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            viewport={"width": width, "height": 800}, base_url=site.url
        )
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        expected_status = {}
        tab.on(
            "console",
            lambda message: (
                console.append((tab.url, message.text))
                if message.type == "error"
                else None
            ),
        )
        tab.on("pageerror", lambda error: console.append((tab.url, str(error))))

        def check(label):
            tab.wait_for_load_state("load")
            tab.evaluate(LOAD_LAZY_IMAGES)
            problems.extend(
                f"{label}: {problem}"
                for problem in tab.evaluate(FIND_PROBLEMS, INTENTIONAL_SCROLLERS)
            )

        for path in sitemap_paths:
            response = tab.goto(path)
            if response.status != 200:
                problems.append(f"{path}: answered {response.status}")
            check(path)
        for path, status in _extra_paths(site):
            response = tab.goto(path)
            expected_status[urlsplit(site.url + path).path] = status
            if response.status != status:
                problems.append(f"{path}: answered {response.status}, not {status}")
            check(path)
        _submitted_with_errors(tab, site.paths["contact"], "Send")
        check(f"{site.paths['contact']} (errors)")
        _submitted_with_errors(tab, "/accounts/signup/", "Create account")
        check("/accounts/signup/ (errors)")
        browser.close()

    # The browser reports an answer of 403 or 404 as a failed load: those two
    # are the answers expected of the teaser and the missing page.
    status_line = re.compile(r"status of (\d{3})")
    for url, text in console:
        found = status_line.search(text)
        if found and expected_status.get(urlsplit(url).path) == int(found.group(1)):
            continue
        problems.append(f"{urlsplit(url).path}: console error: {text}")
    assert problems == [], f"{len(problems)} problems at {width} px:\n" + "\n".join(
        problems
    )
