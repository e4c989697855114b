"""
From a saved enquiry to emails in people's inboxes.

`submit()` saves the enquiry, plans one `Delivery` per recipient and queues a
task for each, all in one transaction: with the database task queue the
enquiry and its tasks are committed together or not at all.

The worker runs `attempt()` for each. A delivery is claimed with a
conditional update, so two workers never send the same one; a failure is
retried with back-off (django-tasks has no retries of its own, so the task
queues itself again with `run_after`), and after the last attempt it is marked
failed and the alliance inbox is alerted. A worker killed mid-send leaves
its task running and its claim taken: the worker's sweep (core/tasks.py)
queues the task again, and the claim, being stale, is retaken.
"""

import datetime
import logging
import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.db import retry_while_busy
from core.tasks import stale_cutoff

from .models import Delivery, Enquiry, EnquirySettings, max_attempts

logger = logging.getLogger(__name__)

_ADDRESS = re.compile(r"[^\s<>@\"']+@[^\s<>@\"']+")


@transaction.atomic
def submit(form, showing=None):
    """
    Saves a valid EnquiryForm's enquiry and queues its emails. `showing` is
    the number of the form's showing (enquiries/spam.py), unique: a second
    enquiry from one showing raises IntegrityError and saves nothing.
    """
    data = form.cleaned_data
    enquiry = Enquiry.objects.create(
        form_showing=showing,
        kind=data["kind"],
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        role=data["role"],
        message=data["message"],
        consented_at=timezone.now(),
    )
    enquiry.networks.set(data["networks"])
    deliveries = plan(enquiry, data["networks"], EnquirySettings.current())
    for delivery in deliveries:
        queue(delivery)
    return enquiry


def plan(enquiry, networks, enquiry_settings):
    """
    One delivery to each lead (with an address) of each chosen network, the
    alliance inbox for a network with none, and a confirmation to the visitor.
    """
    inbox = enquiry_settings.alliance_inbox
    deliveries = []
    for network in networks:
        seen = set()
        for lead in network.leads.select_related("person").order_by("sort_order"):
            address = lead.person.contact_email.strip()
            if address and address.lower() not in seen:
                seen.add(address.lower())
                deliveries.append(
                    Delivery(
                        kind=Delivery.Kind.LEAD,
                        network=network,
                        person=lead.person,
                        to_address=address,
                    )
                )
        if not seen:
            deliveries.append(
                Delivery(kind=Delivery.Kind.INBOX, network=network, to_address=inbox)
            )
    deliveries.append(
        Delivery(kind=Delivery.Kind.CONFIRMATION, to_address=enquiry.email)
    )
    for delivery in deliveries:
        delivery.enquiry = enquiry
        if not delivery.to_address:
            delivery.status = Delivery.Status.FAILED
            delivery.last_error = (
                "No lead address, and no alliance inbox in Settings › Enquiry settings."
            )
    return Delivery.objects.bulk_create(deliveries)


def queue(delivery, run_after=None):
    """Queues the task that sends `delivery`, now or at `run_after`."""
    from .tasks import deliver

    if delivery.status != Delivery.Status.QUEUED:
        return
    task = deliver
    if run_after is not None and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(delivery.pk)


def attempt(delivery_id):
    """Tries to send one delivery. Returns what happened, for the task's result."""
    now = timezone.now()
    # A worker that died mid-send leaves its claim: once stale, it is retaken.
    # Each write here waits out a busy database rather than fail the task:
    # a lost claim or a lost "sent" would mean a lost or a doubled email.
    claimed = retry_while_busy(
        Delivery.objects.filter(pk=delivery_id)
        .filter(
            Q(status=Delivery.Status.QUEUED)
            | Q(status=Delivery.Status.SENDING, claimed_at__lt=stale_cutoff(now))
        )
        .update,
        status=Delivery.Status.SENDING,
        attempts=F("attempts") + 1,
        claimed_at=now,
    )
    if not claimed:
        return "not due: already sent, failed or being sent"
    delivery = Delivery.objects.select_related(
        "enquiry", "network", "person", "about__network", "about__person"
    ).get(pk=delivery_id)
    try:
        message(delivery).send()
    except Exception as error:  # SMTP refusals, timeouts, DNS: every one is retried
        return _failed(delivery, error)
    retry_while_busy(
        Delivery.objects.filter(pk=delivery_id).update,
        status=Delivery.Status.SENT,
        sent_at=timezone.now(),
        last_error="",
    )
    return "sent"


def _failed(delivery, error):
    text = _ADDRESS.sub("<address>", f"{type(error).__name__}: {error}")[:500]
    delays = settings.ENQUIRY_RETRY_DELAYS
    if delivery.attempts < max_attempts():
        delay = datetime.timedelta(seconds=delays[delivery.attempts - 1])
        run_after = timezone.now() + delay
        retry_while_busy(
            Delivery.objects.filter(pk=delivery.pk).update,
            status=Delivery.Status.QUEUED,
            last_error=text,
            next_attempt_at=run_after,
        )
        delivery.status = Delivery.Status.QUEUED
        logger.warning(
            "Enquiry email %s failed (attempt %s), retrying in %s: %s",
            delivery.pk,
            delivery.attempts,
            delay,
            text,
        )
        retry_while_busy(queue, delivery, run_after=run_after)
        return f"retrying: {text}"

    retry_while_busy(
        Delivery.objects.filter(pk=delivery.pk).update,
        status=Delivery.Status.FAILED,
        last_error=text,
        next_attempt_at=None,
    )
    logger.error(
        "Enquiry email %s failed after %s attempts: %s",
        delivery.pk,
        delivery.attempts,
        text,
    )
    if delivery.kind != Delivery.Kind.ALERT:
        retry_while_busy(alert, delivery)
    return f"failed: {text}"


def alert(failed):
    """Tells the alliance inbox that an email could not be delivered."""
    inbox = EnquirySettings.current().alliance_inbox
    if not inbox:
        return None
    delivery = Delivery.objects.create(
        enquiry=failed.enquiry,
        kind=Delivery.Kind.ALERT,
        about=failed,
        network=failed.network,
        to_address=inbox,
    )
    queue(delivery)
    return delivery


def retry(delivery):
    """
    Sends a failed or stuck delivery again from the start (the inbox's
    “Send again”). A stuck one was claimed by a worker that has gone quiet.
    """
    updated = (
        Delivery.objects.filter(pk=delivery.pk)
        .filter(
            Q(status=Delivery.Status.FAILED)
            | Q(status=Delivery.Status.SENDING, claimed_at__lt=stale_cutoff())
        )
        .update(status=Delivery.Status.QUEUED, attempts=0, next_attempt_at=None)
    )
    if updated:
        delivery.refresh_from_db()
        queue(delivery)
    return bool(updated)


def _one_line(text):
    return " ".join(str(text).split())


def admin_url(enquiry):
    path = reverse("enquiries:edit", args=[enquiry.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def message(delivery):
    """The EmailMessage for a delivery. Only the Reply-To comes from the visitor,
    and it is a validated address; subjects are built from page titles."""
    enquiry = delivery.enquiry
    context = {
        "enquiry": enquiry,
        "delivery": delivery,
        "network": delivery.network,
        "networks": list(enquiry.networks.order_by("title")),
        "admin_url": admin_url(enquiry),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    kind = delivery.kind
    what = "Join request" if enquiry.kind == Enquiry.Kind.JOIN else "Enquiry"
    reply_to = [enquiry.email]
    if kind in (Delivery.Kind.LEAD, Delivery.Kind.INBOX):
        network = delivery.network.title if delivery.network else "a network"
        subject = f"{what} for {network} from {enquiry.name}"
        if kind == Delivery.Kind.INBOX:
            subject = f"[No lead address] {subject}"
        template = "enquiries/emails/to_lead.txt"
    elif kind == Delivery.Kind.CONFIRMATION:
        subject = f"We have your {what.lower()}: {settings.WAGTAIL_SITE_NAME}"
        inbox = EnquirySettings.current().alliance_inbox
        reply_to = [inbox] if inbox else []
        template = "enquiries/emails/confirmation.txt"
    else:
        subject = f"Undelivered: {delivery.about.recipient_label}"
        reply_to = []
        template = "enquiries/emails/alert.txt"
    return EmailMessage(
        subject=_one_line(subject)[:250],
        body=render_to_string(template, context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.to_address],
        reply_to=reply_to,
    )
