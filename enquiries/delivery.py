"""
From a saved enquiry to emails in the outbox.

`submit()` saves the enquiry and puts one email per recipient in the outbox
(core/outbox.py), all in one transaction: the enquiry and its emails are
committed together or not at all, and the outbox's worker sends them, retries
them and alerts the alliance inbox when one cannot be delivered.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core import outbox
from core.models import SiteSettings

from .models import Enquiry

# The kinds of email an enquiry causes, as the outbox and the inbox show them.
TO_LEAD = "Enquiry to a network lead"
TO_INBOX = "Enquiry to the alliance inbox (no lead address)"
CONFIRMATION = "Confirmation to the visitor"


def submit(form, showing=None):
    """
    Saves a valid EnquiryForm's enquiry and queues its emails. `showing` is
    the number of the form's showing (enquiries/spam.py), unique: a second
    enquiry from one showing raises IntegrityError and saves nothing.

    Everything that only reads is done before the transaction, which on
    SQLite holds the database's write lock from its first statement.
    """
    data = form.cleaned_data
    networks = sorted(data["networks"], key=lambda network: network.title)
    leads = {
        network.pk: list(network.leads.select_related("person").order_by("sort_order"))
        for network in networks
    }
    inbox = SiteSettings.current().alliance_inbox
    with transaction.atomic():
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
        enquiry.networks.set(networks)
        for message, kind, recipient in plan(enquiry, networks, leads, inbox):
            outbox.send(message, kind=kind, recipient=recipient, about=enquiry)
    return enquiry


def plan(enquiry, networks, leads, inbox):
    """
    (message, kind, recipient) for each email: one to each lead (with an
    address) of each chosen network (`leads`: network id to its leads), the
    alliance inbox for a network with none, and a confirmation to the visitor.
    """
    planned = []
    for network in networks:
        seen = set()
        for lead in leads[network.pk]:
            address = lead.person.contact_email.strip()
            if address and address.lower() not in seen:
                seen.add(address.lower())
                planned.append(
                    (
                        to_lead(enquiry, networks, network, address),
                        TO_LEAD,
                        f"{lead.person}, {network.title}",
                    )
                )
        if not seen:
            planned.append(
                (
                    to_lead(enquiry, networks, network, inbox, no_lead=True),
                    TO_INBOX,
                    f"Alliance inbox for {network.title}",
                )
            )
    planned.append(
        (
            confirmation(enquiry, networks, inbox),
            CONFIRMATION,
            "The visitor (confirmation)",
        )
    )
    return planned


def _one_line(text):
    return " ".join(str(text).split())[:250]


def admin_url(enquiry):
    path = reverse("enquiries:edit", args=[enquiry.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _context(enquiry, networks, **extra):
    return {
        "enquiry": enquiry,
        "networks": networks,
        "admin_url": admin_url(enquiry),
        "site_name": settings.WAGTAIL_SITE_NAME,
        **extra,
    }


def _what(enquiry):
    return "Join request" if enquiry.kind == Enquiry.Kind.JOIN else "Enquiry"


def to_lead(enquiry, networks, network, address, no_lead=False):
    """
    The email to a lead (or, for a network with no lead address, to the
    alliance inbox). Only the Reply-To comes from the visitor, and it is a
    validated address; the subject is built from the page's title.
    """
    subject = f"{_what(enquiry)} for {network.title} from {enquiry.name}"
    if no_lead:
        subject = f"[No lead address] {subject}"
    return EmailMessage(
        subject=_one_line(subject),
        body=render_to_string(
            "enquiries/emails/to_lead.txt",
            _context(enquiry, networks, network=network, no_lead=no_lead),
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address] if address else [],
        reply_to=[enquiry.email],
    )


def confirmation(enquiry, networks, inbox):
    """To the visitor: what they asked for, never what they typed."""
    return EmailMessage(
        subject=_one_line(
            f"We have your {_what(enquiry).lower()}: {settings.WAGTAIL_SITE_NAME}"
        ),
        body=render_to_string(
            "enquiries/emails/confirmation.txt", _context(enquiry, networks)
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[enquiry.email],
        reply_to=[inbox] if inbox else [],
    )
