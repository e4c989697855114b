"""
What someone can open comes before what they cannot, in every sort, in the
library and the site search: a visitor is not met by a page of locked
"Members only" items. The locked ones are still listed, after the rest, with
their label; a member has nothing locked, so their order is the sort's alone.
"""

import datetime

from django.contrib.auth.models import AnonymousUser

from modelsearch import index

import pytest
from bs4 import BeautifulSoup

from accounts.factories import MemberFactory, UserFactory
from accounts.models import User
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from search.engine import LIBRARY, SITE, search

pytestmark = pytest.mark.django_db

# title, published, members only. The locked ones are the newest, first from
# A to Z, and the only ones with the searched word in their titles: every
# sort would put them first.
ROWS = [
    ("A locked kestrel plan", datetime.date(2025, 6, 1), True),
    ("B locked kestrel notes", datetime.date(2025, 5, 1), True),
    ("C open guide", datetime.date(2024, 3, 1), False),
    ("D open report", datetime.date(2024, 2, 1), False),
    ("E open checklist", datetime.date(2024, 1, 1), False),
]
OPEN_TITLES = ["C open guide", "D open report", "E open checklist"]
LOCKED_TITLES = ["A locked kestrel plan", "B locked kestrel notes"]
TITLES = OPEN_TITLES + LOCKED_TITLES


@pytest.fixture
def shelf(home):
    library = ResourceIndexPageFactory(parent=home)
    for title, published, members_only in ROWS:
        page = ResourcePageFactory(
            parent=library,
            title=title,
            summary="About kestrel sightings.",
            published_date=published,
            members_only=members_only,
        )
        index.insert_or_update_object(page)
    return library


def user_for(who):
    if who == "anonymous":
        return AnonymousUser()
    if who == "pending":
        return UserFactory(membership=User.Membership.PENDING)
    return MemberFactory()


# (scope, query, sort) -> the order for a member, who can open everything.
SORTS = {
    (LIBRARY, "", "newest"): [title for title, _d, _m in ROWS],
    (LIBRARY, "", "title"): [title for title, _d, _m in ROWS],
    (LIBRARY, "kestrel", "relevance"): LOCKED_TITLES,
    (LIBRARY, "kestrel", "newest"): [title for title, _d, _m in ROWS],
    (LIBRARY, "kestrel", "title"): [title for title, _d, _m in ROWS],
    (SITE, "kestrel", "relevance"): LOCKED_TITLES,
    (SITE, "kestrel", "title"): [title for title, _d, _m in ROWS],
    (SITE, "", "title"): None,  # every page of the site, the home page too
}
CASES = [
    pytest.param(
        who, scope, query, sort, id=f"{who}-{scope}-{query or 'browse'}-{sort}"
    )
    for who in ("anonymous", "pending", "member")
    for scope, query, sort in SORTS
]


@pytest.mark.parametrize(("who", "scope", "query", "sort"), CASES)
def test_what_can_be_opened_comes_first(shelf, who, scope, query, sort):
    results = search(query, user=user_for(who), scope=scope, sort=sort, per_page=100)

    assert results.sort == sort
    found = [hit.page.title for hit in results.hits if hit.page.title in TITLES]
    can_open = [hit.can_open for hit in results.hits]
    member_order = SORTS[scope, query, sort]
    if who == "member":
        assert all(can_open)
        if sort == "relevance":
            # The best match for "kestrel" has it in its title.
            assert set(found[:2]) == set(member_order)
        elif member_order is not None:
            assert found == member_order
        return
    # Everything that opens, then everything locked.
    assert can_open == sorted(can_open, reverse=True)
    opened = [title for title in found if title in OPEN_TITLES]
    locked = [title for title in found if title in LOCKED_TITLES]
    assert found == opened + locked
    # The locked ones are still listed: found by their titles.
    assert set(locked) == set(LOCKED_TITLES)
    assert set(opened) == set(OPEN_TITLES)
    if sort != "relevance":
        # Each half keeps the sort's own order (dates fall as letters rise).
        assert (opened, locked) == (OPEN_TITLES, LOCKED_TITLES)


def test_a_locked_result_keeps_its_members_only_label(client, shelf):
    page = BeautifulSoup(
        client.get(shelf.url, {"sort": "newest"}).content, "html.parser"
    )

    items = [
        (
            item.select_one(".resource-item__title").get_text(strip=True),
            item.select_one(".badge") is not None,
        )
        for item in page.select(".resource-list .resource-item")
    ]
    assert items == [
        ("C open guide", False),
        ("D open report", False),
        ("E open checklist", False),
        ("A locked kestrel plan", True),
        ("B locked kestrel notes", True),
    ]
