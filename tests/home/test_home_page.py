"""
The home page leads to the site's three jobs (find a network, search the
library, join a network), shows the latest resources and the next meetings,
and shows an editor's hero image as a responsive picture.
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

from wagtail.images.models import Filter
from wagtail.images.rect import Rect

import pytest
from bs4 import BeautifulSoup

from enquiries.models import ContactPage
from images.factories import ImageFactory
from images.models import CustomImage
from networks.factories import (
    MeetingFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)
from networks.models import Meeting, NetworkIndexPage
from resources.factories import ResourcePageFactory
from resources.models import NEWEST_FIRST, ResourceIndexPage, ResourcePage
from tests.content import shipped

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def hero(client):
    return soup(client.get("/")).find("section", class_="hero")


def test_the_first_screen_leads_to_the_three_jobs_found_by_page_type(client, lla_site):
    # Moved, so a link made from a slug would miss them.
    for model in (NetworkIndexPage, ResourceIndexPage, ContactPage):
        page = model.objects.get()
        page.slug = f"{page.slug}-moved"
        page.save_revision().publish()
    networks, library, contact = (
        model.objects.get().url
        for model in (NetworkIndexPage, ResourceIndexPage, ContactPage)
    )

    top = hero(client)

    assert top.find("a", string="Find a network")["href"] == networks
    assert top.find("a", string="Join a network")["href"] == contact
    search = top.find("form", role="search")
    assert (search["action"], search["method"]) == (library, "get")
    box = search.find("input", type="search")
    assert box["name"] == "q"
    assert search.find("label", attrs={"for": box["id"]}).get_text() == (
        "Search the library"
    )


def test_the_library_search_on_the_home_page_answers_in_the_library(client, lla_site):
    library = ResourceIndexPage.objects.get()
    action = hero(client).find("form", role="search")["action"]

    page = soup(client.get(action, {"q": "careers"}))

    assert page.h1.get_text() == library.title
    assert "careers" in page.find(id="search-status").get_text()


def test_below_the_hero_networks_by_area_latest_resources_and_meetings(
    client, lla_site
):
    page = soup(client.get("/"))

    # Each area with networks, as its icon and name, linked to its networks.
    tiles = {
        tile.find(class_="area-tile__label").get_text(): tile
        for tile in page.select("a.area-tile")
    }
    equity = tiles["Inclusion and equity"]
    assert equity["href"].endswith("?area=inclusion")
    assert equity.img["src"].endswith("img/areas/inclusion.svg")
    assert equity.img["alt"] == ""  # the label says it
    assert shipped.page("/").front["networks_intro"] in page.get_text()

    # The newest resources, those a visitor may open first (as in every
    # library list), a members-only one by its title alone.
    newest = ResourcePage.objects.visible_to(None).order_by(
        "members_only", *NEWEST_FIRST
    )[:3]
    cards = page.select(".resource-card")
    assert [card.h3.get_text() for card in cards] == [r.title for r in newest]
    for card, resource in zip(cards, newest, strict=True):
        if resource.members_only:
            assert resource.summary[:40] not in card.get_text()
            assert card.find(class_="badge").get_text() == "Members only"

    # The content ships example meetings (content/examples/), dated from the
    # day it is loaded: the soonest first, with its network.
    meetings = page.find(id="meetings-heading").parent
    cards = meetings.select(".meeting-card")
    assert cards
    assert "Primary leaders' network" in cards[0].get_text()
    assert "No network meetings are scheduled just now." not in meetings.get_text()

    # With none, the page says so rather than hiding the section.
    Meeting.objects.all().delete()
    cache.clear()
    meetings = soup(client.get("/")).find(id="meetings-heading").parent
    assert "No network meetings are scheduled just now." in meetings.get_text()
    assert not meetings.select(".meeting-card")

    join = page.find(class_="join-band")
    assert shipped.page("/").front["join_intro"] in join.get_text()
    assert join.find("a")["href"] == ContactPage.objects.get().url


def test_a_resource_published_now_is_among_the_latest_at_once(client, lla_site):
    """The latest resources are kept in the content cache until a publish."""
    client.get("/")
    resource = ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(),
        title="Published this minute",
        published_date=timezone.localdate(),
        live=False,
    )
    resource.save_revision().publish()

    cards = soup(client.get("/")).select(".resource-card")

    assert cards[0].h3.get_text() == "Published this minute"


def test_the_next_meetings_are_listed_soonest_first(client, home):
    index = NetworkIndexPageFactory(parent=home)
    careers = NetworkPageFactory(parent=index, title="Careers", area="pathways")
    today = timezone.localdate()
    later = MeetingFactory(network=careers, date=today + datetime.timedelta(days=20))
    sooner = MeetingFactory(network=careers, date=today + datetime.timedelta(days=2))
    MeetingFactory(network=careers, date=today - datetime.timedelta(days=1))
    draft = NetworkPageFactory(parent=index, live=False, area="digital")
    MeetingFactory(network=draft, date=today + datetime.timedelta(days=1))

    page = soup(client.get("/"))
    meetings = page.select(".meeting-card")

    assert [m.time["datetime"] for m in meetings] == [
        sooner.starts_at.isoformat(),
        later.starts_at.isoformat(),
    ]
    link = meetings[0].find("a")
    assert (link.get_text(), link["href"]) == ("Careers", careers.url)
    assert "area--pathways" in meetings[0]["class"]


def test_the_home_page_runs_a_bounded_number_of_queries(
    client, lla_site, django_assert_max_num_queries
):
    client.get("/")  # warm the site and menu caches
    # 16: the page, its hero link and featured pages; then "Our networks",
    # the networks by area, the meetings and the resources, each after its
    # view restrictions; the resources' areas in one. Never one per item.
    with django_assert_max_num_queries(16):
        client.get("/")


def test_an_editors_hero_image_is_a_responsive_picture_around_its_focal_point(
    client, home
):
    image = ImageFactory(
        description="Teachers at a Leaders' Breakfast",
        file__width=1200,
        file__height=900,
    )
    image.set_focal_point(Rect(400, 100, 600, 300))  # up in the right-hand corner
    image.save()
    home.hero_image = image
    home.save_revision().publish()

    picture = hero(client).find("picture")

    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif"]
    img = picture.img
    assert img["src"].endswith(".webp")
    assert img["alt"] == "Teachers at a Leaders' Breakfast"
    assert img["loading"] == "lazy"
    assert "40vw" in img["sizes"]
    assert [size.split()[-1] for size in img["srcset"].split(", ")] == [
        "480w",
        "720w",
        "960w",
    ]
    # Each crop is made around the focal point the editor chose: the
    # rendition is keyed on it (and is made again when it moves).
    saved = CustomImage.objects.get(pk=image.pk)
    for rendition in image.renditions.all():
        assert rendition.filter_spec.startswith("fill-")
        assert rendition.focal_point_key == Filter(rendition.filter_spec).get_cache_key(
            saved
        )
