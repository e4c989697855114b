"""
Enquiries reach the networks' leads through a real SMTP server, and none is
lost when the mail server is down.
"""

import datetime
from collections import Counter
from unittest import mock

from django.utils import timezone

import pytest

from enquiries import delivery
from enquiries.factories import EnquiryFactory
from enquiries.models import Delivery, Enquiry, EnquirySettings
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
    assert set(enquiry.deliveries.values_list("status", flat=True)) == {"sent"}


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
    deliveries = list(enquiry.deliveries.all())
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
    for d in enquiry.deliveries.all():
        assert (d.status, d.attempts, d.last_error) == ("sent", 2, "")
        assert delivery.attempt(d.pk).startswith("not due")
    email_queue.make_due()
    email_queue.run_worker()
    assert len(smtp_server.wait_for(5, timeout=0.5)) == 4


def test_after_the_last_attempt_a_delivery_fails_and_the_inbox_is_alerted(
    client, contact_site, smtp_server, email_queue, settings
):
    settings.ENQUIRY_RETRY_DELAYS = [60, 60]
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

    lead = enquiry.deliveries.get(kind=Delivery.Kind.LEAD)
    assert (lead.status, lead.attempts) == ("failed", 3)
    # Addresses in an error are not repeated to the admin.
    assert "lead@x.example" not in lead.last_error
    assert "<address>" in lead.last_error

    # The alert goes out once the mail server answers again.
    email_queue.run_worker()
    subjects = sorted(m["Subject"] for m in smtp_server.wait_for(2))
    assert subjects == [
        "Undelivered: Person 0, Equity network".replace("Person 0", lead.person.name),
        "Undelivered: The visitor (confirmation)",
    ]
    [alert] = [m for m in smtp_server.messages if "Equity" in m["Subject"]]
    assert alert["To"] == ALLIANCE_INBOX
    assert f"/admin/enquiries/edit/{enquiry.pk}/" in alert.get_content()
    # One alert per failed delivery (the lead's and the confirmation), no more.
    assert enquiry.deliveries.filter(kind=Delivery.Kind.ALERT).count() == 2


def test_an_alert_that_cannot_be_sent_does_not_alert_again(contact_site, settings):
    settings.ENQUIRY_RETRY_DELAYS = []
    enquiry = EnquiryFactory(email="a@school.example")
    failed = Delivery.objects.create(
        enquiry=enquiry, kind=Delivery.Kind.LEAD, to_address="x@example.org",
        status=Delivery.Status.FAILED, attempts=1,
    )  # fmt: skip
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        alert = delivery.alert(failed)
    alert.refresh_from_db()
    assert alert.status == "failed"
    assert not Delivery.objects.filter(about=alert).exists()


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
    settings = EnquirySettings.for_site(contact_site.home.get_site())
    settings.alliance_inbox = ""
    settings.save()
    response = client.post(contact_site.url, valid_data(contact_site.careers))
    assert response.status_code == 302
    inbox = Enquiry.objects.get().deliveries.get(kind=Delivery.Kind.INBOX)
    assert inbox.status == "failed"
    assert "no alliance inbox" in inbox.last_error
    # The visitor's confirmation still goes.
    assert [m.to for m in mailoutbox] == [["ada@school.example"]]


def test_a_worker_that_died_mid_send_is_retried_once_its_claim_is_stale(
    contact_site, mailoutbox
):
    enquiry = EnquiryFactory(email="a@school.example")
    stuck = Delivery.objects.create(
        enquiry=enquiry, kind=Delivery.Kind.CONFIRMATION, to_address="a@school.example",
        status=Delivery.Status.SENDING, attempts=1, claimed_at=timezone.now(),
    )  # fmt: skip
    assert delivery.attempt(stuck.pk).startswith("not due")
    assert mailoutbox == []

    Delivery.objects.filter(pk=stuck.pk).update(
        claimed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert delivery.attempt(stuck.pk) == "sent"
    assert len(mailoutbox) == 1


def test_send_again_resends_a_failed_delivery_from_the_start(contact_site, mailoutbox):
    enquiry = EnquiryFactory(email="a@school.example")
    failed = Delivery.objects.create(
        enquiry=enquiry, kind=Delivery.Kind.CONFIRMATION, to_address="a@school.example",
        status=Delivery.Status.FAILED, attempts=6, last_error="OSError: down",
    )  # fmt: skip
    assert delivery.retry(failed) is True
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == ("sent", 1)
    assert len(mailoutbox) == 1
    # Only a failed delivery can be sent again.
    assert delivery.retry(failed) is False
