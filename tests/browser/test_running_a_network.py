"""
A network's lead runs their network in Chromium with the keyboard alone: they
add a join request's sender to the roster, publish a meeting (its invitation
goes out), and record who came. And the pages a member's email links to
(reply, leave) have no axe violations at a phone's width and a desktop's.
"""

import datetime
import re

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from enquiries.models import Enquiry
from networks import links
from networks.models import Attendee, MeetingRecord, NetworkPage, RosterMember
from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a lead's long passphrase 42"


def tab_to(page, locator, limit=400):
    """Presses Tab until `locator` has the focus, as a keyboard user would."""
    handle = locator.element_handle()
    for _ in range(limit):
        if page.evaluate("el => document.activeElement === el", handle):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def press(page, locator, key="Enter"):
    tab_to(page, locator)
    page.keyboard.press(key)


def type_into(page, locator, text):
    tab_to(page, locator)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


@pytest.fixture
def lead(lla_live):
    network = NetworkPage.objects.get(slug="primary-leaders")
    user = UserFactory(
        first_name="Lena",
        last_name="Lead",
        email="lena.lead@example.org",
        groups=[network.editors.group],
    )
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True)
    return user


def test_a_lead_runs_their_network_with_the_keyboard_alone(page, lla_live, lead):
    url = lla_live.url
    network = NetworkPage.objects.get(slug="primary-leaders")
    enquiry = Enquiry.objects.create(
        name="Kai Keyboard",
        email="kai@school.example",
        organisation="Armley Primary School",
        role="Deputy head",
        message="Please may I join?",
        consented_at=timezone.now(),
    )
    enquiry.networks.add(network)

    # Sign in.
    page.goto(url + "/admin/login/")
    type_into(page, page.get_by_label("Username"), lead.email)
    type_into(page, page.get_by_label("Password"), PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(url + "/admin/")

    # The join request, and "Add to the network".
    page.goto(f"{url}/admin/enquiries/edit/{enquiry.pk}/")
    with page.expect_navigation():
        press(page, page.get_by_role("button", name="Add to the Primary leaders"))
    assert "on the Primary leaders' network's roster" in page.content()
    member = RosterMember.objects.get(network=network, email="kai@school.example")
    # A welcome, and invitations to the meetings already announced (the
    # shipped example meetings).
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0] == "Welcome to the Primary leaders' network"
    assert all(s.startswith("Invitation:") for s in subjects[1:])
    mail.outbox.clear()

    # A new meeting on the network's page, published.
    page.goto(f"{url}/admin/pages/{network.pk}/edit/")
    press(page, page.get_by_role("button", name="Add meeting"))
    form = page.locator("[id^='inline_child_meetings']").last
    when = timezone.localdate() + datetime.timedelta(days=20)
    type_into(page, form.get_by_label("Date"), when.isoformat())
    page.keyboard.press("Escape")
    type_into(page, form.get_by_label("Start"), "16:00")
    page.keyboard.press("Escape")
    type_into(page, form.get_by_label("Place"), "Armley Primary School")
    press(page, page.get_by_role("button", name="More actions"))
    with page.expect_navigation():
        press(page, page.get_by_role("button", name="Publish"))
    assert "published" in page.content()
    record = MeetingRecord.objects.get(
        network=network, starts_at__date=when, where="Armley Primary School"
    )
    invitations = [m for m in mail.outbox if m.subject.startswith("Invitation:")]
    assert [m.to for m in invitations] == [["kai@school.example"]]

    # Who came.
    page.goto(url + reverse("meetings:attendance", args=[record.pk]))
    press(page, page.get_by_label("Kai Keyboard"), " ")
    with page.expect_navigation():
        press(page, page.get_by_role("button", name="Save attendance"))
    assert "Attendance saved: 1 came" in page.content()
    assert Attendee.objects.get(meeting=record, member=member).attended is True


@pytest.mark.parametrize("width", [375, 1280])
def test_reply_and_leave_pages_have_no_axe_violations(page, lla_live, width):
    network = NetworkPage.objects.get(slug="primary-leaders")
    member = RosterMember.objects.create(
        network=network, name="Rosa Roster", email="rosa@school.example"
    )
    start = timezone.now() + datetime.timedelta(days=9)
    record = MeetingRecord.objects.create(
        network=network,
        uid="0c8f6e0e-5b7a-4f43-9d55-0a3c7c1f6b11",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        where="Leeds Civic Hall",
    )
    attendee = Attendee.objects.create(meeting=record, member=member)
    page.set_viewport_size({"width": width, "height": 900})

    def path(link):
        return "/" + link.split("://", 1)[1].split("/", 1)[1]

    for address in (
        path(links.rsvp_url(attendee, "yes")),
        path(links.leave_url(member)),
        "/network-links/leave/not-a-real-link/",
    ):
        page.goto(lla_live.url + address)
        assert axe_violations(page) == [], address
        width_used = page.evaluate("document.documentElement.scrollWidth")
        assert width_used <= width, (address, width_used)

    # Replying and leaving, with the buttons on the pages.
    page.goto(lla_live.url + path(links.rsvp_url(attendee, "yes")))
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answer").click()
    assert re.search(
        "we have told the network's lead\\s+you are coming", page.content()
    )
    assert axe_violations(page) == []
    page.goto(lla_live.url + path(links.leave_url(member)))
    with page.expect_navigation():
        page.get_by_role("button", name="Leave the network").click()
    assert "You have left" in page.content()
    assert axe_violations(page) == []
