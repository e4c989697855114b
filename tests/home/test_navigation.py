"""The main menu and footer are cached, and any change to the tree shows at once."""

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def menu(client, path="/"):
    html = BeautifulSoup(client.get(path).content, "html.parser")
    nav = html.find("nav", attrs={"aria-label": "Main"})
    return [a.get_text() for a in nav.find_all("a")]


def footer(client):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    nav = html.find("nav", attrs={"aria-label": "Footer"})
    return [a.get_text() for a in nav.find_all("a")]


@pytest.fixture
def about(home):
    return StandardPageFactory(
        parent=home, title="About", slug="about", show_in_menus=True
    )


def test_menu_is_served_from_the_cache(client, about):
    menu(client)
    # A bulk update fires no signal, so only a cached menu keeps the old title.
    Page.objects.filter(pk=about.pk).update(title="Changed behind the cache")
    assert menu(client) == ["About"]


def test_publishing_a_new_page_adds_it_at_once(client, home, about):
    assert menu(client) == ["About"]
    page = StandardPageFactory.build(title="Contact", slug="contact")
    page.show_in_menus = True
    home.add_child(instance=page)
    page.save_revision().publish()

    assert menu(client) == ["About", "Contact"]


def test_renaming_a_page_renames_its_menu_link(client, about):
    menu(client)
    about.title = "About us"
    about.save_revision().publish()
    assert menu(client) == ["About us"]


def test_unpublishing_removes_it(client, about):
    menu(client)
    about.unpublish()
    assert menu(client) == []


def test_deleting_removes_it(client, about):
    menu(client)
    about.delete()
    assert menu(client) == []


def test_moving_a_page_out_of_the_top_level_removes_it(client, home, about):
    other = StandardPageFactory(parent=home, title="Other", slug="other")
    assert footer(client)[0] == "Other"
    other.move(about, pos="last-child")
    assert footer(client) == ["Sitemap"]
