"""
An educator finds a toolkit in Chromium: searches, ticks two facets, opens a
chapter and downloads its file; and the search pages pass axe-core.
"""

import re

from django.contrib.auth.models import Group

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from accounts.factories import UserFactory
from resources.models import MEMBERS_GROUP
from tests.content import shipped

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

[TOOLKIT_FILE] = shipped.of_type("resources.ToolkitPage")
TOOLKIT = TOOLKIT_FILE.front
CHAPTER_WITH_FILE = next(
    chapter.front for chapter in TOOLKIT_FILE.children if chapter.front.get("files")
)


def sign_in(page, live_url):
    member = UserFactory(
        username="educator",
        email="educator@school.example",
        groups=[Group.objects.get_or_create(name=MEMBERS_GROUP)[0]],
    )
    EmailAddress.objects.create(
        user=member, email=member.email, verified=True, primary=True
    )
    page.goto(f"{live_url}/accounts/login/?next=/resources/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/resources/$"))


def test_an_educator_searches_filters_opens_a_chapter_and_downloads(page, lla_live):
    sign_in(page, lla_live.url)

    page.get_by_label("Search the library").fill("race equity")
    page.get_by_label("Search the library").press("Enter")
    page.wait_for_url(re.compile(r"q=race\+equity"))
    page.locator("input[name=network][value=equity]").check()
    page.wait_for_url(re.compile(r"network=equity"))
    page.locator("input[name=type][value=toolkit]").check()
    page.wait_for_url(re.compile(r"type=toolkit"))

    # JavaScript updated the results in place and kept the state in the URL.
    assert "q=race+equity" in page.url
    results = page.locator("#library-results .resource-item__title a")
    assert results.first.text_content() == TOOLKIT["title"]
    assert "1 result" in page.locator("#search-status").text_content()

    results.first.click()
    contents = page.get_by_role("navigation", name="Contents")
    contents.get_by_role("link", name=CHAPTER_WITH_FILE["title"], exact=True).click()
    expect(page.locator("h1")).to_have_text(CHAPTER_WITH_FILE["title"])

    link = page.locator(".documents__list a").first
    with page.expect_download() as download_info:
        link.click(modifiers=["Alt"])  # Alt-click: save the file, don't view it
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_the_back_button_undoes_a_filter(page, lla_live):
    page.goto(lla_live.url + "/resources/")
    total = page.locator("#search-status").text_content()
    page.locator("input[name=network][value=equity]").check()
    page.wait_for_url(re.compile(r"network=equity"))
    assert page.locator("#search-status").text_content() != total

    page.go_back()

    page.wait_for_url(re.compile(r"/resources/$"))
    page.wait_for_function(
        "text => document.getElementById('search-status').textContent === text",
        arg=total,
    )
    assert not page.locator("input[name=network][value=equity]").is_checked()


def test_filters_work_without_javascript(chromium_path, page, lla_live):
    context = page.context.browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(lla_live.url + "/resources/?q=equity")
    tab.locator("input[name=network][value=equity]").check()
    tab.locator("input[name=type][value=toolkit]").check()
    tab.get_by_role("button", name="Apply filters").click()

    assert "network=equity" in tab.url
    assert "type=toolkit" in tab.url
    assert "q=equity" in tab.url
    assert (
        tab.locator("#library-results .resource-item__title a").first.text_content()
        == (TOOLKIT["title"])
    )
    context.close()


def test_the_site_search_suggests_as_you_type(page, lla_live):
    page.goto(lla_live.url + "/search/")
    box = page.get_by_role("combobox", name="Search the whole site")
    box.press_sequentially("robot", delay=30)

    option = page.get_by_role("option").first
    # On a busy machine the keys arrive slowly enough for an earlier prefix's
    # suggestions to show first; the list settles on the whole word's.
    expect(option).to_contain_text("Robotics")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    box.press("Enter")

    page.wait_for_url(re.compile(r"/resources/.*robotics"))


def test_search_pages_have_no_axe_violations(page, lla_live):
    for path in [
        "/search/",
        "/search/?q=equity",
        "/search/?q=zzqqxx",
        "/resources/?q=equity&network=equity&type=toolkit",
        "/resources/?q=zzqqxx&network=equity",
        "/resources/?page=2",
    ]:
        page.goto(lla_live.url + path)
        assert axe_violations(page) == [], path
