"""
What folds away on a phone, and works with no script at all: the main menu
behind "Menu", the library's filters behind "Filter (n chosen)", topics past
the most used behind "Show all topics". On a wide screen the menu and the
filters are simply there. After a form comes back with errors, the error
summary takes the focus (with script) or is the first link (without).
"""

import re
from types import SimpleNamespace

from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest
from bs4 import BeautifulSoup

from core.search import Facet, FacetOption
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 375, "height": 800}
LAPTOP = {"width": 1280, "height": 900}


def new_tab(page, viewport, javascript=False):
    context = page.context.browser.new_context(
        viewport=viewport, java_script_enabled=javascript
    )
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    return tab


def focused(tab):
    return tab.evaluate("document.activeElement.textContent.trim()")


def test_the_menu_folds_behind_a_button_on_a_phone_and_works_by_keyboard(
    page, lla_live
):
    tab = new_tab(page, PHONE)
    tab.goto(lla_live.url + "/about/")
    menu = tab.locator("nav[aria-label=Main]")
    about = menu.get_by_role("link", name="Our networks", exact=True)
    assert not about.is_visible()

    # Tab: the skip link, the name, then the menu's button.
    for _ in range(3):
        tab.keyboard.press("Tab")
    assert focused(tab) == "Menu"
    assert tab.evaluate("document.activeElement.tagName") == "SUMMARY"
    tab.keyboard.press("Enter")
    assert about.is_visible()
    tab.keyboard.press("Tab")
    assert focused(tab) == "About the alliance"
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Space")
    assert not about.is_visible()
    tab.context.close()


def test_on_a_wide_screen_the_menu_is_simply_there(page, lla_live):
    tab = new_tab(page, LAPTOP)
    tab.goto(lla_live.url + "/about/")
    assert not tab.locator(".site-menu > summary").is_visible()
    for _ in range(3):
        tab.keyboard.press("Tab")
    assert focused(tab) == "About the alliance"  # no button on the way
    assert tab.get_by_role("link", name="Sign in").is_visible()
    tab.context.close()


def test_the_library_filters_fold_on_a_phone_and_say_how_many_are_chosen(
    page, lla_live
):
    tab = new_tab(page, PHONE)
    tab.goto(lla_live.url + "/resources/")
    toggle = tab.locator(".filters > summary")
    assert toggle.text_content().strip() == "Filter"
    assert not tab.locator("input[name=network]").first.is_visible()
    first_result = tab.locator("#library-results .resource-item").first
    assert first_result.bounding_box()["y"] < PHONE["height"]  # on the first screen

    tab.goto(lla_live.url + "/resources/?network=equity&topic=anti-racism")
    assert re.sub(r"\s+", " ", toggle.text_content()).strip() == "Filter (2 chosen)"
    toggle.click()
    tab.locator("input[name=type][value=toolkit]").check()
    tab.get_by_role("button", name="Apply filters").click()
    tab.wait_for_url(re.compile(r"type=toolkit"))
    assert "(3 chosen)" in toggle.text_content()
    tab.context.close()


def test_on_a_wide_screen_the_filters_are_beside_the_results(page, lla_live):
    tab = new_tab(page, LAPTOP)
    tab.goto(lla_live.url + "/resources/")
    assert not tab.locator(".filters > summary").is_visible()
    assert tab.locator("input[name=network]").first.is_visible()
    tab.context.close()


def test_a_resources_topics_lead_to_the_library_filtered_by_each(page, lla_live):
    resource = (
        ResourcePage.objects.live()
        .filter(members_only=False, tags__isnull=False)
        .order_by("path")
        .first()
    )
    tag = resource.tags.order_by("name").first()
    tab = new_tab(page, LAPTOP, javascript=True)
    tab.goto(lla_live.url + resource.url)
    tab.locator(".topic-links").get_by_role("link", name=tag.name).click()
    tab.wait_for_url(re.compile(rf"\?topic={tag.slug}$"))
    assert tab.locator(f"input[name=topic][value='{tag.slug}']").is_checked()
    tab.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no script"])
@pytest.mark.parametrize(
    ("path", "button"),
    [("/contact/", "Send"), ("/accounts/signup/", "Create account")],
    ids=["contact", "sign-up"],
)
def test_a_form_sent_back_with_errors_leads_to_its_error_summary(
    page, lla_live, path, button, javascript
):
    tab = new_tab(page, PHONE, javascript=javascript)
    tab.goto(lla_live.url + path)
    tab.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = 1)")
    with tab.expect_navigation():
        tab.locator("main").get_by_role("button", name=button).click()
    tab.locator("#error-summary").wait_for()
    if javascript:
        assert tab.evaluate("document.activeElement.id") == "error-summary"
        tab.keyboard.press("Tab")  # on to the first problem's link
        assert tab.evaluate("!!document.activeElement.closest('#error-summary')")
    else:
        tab.keyboard.press("Tab")
        assert focused(tab) == "Skip to the problems with the form"
        tab.keyboard.press("Enter")
        assert tab.url.endswith("#error-summary")
    tab.context.close()


def render_facets(options):
    request = RequestFactory().get("/resources/")
    html = render_to_string(
        "search/includes/facets.html",
        {"results": SimpleNamespace(facets=[Facet("topic", "Topic", options)])},
        request=request,
    )
    return BeautifulSoup(html, "html.parser")


def test_topics_past_the_most_used_wait_behind_show_all_topics(db):
    html = render_facets(
        [
            FacetOption("careers", "careers", 8, selected=False),
            FacetOption("zoology", "zoology", 1, selected=True),
            FacetOption("attendance", "attendance", 1, selected=False, more=True),
            FacetOption("equity", "equity", 7, selected=False),
            FacetOption("wellbeing", "wellbeing", 1, selected=False, more=True),
        ]
    )
    shown, hidden = html.select("fieldset > ul input"), html.select("details input")
    assert [box["value"] for box in shown] == ["careers", "zoology", "equity"]
    assert html.select_one("details > summary").get_text() == "Show all topics"
    assert [box["value"] for box in hidden] == ["attendance", "wellbeing"]
    ids = [box["id"] for box in html.select("input")]
    assert len(set(ids)) == len(ids) == 5


def test_with_no_topic_past_the_most_used_there_is_nothing_to_show_all(db):
    html = render_facets([FacetOption("careers", "careers", 8, selected=False)])
    assert not html.select("details")
    assert len(html.select("fieldset > ul input")) == 1
