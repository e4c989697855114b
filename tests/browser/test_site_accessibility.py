"""Public pages pass axe-core's WCAG 2.2 AA rules, and work by keyboard alone."""

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def page_types():
    """One address of each kind of page a visitor meets, found by type."""
    from enquiries.models import ContactPage
    from home.models import StandardPage
    from networks.models import NetworkIndexPage, NetworkPage, OrganisationIndexPage
    from resources.models import (
        ResourceIndexPage,
        ResourcePage,
        ToolkitPage,
        ToolkitSectionPage,
    )

    def first(model, **filters):
        return model.objects.live().filter(**filters).order_by("path").first().url

    network = NetworkPage.objects.live().order_by("path").first()
    library = first(ResourceIndexPage)
    resource = first(ResourcePage, members_only=False, toolkitpage__isnull=True)
    return {
        "home": "/",
        "standard page": first(StandardPage, depth__gt=3),  # nested: breadcrumbs
        "standard page with children": first(StandardPage, numchild__gt=0),
        "network index": first(NetworkIndexPage),
        "network index, one area": first(NetworkIndexPage) + f"?area={network.area}",
        "network page": network.url,
        "organisation directory": first(OrganisationIndexPage),
        "what's on": "/whats-on/",
        "library": library,
        "library, filtered": f"{library}?network={network.slug}&type=guide",
        "library, nothing found": f"{library}?q=zzqxv",
        "resource page": resource,
        "members-only teaser": first(ResourcePage, members_only=True, listed=True),
        "toolkit": first(ToolkitPage),
        "toolkit chapter": first(ToolkitSectionPage),
        "site search": "/search/?q=equity",
        "contact": first(ContactPage),
        "sign-up": "/accounts/signup/",
        "sign-in": "/accounts/login/",
        "404": "/no-such-page/",
    }


@pytest.mark.parametrize("width", [375, 1280])
def test_every_page_type_has_no_axe_violations(page, lla_live, width):
    """Each kind of page in the site's design, on a phone and a laptop."""
    page.set_viewport_size({"width": width, "height": 900})
    paths = page_types()
    found = {}
    for name, path in paths.items():
        page.goto(lla_live.url + path)
        found[name] = axe_violations(page)
        if width < 1024:  # the menu opened, and (in the library) the filters
            page.locator(".site-menu > summary").click()
            found[f"{name}, menu open"] = axe_violations(page)
            if page.locator(".filters > summary").count():
                page.locator(".filters > summary").click()
                found[f"{name}, filters open"] = axe_violations(page)
    # A form sent back with its errors.
    for name in ("contact", "sign-up"):
        page.goto(lla_live.url + page_types()[name])
        page.evaluate(
            "document.querySelectorAll('form').forEach(f => f.noValidate = true)"
        )
        page.locator("main form button[type=submit]").last.click()
        page.locator(".error-summary").wait_for()
        found[f"{name}, with errors"] = axe_violations(page)
    assert len(found) >= len(paths) + 2
    assert {name: v for name, v in found.items() if v} == {}


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
