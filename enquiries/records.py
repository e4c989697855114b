"""
What the site holds about people who sent enquiries: retention and subject
access. Deleting an enquiry also deletes its emails in the outbox and the
admin's history entries about it, whose labels carry the sender's name.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import ModelLogEntry

from core.models import SiteSettings

from .models import Enquiry


def held_about(email):
    """Every enquiry sent from `email` (any letter case)."""
    return Enquiry.objects.filter(email__iexact=email.strip()).order_by("created_at")


def export(enquiries):
    """Plain data for a subject access request: what they sent, and what we did."""
    records = []
    for enquiry in enquiries.prefetch_related("networks", "emails"):
        records.append(
            {
                "received": enquiry.created_at.isoformat(),
                "kind": enquiry.get_kind_display(),
                "networks": [network.title for network in enquiry.networks.all()],
                "name": enquiry.name,
                "email": enquiry.email,
                "organisation": enquiry.organisation,
                "role": enquiry.role,
                "message": enquiry.message,
                "consented_at": enquiry.consented_at.isoformat(),
                "status": enquiry.get_status_display(),
                "notes": enquiry.notes,
                "emails": [
                    {
                        "to": email.recipient,
                        "subject": email.subject,
                        "status": email.get_status_display(),
                        "sent_at": email.sent_at.isoformat() if email.sent_at else None,
                    }
                    for email in sorted(enquiry.emails.all(), key=lambda e: e.pk)
                ],
            }
        )
    return records


@transaction.atomic
def erase(enquiries):
    """Deletes the enquiries, their emails and their admin history."""
    ids = [str(pk) for pk in enquiries.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Enquiry), object_id__in=ids
    ).delete()
    Enquiry.objects.filter(pk__in=ids).delete()
    return len(ids)


def expired(months=None):
    """Enquiries older than the retention period in Settings › Site settings."""
    if months is None:
        months = SiteSettings.current().retention_months
    return Enquiry.objects.older_than(months)
