"""
Searches are limited per visitor address (SEARCH_RATE_LIMIT a minute, 0 for
no limit), so one address cannot keep the search busy for everyone: the site
search, the library and the suggestions offered as someone types all count.
Over the limit, a page in the site's design says in plain words to wait, with
`Retry-After`; JSON clients get a 429 with the same message.
"""

import pytest
from bs4 import BeautifulSoup

from resources.factories import ResourceIndexPageFactory

pytestmark = pytest.mark.django_db

LIMIT = 3
ENDPOINTS = {
    "site search": ("/search/", {"q": "equity"}),
    "site json": ("/search/", {"q": "equity", "format": "json"}),
    "site suggestions": ("/search/", {"q": "equ", "format": "json", "suggest": "1"}),
    "library": ("/resources/", {"q": "equity"}),
    "library json": ("/resources/", {"q": "equity", "format": "json"}),
    "library suggestions": (
        "/resources/",
        {"q": "equ", "format": "json", "suggest": "1"},
    ),
}


@pytest.fixture
def limited(settings, home, one_rate_window):
    settings.SEARCH_RATE_LIMIT = LIMIT
    ResourceIndexPageFactory(parent=home, slug="resources")


def ask(client, endpoint, address="192.0.2.1"):
    url, params = ENDPOINTS[endpoint]
    return client.get(url, params, REMOTE_ADDR=address)


def test_the_limit_is_off_in_the_test_settings(settings):
    assert settings.SEARCH_RATE_LIMIT == 0


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_over_the_limit_an_address_is_asked_to_wait(client, limited, endpoint):
    for _ in range(LIMIT):
        assert ask(client, endpoint).status_code == 200

    response = ask(client, endpoint)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 61
    if "json" in endpoint or "suggestions" in endpoint:
        data = response.json()
        assert "wait" in data["error"]
        assert data["retry_after"] == int(response["Retry-After"])
        return
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("header.site-header")  # the site's own design
    assert page.select_one("main h1").get_text(strip=True) == "Too many searches"
    text = " ".join(page.select_one("main").get_text().split())
    assert f"Please wait {response['Retry-After']} second" in text


def test_suggestions_and_both_searches_share_one_count(client, limited):
    ask(client, "site suggestions")
    ask(client, "library suggestions")
    ask(client, "library")

    assert ask(client, "site search").status_code == 429
    assert ask(client, "library json").status_code == 429


def test_another_address_is_not_held_up(client, limited):
    for _ in range(LIMIT + 1):
        ask(client, "site search")

    assert ask(client, "site search", address="198.51.100.7").status_code == 200


def test_no_limit_when_it_is_zero(client, limited, settings):
    settings.SEARCH_RATE_LIMIT = 0

    for _ in range(LIMIT * 3):
        assert ask(client, "site search").status_code == 200
