"""
Network meetings in iCalendar (RFC 5545 and, for invitations, RFC 5546),
built with `icalendar`: the feeds calendar apps subscribe to, and the
invitation, update or cancellation attached to a roster member's email.

Times are in Europe/London with its VTIMEZONE, so a meeting at 16:00 stays at
16:00 across the clocks changing. A meeting's UID is the same in the feeds
and in every email about it, so a calendar holds one event per meeting.
"""

import datetime
import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

PRODID = "-//Leeds Learning Alliance//Network meetings//EN"


def calendar_domain():
    """The site's host name, for UIDs that are the same from any request."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def meeting_uid(network_id, uid):
    return f"{uid}.{network_id}@{calendar_domain()}"


def _calendar(method=None, name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _local(moment):
    return timezone.localtime(moment)


@functools.lru_cache(maxsize=8)
def _vtimezone(year):
    """The site's time zone as a VTIMEZONE for the years around `year`,
    made once per process: an invitation to each of a thousand people
    would otherwise build the same one a thousand times."""
    return Timezone.from_tzid(
        settings.TIME_ZONE,
        first_date=datetime.date(year - 1, 1, 1),
        last_date=datetime.date(year + 1, 12, 31),
    )


def meetings_calendar(meetings, request, name):
    """Serialises meetings as an iCalendar feed that calendar apps subscribe to."""
    calendar = _calendar(name=f"{name} meetings")
    stamp = timezone.now()
    for meeting in meetings:
        network = meeting.network
        event = Event()
        event.add("uid", meeting_uid(network.pk, meeting.uid))
        event.add("dtstamp", stamp)
        event.add("dtstart", _local(meeting.starts_at))
        event.add("dtend", _local(meeting.ends_at))
        event.add("summary", f"{network.title} meeting")
        event.add("location", meeting.where)
        if meeting.cancelled:
            event.add("status", "CANCELLED")
        if meeting.agenda:
            event.add("description", meeting.agenda)
        event.add("url", network.get_full_url(request))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def invitation(record, member, organiser, url, method="REQUEST"):
    """
    One person's invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL)
    for a meeting record, with the record's SEQUENCE. `organiser` is the
    alliance's sending address, never a lead's.
    """
    calendar = _calendar(method=method)
    event = Event()
    event.add("uid", meeting_uid(record.network_id, record.uid))
    event.add("sequence", record.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", _local(record.starts_at))
    event.add("dtend", _local(record.ends_at))
    event.add("summary", f"{record.network.title} meeting")
    event.add("location", record.where)
    if record.agenda:
        event.add("description", record.agenda)
    event.add("url", url)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    host = vCalAddress(f"mailto:{organiser}")
    host.params["cn"] = vText(record.network.title)
    event.add("organizer", host)
    guest = vCalAddress(f"mailto:{member.email}")
    guest.params["cn"] = vText(member.name)
    guest.params["role"] = vText("REQ-PARTICIPANT")
    guest.params["partstat"] = vText("NEEDS-ACTION")
    guest.params["rsvp"] = vText("FALSE")
    event.add("attendee", guest)
    calendar.add_component(_vtimezone(_local(record.starts_at).year))
    calendar.add_component(event)
    return calendar.to_ical()
