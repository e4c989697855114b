"""
The library page's index route is the search engine's library search. The
library asks for it through a Wagtail hook (ResourceIndexPage.library; the
search app registers it), so resources never imports search; and the page
is served as any Wagtail page is: behind a view restriction editors set, and
in the admin's preview.
"""

from django.contrib.auth.models import AnonymousUser

from wagtail import hooks
from wagtail.models import PageViewRestriction

import pytest

from accounts.factories import MemberFactory
from resources.factories import ResourcePageFactory
from resources.models import SERVE_LIBRARY_HOOK
from search.library import serve_library

pytestmark = pytest.mark.django_db

TITLE = "Glimmerwick careers guide"


@pytest.fixture
def resource(library):
    return ResourcePageFactory(
        parent=library, title=TITLE, summary="For careers leads."
    )


def test_the_search_app_serves_the_library_through_the_hook():
    assert hooks.get_hooks(SERVE_LIBRARY_HOOK) == [serve_library]


def test_the_library_page_is_the_library_search(client, library, resource):
    data = client.get(library.url, {"format": "json"}).json()

    assert data["scope"] == "library"
    assert [result["title"] for result in data["results"]] == [TITLE]
    assert set(data["facets"]) == {"network", "type", "audience", "topic"}


@pytest.mark.parametrize("params", [{}, {"format": "json"}])
def test_a_library_editors_made_private_asks_visitors_to_sign_in_first(
    client, library, resource, params
):
    PageViewRestriction.objects.create(
        page=library, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(library.url, params)

    assert response.status_code == 302
    assert TITLE not in response.content.decode()
    member = MemberFactory()
    client.force_login(member)
    assert client.get(library.url, params).status_code == 200


def test_the_library_preview_shows_the_library_search(rf, library, resource):
    request = rf.get("/")
    request.user = AnonymousUser()

    response = library.make_preview_request(request, library.default_preview_mode)

    assert response.status_code == 200
    body = response.render().content.decode()
    assert TITLE in body
