"""What happens when a member verifies their email address."""

from django.contrib import messages
from django.dispatch import receiver

from allauth.account.signals import email_confirmed

from . import membership
from .models import User


@receiver(email_confirmed)
def decide_on_verification(sender, request, email_address, **kwargs):
    """A partner's domain makes them a member; anyone else waits for an editor."""
    user = email_address.user
    if user.membership != User.Membership.PENDING:
        return
    organisation = membership.email_verified(user, email_address.email)
    if organisation is not None:
        if request is not None:
            messages.success(
                request,
                f"Welcome: your address at {organisation} makes you a member, "
                "so you can open members-only resources.",
            )
        return
    membership.tell_editors(user)
    if request is not None:
        messages.info(
            request,
            "Your email address is verified. An LLA editor will check your "
            "membership, and we will email you when it is approved.",
        )
