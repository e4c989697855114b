"""
Past settings.SEARCH_MATCH_LIMIT, a search ranks the newest pages holding its
words, plus any named for it (search/hits.py), so its cost stays flat as the
library grows. The user is told: the total says "more than", a notice says
which pages they see, and choosing a filter still finds older pages, with an
exact count. Privacy is as strict past the limit as below it.

The limit is set to 3 here; each resource below holds "kestrel".
"""

from django.contrib.auth.models import AnonymousUser

from modelsearch import index

import pytest

from accounts.factories import MemberFactory
from resources.factories import (
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from search.checks import check_match_limit
from search.engine import search

pytestmark = pytest.mark.django_db

LIMIT = 3
MORE_THAN = "More than 3 pages hold your words"


@pytest.fixture(autouse=True)
def limit(settings):
    settings.SEARCH_MATCH_LIMIT = LIMIT


@pytest.fixture
def shelf(home):
    """
    Oldest first: a page named for the search, an old case study, six newer
    guides holding the word in their summary, and two members-only resources
    (one listed, one not) that hold it in their summary only.
    """
    library = ResourceIndexPageFactory(parent=home)
    guide = ResourceTypeFactory(name="Guide", slug="guide")
    case_study = ResourceTypeFactory(name="Case study", slug="case-study")
    rows = [
        ("Kestrel planning", "How the plan was made.", guide, {}),
        ("Old case study", "A kestrel school's first year.", case_study, {}),
        *[
            (f"Guide {n}", f"Kestrel practice, part {n}.", guide, {})
            for n in range(1, 7)
        ],
        ("Members' notes", "Kestrel notes.", guide, {"members_only": True}),
        (
            "Unlisted notes",
            "Kestrel notes, unlisted.",
            guide,
            {"members_only": True, "listed": False},
        ),
    ]
    pages = {}
    for title, summary, kind, access in rows:
        page = ResourcePageFactory(
            parent=library, title=title, summary=summary, resource_type=kind, **access
        )
        index.insert_or_update_object(page)
        pages[title] = page
    return pages


@pytest.fixture
def member(db):
    return MemberFactory()


def titles(results):
    return [hit.page.title for hit in results.hits]


def test_past_the_limit_the_newest_are_ranked_with_the_page_named_for_it(shelf):
    results = search("kestrel", user=AnonymousUser())

    assert results.capped
    assert any(notice.startswith(MORE_THAN) for notice in results.notices)
    found = titles(results)
    # Named for the search: first, however old.
    assert found[0] == "Kestrel planning"
    # The newest that hold the word (one more than the limit, which is how a
    # search knows it went past it); the old case study is not among them.
    assert set(found[1:]) == {"Guide 3", "Guide 4", "Guide 5", "Guide 6"}
    assert results.total == len(found)


def test_the_library_page_says_more_than(client, shelf):
    library = shelf["Kestrel planning"].get_parent()

    response = client.get(library.url, {"q": "kestrel"})

    html = " ".join(response.content.decode().split())
    assert "more than 5 results for <strong>“kestrel”</strong>" in html
    assert MORE_THAN in html

    data = client.get(library.url, {"q": "kestrel", "format": "json"}).json()
    assert (data["total"], data["total_is_more_than"]) == (5, True)
    assert any(notice.startswith(MORE_THAN) for notice in data["notices"])


def test_a_filter_finds_older_pages_past_the_limit_with_an_exact_count(shelf):
    results = search("kestrel", user=AnonymousUser(), filters={"type": ["case-study"]})

    assert titles(results) == ["Old case study"]
    assert results.total == 1
    assert not results.capped  # within the filter, that is every match
    assert any("counts beside the filters" in notice for notice in results.notices)


def test_privacy_is_as_strict_past_the_limit(shelf, member):
    anonymous = titles(search("kestrel", user=AnonymousUser()))
    # Members' notes holds the word in its summary, not its title: a visitor
    # may find it by its title alone, so not by this search.
    assert "Members' notes" not in anonymous
    assert "Unlisted notes" not in anonymous

    # A member opens both, and they are the newest.
    as_member = titles(search("kestrel", user=member))
    assert {"Members' notes", "Unlisted notes"} <= set(as_member)


def test_below_the_limit_counts_are_exact_and_nothing_is_said(shelf, settings):
    settings.SEARCH_MATCH_LIMIT = 100

    results = search("kestrel", user=AnonymousUser())

    assert not results.capped
    assert results.total == 8
    assert not any("pages hold your words" in notice for notice in results.notices)


@pytest.mark.parametrize("value", [0, -5, "1000"])
def test_a_limit_below_one_is_refused_with_a_clear_message(settings, value):
    settings.SEARCH_MATCH_LIMIT = value

    [error] = check_match_limit()

    assert error.id == "search.E001"
    assert f"SEARCH_MATCH_LIMIT is {value!r}" in error.msg


def test_a_whole_number_limit_passes_the_check():
    assert check_match_limit() == []
