"""
Past settings.SEARCH_MATCH_LIMIT, a search ranks the newest pages holding its
words, plus any named for it (search/hits.py), so its cost stays flat as the
library grows. The user is told: the total says "more than", a notice says
which pages they see, and choosing a filter still finds older pages, with an
exact count. Privacy is as strict past the limit as below it.

The limit is set to 3 here; each resource below holds "kestrel".
"""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


# Looking among the newest first (PostgreSQL) ----------------------------------
# With the limit at 3 and hits.WINDOW at 2, a search looks first among the
# newest 8 entries of the full-text index (the window times four), then
# further back.


@pytest.fixture
def small_window(monkeypatch):
    monkeypatch.setattr("search.hits.WINDOW", 2)


def _resources(library, titles, summary):
    for title in titles:
        page = ResourcePageFactory(parent=library, title=title, summary=summary)
        index.insert_or_update_object(page)


@pytest.fixture
def layered(home):
    """Old pages holding "kestrel", 20 newer without it, then two newer with it."""
    library = ResourceIndexPageFactory(parent=home)
    _resources(library, [f"Old {n}" for n in range(1, 6)], "Kestrel counts.")
    _resources(library, [f"Other {n}" for n in range(1, 21)], "Owl counts.")
    # Fewer than the limit among the newest 8: the look must go further back.
    _resources(library, ["New 1", "New 2"], "Kestrel counts.")
    return library


def outcome(query, **filters):
    results = search(query, user=AnonymousUser(), filters=filters or None)
    return titles(results), results.total, results.capped


@pytest.mark.parametrize("query", ["kestrel", "owl", "counts", "kestrel counts"])
def test_looking_among_the_newest_first_finds_what_a_full_look_finds(
    small_window, layered, monkeypatch, query
):
    first_look = outcome(query)
    monkeypatch.setattr("search.hits.WINDOW", 10**9)  # every entry at once

    assert first_look == outcome(query)


def test_matches_older_than_the_newest_entries_are_found(small_window, home):
    library = ResourceIndexPageFactory(parent=home)
    _resources(library, ["Old 1", "Old 2"], "Kestrel counts.")
    _resources(library, [f"Other {n}" for n in range(1, 21)], "Owl counts.")

    found, total, capped = outcome("kestrel")

    assert sorted(found) == ["Old 1", "Old 2"]
    assert (total, capped) == (2, False)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's index reads newest first"
)
def test_a_common_word_is_read_from_the_newest_entries_alone(small_window, layered):
    """One look, bounded by an id: not every match checked for privacy."""
    with CaptureQueriesContext(connection) as queries:
        search("counts", user=AnonymousUser())
    anywhere = [
        query["sql"]
        for query in queries
        if query["sql"].startswith("INSERT INTO search_hit")
        and '"title" || "wagtailsearch_indexentry"."body"' in query["sql"]
    ]

    assert len(anywhere) == 1
    assert '"wagtailsearch_indexentry"."id" >' in anywhere[0]


def test_a_search_of_an_empty_index_finds_nothing_without_falling_back(home, caplog):
    """Nothing indexed yet (a new site): no newest entry to look back from."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailsearch_indexentry")

    results = search("kestrel", user=AnonymousUser())

    assert results.total == 0
    assert "shortcut failed" not in caplog.text
