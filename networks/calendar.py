"""iCalendar feeds of network meetings (RFC 5545), built with `icalendar`."""

from django.conf import settings
from django.utils import timezone

from icalendar import Calendar, Event


def meetings_calendar(meetings, request, name):
    """Serialises meetings as an iCalendar feed that calendar apps subscribe to."""
    calendar = Calendar()
    calendar.add("prodid", "-//Leeds Learning Alliance//Network meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{name} meetings")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for meeting in meetings:
        network = meeting.network
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at)
        event.add("summary", f"{network.title} meeting")
        event.add("location", meeting.where)
        if meeting.agenda:
            event.add("description", meeting.agenda)
        event.add("url", network.get_full_url(request))
        calendar.add_component(event)
    return calendar.to_ical()
