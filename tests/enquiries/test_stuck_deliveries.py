"""
An email whose worker was killed mid-send: the inbox says it is stuck, an
editor can send it again, the listing can be filtered to it, and the
worker's sweep queues it again by itself (the kill itself is in
tests/faults/test_worker.py).
"""

import datetime
import re

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from django_tasks import TaskResultStatus

from accounts.factories import UserFactory
from core import outbox
from core.models import Email
from core.tasks import sweep
from enquiries import delivery
from enquiries.models import Enquiry
from networks.permissions import ensure_lla_editors_group
from tests.enquiries.conftest import valid_data

pytestmark = pytest.mark.django_db

HOUR_AGO = datetime.timedelta(hours=1)


@pytest.fixture
def editor():
    client = Client()
    client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))
    return client


@pytest.fixture
def killed_mid_send(client, contact_site, email_queue):
    """A join request whose lead email a worker claimed, then died sending."""
    client.post(contact_site.url, valid_data(contact_site.equity))
    lead = Email.objects.get(kind=delivery.TO_LEAD)
    task = email_queue.results().get(args_kwargs__args=[lead.pk])
    started = timezone.now() - HOUR_AGO
    Email.objects.filter(pk=lead.pk).update(
        status=Email.Status.SENDING, attempts=1, claimed_at=started
    )
    type(task).objects.filter(pk=task.pk).update(
        status=TaskResultStatus.RUNNING, started_at=started
    )
    return lead


def test_the_inbox_shows_a_stuck_email_and_offers_to_send_it_again(
    editor, killed_mid_send, smtp_server, email_queue
):
    enquiry = killed_mid_send.about
    listing = editor.get("/admin/enquiries/").content.decode()
    assert "Stuck" in listing
    page = editor.get(reverse("enquiries:edit", args=[enquiry.pk])).content.decode()
    assert re.search(r"<strong>Stuck</strong>: a worker took it at", page)
    assert len(re.findall(r"<button[^>]*>Send again</button>", page)) == 1

    response = editor.post(
        reverse("enquiries:retry", args=[enquiry.pk]),
        {"email": killed_mid_send.pk},
        follow=True,
    )
    assert "Sending again" in response.content.decode()
    email_queue.run_worker()
    killed_mid_send.refresh_from_db()
    assert killed_mid_send.status == Email.Status.SENT
    lead_mails = [m for m in smtp_server.received if m.recipients != [enquiry.email]]
    assert len(lead_mails) == 1


def test_the_inbox_filters_to_stuck_emails(editor, killed_mid_send, contact_site):
    other = Enquiry.objects.create(
        name="Not stuck", email="b@school.example", consented_at=timezone.now()
    )
    response = editor.get("/admin/enquiries/?delivery=stuck").content.decode()
    assert killed_mid_send.about.name in response
    assert other.name not in response


def test_a_recent_claim_is_not_stuck(killed_mid_send):
    Email.objects.filter(pk=killed_mid_send.pk).update(claimed_at=timezone.now())
    killed_mid_send.refresh_from_db()
    assert not killed_mid_send.stuck
    assert not outbox.send_again(killed_mid_send)


def test_the_sweep_queues_a_dead_workers_task_once(
    killed_mid_send, smtp_server, email_queue
):
    assert sweep("email") == 1
    assert sweep("email") == 0  # a second worker's sweep finds nothing
    lost = email_queue.results().get(status=TaskResultStatus.FAILED)
    assert lost.exception_class_path == "core.tasks.WorkerLost"
    email_queue.run_worker()
    killed_mid_send.refresh_from_db()
    assert killed_mid_send.status == Email.Status.SENT
    assert killed_mid_send.attempts == 2
    recipients = [m.recipients for m in smtp_server.received]
    assert recipients.count([killed_mid_send.to_address]) == 1


def test_the_sweep_leaves_a_task_that_is_still_running(killed_mid_send, email_queue):
    email_queue.results().filter(status=TaskResultStatus.RUNNING).update(
        started_at=timezone.now()
    )
    assert sweep("email") == 0
