"""
What the site holds about people who sent enquiries: retention and subject
access. Deleting an enquiry also deletes its deliveries and the admin's
history entries about it, whose labels carry the sender's name.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import ModelLogEntry

from .models import Enquiry, EnquirySettings


def held_about(email):
    """Every enquiry sent from `email` (any letter case)."""
    return Enquiry.objects.filter(email__iexact=email.strip()).order_by("created_at")


def export(enquiries):
    """Plain data for a subject access request: what they sent, and what we did."""
    records = []
    for enquiry in enquiries.prefetch_related("networks", "deliveries"):
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
                        "to": delivery.recipient_label,
                        "status": delivery.get_status_display(),
                        "sent_at": delivery.sent_at.isoformat()
                        if delivery.sent_at
                        else None,
                    }
                    for delivery in enquiry.deliveries.all()
                ],
            }
        )
    return records


@transaction.atomic
def erase(enquiries):
    """Deletes the enquiries, their deliveries and their admin history."""
    ids = [str(pk) for pk in enquiries.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Enquiry), object_id__in=ids
    ).delete()
    Enquiry.objects.filter(pk__in=ids).delete()
    return len(ids)


def expired(months=None):
    """Enquiries older than the retention period in Settings › Enquiry settings."""
    if months is None:
        months = EnquirySettings.current().retention_months
    return Enquiry.objects.older_than(months)
