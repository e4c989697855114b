"""
"Did you mean …?" puts a misspelt word right from the titles and topics the
user may open (privacy: tests/search/test_privacy.py). The known words near
each misspelt one are read (on PostgreSQL from a pg_trgm index), and a few
titles are looked at to see the user may open one holding it, so a
suggestion reads a few rows however large the library grows
(search/suggestions.py).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from resources.factories import ResourceIndexPageFactory, publish_resource
from search.library import LIBRARY
from search.site import SITE
from search.suggestions import NEAREST, suggest

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="pg_trgm is PostgreSQL's"
)


@pytest.fixture
def library(home):
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    publish_resource(
        library, "Apprenticeship routes after sixteen", topics=["Safeguarding"]
    )
    # Many newer titles with words nearly like the misspelling: the right
    # word is still found, however old its page.
    for n in range(NEAREST + 5):
        publish_resource(library, f"Apprentice stories {n}")
    return library


@pytest.mark.parametrize("scope", [LIBRARY, SITE])
def test_a_misspelt_word_is_put_right_and_a_right_one_kept(library, scope):
    assert suggest("apprentceship routes", scope, None) == "apprenticeship routes"
    assert suggest("safegaurding", scope, None) == "safeguarding"
    assert suggest("routes", scope, None) is None
    # Nothing near enough: nothing offered.
    assert suggest("zyzzyva", scope, None) is None


def test_a_misspelling_in_the_page_is_offered_as_a_link(client, library):
    response = client.get(library.url, {"q": "apprentceship"})

    assert "Did you mean" in response.text
    assert "?q=apprenticeship" in response.text


def test_a_new_titles_word_is_offered_once_published(library):
    assert suggest("kaleidoscpoe", LIBRARY, None) is None

    page = publish_resource(library, "Kaleidoscope curriculum maps")

    assert suggest("kaleidoscpoe", LIBRARY, None) == "kaleidoscope"
    page.unpublish()
    assert suggest("kaleidoscpoe", LIBRARY, None) is None


def test_a_renamed_pages_new_word_is_offered_once_published(library):
    page = publish_resource(library, "Curriculum maps")
    page.title = "Kaleidoscope curriculum maps"
    # As an editor does: a draft (which writes only some fields), then publish.
    page.save_revision().publish()

    assert suggest("kaleidoscpoe", LIBRARY, None) == "kaleidoscope"


def test_a_suggestion_reads_the_known_words_and_a_few_titles(library):
    """Never every title: a suggestion costs the same at any size of library."""
    with CaptureQueriesContext(connection) as queries:
        assert suggest("apprentceship sixtene", LIBRARY, None) is not None

    # For each word, the known words near it, then whether the user may open
    # a title holding the closest; else only Wagtail's look at the view
    # restrictions (for `.public()`).
    sql = [query["sql"] for query in queries]
    near = [s for s in sql if 'FROM "search_spellingword"' in s]
    titles = [s for s in sql if "~*" in s or "REGEXP" in s]
    assert len(near) == 2
    if connection.vendor == "postgresql":
        assert all(s.endswith(f"LIMIT {NEAREST}") for s in near)
    else:
        assert all("LENGTH" in s and "BETWEEN" in s for s in near)
    assert len(titles) == 2
    assert all(s.endswith("LIMIT 1") for s in titles)
    others = set(sql) - set(near) - set(titles)
    assert all('FROM "wagtailcore_pageviewrestriction"' in s for s in others)


@postgresql_only
@pytest.mark.parametrize(
    ("query", "index"),
    [
        (
            "SELECT word FROM search_spellingword ORDER BY word <-> %s LIMIT 20",
            "Index Scan using lla_spellingword_trgm",
        ),
        (
            r"SELECT 1 FROM wagtailcore_page WHERE title ~* ('\m' || %s || '\M')",
            "Bitmap Index Scan on lla_page_title_trgm",
        ),
    ],
    ids=["nearest words", "titles holding a word"],
)
def test_on_postgresql_words_and_titles_are_read_from_trigram_indexes(
    library, query, index
):
    """The indexes answer; no read of every word or every title."""
    with connection.cursor() as cursor:
        # The tables are small here: the planner is told to prefer an index
        # that reads them in order, as it does by itself when they are large.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {query}", ["apprenticeship"])
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert index in plan
    assert "Sort" not in plan
