"""
Enquiries reach the networks' leads through a real SMTP server, and none is
lost when the mail server is down.
"""

from collections import Counter
from unittest import mock

from django.utils import timezone

import pytest

from core import outbox
from core.models import SiteSettings
from enquiries import delivery
from enquiries.models import Enquiry
from tests.enquiries.conftest import ALLIANCE_INBOX, valid_data

pytestmark = pytest.mark.django_db


def _addressees(messages):
    return Counter(a.addr_spec for m in messages for a in m["To"].addresses)


def _to(messages, address):
    return [m for m in messages if m["To"].addresses[0].addr_spec == address]


def test_a_join_request_to_two_networks_reaches_each_lead_once(
    client, contact_site, smtp_server, email_queue
):
    """Must-show 1: real SMTP, one mail per lead per network, one confirmation."""
    site = contact_site
    response = client.post(site.url, valid_data(site.primary, site.equity))
    assert response.status_code == 302

    # Nothing is sent in the request: the worker sends it.
    assert smtp_server.received == []
    email_queue.run_worker()
    messages = smtp_server.wait_for(4)

    assert _addressees(messages) == {
        "primary.one@example.org": 1,
        "primary.two@example.org": 1,
        "equity.lead@example.org": 1,
        "ada@school.example": 1,
    }
    for address in ("primary.one@example.org", "primary.two@example.org"):
        [mail] = _to(messages, address)
        assert mail["Reply-To"] == "ada@school.example"
        assert mail["Subject"] == "Join request for Primary network from Ada Visitor"
        assert "We would like to join." in mail.get_content()
        # A lead does not learn the other leads' addresses.
        assert "equity.lead@example.org" not in mail.as_string()
    [equity] = _to(messages, "equity.lead@example.org")
    assert equity["Reply-To"] == "ada@school.example"
    assert "Equity network" in equity["Subject"]

    [confirmation] = _to(messages, "ada@school.example")
    text = confirmation.get_content()
    assert "request to join the Equity network and the Primary network" in text
    assert confirmation["Reply-To"] == ALLIANCE_INBOX
    # Nothing the visitor typed is repeated: typed into the form with someone
    # else's address, the confirmation carries no one's words to them.
    assert "Ada Visitor" not in text
    assert "We would like to join." not in text
    assert not any(address in text for address in site.lead_addresses())

    # The envelope matches the headers: no hidden recipients.
    for item in smtp_server.received:
        assert item.recipients == [a.addr_spec for a in item.message["To"].addresses]
    enquiry = Enquiry.objects.get()
    assert set(enquiry.emails.values_list("status", flat=True)) == {"sent"}


def test_with_smtp_down_the_enquiry_is_kept_and_sent_once_when_it_is_back(
    client, contact_site, smtp_server, email_queue
):
    """Must-show 2."""
    site = contact_site
    smtp_server.stop()

    response = client.post(site.url, valid_data(site.primary, site.equity), follow=True)
    assert response.status_code == 200
    assert b"Thank you" in response.content
    enquiry = Enquiry.objects.get()
    assert enquiry.email == "ada@school.example"

    # The worker tries, fails, and queues a retry for later.
    assert email_queue.run_worker() == 4
    deliveries = list(enquiry.emails.all())
    assert {d.status for d in deliveries} == {"queued"}
    assert {d.attempts for d in deliveries} == {1}
    assert all("ConnectionRefused" in d.last_error for d in deliveries)
    assert all(d.next_attempt_at > timezone.now() for d in deliveries)
    # Not due yet: running the worker again sends nothing.
    assert email_queue.run_worker() == 0
    assert email_queue.pending() == 4

    smtp_server.start()
    email_queue.make_due()
    email_queue.run_worker()
    messages = smtp_server.wait_for(4)
    assert sorted(_addressees(messages).values()) == [1, 1, 1, 1]

    # Exactly once: nothing is left to send, and a stray task sends nothing.
    assert email_queue.pending() == 0
    for d in enquiry.emails.all():
        assert (d.status, d.attempts, d.last_error) == ("sent", 2, "")
        assert outbox.attempt(d.pk).startswith("not due")
    email_queue.make_due()
    email_queue.run_worker()
    assert len(smtp_server.wait_for(5, timeout=0.5)) == 4


def test_after_the_last_attempt_a_delivery_fails_and_the_inbox_is_alerted(
    client, contact_site, smtp_server, email_queue, settings
):
    settings.EMAIL_RETRY_DELAYS = [60, 60]
    site = contact_site
    client.post(site.url, valid_data(site.equity))
    enquiry = Enquiry.objects.get()

    with mock.patch(
        "django.core.mail.backends.smtp.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("Connection refused by lead@x.example"),
    ):
        for _ in range(3):
            email_queue.run_worker()
            email_queue.make_due()

    lead = enquiry.emails.get(kind=delivery.TO_LEAD)
    assert (lead.status, lead.attempts) == ("failed", 3)
    # Addresses in an error are not repeated to the admin.
    assert "lead@x.example" not in lead.last_error
    assert "<address>" in lead.last_error

    # The alert goes out once the mail server answers again.
    email_queue.run_worker()
    subjects = sorted(m["Subject"] for m in smtp_server.wait_for(2))
    assert subjects == [
        f"Undelivered: {lead.recipient}",
        "Undelivered: The visitor (confirmation)",
    ]
    assert lead.recipient.endswith(", Equity network")
    [alert] = [m for m in smtp_server.messages if "Equity" in m["Subject"]]
    assert alert["To"] == ALLIANCE_INBOX
    content = alert.get_content()
    assert f"/admin/outbox/inspect/{lead.pk}/" in content
    assert "About: Join request from Ada Visitor" in content
    # One alert per failed email (the lead's and the confirmation), no more.
    assert enquiry.emails.filter(kind=outbox.ALERT).count() == 2


def test_a_network_without_a_lead_address_goes_to_the_alliance_inbox(
    client, contact_site, smtp_server, email_queue
):
    client.post(contact_site.url, valid_data(contact_site.careers))
    email_queue.run_worker()
    messages = smtp_server.wait_for(2)
    [inbox] = _to(messages, ALLIANCE_INBOX)
    assert inbox["Subject"].startswith("[No lead address] Join request for Careers")
    assert inbox["Reply-To"] == "ada@school.example"


def test_with_no_address_at_all_the_enquiry_is_still_kept(
    client, contact_site, mailoutbox
):
    settings = SiteSettings.for_site(contact_site.home.get_site())
    settings.alliance_inbox = ""
    settings.save()
    response = client.post(contact_site.url, valid_data(contact_site.careers))
    assert response.status_code == 302
    inbox = Enquiry.objects.get().emails.get(kind=delivery.TO_INBOX)
    assert inbox.status == "failed"
    assert "no alliance inbox" in inbox.last_error
    # The visitor's confirmation still goes.
    assert [m.to for m in mailoutbox] == [["ada@school.example"]]
