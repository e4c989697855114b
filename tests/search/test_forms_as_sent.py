"""
The library's and the site search's own forms, submitted as a browser sends
them: fetched first, with every default field the page put there (the sort
menu among them), and the words typed in. A search with words comes back
best match first, however the page was sorted before.
"""

import pytest
from bs4 import BeautifulSoup

from tests.html_forms import as_query, filled_in, form_fields

pytestmark = pytest.mark.django_db

FIRST = {
    "race equity": "Race Equity Leadership Toolkit",
    "careers": "Careers, transitions and NEET: the careers network's approach",
}
# Across the whole site, the network itself is the best match for its name.
FIRST_ON_THE_SITE = {**FIRST, "careers": "Careers network"}


def first_titles(html, selector):
    soup = BeautifulSoup(html, "html.parser")
    return [a.get_text(" ", strip=True) for a in soup.select(selector)]


def search_through_the_form(client, path, words):
    page = client.get(path)
    assert page.status_code == 200
    action, fields = form_fields(page.content.decode(), "q", page_path=path)
    return client.get(action, as_query(filled_in(fields, {"q": words})))


@pytest.mark.parametrize("words", FIRST)
@pytest.mark.parametrize(
    "start", ["/resources/", "/resources/?sort=", "/resources/?topic=equity&q="]
)
def test_the_library_form_finds_the_best_match_first(client, lla_site, words, start):
    answer = search_through_the_form(client, start, words)

    assert answer.status_code == 200
    titles = first_titles(answer.content.decode(), ".resource-item__title a")
    assert titles and titles[0] == FIRST[words], titles[:5]


@pytest.mark.parametrize("words", FIRST)
def test_the_site_search_box_finds_the_best_match_first(client, lla_site, words):
    answer = search_through_the_form(client, "/search/", words)

    assert answer.status_code == 200
    html = answer.content.decode()
    titles = first_titles(html, ".search-hit__title a") or first_titles(
        html, ".resource-item__title a"
    )
    assert titles and titles[0] == FIRST_ON_THE_SITE[words], titles[:5]


def test_a_sort_the_visitor_chose_is_kept_when_they_search_again(client, lla_site):
    answer = search_through_the_form(client, "/resources/?sort=title", "equity")

    html = answer.content.decode()
    titles = first_titles(html, ".resource-item__title a")
    assert titles == sorted(titles, key=str.casefold)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("#library-sort option[selected]")["value"] == "title"
