"""
A visitor asks to join a network in Chromium, with the keyboard alone; the
contact page and its error state pass axe-core.
"""

import re

import pytest

from enquiries.models import Enquiry
from networks.models import NetworkPage

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _quick_form(settings):
    """The live server runs in this process: a person may fill it in at once."""
    settings.ENQUIRY_MIN_FILL_SECONDS = 0


def tab_to(page, selector, limit=120):
    """Presses Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_a_visitor_joins_a_network_with_the_keyboard_alone(page, lla_live):
    network = NetworkPage.objects.get(slug="equity")
    page.goto(lla_live.url + network.url)

    tab_to(page, "a.button")
    assert page.evaluate("document.activeElement.textContent") == "Join this network"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/contact/\?network=equity$"))
    ticked = page.locator("input[name=networks]:checked")
    assert ticked.count() == 1
    assert ticked.get_attribute("value") == str(network.pk)

    tab_to(page, "#id_name")
    page.keyboard.type("Grace Visitor")
    page.keyboard.press("Tab")
    page.keyboard.type("grace@school.example")
    page.keyboard.press("Tab")
    page.keyboard.type("Leeds Secondary School")
    page.keyboard.press("Tab")
    page.keyboard.type("Head of English")
    page.keyboard.press("Tab")
    page.keyboard.type("We would like to join the network.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_consent"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the privacy notice link, then Send
    assert page.evaluate("document.activeElement.textContent") == "privacy notice"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Send"
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/contact/thanks/$"))
    assert page.locator("h1").text_content().startswith("Thank you")
    enquiry = Enquiry.objects.get()
    assert (enquiry.name, enquiry.email, enquiry.role) == (
        "Grace Visitor",
        "grace@school.example",
        "Head of English",
    )
    assert list(enquiry.networks.all()) == [network]


def test_the_error_summary_takes_a_keyboard_user_to_each_field(page, lla_live):
    page.goto(lla_live.url + "/contact/")
    tab_to(page, "#id_name")
    page.keyboard.type("Grace Visitor")
    page.keyboard.press("Enter")  # sends the form, unfinished

    summary = page.locator(".error-summary")
    summary.wait_for()
    links = summary.locator("a")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert targets == ["#networks-legend", "#id_email", "#id_organisation",
                       "#id_message", "#id_consent"]  # fmt: skip
    assert page.locator("#id_name").input_value() == "Grace Visitor"

    for target in targets:
        tab_to(page, f'.error-summary a[href="{target}"]')
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == target[1:]


def test_the_contact_page_and_its_errors_pass_axe(page, lla_live):
    page.goto(lla_live.url + "/contact/?network=equity")
    assert axe_violations(page) == []

    page.get_by_role("button", name="Send").click()
    page.locator(".error-summary").wait_for()
    assert page.title().startswith("Error: ")
    assert axe_violations(page) == []


def test_the_form_works_without_javascript(page, lla_live):
    context = page.context.browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(lla_live.url + "/contact/?network=careers")
    tab.get_by_label("Your name").fill("No Script")
    tab.get_by_label("Email address").fill("noscript@school.example")
    tab.get_by_label("Organisation").fill("A college")
    tab.get_by_label("Your message").fill("Hello")
    tab.get_by_label(re.compile("^I agree")).check()
    tab.get_by_role("button", name="Send").click()
    tab.wait_for_url(re.compile(r"/contact/thanks/$"))
    assert Enquiry.objects.get().name == "No Script"
    context.close()
