"""
A page whose title holds every word of a search, or of one of its synonyms'
wordings, comes first (search/hits.py, `titled`). The LLA's synonyms widen
"careers apprenticeships" to "careers education information advice and
guidance apprenticeships" too, which a title holds only if it holds
"careers apprenticeships": testing each title for it changes no order, and
only adds to the cost of ordering that search's results (synonyms.wordings).
"""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from modelsearch import index

import pytest

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from search.engine import search
from search.models import Synonym
from search.synonyms import alternatives, wordings

pytestmark = pytest.mark.django_db

LONG = "careers education information advice and guidance"


@pytest.fixture
def careers_synonyms(db):
    # As the LLA's content has it (content/snippets/synonyms.yaml).
    Synonym.objects.create(terms=f"CEIAG, {LONG}, careers")


@pytest.fixture
def shelf(home, careers_synonyms):
    """Oldest first: two pages named for the search in two ways, then one not."""
    library = ResourceIndexPageFactory(parent=home)
    for title, summary in [
        (f"{LONG.capitalize()} for apprenticeships", "A guide."),
        ("CEIAG and apprenticeships", "A guide."),
        ("Destinations after school", "Careers and apprenticeships in Leeds."),
    ]:
        page = ResourcePageFactory(parent=library, title=title, summary=summary)
        index.insert_or_update_object(page)
    return library


def test_a_wording_holding_all_the_words_of_another_is_not_tested(careers_synonyms):
    every = alternatives("careers apprenticeships")
    assert f"{LONG} apprenticeships" in every

    assert wordings("careers apprenticeships") == [
        "careers apprenticeships",
        "ceiag apprenticeships",
    ]


def test_each_wording_of_its_own_is_kept_in_order(careers_synonyms):
    # Typed in full, the long wording holds "careers", a wording of its own.
    assert wordings(LONG) == ["ceiag", "careers"]
    assert wordings("apprenticeships") == ["apprenticeships"]


def test_titles_holding_any_wording_still_come_first(shelf):
    with CaptureQueriesContext(connection) as queries:
        results = search("careers apprenticeships", user=AnonymousUser())

    found = [hit.page.title for hit in results.hits]
    assert found[-1] == "Destinations after school"
    assert set(found[:2]) == {
        f"{LONG.capitalize()} for apprenticeships",
        "CEIAG and apprenticeships",
    }
    # The order tests no title for the long wording's other words.
    orders = [
        q["sql"] for q in queries if "LIKE" in q["sql"] and "ORDER BY" in q["sql"]
    ]
    assert orders
    assert not any("guidance" in sql.casefold() for sql in orders)
