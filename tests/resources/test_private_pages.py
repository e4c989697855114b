"""
No shared cache (a proxy, a CDN, a school's web cache) may keep a page that
was rendered for one signed-in person and hand it to the next: a members-only
resource, toolkit or chapter served to a member is `Cache-Control: private,
no-store`, and anything else rendered for someone signed in (their account
link, what their membership opens, a teaser that speaks to their application)
is `private`. `Vary: Cookie` alone is not enough: many caches ignore it.

What anonymous visitors get is the same for all of them, and is unchanged: no
`private`, and the anonymous page cache (core/page_cache.py) still keeps
the public pages and never a page rendered for a member.
"""

from django.contrib.auth.models import Group
from django.core.cache import cache

import pytest

from accounts.factories import UserFactory
from accounts.models import User
from core.page_cache import HEADER
from home.factories import StandardPageFactory
from resources.factories import (
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import MEMBERS_GROUP

pytestmark = pytest.mark.django_db

PRIVATE_NO_STORE = {"private", "no-store"}
PRIVATE = {"private"}
SHAREABLE = set()  # neither private nor no-store

# (who, page): (status, the Cache-Control directives it must carry)
CASES = {
    ("member", "members resource"): (200, PRIVATE_NO_STORE),
    ("member", "members toolkit"): (200, PRIVATE_NO_STORE),
    ("member", "members chapter"): (200, PRIVATE_NO_STORE),
    ("member", "public resource"): (200, PRIVATE),
    ("member", "library"): (200, PRIVATE),
    ("member", "library json"): (200, PRIVATE),
    ("member", "site search"): (200, PRIVATE),
    ("member", "site search json"): (200, PRIVATE),
    ("member", "about page"): (200, PRIVATE),
    ("pending", "members resource"): (403, PRIVATE),
    ("pending", "members chapter"): (403, PRIVATE),
    ("pending", "public resource"): (200, PRIVATE),
    ("pending", "library"): (200, PRIVATE),
    ("anonymous", "members resource"): (403, SHAREABLE),
    ("anonymous", "members chapter"): (403, SHAREABLE),
    ("anonymous", "public resource"): (200, SHAREABLE),
    ("anonymous", "public chapter"): (200, SHAREABLE),
    ("anonymous", "library"): (200, SHAREABLE),
    ("anonymous", "library json"): (200, SHAREABLE),
    ("anonymous", "site search"): (200, SHAREABLE),
    ("anonymous", "about page"): (200, SHAREABLE),
}


@pytest.fixture
def site(home):
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    members_toolkit = ToolkitPageFactory(
        parent=library, title="Members toolkit", members_only=True
    )
    public_toolkit = ToolkitPageFactory(parent=library, title="Open toolkit")
    pages = {
        "library": library.url,
        "library json": library.url + "?q=toolkit&format=json",
        "site search": "/search/?q=toolkit",
        "site search json": "/search/?q=toolkit&format=json",
        "about page": StandardPageFactory(parent=home, slug="about").url,
        "public resource": ResourcePageFactory(parent=library, title="Open one").url,
        "members resource": ResourcePageFactory(
            parent=library, title="Members one", members_only=True
        ).url,
        "members toolkit": members_toolkit.url,
        "members chapter": ToolkitSectionPageFactory(parent=members_toolkit).url,
        "public chapter": ToolkitSectionPageFactory(parent=public_toolkit).url,
    }
    users = {
        "pending": UserFactory(membership=User.Membership.PENDING),
        "member": UserFactory(
            membership=User.Membership.APPROVED,
            groups=[Group.objects.get_or_create(name=MEMBERS_GROUP)[0]],
        ),
    }
    return pages, users


def directives(response):
    return {
        part.strip().split("=")[0]
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


@pytest.mark.parametrize(("who", "page"), CASES)
def test_cache_control_says_who_the_page_is_for(client, site, who, page):
    pages, users = site
    status, required = CASES[who, page]
    if who != "anonymous":
        client.force_login(users[who])

    response = client.get(pages[page])

    assert response.status_code == status
    if required:
        assert required <= directives(response)
        assert "public" not in directives(response)
    else:
        assert not {"private", "no-store"} & directives(response)


@pytest.mark.parametrize("page", ["public resource", "library", "site search"])
def test_the_page_cache_still_keeps_public_pages_for_anonymous_visitors(
    client, site, settings, page
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    pages, _users = site

    assert client.get(pages[page])[HEADER] == "miss"
    assert client.get(pages[page])[HEADER] == "hit"


@pytest.mark.parametrize("page", ["members resource", "members chapter"])
def test_the_page_cache_never_keeps_a_members_page(client, site, settings, page):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    pages, users = site
    client.force_login(users["member"])
    members_copy = client.get(pages[page])
    assert members_copy.status_code == 200
    assert HEADER not in members_copy  # neither read from the cache nor kept
    client.logout()

    response = client.get(pages[page])

    assert response.status_code == 403
    assert "Sign in to open it" in response.content.decode()
