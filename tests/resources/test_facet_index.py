"""
Browsing the library by filters, without words, counts its facets and orders
its results from bitsets (resources/facet_index.py) instead of SQL over every
resource within the filters; a search for words counts its matches with them,
and looks for its matches within the filters among the ids they give. Users
rely on it to say exactly what SQL would: the same counts, the same results
in the same order, page by page, for members and for anyone else; on seeing
an edit at once; and on never showing a page that has become private since
the bitsets were built.
"""

import itertools
import random

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from networks.models import NetworkPage
from resources import facet_index
from resources.library import LibraryScope
from resources.models import ResourcePage
from search.backends import Match
from search.engine import search
from tests.search.test_facets import TITLE_WORD, VALUES, build_library
from tests.shared_db import shared_fixture

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# More resources than one 64-bit word holds, so pages cross words.
SIZE = 150

shared_index_library = shared_fixture(
    "shared_index_library", lambda: build_library(seed=7, size=SIZE)
)


@pytest.fixture
def library(shared_index_library, db):
    return shared_index_library


def _choices():
    """Filters of every kind: none, one value, several, unknown ones."""
    rng = random.Random(3)
    choices = [{}, {"topic": ["no-such-topic"]}, {"network": ["net-aire"]}]
    for _ in range(14):
        choices.append(
            {
                name: rng.sample([*values, "no-such-value"], rng.randint(1, 2))
                for name, values in VALUES.items()
                if rng.random() < 0.5
            }
        )
    return choices


def shown(results):
    """Everything a results page shows that the index decides."""
    return (
        results.total,
        [(hit.page.pk, hit.can_open) for hit in results.hits],
        [
            (f.name, [(o.value, o.count, o.selected, o.more) for o in f.options])
            for f in results.facets
        ],
        results.notices,
    )


def by_sql(monkeypatch):
    monkeypatch.setattr(LibraryScope, "browse_index", lambda self: None)


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_browsing_from_the_index_shows_what_sql_shows(library, who, monkeypatch):
    _entries, users = library
    pages = [(None, 1), ("newest", 3), ("title", 2), (None, 99)]
    asked = list(itertools.product(_choices(), pages))
    from_index = [
        shown(search(user=users[who], filters=f, sort=s, page=p, per_page=10))
        for f, (s, p) in asked
    ]
    assert facet_index.current() is not None

    by_sql(monkeypatch)
    for (filters, page), answer in zip(asked, from_index, strict=True):
        sort, number = page
        expected = search(
            user=users[who], filters=filters, sort=sort, page=number, per_page=10
        )
        assert answer == shown(expected), (filters, page)


@pytest.mark.parametrize("limit", [1000, 8])
@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_searching_words_with_the_index_shows_what_sql_shows(
    library, who, limit, settings, monkeypatch
):
    """
    Past a limit of 8, a search looks for its newest matches within the
    filters: among the ids the index gives where they are few (3 to 16 of
    them here), else as SQL does (17 to 48). Below the limit (1,000), only
    the counts come from the index, so fewer filter choices do.
    """
    _entries, users = library
    settings.SEARCH_MATCH_LIMIT = limit
    looked_among = []
    among = Match.among

    def counted_among(match, ids):
        looked_among.append(ids)
        return among(match, ids)

    monkeypatch.setattr(Match, "among", counted_among)
    words = [TITLE_WORD, "notes", "item", "item notes"]
    pages = [(None, 1), ("newest", 2)]
    choices = _choices() if limit == 8 else _choices()[:6]
    asked = list(itertools.product(words, choices, pages))
    search(user=users[who], query="notes")  # builds the index
    from_index = [
        shown(search(user=users[who], query=q, filters=f, sort=s, page=p, per_page=5))
        for q, f, (s, p) in asked
    ]
    assert facet_index.current() is not None
    assert bool(looked_among) == (limit == 8)

    by_sql(monkeypatch)
    for (query, filters, page), answer in zip(asked, from_index, strict=True):
        sort, number = page
        expected = search(
            user=users[who],
            query=query,
            filters=filters,
            sort=sort,
            page=number,
            per_page=5,
        )
        assert answer == shown(expected), (query, filters, page)


def test_searching_words_with_filters_counts_nothing_in_sql(library):
    _entries, users = library
    filters = {"network": ["net-aire"], "type": ["guide"]}
    search(user=users["anonymous"], query="notes", filters=filters)  # the index

    with CaptureQueriesContext(connection) as queries:
        results = search(user=users["anonymous"], query="notes", filters=filters)

    assert results.total > 0
    counted = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
    assert counted == []


def test_browsing_by_filters_counts_nothing_in_sql(library):
    _entries, users = library
    filters = {"network": ["net-aire"], "topic": ["careers"]}
    search(user=users["anonymous"], filters=filters)  # builds the index

    with CaptureQueriesContext(connection) as queries:
        results = search(user=users["anonymous"], filters=filters)

    assert results.total > 0
    counted = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
    assert counted == []


def test_an_edit_shows_in_the_next_browse(library):
    _entries, users = library
    before = search(user=users["member"], filters={"network": ["net-calder"]})
    resource = (
        ResourcePage.objects.live()
        .exclude(networks__slug="net-calder")
        .filter(members_only=False)
        .first()
        .specific
    )
    resource.networks.add(NetworkPage.objects.get(slug="net-calder"))
    resource.save_revision().publish()

    after = search(
        user=users["member"], filters={"network": ["net-calder"]}, per_page=1000
    )

    assert after.total == before.total + 1
    assert resource.pk in [hit.page.pk for hit in after.hits]


def test_a_page_made_private_since_the_index_was_built_is_never_shown(library):
    _entries, users = library
    first = search(user=users["anonymous"]).hits[0].page
    # Changed behind the site's back: no signal, so the index is not rebuilt.
    ResourcePage.objects.filter(pk=first.pk).update(members_only=True, listed=False)

    results = search(user=users["anonymous"])

    assert first.pk not in [hit.page.pk for hit in results.hits]


def test_while_the_worker_builds_the_index_browsing_answers_by_sql(
    library, email_queue
):
    _entries, users = library
    filters = {"network": ["net-aire"]}

    first = search(user=users["anonymous"], filters=filters)
    again = search(user=users["anonymous"], filters=filters)

    assert facet_index.current() is None
    builds = email_queue.results().filter(task_path__endswith="build_index")
    assert builds.count() == 1  # one build queued, however many browse
    assert email_queue.run_worker() == 1
    assert facet_index.current() is not None
    assert shown(search(user=users["anonymous"], filters=filters)) == shown(first)
    assert shown(again) == shown(first)


def test_with_the_content_cache_off_browsing_answers_by_sql(library, settings):
    _entries, users = library
    settings.CONTENT_CACHE_SECONDS = 0

    results = search(user=users["member"], filters={"type": ["guide"]})

    assert facet_index.current() is None
    assert results.total > 0


def test_a_damaged_index_in_the_cache_is_passed_over_for_sql(library, monkeypatch):
    _entries, users = library
    filters = {"network": ["net-wharfe"]}
    search(user=users["anonymous"], filters=filters)  # builds the index
    token, _data = cache.get(facet_index.DATA_KEY)
    cache.set(facet_index.DATA_KEY, (token, b"not an index"))
    monkeypatch.setattr(facet_index, "_memo", (None, None))  # a fresh process

    results = search(user=users["anonymous"], filters=filters)

    by_sql(monkeypatch)
    assert shown(results) == shown(search(user=users["anonymous"], filters=filters))


def test_an_index_evicted_from_the_cache_is_built_again(library, monkeypatch):
    _entries, users = library
    filters = {"type": ["report"]}
    search(user=users["member"], filters=filters)  # builds the index
    cache.delete(facet_index.DATA_KEY)  # the cache ran short of memory
    monkeypatch.setattr(facet_index, "_memo", (None, None))  # a fresh process

    search(user=users["member"], filters=filters)  # by SQL; asks again
    search(user=users["member"], filters=filters)

    assert facet_index.current() is not None
