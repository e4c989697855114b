"""The library's pages pass axe-core's WCAG 2.2 AA rules in Chromium."""

import pytest

from resources import lla_content

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TOOLKIT = f"/resources/{lla_content.TOOLKIT['slug']}/"
CHAPTER = f"{TOOLKIT}{lla_content.TOOLKIT['chapters'][0]['slug']}/"
TEASER = next(
    f"/resources/{r['slug']}/"
    for r in lla_content.RESOURCES
    if r["access"] == "members" and r["listed"]
)
WITH_FILE = next(f"/resources/{r['slug']}/" for r in lla_content.RESOURCES if r["file"])


def test_library_pages_have_no_axe_violations(page, lla_live):
    # One test for the five page types: each load of the site costs seconds.
    for path in ["/resources/", TOOLKIT, CHAPTER, WITH_FILE, TEASER]:
        response = page.goto(lla_live.url + path)
        assert response.status == (403 if path == TEASER else 200), path
        assert axe_violations(page) == [], path


def test_a_reader_moves_through_a_toolkit_by_its_chapter_links(page, lla_live):
    chapters = lla_content.TOOLKIT["chapters"]
    page.goto(lla_live.url + TOOLKIT)
    page.get_by_role("link", name=chapters[0]["title"]).click()
    assert page.locator("h1").text_content() == chapters[0]["title"]

    page.get_by_role("link", name=f"Next: {chapters[1]['title']}").click()

    assert page.locator("h1").text_content() == chapters[1]["title"]
    assert page.get_by_role("link", name=f"Previous: {chapters[0]['title']}")
