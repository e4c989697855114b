"""
Who becomes a member, and how they hear about it.

A member is in the Members group (`core.members.MEMBERS_GROUP`), which is
what the library checks. Someone who signs up is pending until either:

- they verify an email address at one of a partner `Organisation`'s email
  domains (exact match: staff@school.example, not x@pupils.school.example), or
- an LLA editor approves them in the admin (Members > Waiting for approval).

An editor can also decline them. Each decision by an editor is emailed to the
person through the email queue, and logged in the user's history.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log

from core.members import MEMBERS_GROUP
from core.models import SiteSettings
from networks.models import Organisation

from .models import User

Membership = User.Membership


def members_group():
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


def organisation_for(email):
    """The partner organisation whose email domain `email` is at, if any."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    for organisation in Organisation.objects.exclude(email_domains="").order_by("pk"):
        if domain in organisation.domains:
            return organisation
    return None


def request_membership(user):
    """A new sign-up: pending until a domain or an editor decides."""
    user.membership = Membership.PENDING
    user.membership_requested_at = timezone.now()
    user.save(update_fields=["membership", "membership_requested_at"])


@transaction.atomic
def email_verified(user, email):
    """
    A pending user verified `email`: at a partner's domain they are a member
    at once. Returns the organisation that let them in, or None.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.membership != Membership.PENDING:
        return None
    organisation = organisation_for(email)
    if organisation is None:
        return None
    user.organisation = organisation
    _decide(user, Membership.APPROVED, by=None)
    return organisation


def approve(user, by):
    """An LLA editor lets `user` in; they are told by email."""
    return _decide_and_tell(user, Membership.APPROVED, by)


def decline(user, by):
    """An LLA editor turns `user` down; they are told by email."""
    return _decide_and_tell(user, Membership.DECLINED, by)


def _decide_and_tell(user, decision, by):
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.membership == decision:
            return False
        _decide(user, decision, by)
    # Queued once the decision is saved (the queue is in the same database).
    tell(user, decision)
    return True


def _decide(user, decision, by):
    user.membership = decision
    user.membership_decided_at = timezone.now()
    user.membership_decided_by = by
    user.save(
        update_fields=[
            "membership",
            "membership_decided_at",
            "membership_decided_by",
            "organisation",
        ]
    )
    if decision == Membership.APPROVED:
        user.groups.add(members_group())
    else:
        user.groups.remove(members_group())
    log(
        instance=user,
        action=f"accounts.membership_{decision}",
        user=by,
        data={"membership": decision},
    )


def tell(user, decision):
    """Emails `user` the decision, through the email queue."""
    from .mail import queue_mail

    queue_mail(
        f"accounts/email/membership_{decision}",
        to=user.email,
        context={
            "user_id": user.pk,
            "name": user.first_name or user.get_full_name() or "",
            "library_path": _library_path(),
            "login_path": reverse("account_login"),
        },
        recipient=f"{user} (membership {decision})",
        about=user,
    )


def _library_path():
    library = SiteSettings.current().library_page
    return library.url if library is not None and library.live else "/"


def tell_editors(user):
    """Tells the alliance inbox that `user` is waiting for approval."""
    from .mail import queue_mail

    inbox = SiteSettings.current().alliance_inbox
    if not inbox:
        return
    queue_mail(
        "accounts/email/membership_waiting",
        to=inbox,
        context={
            "name": str(user),
            "organisation_name": user.organisation_name,
            "job_title": user.job_title,
            "review_path": reverse("members:index"),
        },
        recipient="Alliance inbox (a new member to approve)",
        about=user,
    )
