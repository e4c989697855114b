"""
Signed links in a roster member's emails: "I'll come", "I can't come" and
"Leave this network". They work with no account. A link names one person
(and one meeting), is signed with the site's secret, and expires: an altered,
forged or expired link changes nothing, and the page says so.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from .models import Attendee, RosterMember

SALT = {"rsvp": "lla.networks.rsvp", "leave": "lla.networks.leave"}
# A leave link works for a year; a reply link for a year, and not once the
# meeting is a week past (networks/views.py).
LEAVE_MAX_AGE = 365 * 24 * 60 * 60
RSVP_MAX_AGE = 365 * 24 * 60 * 60


class BadLink(Exception):
    """The link was altered, forged, expired, or is for a meeting now gone."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _url(name, token):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse(name, args=[token])


def leave_url(member):
    token = signing.dumps({"m": member.pk}, salt=SALT["leave"], compress=True)
    return _url("networks:leave", token)


def rsvp_url(attendee, reply):
    token = signing.dumps(
        {"a": attendee.pk, "r": reply}, salt=SALT["rsvp"], compress=True
    )
    return _url("networks:rsvp", token)


def _load(token, kind, max_age):
    try:
        return signing.loads(token, salt=SALT[kind], max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadLink("expired") from error
    except signing.BadSignature as error:
        raise BadLink("invalid") from error


def member_from(token):
    data = _load(token, "leave", LEAVE_MAX_AGE)
    member = (
        RosterMember.objects.select_related("network").filter(pk=data.get("m")).first()
    )
    if member is None:
        raise BadLink("gone")
    return member


def attendee_from(token):
    """(attendee, reply the link was for)."""
    data = _load(token, "rsvp", RSVP_MAX_AGE)
    attendee = (
        Attendee.objects.select_related("meeting__network", "member")
        .filter(pk=data.get("a"))
        .first()
    )
    if attendee is None or data.get("r") not in Attendee.Reply.values:
        raise BadLink("gone")
    return attendee, data["r"]
