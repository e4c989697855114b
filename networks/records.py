"""
What the site holds about people on network rosters: their roster rows,
their replies and attendance, and the emails sent to them. For subject access
(`manage.py subject_access`) and retention (`manage.py purge_enquiries`,
which also removes people who left a network longer ago than the retention
period in Settings › Site settings).
"""

from django.db import transaction

from core.models import Email, SiteSettings

from .meetings import retention_cutoff
from .models import RosterMember


def held_about(email):
    """Every roster row for `email` (any letter case), in any network."""
    return RosterMember.objects.filter(email__iexact=email.strip()).order_by("pk")


def export(members):
    return [
        {
            "network": member.network.title,
            "name": member.name,
            "email": member.email,
            "organisation": member.organisation,
            "role": member.role,
            "status": member.get_status_display(),
            "joined": member.joined.isoformat(),
            "left_at": member.left_at.isoformat() if member.left_at else None,
            "meetings": [
                {
                    "meeting": str(attendee.meeting),
                    "reply": attendee.get_reply_display() or None,
                    "attended": attendee.attended,
                }
                for attendee in member.meetings.select_related("meeting__network")
            ],
        }
        for member in members.select_related("network")
    ]


@transaction.atomic
def erase(members):
    """Deletes the roster rows (with replies and attendance) and their emails."""
    members = list(members)
    addresses = {member.email.lower() for member in members}
    for address in addresses:
        Email.objects.filter(to_address__iexact=address).delete()
    Email.objects.about_model(RosterMember).filter(
        about_id__in=[member.pk for member in members]
    ).delete()
    RosterMember.objects.filter(pk__in=[member.pk for member in members]).delete()
    return len(members)


def expired(months=None):
    """People who left a network longer ago than the retention period."""
    if months is None:
        months = SiteSettings.current().retention_months
    return RosterMember.objects.filter(
        status=RosterMember.Status.LEFT, left_at__lt=retention_cutoff(months)
    )
