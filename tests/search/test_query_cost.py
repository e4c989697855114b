"""
One search costs a bounded amount whatever is typed into the box.

Each synonym in a query multiplies the ways of saying it: a 200-character
query made of synonym words took 0.5 to 1.5 s. The words searched for, the
query's own and its synonyms', are capped (search.query.MAX_TERMS) at a
level every real query stays under: every title in the shipped library,
every network's name and every synonym is searched whole. When words are
left out, the visitor is told which, on the page and in the JSON.
"""

import pytest
from bs4 import BeautifulSoup

from resources.factories import ResourceIndexPageFactory
from search.models import Synonym
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, clean_query
from search.synonyms import search_terms
from tests.content import shipped

pytestmark = pytest.mark.django_db

# Synonym words and nothing else, cut at a word to the longest query allowed.
SYNONYM_WORDS = (
    "send neet ceiag careers fe he eyfs early years anti-racism race equity "
    "cpd ai itt teacher training professional development racial equity "
    "special educational needs further education higher education "
    "artificial intelligence send neet cpd itt eyfs ai fe he careers"
)
LONG_QUERY = SYNONYM_WORDS[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]

SHIPPED_SYNONYMS = shipped.snippets("search.Synonym")
REAL_QUERIES = [
    *(
        page.front["title"]
        for kind in [
            "resources.ResourcePage",
            "resources.ToolkitPage",
            "resources.ToolkitSectionPage",
            "networks.NetworkPage",
            "home.StandardPage",
        ]
        for page in shipped.of_type(kind)
    ),
    *(term for synonym in SHIPPED_SYNONYMS for term in synonym["terms"].split(",")),
    # Long questions people type.
    "continuing professional development for special educational needs "
    "coordinators in early years foundation stage settings",
    "careers education information advice and guidance for young people "
    "not in education employment or training",
    "anti-racism and race equity training for initial teacher training "
    "and higher education partners",
]


@pytest.fixture
def synonyms(db):
    """The synonyms the site ships with (content/snippets/synonyms.yaml)."""
    for synonym in SHIPPED_SYNONYMS:
        Synonym.objects.create(**synonym)


def left_out_notice(notices):
    return [notice for notice in notices if "left out" in notice]


def test_a_long_query_of_synonyms_is_cut_to_what_is_searched_at_once(synonyms):
    assert len(LONG_QUERY) > 190

    query, notices = clean_query(LONG_QUERY)

    assert len(search_terms(query)) <= MAX_TERMS
    assert query and LONG_QUERY.startswith(query)
    # The visitor is told, in plain words, which words were not searched for.
    [notice] = left_out_notice(notices)
    dropped = LONG_QUERY[len(query) :].strip()
    assert f"“{dropped}”" in notice


@pytest.mark.parametrize("query", REAL_QUERIES)
def test_every_real_query_is_searched_whole(synonyms, monkeypatch, query):
    cleaned, notices = clean_query(query)

    assert not left_out_notice(notices)
    assert len(search_terms(cleaned)) <= MAX_TERMS
    # The cap changes nothing for it.
    monkeypatch.setattr("search.query.MAX_TERMS", 10**6)
    assert clean_query(query) == (cleaned, notices)


@pytest.mark.parametrize("shape", ["html", "json"])
@pytest.mark.parametrize("where", ["library", "site"])
def test_the_page_and_the_json_say_which_words_were_left_out(
    client, home, synonyms, where, shape
):
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    url = library.url if where == "library" else "/search/"
    params = {"q": LONG_QUERY, **({"format": "json"} if shape == "json" else {})}

    response = client.get(url, params)

    assert response.status_code == 200
    if shape == "json":
        notices = response.json()["notices"]
    else:
        page = BeautifulSoup(response.content, "html.parser")
        notices = [notice.get_text() for notice in page.select(".notice")]
    [notice] = left_out_notice(notices)
    assert "higher education" in notice
