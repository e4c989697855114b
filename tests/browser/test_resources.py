"""The library's pages pass axe-core's WCAG 2.2 AA rules in Chromium."""

import pytest
from playwright.sync_api import expect

from tests.content import shipped

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

[SHIPPED_TOOLKIT] = shipped.of_type("resources.ToolkitPage")
TOOLKIT = SHIPPED_TOOLKIT.path
CHAPTER = SHIPPED_TOOLKIT.children[0].path
RESOURCES = shipped.of_type("resources.ResourcePage")
TEASER = next(
    r.path
    for r in RESOURCES
    if r.front.get("members_only") and r.front.get("listed", True)
)
WITH_FILE = next(r.path for r in RESOURCES if r.front.get("files"))


def test_library_pages_have_no_axe_violations(page, lla_live):
    # One test for the five page types: each load of the site costs seconds.
    for path in ["/resources/", TOOLKIT, CHAPTER, WITH_FILE, TEASER]:
        response = page.goto(lla_live.url + path)
        assert response.status == (403 if path == TEASER else 200), path
        assert axe_violations(page) == [], path


def test_a_reader_moves_through_a_toolkit_by_its_chapter_links(page, lla_live):
    chapters = [chapter.front["title"] for chapter in SHIPPED_TOOLKIT.children]
    page.goto(lla_live.url + TOOLKIT)
    page.get_by_role("link", name=chapters[0]).click()
    expect(page.locator("h1")).to_have_text(chapters[0])

    page.get_by_role("link", name=f"Next: {chapters[1]}").click()

    expect(page.locator("h1")).to_have_text(chapters[1])
    assert page.get_by_role("link", name=f"Previous: {chapters[0]}")
