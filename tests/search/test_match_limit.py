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
# SQLite's full-text table (modelsearch's).
FTS = "wagtailsearch_indexentry_fts"
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


def statements(query, starting, filters=None):
    """
    The SQL of a visitor's search for `query` that starts with `starting`
    (a string, or a tuple of them).
    """
    with CaptureQueriesContext(connection) as queries:
        search(query, user=AnonymousUser(), filters=filters)
    return [q["sql"] for q in queries if q["sql"].startswith(starting)]


def _resources(library, titles, **fields):
    """Resources with these titles in `library`, indexed; returns them."""
    pages = []
    for title in titles:
        pages.append(ResourcePageFactory(parent=library, title=title, **fields))
        index.insert_or_update_object(pages[-1])
    return pages


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


# Pages named for the search ------------------------------------------------
# A visitor finds a listed members-only resource by its title alone. Past the
# limit, the pages named for the search are read newest first, those the
# visitor may open and those they may only see the title of alike, and the
# reading stops at the limit: reading every page whose title holds a common
# word grew with the library (3,548 titles for "equity" at 100,000).


@pytest.fixture
def titled_shelf(home):
    """
    Oldest first: two listed members-only resources named for "kestrel", an
    unlisted one, then six open guides named for it.
    """
    library = ResourceIndexPageFactory(parent=home)
    members_only = ["Kestrel members' notes 1", "Kestrel members' notes 2"]
    _resources(library, members_only, summary="Notes.", members_only=True)
    _resources(
        library,
        ["Kestrel unlisted notes"],
        summary="Notes.",
        members_only=True,
        listed=False,
    )
    _resources(library, [f"Kestrel guide {n}" for n in range(1, 7)], summary="Notes.")
    return library


def test_a_visitor_finds_a_members_only_title_below_the_limit(titled_shelf, settings):
    settings.SEARCH_MATCH_LIMIT = 100

    results = search("kestrel", user=AnonymousUser())

    locked = {hit.page.title for hit in results.hits if not hit.can_open}
    assert locked == {"Kestrel members' notes 1", "Kestrel members' notes 2"}
    assert "Kestrel unlisted notes" not in titles(results)
    assert results.total == 8
    assert not results.capped


def test_past_the_limit_a_visitor_sees_the_newest_pages_named_for_it(titled_shelf):
    results = search("kestrel", user=AnonymousUser())

    # The newest four (one more than the limit) that the visitor may find;
    # the older members-only titles are past them, and the total says so.
    assert set(titles(results)) == {f"Kestrel guide {n}" for n in range(3, 7)}
    assert results.capped
    assert any(notice.startswith(MORE_THAN) for notice in results.notices)


def test_a_newer_members_only_title_is_found_past_the_limit(titled_shelf):
    [newest] = _resources(titled_shelf, ["Kestrel members' digest"], members_only=True)

    results = search("kestrel", user=AnonymousUser())

    [hit] = [hit for hit in results.hits if hit.page.pk == newest.pk]
    assert not hit.can_open
    assert hit.summary == ""


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="counts SQLite's virtual machine steps"
)
def test_a_visitors_search_past_the_limit_does_no_more_as_pages_grow(home):
    """
    The work of a visitor's search past the limit, in SQLite's virtual
    machine steps (which do not depend on the machine), with 8 and then 40
    open pages named for the search, newer than the two members-only ones a
    visitor finds by title, the second time with 40 pages without it: the
    search reads the newest pages named for it, and looks its results up
    from its matches, so its work grows with neither (1,567 steps, then
    1,556). Reading until it had found enough members-only titles, it read
    every page named for it (2,205, then 2,898); with its results joined to
    its matches, SQLite read every page (1,619, then 2,256).
    """
    library = ResourceIndexPageFactory(parent=home)

    def add(count, title, **access):
        titles = [f"{title} {n}" for n in range(count)]
        _resources(library, titles, summary="Notes.", **access)

    def steps():
        counted = [0]

        def step():
            counted[0] += 1
            return 0

        # The full-text index in one segment, as many as before: it looks
        # a word up in each of its segments, whose number grows as pages are
        # indexed one by one (until it merges them).
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")  # noqa: S608
        search("kestrel", user=AnonymousUser())  # caches warm
        connection.ensure_connection()
        raw = connection.connection
        raw.set_progress_handler(step, 1)
        try:
            search("kestrel", user=AnonymousUser())
        finally:
            raw.set_progress_handler(None, 1)
        return counted[0]

    add(2, "Kestrel members' notes", members_only=True)
    add(8, "Kestrel guide")
    few = steps()
    add(32, "Kestrel guide, later")
    add(40, "Owl notes")
    many = steps()

    assert many < few * 1.1, f"{few} steps with 8 pages named for it, {many} with 40"


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
    # The pass by title looks among the newest first the same way.
    monkeypatch.setattr("search.hits.TITLE_WINDOW", 2)


@pytest.fixture
def layered(home):
    """Old pages holding "kestrel", 20 newer without it, then two newer with it."""
    library = ResourceIndexPageFactory(parent=home)
    _resources(library, [f"Old {n}" for n in range(1, 6)], summary="Kestrel counts.")
    _resources(library, [f"Other {n}" for n in range(1, 21)], summary="Owl counts.")
    # Fewer than the limit among the newest 8: the look must go further back.
    _resources(library, ["New 1", "New 2"], summary="Kestrel counts.")
    return library


def outcome(query, **filters):
    results = search(query, user=AnonymousUser(), filters=filters or None)
    return titles(results), results.total, results.capped


@pytest.mark.parametrize("query", ["kestrel", "owl", "counts", "kestrel counts"])
def test_looking_among_the_newest_first_finds_what_a_full_look_finds(
    small_window, layered, monkeypatch, query
):
    first_look = outcome(query)
    # Every entry at once.
    monkeypatch.setattr("search.hits.WINDOW", 10**9)
    monkeypatch.setattr("search.hits.TITLE_WINDOW", 10**9)

    assert first_look == outcome(query)


@pytest.fixture
def layered_titles(home):
    """
    As `layered`, with "kestrel" in titles: old pages named for it, a listed
    members-only one among the 20 newer pages, then two newer named for it.
    """
    library = ResourceIndexPageFactory(parent=home)
    _resources(library, [f"Kestrel old {n}" for n in range(1, 6)], summary="Counts.")
    _resources(library, [f"Other {n}" for n in range(1, 11)], summary="Kestrel counts.")
    _resources(library, ["Kestrel members' notes"], members_only=True)
    _resources(library, [f"Other {n}" for n in range(11, 21)], summary="Owl counts.")
    _resources(library, ["Kestrel new 1", "Kestrel new 2"], summary="Counts.")
    return library


@pytest.mark.parametrize("query", ["kestrel", "kestrel counts", "owl"])
def test_looking_among_the_newest_titles_first_finds_what_a_full_look_finds(
    small_window, layered_titles, monkeypatch, query
):
    first_look = outcome(query)
    monkeypatch.setattr("search.hits.WINDOW", 10**9)
    monkeypatch.setattr("search.hits.TITLE_WINDOW", 10**9)

    assert first_look == outcome(query)


def test_matches_older_than_the_newest_entries_are_found(small_window, home):
    library = ResourceIndexPageFactory(parent=home)
    _resources(library, ["Old 1", "Old 2"], summary="Kestrel counts.")
    _resources(library, [f"Other {n}" for n in range(1, 21)], summary="Owl counts.")

    found, total, capped = outcome("kestrel")

    assert sorted(found) == ["Old 1", "Old 2"]
    assert (total, capped) == (2, False)


# PostgreSQL's full-text index cannot read newest first; SQLite's can.
newest_first_by_window = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's index reads newest first"
)


@newest_first_by_window
def test_a_common_word_is_read_from_the_newest_entries_alone(small_window, layered):
    """One look, bounded by an id: not every match checked for privacy."""
    anywhere = [
        sql
        for sql in statements("counts", "INSERT INTO search_hit")
        if '"title" || "wagtailsearch_indexentry"."body"' in sql
    ]

    assert len(anywhere) == 1
    assert '"wagtailsearch_indexentry"."id" >' in anywhere[0]


@newest_first_by_window
def test_the_newest_entry_is_read_once_a_search(small_window, layered_titles):
    """Both first looks, by any word and by title, start from it."""
    newest = statements("kestrel", 'SELECT MAX("wagtailsearch_indexentry"."id")')

    assert len(newest) == 1


def test_a_search_of_an_empty_index_finds_nothing_without_falling_back(home, caplog):
    """Nothing indexed yet (a new site): no newest entry to look back from."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailsearch_indexentry")

    results = search("kestrel", user=AnonymousUser())

    assert results.total == 0
    assert "shortcut failed" not in caplog.text


# With filters chosen, past the limit ----------------------------------------


@pytest.fixture
def typed_shelf(home):
    """
    Oldest first: a listed members-only guide named for "kestrel", six open
    guides and then four open case studies holding it in their summary.
    """
    library = ResourceIndexPageFactory(parent=home)
    guide = ResourceTypeFactory(name="Guide", slug="guide")
    case_study = ResourceTypeFactory(name="Case study", slug="case-study")
    _resources(
        library, ["Kestrel members' notes"], resource_type=guide, members_only=True
    )
    _resources(
        library,
        [f"Guide {n}" for n in range(1, 7)],
        summary="Kestrel practice.",
        resource_type=guide,
    )
    _resources(
        library,
        [f"Case study {n}" for n in range(1, 5)],
        summary="A kestrel school.",
        resource_type=case_study,
    )
    return library


def test_past_the_limit_a_filter_finds_a_members_only_title_within_it(typed_shelf):
    results = search("kestrel", user=AnonymousUser(), filters={"type": ["guide"]})

    locked = [hit.page.title for hit in results.hits if not hit.can_open]
    assert locked == ["Kestrel members' notes"]
    assert {hit.page.title for hit in results.hits if hit.can_open} == {
        f"Guide {n}" for n in range(3, 7)
    }


def test_past_the_limit_a_filter_reads_titles_only_within_it(typed_shelf):
    """
    The newest matches anywhere (the counts beside the filters come from
    them), then the newest within the filters, by any word and by title
    alone: no pass over the titles of the whole library, which added pages
    the filters leave out, or pages within them that the pass within them
    finds unless more than the limit there hold the word (6 ms of SQL for
    "equity" with two filters at 100,000 resources).
    """
    inserts = statements(
        "kestrel",
        ("INSERT INTO search_hit", "INSERT OR IGNORE"),
        filters={"type": ["guide"]},
    )

    assert len(inserts) == 3
    assert all('"resource_type_id" IN' in sql for sql in inserts[1:])
