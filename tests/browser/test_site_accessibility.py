"""Public pages pass axe-core's WCAG 2.2 AA rules, and work by keyboard alone."""

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize(
    "path",
    [
        "/",  # HomePage
        "/about/governance/",  # StandardPage, nested, with breadcrumbs
        "/accessibility/",  # StandardPage with links out
        "/no-such-page/",  # the 404 page
    ],
)
def test_page_has_no_axe_violations(page, lla_live, path):
    page.goto(lla_live.url + path)
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [1280, 375])
def test_skip_link_moves_keyboard_focus_to_the_main_content(page, lla_live, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(lla_live.url + "/about/")

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").is_visible()  # shown once focused

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")


def test_main_navigation_works_with_the_keyboard_alone(page, lla_live):
    page.goto(lla_live.url + "/")
    # Tab past the skip link and the logo into the main navigation.
    for _ in range(10):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.textContent.trim()")
        inside_nav = page.evaluate(
            "!!document.activeElement.closest('nav[aria-label=Main]')"
        )
        if inside_nav:
            break
    assert inside_nav and label == "About the alliance"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible

    page.keyboard.press("Enter")
    page.wait_for_url("**/about/")
    current = page.locator("nav[aria-label=Main] a[aria-current=page]")
    assert current.text_content().strip() == "About the alliance"
