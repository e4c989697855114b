"""
The outbox every email goes through: sent once, retried, failed with an
alert, sent again, stuck and recovered, with the one admin view of it all.
The real-SMTP and real-fault journeys are in tests/enquiries/test_delivery.py
and tests/faults/.
"""

import datetime
import re
from unittest import mock

from django.core.mail import EmailMessage
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from core import outbox
from core.factories import EmailFactory
from core.models import Email, SiteSettings
from networks.permissions import ensure_lla_editors_group

pytestmark = pytest.mark.django_db

INBOX = "networks@example.org"


@pytest.fixture
def inbox(home):
    settings = SiteSettings.for_site(home.get_site())
    settings.alliance_inbox = INBOX
    settings.save()
    return INBOX


def message(to="ada@school.example", **kwargs):
    return EmailMessage(
        subject="Hello", body="A message.", to=[to] if to else [], **kwargs
    )


def test_an_email_is_kept_as_written_and_sent_once(home, mailoutbox, email_queue):
    email = outbox.send(
        message(reply_to=["lead@example.org"]),
        kind="Test email",
        recipient="Ada",
    )
    assert (email.status, email.subject, email.to_address) == (
        "queued",
        "Hello",
        "ada@school.example",
    )
    assert email_queue.run_worker() == 1
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 1)
    [sent] = mailoutbox
    assert (sent.subject, sent.body, sent.reply_to) == (
        "Hello",
        "A message.",
        ["lead@example.org"],
    )
    # A stray copy of its task finds nothing to do.
    assert outbox.attempt(email.pk).startswith("not due")
    assert len(mailoutbox) == 1


def test_an_attachment_goes_with_the_email(home, mailoutbox, email_queue):
    invitation = message()
    invitation.attach(
        "meeting.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"
    )
    outbox.send(invitation, kind="Invitation", recipient="Ada")
    email_queue.run_worker()
    [sent] = mailoutbox
    [(name, content, mimetype)] = sent.attachments
    assert (name, mimetype) == ("meeting.ics", "text/calendar")
    assert "BEGIN:VCALENDAR" in content


def test_an_email_with_no_address_is_failed_at_once_and_kept(home, email_queue):
    email = outbox.send(message(to=None), kind="Test email", recipient="Nobody")
    assert email.status == "failed"
    assert "No address" in email.last_error
    assert email_queue.pending() == 0


def test_after_the_last_attempt_it_fails_and_the_inbox_is_alerted_once(
    inbox, settings, mailoutbox, email_queue
):
    settings.EMAIL_RETRY_DELAYS = [60, 60]
    email = outbox.send(message(), kind="Test email", recipient="Ada")
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("refused for ada@school.example"),
    ):
        for _ in range(3):
            email_queue.run_worker()
            email_queue.make_due()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 3)
    assert "ada@school.example" not in email.last_error
    [alert] = email.alerts.all()
    assert (alert.kind, alert.to_address) == (outbox.ALERT, INBOX)
    email_queue.run_worker()
    [sent] = mailoutbox
    assert sent.subject == "Undelivered: Ada"
    assert f"/admin/outbox/inspect/{email.pk}/" in sent.body


def test_an_alert_that_cannot_be_sent_does_not_alert_again(inbox, settings):
    settings.EMAIL_RETRY_DELAYS = []
    failed = EmailFactory(status=Email.Status.FAILED, attempts=1)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        alert = outbox.alert(failed)
    alert.refresh_from_db()
    assert alert.status == "failed"
    assert not alert.alerts.exists()


def test_a_claim_left_by_a_dead_worker_is_retaken_once_stale(home, mailoutbox):
    stuck = EmailFactory(
        status=Email.Status.SENDING, attempts=1, claimed_at=timezone.now()
    )
    assert not stuck.stuck
    assert outbox.attempt(stuck.pk).startswith("not due")
    assert mailoutbox == []

    Email.objects.filter(pk=stuck.pk).update(
        claimed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    stuck.refresh_from_db()
    assert stuck.stuck and stuck.status_label == "Stuck"
    assert outbox.attempt(stuck.pk) == "sent"
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("status", "claimed", "again"),
    [
        (Email.Status.FAILED, None, True),
        (Email.Status.SENDING, datetime.timedelta(hours=1), True),
        (Email.Status.SENDING, datetime.timedelta(), False),
        (Email.Status.SENT, None, False),
        (Email.Status.QUEUED, None, False),
    ],
)
def test_only_a_failed_or_stuck_email_is_sent_again(
    home, mailoutbox, status, claimed, again
):
    email = EmailFactory(
        status=status,
        attempts=6,
        claimed_at=timezone.now() - claimed if claimed is not None else None,
    )
    assert outbox.send_again(email) is again
    email.refresh_from_db()
    if again:
        assert (email.status, email.attempts) == ("sent", 1)
        assert len(mailoutbox) == 1
    else:
        assert mailoutbox == []


# The Outbox in the admin -------------------------------------------------------


@pytest.fixture
def emails(home):
    return {
        "sent": EmailFactory(
            subject="Welcome", recipient="Ada Lovelace", status=Email.Status.SENT
        ),
        "failed": EmailFactory(
            subject="Join request",
            recipient="Alice Lead, Network A",
            to_address="alice.lead@example.org",
            status=Email.Status.FAILED,
            attempts=6,
            last_error="SMTPRecipientsRefused: <address>",
        ),
        "stuck": EmailFactory(
            subject="Confirmation",
            recipient="The visitor",
            status=Email.Status.SENDING,
            claimed_at=timezone.now() - datetime.timedelta(hours=2),
        ),
    }


def admin(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def lla_editor(home):
    return UserFactory(groups=[ensure_lla_editors_group()])


def test_an_lla_editor_sees_what_was_sent_failed_and_is_stuck(lla_editor, emails):
    html = admin(lla_editor).get("/admin/outbox/").content.decode()
    for subject in ("Welcome", "Join request", "Confirmation"):
        assert subject in html
    assert "Stuck" in html and "Failed" in html
    # Recipients in words; never an address.
    assert "Alice Lead, Network A" in html
    assert "alice.lead@example.org" not in html


@pytest.mark.parametrize(
    ("state", "subjects"),
    [("stuck", {"Confirmation"}), ("failed", {"Join request"}), ("sent", {"Welcome"})],
)
def test_the_outbox_filters_by_state(lla_editor, emails, state, subjects):
    html = admin(lla_editor).get("/admin/outbox/", {"state": state}).content.decode()
    shown = {s for s in ("Welcome", "Join request", "Confirmation") if s in html}
    assert shown == subjects


def test_an_lla_editor_sends_a_stuck_email_again(lla_editor, emails, mailoutbox):
    stuck = emails["stuck"]
    client = admin(lla_editor)
    page = client.get(reverse("outbox:inspect", args=[stuck.pk])).content.decode()
    assert "is stuck" in page
    assert re.search(r'name="csrfmiddlewaretoken"', page)
    answer = client.post(reverse("outbox:send_again", args=[stuck.pk]), follow=True)
    assert "Sending again: The visitor." in answer.content.decode()
    stuck.refresh_from_db()
    assert stuck.status == "sent"


@pytest.mark.parametrize("who", ["anonymous", "no groups", "network editor"])
def test_the_outbox_is_for_lla_editors(home, emails, who):
    from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
    from networks.permissions import ensure_network_group

    user = None
    if who == "no groups":
        user = UserFactory()
    elif who == "network editor":
        network = NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home))
        user = UserFactory(groups=[ensure_network_group(network)])
    client = admin(user)
    assert client.get("/admin/outbox/").status_code == 302
    failed = emails["failed"]
    client.post(reverse("outbox:send_again", args=[failed.pk]))
    failed.refresh_from_db()
    assert failed.status == "failed"
