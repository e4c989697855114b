"""
A resource taken out of the shipped content because another page says the
same thing: nothing in the content points at it any more, and its old address
leads to the page that replaced it, so old links and bookmarks still work.
"""

from pathlib import Path

from django.conf import settings

from wagtail.contrib.redirects.models import Redirect

import pytest

from core.content.loader import load_all
from resources.models import ResourcePage, ToolkitSectionPage
from tests.content import shipped

CONTENT = Path(settings.BASE_DIR) / "content"

OLD_PATH = "/resources/lla-anti-racism-action-plan/"
CHAPTER_PATH = (
    "/resources/race-equity-leadership-toolkit/the-lla-anti-racism-action-plan/"
)


def test_the_action_plan_is_shipped_once_as_the_toolkit_chapter():
    resources = shipped.of_type("resources.ResourcePage")
    chapters = shipped.of_type("resources.ToolkitSectionPage")

    assert "lla-anti-racism-action-plan" not in {spec.slug for spec in resources}
    assert CHAPTER_PATH in {spec.path for spec in chapters}
    titles = [spec.front["title"] for spec in resources]
    assert "The LLA anti-racism action plan" not in titles


def test_nothing_in_the_content_points_at_the_old_resource():
    """Links, featured slots, handouts and files, in every file of content/."""
    retired = dict(shipped.redirects())
    assert retired[OLD_PATH.rstrip("/")] == CHAPTER_PATH

    for path in sorted(CONTENT.rglob("*.md")) + sorted(CONTENT.rglob("*.yaml")):
        text = path.read_text()
        if path.name == "README.md":
            continue
        # The chapter's own redirect_from is the one mention allowed.
        allowed = 1 if path.name == "the-lla-anti-racism-action-plan.md" else 0
        assert text.count(OLD_PATH.rstrip("/")) == allowed
        assert "lla-anti-racism-action-plan-summary" not in text


def test_the_old_address_leads_to_the_chapter(client, lla_site):
    assert not ResourcePage.objects.filter(slug="lla-anti-racism-action-plan").exists()
    chapter = ToolkitSectionPage.objects.get(slug="the-lla-anti-racism-action-plan")
    assert chapter.url == CHAPTER_PATH

    response = client.get(OLD_PATH)

    assert response.status_code == 301
    assert response["Location"] == CHAPTER_PATH
    assert client.get(response["Location"]).status_code == 200


def test_loading_again_keeps_one_redirect(lla_site):
    load_all(hostname="localhost", port=80, stdout=lambda line: None)

    redirects = Redirect.objects.filter(old_path=OLD_PATH.rstrip("/"))
    assert redirects.count() == 1
    assert redirects.get().redirect_page.url == CHAPTER_PATH


@pytest.mark.django_db
def test_an_editors_redirect_from_the_old_address_is_kept(home):
    """Editors may have sent the old address elsewhere: the loader leaves it."""
    Redirect.add_redirect(OLD_PATH, "https://example.org/plan", site=None)

    load_all(hostname="localhost", port=80, stdout=lambda line: None)

    [redirect] = Redirect.objects.filter(old_path=OLD_PATH.rstrip("/"))
    assert redirect.redirect_link == "https://example.org/plan"
