"""
"Our networks" in a real browser: the pages pass axe-core's WCAG 2.2 AA rules,
the area filter works without JavaScript, the calendar link can be reached by
keyboard, and an LLA editor can add and publish a network from Wagtail's admin.
"""

import re

import pytest

from accounts.factories import UserFactory
from networks.models import NetworkIndexPage, NetworkPage
from networks.permissions import ensure_lla_editors_group

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CARD_TITLES = ".card-grid .card__title"
FILTER_NAV = "nav[aria-label='Filter networks by area']"


@pytest.mark.parametrize(
    "path",
    [
        "/networks/",  # NetworkIndexPage, every network
        "/networks/?area=digital",  # the same, filtered by an area
        "/networks/careers/",  # NetworkPage with leads and organisations
        "/about/partners-and-associates/",  # OrganisationIndexPage
    ],
)
def test_network_pages_have_no_axe_violations(page, lla_live, path):
    response = page.goto(lla_live.url + path)
    assert response.status == 200
    assert axe_violations(page) == []


def test_area_filter_lists_only_that_areas_networks_without_javascript(page, lla_live):
    digital = set(
        NetworkPage.objects.live()
        .filter(area="digital")
        .values_list("title", flat=True)
    )
    total = NetworkPage.objects.live().count()
    assert 0 < len(digital) < total  # the filter has something to leave out

    context = page.context.browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.goto(lla_live.url + "/networks/")
    assert tab.locator(CARD_TITLES).count() == total
    all_areas = tab.locator(FILTER_NAV).get_by_role("link", name="All areas")
    assert all_areas.get_attribute("aria-current") == "page"

    tab.locator(FILTER_NAV).get_by_role("link", name="Digital", exact=True).click()
    tab.wait_for_url("**/networks/?area=digital")

    listed = {title.strip() for title in tab.locator(CARD_TITLES).all_text_contents()}
    assert listed == digital
    heading = tab.locator("#network-list-heading").text_content().strip()
    assert heading == "Digital networks"
    current = tab.locator(f"{FILTER_NAV} a[aria-current=page]")
    assert current.count() == 1
    assert current.text_content().strip() == "Digital"
    assert current.get_attribute("href").endswith("?area=digital")
    context.close()


def test_network_calendar_link_is_reachable_by_keyboard_with_visible_focus(
    page, lla_live
):
    page.goto(lla_live.url + "/networks/careers/")
    label = "Add this network's meetings to your calendar"
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        if focused == label:
            break
    assert focused == label
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert href.endswith("/networks/careers/calendar/")
    assert page.evaluate("document.activeElement.matches(':focus-visible')")
    style = page.evaluate(
        "(({outlineStyle, outlineWidth}) => ({outlineStyle, outlineWidth}))"
        "(getComputedStyle(document.activeElement))"
    )
    assert style["outlineStyle"] != "none"  # focus is visible
    assert style["outlineWidth"] != "0px"


def test_lla_editor_publishes_a_new_network_that_the_public_then_sees(page, lla_live):
    page.set_default_timeout(30_000)
    UserFactory(username="editor", groups=[ensure_lla_editors_group()])
    index_id = NetworkIndexPage.objects.get().id
    title = "Early years leaders' network"

    page.goto(lla_live.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(lla_live.url + f"/admin/pages/add/networks/networkpage/{index_id}/")
    page.fill("#id_title", title)
    page.fill(
        "#id_summary",
        "Leaders of nurseries and early years settings sharing practice.",
    )
    page.select_option("#id_area", "phase")
    page.select_option("#id_status", "forming")

    # Wagtail 8's footer: "Save draft" is the main button; "Publish" is in the
    # menu its "More actions" toggle opens.
    footer = page.locator("nav[aria-label='Actions (footer)']")
    footer.get_by_role("button", name="More actions").click()
    footer.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{index_id}/$"))

    network = NetworkPage.objects.get(title=title)
    assert network.live
    assert network.slug == "early-years-leaders-network"  # made from the title
    assert network.owner.username == "editor"

    page.goto(lla_live.url + "/networks/")
    card = page.locator(".card", has=page.get_by_role("link", name=title))
    assert card.count() == 1
    assert "Forming" in card.text_content()
    with page.expect_navigation() as navigation:
        card.get_by_role("link", name=title).click()
    assert navigation.value.status == 200
    assert page.url == f"{lla_live.url}/networks/{network.slug}/"
    assert page.locator("h1").text_content().strip() == title
