"""
From a join request to a person in the network, over a real SMTP server and
the email worker: the lead adds them, they are welcomed, invited, told of a
change and a cancellation, they reply, and the lead records who came.
"""

import datetime
import re
from collections import Counter

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

import pytest
from icalendar import Calendar

from enquiries.models import Enquiry
from networks.models import Attendee, Meeting, MeetingRecord, RosterMember
from tests.enquiries.conftest import contact_site, valid_data  # noqa: F401

pytestmark = pytest.mark.django_db

LONDON = "Europe/London"


@pytest.fixture
def lead(contact_site):  # noqa: F811
    """A user in the Primary network's editors' group."""
    user = get_user_model().objects.create_user(
        "primary-lead", "primary.lead@example.org", "a long passphrase 1"
    )
    user.groups.add(contact_site.primary.editors.group)
    return user


def _publish(network, user, change):
    page = network.get_latest_revision_as_object()
    change(page)
    page.save_revision(user=user).publish(user=user)
    return type(network).objects.get(pk=network.pk)


def _meeting(days, start=16, place="Leeds Civic Hall"):
    return Meeting(
        date=timezone.localdate() + datetime.timedelta(days=days),
        start=datetime.time(start, 0),
        end=datetime.time(start + 1, 30),
        place=place,
        agenda="Welcome; reading for pleasure; next steps",
    )


def _calendar(mail):
    [part] = [
        p for p in mail.iter_attachments() if p.get_content_type() == "text/calendar"
    ]
    return part, Calendar.from_ical(part.get_content())


def _text(mail):
    return mail.get_body(preferencelist=("plain",)).get_content()


def _event(calendar):
    [event] = calendar.walk("VEVENT")
    return event


def _sent(smtp_server, email_queue, count):
    email_queue.run_worker()
    return smtp_server.wait_for(count)


def _to(messages, address):
    return [m for m in messages if m["To"].addresses[0].addr_spec == address]


def test_a_join_request_ends_with_a_person_in_the_network(
    client,
    contact_site,  # noqa: F811
    lead,
    smtp_server,
    email_queue,
    django_capture_on_commit_callbacks,
):
    site = contact_site
    visitor = "ada@school.example"

    # A visitor's join request reaches the lead.
    assert client.post(site.url, valid_data(site.primary)).status_code == 302
    _sent(smtp_server, email_queue, 3)
    smtp_server.clear()
    enquiry = Enquiry.objects.get()

    # The lead adds them to the network from the inbox, in one click.
    client.force_login(lead)
    edit = client.get(reverse("enquiries:edit", args=[enquiry.pk]))
    assert "Add to the Primary network" in edit.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(
            reverse("enquiries:add_to_network", args=[enquiry.pk]),
            {"network": site.primary.pk},
        )
    assert answer.status_code == 302
    member = RosterMember.objects.get(network=site.primary)
    assert (member.name, member.email, member.organisation) == (
        "Ada Visitor",
        visitor,
        "Leeds Primary School",
    )
    assert member.source == enquiry
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.JOINED

    [welcome] = _sent(smtp_server, email_queue, 1)
    assert welcome["To"].addresses[0].addr_spec == visitor
    assert welcome["Subject"] == "Welcome to the Primary network"
    assert "No meetings are scheduled yet" in _text(welcome)
    smtp_server.clear()

    # The lead publishes two meetings: each arrives as an invitation.
    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(
            site.primary,
            lead,
            lambda page: page.meetings.add(_meeting(14), _meeting(42, start=10)),
        )
    invitations = _sent(smtp_server, email_queue, 2)
    assert len(invitations) == 2
    first = min(invitations, key=lambda m: _event(_calendar(m)[1])["dtstart"].dt)
    part, calendar = _calendar(first)
    assert part.get_param("method") == "REQUEST"
    assert calendar["method"] == "REQUEST"
    event = _event(calendar)
    uid = str(event["uid"])
    assert event["sequence"] == 0
    assert event["dtstart"].params["TZID"] == LONDON
    assert str(event["dtstart"].dt.tzinfo) == LONDON
    assert event["dtstart"].dt.hour == 16
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == LONDON
    # The organiser is the alliance's sender, never a lead's own address.
    assert "example.org" not in str(event["organizer"]) or "primary" not in str(
        event["organizer"]
    )
    assert not any(a in first.as_string() for a in site.lead_addresses())
    yes_url = re.search(r"I'll come:\s+(\S+)", _text(first)).group(1)
    assert first["List-Unsubscribe"]
    smtp_server.clear()

    # The lead moves the first meeting: an update, same UID, higher SEQUENCE.
    def move(page):
        meetings = sorted(page.meetings.all(), key=lambda m: m.date)
        meetings[0].date += datetime.timedelta(days=1)
        meetings[0].start = datetime.time(15, 0)
        page.meetings = meetings

    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, move)
    [update] = _sent(smtp_server, email_queue, 1)
    assert update["Subject"].startswith("Changed: Primary network meeting")
    event = _event(_calendar(update)[1])
    assert str(event["uid"]) == uid
    assert event["sequence"] == 1
    assert event["dtstart"].dt.hour == 15
    smtp_server.clear()

    # An edit nobody would see sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, lambda page: setattr(page, "intro", "New"))
    assert _sent(smtp_server, email_queue, 0) == []

    # The lead cancels the second meeting: METHOD:CANCEL.
    def cancel(page):
        meetings = sorted(page.meetings.all(), key=lambda m: m.date)
        meetings[-1].cancelled = True
        page.meetings = meetings

    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, cancel)
    [cancellation] = _sent(smtp_server, email_queue, 1)
    part, calendar = _calendar(cancellation)
    assert calendar["method"] == "CANCEL"
    assert _event(calendar)["sequence"] == 1
    assert str(_event(calendar)["uid"]) != uid
    smtp_server.clear()

    # The visitor follows "I'll come" (no account), and the lead sees it.
    client.logout()
    path = yes_url.split("://", 1)[1].split("/", 1)[1]
    shown = client.get("/" + path)
    assert shown.status_code == 200
    assert Attendee.objects.get(member=member, meeting__cancelled=False).reply == ""
    assert client.post("/" + path, {"reply": "yes"}).status_code == 200
    attendee = Attendee.objects.get(member=member, meeting__cancelled=False)
    assert attendee.reply == "yes"

    client.force_login(lead)
    record = attendee.meeting
    page = client.get(reverse("meetings:attendance", args=[record.pk]))
    assert page.status_code == 200
    assert "Coming" in page.content.decode()

    # The lead ticks who came; the report counts it.
    client.post(
        reverse("meetings:attendance", args=[record.pk]), {"came": [attendee.pk]}
    )
    attendee.refresh_from_db()
    assert attendee.attended is True
    report = client.get(reverse("meetings:report")).content.decode()
    term = record.term
    assert re.search(
        rf"<td>Primary network</td><td>{term}</td><td>1</td><td>1</td><td>1</td>"
        r"<td>1</td>",
        report,
    ), report

    # Every mail went out once.
    subjects = Counter(
        m["Subject"] for m in [welcome, *invitations, update, cancellation]
    )
    assert set(subjects.values()) == {1}


def test_invitations_wait_out_a_mail_server_that_is_down_and_go_once(
    contact_site,  # noqa: F811
    lead,
    smtp_server,
    email_queue,
    django_capture_on_commit_callbacks,
):
    network = contact_site.primary
    for number in range(3):
        RosterMember.objects.create(
            network=network, name=f"Person {number}", email=f"p{number}@example.org"
        )
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        _publish(network, lead, lambda page: page.meetings.add(_meeting(7)))
    email_queue.run_worker()
    assert smtp_server.received == []

    smtp_server.start()
    email_queue.make_due()
    email_queue.run_worker()
    email_queue.make_due()
    email_queue.run_worker()  # nothing is left to send twice
    messages = smtp_server.wait_for(3)
    assert Counter(m["To"].addresses[0].addr_spec for m in messages) == {
        "p0@example.org": 1,
        "p1@example.org": 1,
        "p2@example.org": 1,
    }


def test_a_draft_sends_nothing(
    contact_site,  # noqa: F811
    lead,
    smtp_server,
    email_queue,
    django_capture_on_commit_callbacks,
):
    network = contact_site.primary
    RosterMember.objects.create(network=network, name="P", email="p@example.org")
    page = network.get_latest_revision_as_object()
    page.meetings.add(_meeting(7))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=lead)
    email_queue.run_worker()
    assert smtp_server.received == []
    assert not MeetingRecord.objects.exists()


def test_someone_who_left_gets_nothing_more(
    client,
    contact_site,  # noqa: F811
    lead,
    smtp_server,
    email_queue,
    django_capture_on_commit_callbacks,
):
    network = contact_site.primary
    staying = RosterMember.objects.create(
        network=network, name="Stays", email="stays@example.org"
    )
    going = RosterMember.objects.create(
        network=network, name="Goes", email="goes@example.org"
    )
    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, lambda page: page.meetings.add(_meeting(7)))
    messages = _sent(smtp_server, email_queue, 2)
    [mail] = _to(messages, "goes@example.org")
    leave_url = re.search(r"Leave the network[^:]*:\s+(\S+)", _text(mail))
    path = "/" + leave_url.group(1).split("://", 1)[1].split("/", 1)[1]
    # Opening the link changes nothing (mail scanners open links).
    assert client.get(path).status_code == 200
    going.refresh_from_db()
    assert going.status == RosterMember.Status.ACTIVE
    assert "You have left" in client.post(path).content.decode()
    going.refresh_from_db()
    assert going.status == RosterMember.Status.LEFT
    smtp_server.clear()

    def move(page):
        meetings = list(page.meetings.all())
        meetings[0].place = "Leeds Central Library"
        page.meetings = meetings

    with django_capture_on_commit_callbacks(execute=True):
        _publish(network, lead, move)
    messages = _sent(smtp_server, email_queue, 1)
    assert [m["To"].addresses[0].addr_spec for m in messages] == [staying.email]


def test_minutes_go_to_the_roster_once_and_members_only_ones_ask_to_sign_in(
    client,
    contact_site,  # noqa: F811
    lead,
    smtp_server,
    email_queue,
    django_capture_on_commit_callbacks,
):
    from django.contrib.auth.models import Group

    from core.members import MEMBERS_GROUP

    network = contact_site.primary
    RosterMember.objects.create(network=network, name="Min Utes", email="m@example.org")
    held = _meeting(-3)  # three days ago: nothing to invite anyone to
    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, lambda page: page.meetings.add(held))
    assert _sent(smtp_server, email_queue, 0) == []

    def add_minutes(page):
        meetings = list(page.meetings.all())
        meetings[0].minutes_text = "We agreed to share reading lists."
        meetings[0].minutes_members_only = True
        page.meetings = meetings

    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, add_minutes)
    [minutes] = _sent(smtp_server, email_queue, 1)
    assert minutes["Subject"].startswith("Minutes: Primary network meeting")
    link = re.search(r"ready:\s+(\S+)", _text(minutes)).group(1)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert "sign in to the website" in _text(minutes)

    # Published again with nothing new: no second email.
    with django_capture_on_commit_callbacks(execute=True):
        network = _publish(network, lead, lambda page: None)
    assert len(_sent(smtp_server, email_queue, 2)) == 1

    # Members-only: a visitor is asked to sign in; a member reads them.
    refused = client.get(path)
    assert refused.status_code == 403
    assert "We agreed" not in refused.content.decode()
    assert "Sign in to read them" in refused.content.decode()
    member = get_user_model().objects.create_user("mem", "mem@school.example", "pw")
    member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    client.force_login(member)
    shown = client.get(path)
    assert shown.status_code == 200
    assert "We agreed to share reading lists." in shown.content.decode()
    assert "no-store" in shown["Cache-Control"]
