"""
Anonymous page views come from the cache, a published change shows at once,
and nothing private or personal is ever kept or handed to someone else.
"""

from django.core.cache import cache

import pytest

from accounts.factories import UserFactory
from accounts.membership import members_group
from core.page_cache import HEADER
from home.factories import StandardPageFactory
from networks.factories import OrganisationFactory
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def test_a_second_anonymous_view_comes_from_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    first = client.get(page.url)
    assert first[HEADER] == "miss"
    second = client.get(page.url)
    assert second[HEADER] == "hit"
    assert second.content == first.content
    # A different address (query) is a different entry.
    assert client.get(page.url + "?x=1")[HEADER] == "miss"


def test_a_published_change_shows_at_once(client, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    client.get(page.url)
    page.title = "About the alliance"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response[HEADER] == "miss"
    assert "About the alliance" in response.content.decode()


def test_unpublishing_takes_a_page_away_at_once(client, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    assert client.get(page.url)[HEADER] == "miss"
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_snippet_change_shows_at_once(client, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    client.get(page.url)
    OrganisationFactory(name="A new partner")
    assert client.get(page.url)[HEADER] == "miss"


def test_signed_in_people_never_read_or_fill_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    client.force_login(UserFactory())
    response = client.get(page.url)
    assert HEADER not in response
    assert "Your account" in response.content.decode()
    client.logout()
    response = client.get(page.url)
    assert response[HEADER] == "miss"
    assert "Your account" not in response.content.decode()


def test_members_only_content_is_never_kept(client, home):
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(
        parent=library, members_only=True, listed=True, summary="Secret summary."
    )
    for _ in range(2):
        response = client.get(resource.url)
        assert response.status_code == 403
        assert HEADER not in response
    client.force_login(UserFactory(groups=[members_group()]))
    assert "Secret summary." in client.get(resource.url).content.decode()
    client.logout()
    response = client.get(resource.url)
    assert "Secret summary." not in response.content.decode()


def test_a_page_with_a_form_is_never_kept(client, lla_site):
    # The contact form carries a CSRF token: a kept copy would hand one
    # visitor's token to the next.
    for _ in range(2):
        response = client.get("/contact/")
        assert response.status_code == 200
        assert HEADER not in response


def test_searching_does_not_empty_the_cache(client, home):
    """Each search counts itself in the database; that is no content change."""
    page = StandardPageFactory(parent=home, title="About", slug="about")
    client.get(page.url)
    client.get("/search/?q=about")
    assert client.get(page.url)[HEADER] == "hit"
    assert client.get("/search/?q=about")[HEADER] == "hit"
