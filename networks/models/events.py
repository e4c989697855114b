"""
"What's on": every network's coming meetings and the alliance's own events
on one page, soonest first and grouped by month, filtered by network or
area, with one iCalendar feed for the lot (`calendar/`).

Nothing here reads a network's roster: meetings are shown as their network
pages show them (when, where, the agenda), and events as editors wrote them.
"""

import itertools
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from icalendar import Calendar, Event

from core.blocks import BodyBlock
from core.page_forms import PageFormMixin
from core.privacy import public
from core.tree import child_of

from ..calendar import calendar_domain, meetings_calendar
from .pages import Area, Meeting, NetworkPage, calendar_response
from .timing import TimeAndPlace

CALENDAR_NAME = "Leeds Learning Alliance: what's on"


def event_uid(page):
    """An event's identity in people's calendars, the same from any request."""
    return f"event-{page.pk}@{calendar_domain()}"


@dataclass(frozen=True)
class Filters:
    """
    The network and area a visitor chose, checked against the live networks.
    A value that names nothing is dropped (and kept in `unknown_network` or
    `unknown_area` so the page can say so): a stale link shows everything
    rather than an error.
    """

    network: NetworkPage | None = None
    area: str = ""
    unknown_network: str = ""
    unknown_area: str = ""

    @classmethod
    def read(cls, params, networks):
        slug = params.get("network", "").strip()
        area = params.get("area", "").strip()
        network = next((n for n in networks if n.slug == slug), None)
        known_area = area in Area.values
        return cls(
            network=network,
            area=area if known_area else "",
            unknown_network=slug if slug and network is None else "",
            unknown_area=area if area and not known_area else "",
        )

    @property
    def chosen(self):
        """How many filters are in use: the "(n chosen)" beside "Filter"."""
        return int(self.network is not None) + int(bool(self.area))

    @property
    def area_label(self):
        return Area(self.area).label if self.area else ""

    def params(self, without=None):
        """{"network": slug, "area": value} for the filters in use, less one."""
        chosen = {
            "network": self.network.slug if self.network else "",
            "area": self.area,
        }
        return {
            name: value for name, value in chosen.items() if value and name != without
        }

    def query_string(self, without=None):
        """The filters in use (less one) as "?network=…&area=…", or "" if none."""
        params = self.params(without)
        return f"?{urlencode(params)}" if params else ""

    def meetings(self, meetings):
        if self.network is not None:
            meetings = meetings.filter(network=self.network)
        if self.area:
            meetings = meetings.filter(network__area=self.area)
        return meetings

    def events(self, events):
        # Alliance events belong to no network, so choosing one (or an area)
        # narrows the page to network meetings.
        return events.none() if self.chosen else events


@dataclass(frozen=True)
class Entry:
    """One thing on the page: a network's meeting, or an alliance event."""

    thing: "Meeting | AllianceEventPage"

    @property
    def is_meeting(self):
        return isinstance(self.thing, Meeting)

    @property
    def sort_key(self):
        return (self.thing.date, self.thing.start, self.thing.pk)


class WhatsOnPage(PageFormMixin, RoutablePageMixin, Page):
    """Every network's meetings and the alliance's events, soonest first."""

    intro = RichTextField(
        blank=True,
        help_text="A sentence or two on what is listed here and who may come.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.AllianceEventPage"]
    max_count = 1

    class Meta:
        verbose_name = "what's on page"

    @property
    def summary(self):
        return "Coming meetings of every network, and the alliance's own events."

    def networks(self):
        return public(NetworkPage.objects.live()).order_by("title")

    def meetings(self, networks, filters):
        """The meetings of these networks, past ones too, soonest first."""
        meetings = Meeting.objects.filter(network__in=[n.pk for n in networks])
        return filters.meetings(meetings).select_related("network")

    def events(self, filters):
        events = public(child_of(AllianceEventPage.objects.live(), self))
        return filters.events(events)

    def upcoming(self, networks, filters):
        """Everything from today on, soonest first: one leaves the day after."""
        today = timezone.localdate()
        meetings = self.meetings(networks, filters).filter(date__gte=today)
        events = self.events(filters).filter(date__gte=today)
        entries = [Entry(thing) for thing in [*meetings, *events]]
        return sorted(entries, key=lambda entry: entry.sort_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        networks = list(self.networks())
        filters = Filters.read(request.GET, networks)
        entries = self.upcoming(networks, filters)
        months = [
            (month, list(group))
            for month, group in itertools.groupby(
                entries, key=lambda entry: entry.thing.date.replace(day=1)
            )
        ]
        # Only areas with a network are offered, as on "Our networks", and
        # the one chosen even if its networks have gone.
        used = {network.area for network in networks} | {filters.area}
        context.update(
            filters=filters,
            networks=networks,
            areas=[(value, label) for value, label in Area.choices if value in used],
            months=months,
            count=len(entries),
            clear_network=filters.query_string(without="network"),
            clear_area=filters.query_string(without="area"),
            calendar_query=filters.query_string(),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Everything the page lists, with the same filters, for calendar apps."""
        networks = list(self.networks())
        filters = Filters.read(request.GET, networks)
        # Past meetings and events stay in the feed, as in every network's own
        # feed: a subscribed calendar drops whatever leaves it.
        meetings = self.meetings(networks, filters)
        # The meetings as every other feed writes them (the same UIDs, so a
        # calendar subscribed to two feeds holds each meeting once), read back
        # to add the events and name the calendar.
        feed = Calendar.from_ical(
            meetings_calendar(meetings, request, name=CALENDAR_NAME)
        )
        feed.pop("x-wr-calname")
        feed.add("x-wr-calname", CALENDAR_NAME)
        stamp = timezone.now()
        for page in self.events(filters):
            feed.add_component(page.calendar_event(request, stamp))
        feed.add_missing_timezones()
        suffix = "-".join(filters.params().values())
        filename = f"lla-whats-on-{suffix}.ics" if suffix else "lla-whats-on.ics"
        return calendar_response(feed.to_ical(), filename)


class AllianceEventPage(TimeAndPlace, PageFormMixin, Page):
    """
    An event the alliance runs for everyone, rather than one network's
    meeting: a conference, a Leaders' Breakfast, a celebration.
    """

    date = models.DateField()
    start = models.TimeField(help_text="Start time, e.g. 09:30.")
    end = models.TimeField(null=True, blank=True)
    place = models.CharField(
        max_length=255,
        blank=True,
        help_text="Where it is, or a note such as “Online (link sent on booking)”.",
    )
    online = models.BooleanField(default=False)
    summary = models.TextField(
        max_length=300, help_text="One or two sentences on what the event is."
    )
    body = StreamField(BodyBlock(), blank=True)
    link_url = models.URLField(
        "link", blank=True, help_text="Where to book or find out more, if elsewhere."
    )
    link_text = models.CharField(
        max_length=100, blank=True, help_text="For example “Book a place”."
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("place"),
                FieldPanel("online"),
            ],
            heading="When and where",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("link_url"), FieldPanel("link_text")],
            heading="Booking or more information",
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("place"),
    ]

    parent_page_types = ["networks.WhatsOnPage"]
    subpage_types = []
    noun = "event"

    class Meta:
        verbose_name = "alliance event page"

    def clean(self):
        super().clean()
        self.check_time_and_place()
        if self.link_text and not self.link_url:
            raise ValidationError({"link_url": "Give the address the link leads to."})

    @property
    def is_past(self):
        return self.date < timezone.localdate()

    def calendar_event(self, request, stamp):
        """This event as an iCalendar VEVENT, in Europe/London time."""
        event = Event()
        event.add("uid", event_uid(self))
        event.add("dtstamp", stamp)
        event.add("dtstart", timezone.localtime(self.starts_at))
        event.add("dtend", timezone.localtime(self.ends_at))
        event.add("summary", self.title)
        event.add("location", self.where)
        event.add("description", self.summary)
        event.add("url", self.get_full_url(request))
        return event

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["whats_on"] = self.get_parent()
        return context
