"""
"What's on" (issue 17): every network's coming meetings and the alliance's
own events on one page, filtered by network or area, with one iCalendar feed
that follows the same filters, and nothing from any roster.
"""

import datetime
import json

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from home.models import HomePage
from networks.calendar import calendar_domain, meeting_uid
from networks.factories import (
    MeetingFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)
from networks.models import (
    AllianceEventPage,
    NetworkPage,
    RosterMember,
    WhatsOnPage,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days(n):
    return TODAY() + datetime.timedelta(days=n)


def html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(page):
    """The headings of the listed meetings and events, in page order."""
    return [h.get_text(strip=True) for h in page.select(".whats-on__title")]


def feed(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def make_event(whats_on, title, date, **fields):
    """A published alliance event under "What's on"."""
    fields = {
        "start": datetime.time(9, 30),
        "end": datetime.time(12, 0),
        "place": "Leeds Civic Hall",
        "summary": f"{title}: for everyone in the alliance.",
        **fields,
    }
    event = AllianceEventPage(title=title, date=date, **fields)
    whats_on.add_child(instance=event)
    return event


@pytest.fixture
def index(home):
    return NetworkIndexPageFactory(parent=home)


@pytest.fixture
def whats_on(home):
    page = WhatsOnPage(title="What's on", slug="whats-on", intro="<p>All of it.</p>")
    home.add_child(instance=page)
    return page


@pytest.fixture
def careers(index):
    return NetworkPageFactory(
        parent=index, title="Careers network", slug="careers", area="pathways"
    )


@pytest.fixture
def primary(index):
    return NetworkPageFactory(
        parent=index, title="Primary leaders", slug="primary", area="phase"
    )


# The list ---------------------------------------------------------------------


def test_lists_every_networks_meetings_and_the_events_soonest_first(
    client, whats_on, careers, primary, index
):
    MeetingFactory(network=careers, date=days(9))
    MeetingFactory(network=primary, date=days(1), start=datetime.time(16))
    MeetingFactory(network=careers, date=days(0))  # today: still coming up
    make_event(whats_on, "Leaders' Breakfast", days(1), start=datetime.time(8))
    # Gone, or not to be shown: none of these is listed.
    MeetingFactory(network=primary, date=days(-1))
    make_event(whats_on, "Last week's conference", days(-7))
    make_event(whats_on, "Draft event", days(2), live=False)
    draft = NetworkPageFactory(parent=index, title="Draft network")
    MeetingFactory(network=draft, date=days(3))
    draft.unpublish()

    page = html(client.get(whats_on.url))

    assert titles(page) == [
        "Careers network",
        "Leaders' Breakfast",
        "Primary leaders",
        "Careers network",
    ]
    links = [a["href"] for a in page.select(".whats-on__title a")]
    event = AllianceEventPage.objects.get(title="Leaders' Breakfast")
    assert links == [careers.url, event.url, primary.url, careers.url]
    assert "Draft" not in page.get_text()
    assert "Last week" not in page.get_text()


def test_groups_the_list_by_month(client, whats_on, careers):
    next_year = TODAY().year + 1
    MeetingFactory(network=careers, date=datetime.date(next_year, 2, 3))
    MeetingFactory(network=careers, date=datetime.date(next_year, 1, 20))
    make_event(whats_on, "Spring conference", datetime.date(next_year, 2, 1))

    page = html(client.get(whats_on.url))

    months = {
        section.h3.get_text(): titles(section)
        for section in page.select(".whats-on__month")
    }
    assert months == {
        f"January {next_year}": ["Careers network"],
        f"February {next_year}": ["Spring conference", "Careers network"],
    }


def test_a_cancelled_meeting_is_listed_as_cancelled(client, whats_on, careers):
    MeetingFactory(network=careers, date=days(5), cancelled=True, agenda="Old plan")

    item = html(client.get(whats_on.url)).select_one(".whats-on__meeting")

    assert item.select_one(".badge").get_text() == "Cancelled"
    assert "Old plan" not in item.get_text()


def test_an_event_shows_when_where_and_what(client, whats_on):
    make_event(
        whats_on,
        "Leaders' Breakfast",
        days(4),
        start=datetime.time(8),
        end=datetime.time(9, 30),
        place="",
        online=True,
        summary="Breakfast and a speaker.",
    )

    item = html(client.get(whats_on.url)).select_one(".whats-on__event")
    text = " ".join(item.get_text(" ").split())

    assert f"{days(4):%A %-d %B %Y}, 8.00am to 9.30am" in text
    assert "Online" in text
    assert "Breakfast and a speaker." in text


# Filters ----------------------------------------------------------------------


@pytest.fixture
def programme(whats_on, careers, primary):
    MeetingFactory(network=careers, date=days(3))
    MeetingFactory(network=primary, date=days(2))
    make_event(whats_on, "Leaders' Breakfast", days(1))


def test_filters_by_network(client, whats_on, programme, careers):
    page = html(client.get(whats_on.url, {"network": "careers"}))

    assert titles(page) == ["Careers network"]
    assert page.select_one("#whats-on-network option[selected]")["value"] == "careers"
    assert page.select_one(".filters__toggle").get_text() == "Filter (1 chosen)"
    chosen = page.select_one(".chosen-filters")
    assert "Network: Careers network" in chosen.get_text()
    assert chosen.find("a", string="Show everything")["href"] == whats_on.url
    calendar = page.find("a", string="Add to your calendar")
    assert calendar["href"] == f"{whats_on.url}calendar/?network=careers"


def test_filters_by_area(client, whats_on, programme):
    page = html(client.get(whats_on.url, {"area": "phase"}))

    assert titles(page) == ["Primary leaders"]
    assert page.select_one("#whats-on-area option[selected]")["value"] == "phase"
    assert "Area: Phases of education" in page.select_one(".chosen-filters").get_text()


def test_the_filters_work_together_and_each_can_be_removed(client, whats_on, programme):
    page = html(client.get(whats_on.url, {"network": "careers", "area": "pathways"}))

    assert titles(page) == ["Careers network"]
    assert page.select_one(".filters__toggle").get_text() == "Filter (2 chosen)"
    removes = [a["href"] for a in page.select(".chosen-filters li a")]
    assert removes == [
        f"{whats_on.url}?area=pathways",
        f"{whats_on.url}?network=careers",
    ]


def test_the_filter_form_works_without_javascript(client, whats_on, programme):
    page = html(client.get(whats_on.url))

    form = page.select_one("form.whats-on__filters")
    assert form["method"] == "get"
    assert form["action"] == whats_on.url
    assert form.select_one("button[type=submit]")
    for select in form.select("select"):
        assert form.select_one(f"label[for={select['id']}]")
    networks = [o["value"] for o in form.select("#whats-on-network option")]
    assert networks == ["", "careers", "primary"]
    # Only areas that have a network are offered.
    areas = [o["value"] for o in form.select("#whats-on-area option")]
    assert areas == ["", "phase", "pathways"]
    assert page.select_one(".filters__toggle").get_text() == "Filter"
    assert page.select_one(".chosen-filters") is None


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"network": "nonsense"}, "There is no network “nonsense”"),
        ({"area": "nonsense"}, "There is no area “nonsense”"),
        ({"network": "<script>alert(1)</script>"}, "There is no network “<script>"),
        ({"area": "phase' OR 1=1"}, "There is no area “phase' OR 1=1”"),
        ({"network": "careers", "area": "nonsense"}, "There is no area"),
    ],
)
def test_unknown_filters_are_ignored_with_a_notice(
    client, whats_on, programme, params, notice
):
    response = client.get(whats_on.url, params)
    page = html(response)

    assert notice in page.select_one(".notice").get_text()
    expected = 1 if "network" in params and params["network"] == "careers" else 3
    assert len(titles(page)) == expected
    assert b"<script>alert" not in response.content


def test_an_unknown_filter_is_ignored_by_the_feed_too(client, whats_on, programme):
    calendar = feed(client.get(f"{whats_on.url}calendar/", {"network": "nonsense"}))
    assert len(calendar.walk("VEVENT")) == 3


# Empty states -----------------------------------------------------------------


def test_nothing_arranged_says_so(client, whats_on, careers):
    MeetingFactory(network=careers, date=days(-3))  # past: not listed

    page = html(client.get(whats_on.url))

    empty = page.select_one(".empty-state")
    assert "Nothing is arranged just now" in empty.get_text()
    assert empty.find("a", string="Add to your calendar")["href"] == (
        f"{whats_on.url}calendar/"
    )
    assert page.select(".whats-on__month") == []


def test_nothing_for_the_filters_offers_to_clear_them(client, whats_on, programme):
    # The careers network meets, but not in the phases area.
    page = html(client.get(whats_on.url, {"network": "careers", "area": "phase"}))

    empty = page.select_one(".empty-state")
    assert "Nothing is coming up for the filters you chose" in empty.get_text()
    clear = empty.find("a", string="Show everything coming up across the alliance")
    assert clear["href"] == whats_on.url
    assert empty.find("a", string="See the Careers network page")["href"] == (
        NetworkPage.objects.get(slug="careers").url
    )


# The feed ---------------------------------------------------------------------


def test_the_feed_holds_meetings_and_events_in_london_time(client, whats_on, careers):
    summer = datetime.date(TODAY().year + 1, 7, 9)
    meeting = MeetingFactory(network=careers, date=summer, start=datetime.time(16))
    event = make_event(
        whats_on,
        "Summer conference",
        summer,
        start=datetime.time(9, 30),
        end=None,
        summary="A day of workshops.",
    )

    calendar = feed(client.get(f"{whats_on.url}calendar/"))

    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(calendar["x-wr-calname"]) == "Leeds Learning Alliance: what's on"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        meeting_uid(careers.pk, meeting.uid),
        f"event-{event.pk}@{calendar_domain()}",
    }
    talk = events[f"event-{event.pk}@{calendar_domain()}"]
    assert str(talk["summary"]) == "Summer conference"
    assert str(talk["description"]) == "A day of workshops."
    assert str(talk["location"]) == "Leeds Civic Hall"
    assert str(talk["url"]) == f"http://localhost{event.url}"
    assert talk["dtstart"].params["TZID"] == "Europe/London"
    assert talk["dtstart"].dt.utcoffset() == datetime.timedelta(hours=1)  # BST
    assert talk["dtstart"].dt.replace(tzinfo=None) == datetime.datetime.combine(
        summer, datetime.time(9, 30)
    )
    assert talk["dtend"].dt - talk["dtstart"].dt == datetime.timedelta(hours=1)
    talk_meeting = events[meeting_uid(careers.pk, meeting.uid)]
    assert talk_meeting["dtstart"].params["TZID"] == "Europe/London"
    assert str(talk_meeting["summary"]) == "Careers network meeting"


def test_the_page_links_its_feed(client, whats_on, programme):
    page = html(client.get(whats_on.url))
    link = page.find("a", string="Add to your calendar")
    assert link["href"] == f"{whats_on.url}calendar/"
    assert feed(client.get(link["href"])).walk("VEVENT")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Careers network meeting", "Primary leaders meeting", "Breakfast"}),
        ({"network": "careers"}, {"Careers network meeting"}),
        ({"area": "phase"}, {"Primary leaders meeting"}),
        ({"network": "careers", "area": "phase"}, set()),
    ],
)
def test_the_feed_follows_the_filters(
    client, whats_on, careers, primary, params, expected
):
    MeetingFactory(network=careers, date=days(3))
    MeetingFactory(network=primary, date=days(2))
    make_event(whats_on, "Breakfast", days(1))

    calendar = feed(client.get(f"{whats_on.url}calendar/", params))

    assert {str(e["summary"]) for e in calendar.walk("VEVENT")} == expected


def test_the_feed_keeps_past_meetings_and_leaves_out_drafts(
    client, whats_on, careers, index
):
    """A subscribed calendar drops what leaves the feed, so the past stays."""
    MeetingFactory(network=careers, date=days(-10))
    make_event(whats_on, "Last month's conference", days(-30))
    make_event(whats_on, "Draft event", days(3), live=False)
    draft = NetworkPageFactory(parent=index, title="Draft network")
    MeetingFactory(network=draft, date=days(3))
    draft.unpublish()

    calendar = feed(client.get(f"{whats_on.url}calendar/"))

    assert {str(e["summary"]) for e in calendar.walk("VEVENT")} == {
        "Careers network meeting",
        "Last month's conference",
    }


def test_a_cancelled_meeting_is_cancelled_in_the_feed(client, whats_on, careers):
    MeetingFactory(network=careers, date=days(5), cancelled=True)
    [event] = feed(client.get(f"{whats_on.url}calendar/")).walk("VEVENT")
    assert str(event["status"]) == "CANCELLED"


# Privacy ----------------------------------------------------------------------


def test_no_roster_name_or_address_on_the_page_or_in_the_feed(
    client, whats_on, careers
):
    MeetingFactory(network=careers, date=days(3))
    RosterMember.objects.create(
        network=careers,
        name="Zebedee Quillfeather",
        email="zebedee.quillfeather@roster.example",
        organisation="Quillfeather Academy",
        role="Head of careers",
    )
    urls = [
        whats_on.url,
        f"{whats_on.url}?network=careers",
        f"{whats_on.url}calendar/",
        f"{whats_on.url}calendar/?network=careers",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "Careers network" in body, url
        for secret in ("Quillfeather", "roster.example", "ATTENDEE"):
            assert secret not in body, (url, secret)


# Cost -------------------------------------------------------------------------


def test_the_page_and_feed_cost_a_bounded_number_of_queries(
    client, whats_on, index, django_assert_max_num_queries
):
    areas = ["phase", "inclusion", "pathways", "climate", "digital"]
    for n in range(10):
        network = NetworkPageFactory(parent=index, area=areas[n % len(areas)])
        for m in range(3):
            MeetingFactory(network=network, date=days(n + 10 * m))
    for n in range(5):
        make_event(whats_on, f"Event {n}", days(2 * n + 1))
    client.get(whats_on.url)  # warm the site and menu caches

    # 7 to find and serve the page (the site, the route, view restrictions),
    # then the networks, the meetings and the events (with their view
    # restrictions), whatever their number.
    with django_assert_max_num_queries(11):
        page = html(client.get(whats_on.url))
    assert len(titles(page)) == 35
    with django_assert_max_num_queries(11):
        page = html(client.get(whats_on.url, {"area": "phase"}))
    assert len(titles(page)) == 6
    with django_assert_max_num_queries(11):
        calendar = feed(client.get(f"{whats_on.url}calendar/"))
    assert len(calendar.walk("VEVENT")) == 35


# The event page ---------------------------------------------------------------


def test_an_event_page_shows_its_details_and_booking_link(client, whats_on):
    event = make_event(
        whats_on,
        "Leaders' Breakfast",
        days(10),
        summary="Breakfast and a speaker.",
        link_url="https://tickets.example.org/breakfast",
        link_text="Book a place",
        body=json.dumps(
            [{"type": "paragraph", "value": "<p>Doors open at eight.</p>"}]
        ),
    )

    page = html(client.get(event.url))

    assert page.h1.get_text() == "Leaders' Breakfast"
    text = page.get_text()
    assert "Breakfast and a speaker." in text
    assert "Doors open at eight." in text
    assert "Leeds Civic Hall" in text
    book = page.find("a", string="Book a place")
    assert book["href"] == "https://tickets.example.org/breakfast"
    back = page.find("a", string="See everything coming up in the alliance")
    assert back["href"] == whats_on.url


def test_a_past_event_says_so_and_offers_no_booking(client, whats_on):
    event = make_event(
        whats_on,
        "Last year's conference",
        days(-2),
        link_url="https://tickets.example.org/conference",
        link_text="Book a place",
    )

    page = html(client.get(event.url))

    assert "This event has taken place." in page.get_text()
    assert page.find("a", string="Book a place") is None


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"start": datetime.time(12), "end": datetime.time(11)}, "end"),
        ({"place": "", "online": False}, "place"),
        ({"link_text": "Book a place", "link_url": ""}, "link_url"),
    ],
)
def test_event_validation_explains_the_problem(fields, error_field):
    valid = {
        "title": "Conference",
        "slug": "conference",
        "date": days(5),
        "start": datetime.time(9),
        "place": "Leeds Civic Hall",
        "summary": "A conference.",
    }
    event = AllianceEventPage(**{**valid, **fields})
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error_field in error.value.message_dict


def test_site_search_finds_an_event_by_its_summary_and_body(client, whats_on):
    make_event(
        whats_on,
        "Spring gathering",
        days(20),
        summary="An afternoon on quokkas and school gardens.",
        body=json.dumps(
            [{"type": "paragraph", "value": "<p>Bring your wombat drawings.</p>"}]
        ),
    )

    for word in ("quokkas", "wombat"):
        data = client.get("/search/", {"q": word, "format": "json"}).json()
        assert [r["title"] for r in data["results"]] == ["Spring gathering"], word


# The page tree ----------------------------------------------------------------


class TestWhatsOnTree(WagtailPageTestCase):
    def test_events_live_only_under_whats_on(self):
        self.assertAllowedParentPageTypes(AllianceEventPage, {WhatsOnPage})
        self.assertAllowedSubpageTypes(AllianceEventPage, set())
        self.assertAllowedSubpageTypes(WhatsOnPage, {AllianceEventPage})

    def test_whats_on_names_the_home_page_as_its_parent(self):
        self.assertEqual(WhatsOnPage.parent_page_types, ["home.HomePage"])

    def test_editors_can_add_whats_on_under_the_home_page(self):
        self.assertAllowedParentPageTypes(WhatsOnPage, {HomePage})
