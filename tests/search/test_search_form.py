"""
The search form reads what a URL asks for and never refuses a search: a bad
page number is page 1 with a notice, an unknown sort is the default, and the
words and facet values go on to the engine as typed (it cleans the words and
names unknown values, tests/search/test_search_pages.py).
"""

from django.http import QueryDict

import pytest

from resources.library import LibraryScope
from search.engine import MAX_PAGE
from search.forms import SearchForm
from search.site import SiteScope

NOT_A_PAGE = "is not a page number, so here is page 1."


def read(query_string, scope=LibraryScope):
    form = SearchForm(QueryDict(query_string), scope=scope)
    return form.search_arguments(), form.notices


@pytest.mark.parametrize(
    ("query_string", "page", "notice"),
    [
        ("", 1, None),
        ("page=3", 3, None),
        ("page=+3", 3, None),
        (f"page={MAX_PAGE + 5}", MAX_PAGE, None),
        ("page=abc", 1, "“abc”"),
        ("page=-3", 1, "“-3”"),
        ("page=0", 1, "“0”"),
        ("page=", 1, "“”"),
        ("page=3.0", 1, "“3.0”"),
        ("page=" + "9" * 40, MAX_PAGE, None),
        ("page=" + "x" * 40, 1, "“" + "x" * 20 + "”"),
    ],
)
def test_the_page_number(query_string, page, notice):
    arguments, notices = read(query_string)

    assert arguments["page"] == page
    assert notices == ([f"{notice} {NOT_A_PAGE}"] if notice else [])


@pytest.mark.parametrize(
    ("scope", "sort", "expected"),
    [
        (LibraryScope, "newest", "newest"),
        (LibraryScope, "title", "title"),
        (LibraryScope, "", None),
        (LibraryScope, "bogus", None),
        (SiteScope, "title", "title"),
        (SiteScope, "newest", None),
    ],
)
def test_an_unknown_sort_is_the_default_without_a_word(scope, sort, expected):
    arguments, notices = read(f"sort={sort}", scope)

    assert arguments["sort"] == expected
    assert notices == []


def test_each_facet_of_the_scope_takes_every_value_given():
    arguments, _ = read("topic=equity&topic=+careers+&topic=&network=x&kind=page")

    assert arguments["filters"] == {
        "network": ["x"],
        "type": [],
        "audience": [],
        "topic": ["equity", "careers"],
    }
    site, _ = read("kind=page&kind=network&topic=equity", SiteScope)
    assert site["filters"] == {"kind": ["page", "network"]}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("race equity", "race equity"),
        ("guide " * 60, ("guide " * 60).strip()),
        ('"NEAR(', '"NEAR('),
        ("a\x00b", "a b"),
    ],
)
def test_the_words_go_to_the_engine_whatever_they_are(q, expected):
    form = SearchForm(QueryDict(mutable=True), scope=LibraryScope)
    form.data.update({"q": q})

    assert form.search_arguments()["query"] == expected
    assert form.notices == []
